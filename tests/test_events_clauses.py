"""Events of the sample corpus gold's clauses-and-targets class (issue 17, fourth round): the two
sides of a joint act, the partner of talks an actor arrives for, and targets the coder missed.
Our own sentences, fictional; each class with controls that must stay as they were."""

from __future__ import annotations

import pytest

from test_events import described, events_of


def _pairs(events, category):
    return sorted((e.source and e.source.name, e.target and e.target.name) for e in events if e.category == category)


# --- joint acts: each party is the other's target ---

def test_joint_signing_names_both_sides():
    events = events_of("Kenyan President William Ruto and Tanzanian President Samia Hassan signed a border accord in Arusha.")
    assert _pairs(events, "SUPPORT") == [("Samia Hassan", "William Ruto"), ("William Ruto", "Samia Hassan")], described(events)


def test_joint_clash_of_conjoined_peoples():
    events = events_of("Armenian and Azerbaijani troops clashed along the border on Sunday.")
    assert _pairs(events, "FIGHT") == [("Armenian troops", "Azerbaijani troops"),
                                       ("Azerbaijani troops", "Armenian troops")], described(events)
    assert {e.source.country for e in events if e.category == "FIGHT"} == {"ARM", "AZE"}


def test_joint_signing_of_an_of_phrase():
    """'the presidents of Peru and Chile': the second side has the first's role."""
    events = events_of("The presidents of Peru and Chile signed a fisheries accord in Lima on Friday.")
    pairs = _pairs(events, "SUPPORT")
    assert ("The presidents of Peru", "the presidents of Chile") in pairs, described(events)


def test_joint_handshake_is_a_meeting():
    events = events_of("Emmanuel Macron, the French president, and Germany's Olaf Scholz shook hands for the cameras.")
    assert ("Emmanuel Macron", "Olaf Scholz") in _pairs(events, "CONSULT"), described(events)


@pytest.mark.parametrize("text", [
    "The earthquake shook buildings across Lima.",          # shaking with no hands: nothing
    "Protesters shook their fists at the police.",
])
def test_shaking_without_hands_is_no_meeting(text):
    assert not [e for e in events_of(text) if e.category == "CONSULT"]


def test_act_one_party_does_alone_keeps_two_sources():
    """'agreed' is no joint act: two sources, no target, as the PLOVER gold codes it."""
    events = events_of("Kenya and Uganda agreed to reopen the Busia border post.")
    assert all(e.target is None for e in events if e.category == "AGREE"), described(events)


def test_joint_act_with_an_object_party_keeps_it():
    """A joint subject acting on a third party: that party is the target, no split."""
    events = events_of("Britain and France signed an agreement with Rwanda on migrants.")
    assert all(e.target is None or e.target.country == "RWA" for e in events), described(events)


def test_both_countries_are_not_the_troops():
    """'Both countries' after a clash of two armies stands for no pair of the armies."""
    events = events_of("Armenian and Azerbaijani troops clashed along the border. "
                       "Both countries claim the valley under old treaties.")
    assert not [e for e in events if e.category != "FIGHT" and e.source and "troops" in e.source.name], described(events)


# --- talks an actor arrives for: the partner is the target, the city the place ---

def test_arrived_for_talks_with_partner():
    events = events_of("Iran's foreign minister arrived in Geneva on Monday for talks with Oman.")
    consult = [e for e in events if e.category == "CONSULT"]
    assert consult and consult[0].target is not None and consult[0].target.country == "OMN", described(events)
    assert consult[0].location is not None and consult[0].location.name == "Geneva"


def test_arrived_for_their_talks_is_joint():
    events = events_of("The presidents of Peru and Chile arrived in Geneva on Monday for their first talks.")
    assert ("The presidents of Peru", "the presidents of Chile") in _pairs(events, "CONSULT"), described(events)


def test_two_leaders_arrived_for_their_talks():
    events = events_of("Kenyan President William Ruto and Tanzanian President Samia Hassan arrived in Geneva "
                       "on Monday for their first talks.")
    assert _pairs(events, "CONSULT") == [("Samia Hassan", "William Ruto"), ("William Ruto", "Samia Hassan")], described(events)


def test_arrived_for_talks_with_no_partner_keeps_the_place():
    """Talks with no one named: the visit's target stays the place visited, as before."""
    events = events_of("The Turkish president arrived in Baghdad for talks.")
    consult = [e for e in events if e.category == "CONSULT"]
    assert consult and consult[0].target is not None and consult[0].target.country == "IRQ", described(events)


# --- the possessor of a demanded act ---

def test_demanded_his_resignation_targets_the_man_named():
    events = events_of("Opposition leader Raila Odinga accused Interior Minister Peter Kamau of "
                       "negligence and demanded his resignation.")
    demand = [e for e in events if e.category == "DEMAND"]
    assert demand and demand[0].target is not None and demand[0].target.name == "Peter Kamau", described(events)


def test_demanded_his_resignation_two_men_before_is_no_one():
    """Two other men the pronoun may mean: no target."""
    events = events_of("Senator John Mbadi met Interior Minister Peter Kamau and President William Ruto. "
                       "Opposition leader Raila Odinga later demanded his resignation.")
    assert all(e.target is None for e in events if e.category == "DEMAND"), described(events)


# --- whom an apology or pledge is to ---

@pytest.mark.parametrize("text, target", [
    ("Interior Minister Peter Kamau apologised to the families of the victims.", "the families"),
    ("The Kenyan government has promised emergency payments to every flooded household.", "every flooded household"),
])
def test_recipient_people_are_the_target(text, target):
    events = events_of(text)
    assert any(e.target is not None and e.target.name.startswith(target) for e in events), described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan government promised aid to the region.",         # a place
    "The Kenyan government promised to rebuild every house.",    # an infinitive
    "The Kenyan president said the victim's family had asked to convey its thanks.",  # no recipient verb
])
def test_no_recipient(text):
    events = events_of(text)
    assert not [e for e in events if e.target is not None and e.target.sector == "CVL"], described(events)
    assert not [e for e in events if e.source is not None and "family" in e.source.name], described(events)


# --- a named union or its officer leading a protest, in a relative clause ---

def test_union_officer_who_led_the_picket():
    events = events_of("Union steward Tom Okello, who led the picket at the Mombasa port gate for nine days, "
                       "said the deal was fair.")
    assert [(e.category, e.source and e.source.name) for e in events if e.category == "PROTEST"] == [
        ("PROTEST", "Tom Okello")], described(events)


def test_named_union_other_dealings_stay_private():
    """A named union's praise or agreement is no political event by itself (relevance.py)."""
    events = events_of("Union steward Tom Okello said the deal was fair and agreed to end the talks.")
    assert not [e for e in events if e.source is not None and e.source.name == "Tom Okello"], described(events)


def test_relative_clause_act_counted_once():
    """'X, who led the strike, said ...': one protest, by X, not also the main clause's."""
    events = events_of("The Federation of Kenyan Dockworkers' secretary Tom Okello, who led the strike, said it would end.")
    assert len([e for e in events if e.category == "PROTEST"]) <= 1, described(events)


# --- 'who signed it': the agreement the sentence before is about ---

def test_who_signed_it_is_signing_the_agreement():
    events = events_of("Yesterday's agreement raises the retirement age over ten years. "
                       "Labour Minister Peter Kamau, who signed it, said on Friday that he was proud.")
    assert ("SUPPORT", "Peter Kamau") in [(e.category, e.source and e.source.name) for e in events], described(events)


@pytest.mark.parametrize("text", [
    "The pension bill raises the retirement age. President William Ruto signed it on Friday.",   # a law
    "The letter reached the ministry on Monday. Minister Peter Kamau signed it on Tuesday.",      # a letter
])
def test_signing_it_that_is_no_agreement(text):
    assert not [e for e in events_of(text) if e.category == "SUPPORT"]
