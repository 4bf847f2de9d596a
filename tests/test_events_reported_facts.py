"""A demand word over a clause that tells what has been done reports a fact (issue 17): "told
reporters that her office had opened an inquiry" is the inquiry, asserted, not asked for; "told
the rebels that they must lay down their arms" and "demanded that the minister resign" still ask."""

from __future__ import annotations

import pytest

from test_events import events_of, only

pytestmark = pytest.mark.slow

REPORTED = [
    ("Chile's attorney general, Marta Ruiz, told reporters that her office had opened an investigation "
     "into the contract.", "investigation", "INVESTIGATE"),
    ("The Kenyan interior minister told parliament that police had arrested 40 protesters in Nairobi.",
     "arrested", None),
    ("Turkey's defence minister told reporters that the army had withdrawn from two border villages.",
     "withdrawn", "RETREAT"),
    ("The Nigerian Labour Congress insisted that police had attacked peaceful strikers in Lagos.",
     "attacked", None),
]


@pytest.mark.parametrize(("text", "trigger", "category"), REPORTED)
def test_a_reported_past_act_is_asserted_not_demanded(text, trigger, category):
    event = only(events_of(text), trigger)
    assert event.mode == "asserted"
    if category:
        assert event.category == category


def test_an_act_joined_to_a_reported_clause_is_asserted_too():
    events = events_of("Ecuador's former minister told the court he had never taken a bribe and "
                       "accused prosecutors of lying.")
    event = only(events, "accused")
    assert (event.category, event.mode) == ("ACCUSE", "asserted")


def test_insisting_on_a_past_act_is_no_demand():
    events = events_of("The Nigerian Labour Congress insisted that police had attacked peaceful strikers in Lagos.")
    assert all(e.category != "DEMAND" for e in events)


DEMANDS = [
    ("The Colombian president told the rebels that they must lay down their arms.", "told"),
    ("The Argentine opposition insisted that the government hold early elections.", "insisted"),
]


@pytest.mark.parametrize(("text", "trigger"), DEMANDS)
def test_a_clause_that_asks_stays_a_demand(text, trigger):
    event = only(events_of(text), trigger)
    assert (event.category, event.mode) == ("DEMAND", "demanded")


def test_telling_another_to_act_stays_demanded():
    events = events_of("Peru's prime minister told the unions to end the strike.")
    assert events and all(e.mode == "demanded" for e in events)
