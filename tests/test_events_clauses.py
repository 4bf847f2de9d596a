"""Events of the sample corpus gold's clauses-and-targets class (issue 17, fourth round): the two
sides of a joint act, the partner of talks an actor arrives for, and targets the coder missed.
Our own sentences, fictional; each class with controls that must stay as they were."""

from __future__ import annotations

import pytest

from test_events import events_of


def _pairs(events, category):
    return sorted((e.source and e.source.name, e.target and e.target.name) for e in events if e.category == category)


def _triples(events):
    return [(e.category, e.mode, e.source and e.source.name, e.target and e.target.name) for e in events]


# --- joint acts: each party is the other's target ---

def test_joint_signing_names_both_sides():
    events = events_of("Kenyan President William Ruto and Tanzanian President Samia Hassan signed a border accord in Arusha.")
    assert _pairs(events, "SUPPORT") == [("Samia Hassan", "William Ruto"), ("William Ruto", "Samia Hassan")], _triples(events)


def test_joint_clash_of_conjoined_peoples():
    events = events_of("Armenian and Azerbaijani troops clashed along the border on Sunday.")
    assert _pairs(events, "FIGHT") == [("Armenian troops", "Azerbaijani troops"),
                                       ("Azerbaijani troops", "Armenian troops")], _triples(events)
    assert {e.source.country for e in events if e.category == "FIGHT"} == {"ARM", "AZE"}


def test_joint_signing_of_an_of_phrase():
    """'the presidents of Peru and Chile': the second side has the first's role."""
    events = events_of("The presidents of Peru and Chile signed a fisheries accord in Lima on Friday.")
    pairs = _pairs(events, "SUPPORT")
    assert ("The presidents of Peru", "the presidents of Chile") in pairs, _triples(events)


def test_joint_handshake_is_a_meeting():
    events = events_of("Emmanuel Macron, the French president, and Germany's Olaf Scholz shook hands for the cameras.")
    assert ("Emmanuel Macron", "Olaf Scholz") in _pairs(events, "CONSULT"), _triples(events)


@pytest.mark.parametrize("text", [
    "The earthquake shook buildings across Lima.",          # shaking with no hands: nothing
    "Protesters shook their fists at the police.",
])
def test_shaking_without_hands_is_no_meeting(text):
    assert not [e for e in events_of(text) if e.category == "CONSULT"]


def test_act_one_party_does_alone_keeps_two_sources():
    """'agreed' is no joint act: two sources, no target, as the PLOVER gold codes it."""
    events = events_of("Kenya and Uganda agreed to reopen the Busia border post.")
    assert all(e.target is None for e in events if e.category == "AGREE"), _triples(events)


def test_joint_act_with_an_object_party_keeps_it():
    """A joint subject acting on a third party: that party is the target, no split."""
    events = events_of("Britain and France signed an agreement with Rwanda on migrants.")
    assert all(e.target is None or e.target.country == "RWA" for e in events), _triples(events)


def test_both_countries_are_not_the_troops():
    """'Both countries' after a clash of two armies stands for no pair of the armies."""
    events = events_of("Armenian and Azerbaijani troops clashed along the border. "
                       "Both countries claim the valley under old treaties.")
    assert not [e for e in events if e.category != "FIGHT" and e.source and "troops" in e.source.name], _triples(events)


# --- talks an actor arrives for: the partner is the target, the city the place ---

def test_arrived_for_talks_with_partner():
    events = events_of("Iran's foreign minister arrived in Geneva on Monday for talks with Oman.")
    consult = [e for e in events if e.category == "CONSULT"]
    assert consult and consult[0].target is not None and consult[0].target.country == "OMN", _triples(events)
    assert consult[0].location is not None and consult[0].location.name == "Geneva"


def test_arrived_for_their_talks_is_joint():
    events = events_of("The presidents of Peru and Chile arrived in Geneva on Monday for their first talks.")
    assert ("The presidents of Peru", "the presidents of Chile") in _pairs(events, "CONSULT"), _triples(events)


def test_arrived_for_talks_with_no_partner_keeps_the_place():
    """Talks with no one named: the visit's target stays the place visited, as before."""
    events = events_of("The Turkish president arrived in Baghdad for talks.")
    consult = [e for e in events if e.category == "CONSULT"]
    assert consult and consult[0].target is not None and consult[0].target.country == "IRQ", _triples(events)
