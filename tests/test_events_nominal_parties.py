"""Event nouns with their parties, without a light verb, and an apposition after the target.

Sentences are written for these tests (fictional, realistic wire copy)."""

from __future__ import annotations

from test_events import events_of, only


def code(actor):
    return None if actor is None else (actor.country, actor.sector)


def test_a_possessive_doer_and_an_of_object_target():
    event = only(events_of("Kenya's criticism of Uganda drew an angry reply from Kampala."), "criticism")
    assert event.category == "DISAPPROVE"
    assert code(event.source) == ("KEN", "GOV") and code(event.target) == ("UGA", "GOV")


def test_a_possessive_doer_and_a_for_object_target():
    event = only(events_of("Ghana's praise for the Togolese army surprised observers."), "praise")
    assert event.category == "SUPPORT"
    assert code(event.source) == ("GHA", "GOV") and code(event.target) == ("TGO", "MIL")


def test_a_by_phrase_names_the_doer_of_any_event_noun():
    event = only(events_of("The threats against Uganda by Kenya drew a swift response."), "threats")
    assert event.category == "THREATEN"
    assert code(event.source) == ("KEN", "GOV") and code(event.target) == ("UGA", "GOV")


def test_a_noun_event_in_a_verbless_clause_does_not_hang():
    # the clause walk once looped forever when no verb headed the sentence
    events_of("Kenya's threat of force worried Uganda.")


def test_a_relation_noun_apposition_keeps_the_target_its_country():
    event = only(events_of("Kenya criticised the Bolivian interim government, a close ally of the West, on Thursday."),
                       "criticised")
    assert code(event.target) == ("BOL", "GOV")
