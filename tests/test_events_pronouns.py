"""Events whose source or target is a pronoun (issue 17): the party the article makes plain it
stands for, else none. Sentences of our own, fictional."""

from __future__ import annotations

import pytest

from test_events import code, events_of


def parties(text, trigger):
    return sorted((e.source.name if e.source else None, e.target.name if e.target else None)
                  for e in events_of(text) if e.trigger == trigger)


def test_they_after_two_people_joined_by_and_is_both():
    text = ("Two opposition figures spoke out on Monday: Senator Marta Quiroga and Deputy Pablo Esteban. "
            "They criticised the Bolivian interior ministry over the arrests.")
    found = parties(text, "criticised")
    assert sorted(s for s, _ in found) == ["Marta Quiroga", "Pablo Esteban"]


def test_it_after_a_country_as_the_sentence_subject_is_that_country():
    text = ("Beijing has long refused to bargain with the protest movement. "
            "It will angrily reject any criticism from London.")
    events = [e for e in events_of(text) if e.trigger == "reject"]
    assert events and all(code(e.source) == "CHN" for e in events)


def test_him_as_object_is_the_one_man_named_before():
    text = ("The ruling party's chairman, Viktor Halmi, announced his resignation on Friday. "
            "Hungarian Prime Minister Eva Kordos accused him of disloyalty.")
    found = parties(text, "accused")
    assert ("Eva Kordos", "Viktor Halmi") in found


@pytest.mark.parametrize("text", [
    # two men named in the sentence before: "he" could be either
    "Finance Minister Tomas Vik met opposition leader Jan Berg in Oslo on Monday. "
    "Later he accused Sweden of interfering in the budget talks.",
    # a person of unknown gender beside the one man: no one
    "Finance Minister Tomas Vik met Kim Aslund in Oslo on Monday. "
    "Later he accused Sweden of interfering in the budget talks.",
])
def test_he_with_two_candidates_stays_open(text):
    for event in events_of(text):
        if event.trigger == "accused":
            assert event.source is None or event.source.name not in ("Tomas Vik", "Jan Berg", "Kim Aslund")


def test_they_with_both_a_pair_and_a_body_stays_open():
    text = ("The Kenyan government said Senator Ruth Achieng and Governor Paul Otieno would travel to Kampala. "
            "They criticised Uganda over the border closure.")
    for event in events_of(text):
        if event.trigger == "criticised":
            assert event.source is None or event.source.name not in ("Ruth Achieng", "Paul Otieno")


def test_it_standing_for_the_clause_after_it_is_no_one():
    text = ("Russia's foreign ministry issued a statement on Tuesday. "
            "It is likely that the sanctions will hurt Moscow.")
    for event in events_of(text):
        assert event.source is None or event.source.name != "Russia's foreign ministry" or event.trigger != "hurt"


def test_a_pronoun_in_a_quotation_is_left_to_the_quote():
    text = ('Peruvian Defence Minister Ana Ruiz toured the base on Monday. '
            '"He accused Chile of lying," she said.')
    for event in events_of(text):
        if event.trigger == "accused":
            assert event.source is None or code(event.source) != "PER"
