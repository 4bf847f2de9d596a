"""Classes of wrong events the sample corpus gold showed (issue 17), over sentences we wrote,
each with controls whose right readings must stay."""

from __future__ import annotations

import pytest

from test_events import code, events_of, on_trigger, only

pytestmark = pytest.mark.slow

# A verb of ending with no object: its subject came to an end, no one ended a ceasefire or a war.
ENDED_BY_ITSELF = [
    ("Two days of talks between Armenia and Azerbaijan ended in Geneva on Friday with a deal on a "
     "ceasefire line along the border.", "ended"),
    ("The fighting stopped shortly after midnight, residents said.", "stopped"),
]


@pytest.mark.parametrize(("text", "trigger"), ENDED_BY_ITSELF)
def test_a_verb_of_ending_with_no_object_codes_nothing(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


def test_ending_a_ceasefire_still_codes():
    assert only(events_of("The rebels ended the ceasefire on Sunday."), "ended").category == "FIGHT"


# A call or pressure to act is a demand, not a phone call.
def test_calls_to_resign_are_a_demand_on_the_one_facing_them():
    event = only(events_of("Sweden's justice minister, Ebba Lind, faced calls to resign on Monday."), "calls")
    assert (event.category, event.mode, event.source) == ("DEMAND", "demanded", None)
    assert event.target is not None and event.target.sector == "GOV"


def test_calls_for_a_ceasefire_are_a_demand():
    event = only(events_of("Egypt renewed calls for a ceasefire in Gaza on Tuesday."), "calls")
    assert (event.category, event.mode, code(event.source)) == ("DEMAND", "demanded", "EGY")


def test_phone_calls_stay_consultation():
    event = only(events_of("The Iranian foreign minister held phone calls with his Saudi counterpart."), "calls")
    assert event.category == "CONSULT"


def test_demanding_an_act_is_demanded():
    event = only(events_of("The opposition leader demanded the minister's resignation on Monday."), "demanded")
    assert (event.category, event.mode) == ("DEMAND", "demanded")


# An event or a condition as the doer: a labour strike closing schools coerces no one.
def test_a_strike_as_the_doer_codes_no_coercion():
    events = events_of("The strike closed schools in Lyon and grounded most flights from Marseille.")
    assert on_trigger(events, "closed") == []


def test_an_air_strike_as_the_doer_stays_violence():
    event = only(events_of("An air strike destroyed a school in Gaza."), "destroyed")
    assert event.category in ("FIGHT", "ASSAULT")


# Appointing someone to a post is no agreement.
APPOINTMENTS = [
    ("Ms Larsen is expected to name a new defence minister on Friday.", "name"),
    ("The president would appoint a new finance minister in the coming days, his office said.", "appoint"),
]


@pytest.mark.parametrize(("text", "trigger"), APPOINTMENTS)
def test_appointing_a_minister_codes_nothing(text, trigger):
    assert on_trigger(events_of(text), trigger) == []


# Describing someone is no criticism by itself.
def test_critics_describing_a_man_is_no_criticism():
    assert on_trigger(events_of("His critics describe a man who never listened to advice."), "describe") == []


# A visit to a thing is no visit to a party; a visit to a city or a country stays.
def test_a_visit_to_a_thing_codes_nothing():
    assert on_trigger(events_of("Interior Minister Carlos Vidal visited the breach this morning."), "visited") == []


def test_a_visit_to_a_capital_stays_consultation():
    event = only(events_of("President Emmanuel Macron visited Baghdad on Monday."), "visited")
    assert (event.category, code(event.source), code(event.target)) == ("CONSULT", "FRA", "IRQ")


# 'can' of ability: the act is possible, not done.
def test_can_of_ability_is_hypothetical():
    event = only(events_of("\u201cHe can send two thousand soldiers to the port,\u201d she said."), "send")
    assert event.mode == "hypothetical"


# The makers of the accord under which an act is done are no targets of it.
def test_the_signers_of_the_basis_are_no_target():
    events = events_of("Under the accord, signed by President Emmanuel Macron and Germany's Olaf Scholz, "
                       "both sides will reopen border crossings within 90 days.")
    assert all(e.target is None or e.target.country not in ("FRA", "DEU") for e in on_trigger(events, "reopen"))


# Armed forces of two sides clashing is conventional fighting, placed or not.
def test_troops_clashing_is_fighting():
    events = events_of("Ruritanian and Lorvanian troops clashed over the farmland in the valley.")
    assert only(events, "clashed").category == "FIGHT"


def test_police_clashing_with_protesters_keeps_its_reading():
    event = only(events_of("Police clashed with protesters in Paris on Sunday."), "clashed")
    assert (event.category, code(event.source), event.target.sector) == ("FIGHT", "FRA", "OPP")


# Delaying one's own work refuses no one; delaying talks with a party still codes.
def test_delaying_work_is_no_rejection():
    events = events_of("Relatives want the inquiry to name the officials who delayed work on the flood wall.")
    assert on_trigger(events, "delayed") == []


def test_postponing_talks_with_a_party_still_codes():
    event = only(events_of("The government postponed talks with the unions."), "postponed")
    assert event.target is not None
