"""Actors found in sentence frames beyond the plain clause (benchmarks/frame_fidelity.py)."""

from __future__ import annotations

from test_events import code, events_of, only


def test_wire_dateline_is_no_source():
    # the dateline's place is where the story was filed; the parser makes it a second subject
    event = only(events_of("LUSAKA, May 9 (Reuters) - Zimbabwe criticised Zambia on Monday, officials said."),
                 "criticised")
    assert code(event.source) == "ZWE"
    assert code(event.target) == "ZMB"


def test_relative_pronoun_object_is_its_antecedent():
    event = only(events_of("Zambia, which Zimbabwe threatened last week, has asked for mediation."), "threatened")
    assert code(event.source) == "ZWE"
    assert code(event.target) == "ZMB"


def test_relative_pronoun_of_a_thing_names_no_target():
    event = only(events_of("The Chilean navy attacked the vessel, which Peruvian fishermen had chartered."), "attacked")
    assert code(event.source) == "CHL"


def test_state_member_of_a_body_stays_the_state():
    # the apposition names a body the state belongs to, not what the state is
    event = only(events_of("Russia criticised Turkey, a member of NATO, on Thursday."), "criticised")
    assert code(event.target) == "TUR"
    assert event.target.sector == "GOV"


def test_person_member_of_a_body_acts_for_it():
    event = only(events_of("Ahmed Karimi, a member of the UN panel, criticised Russia on Thursday."), "criticised")
    assert event.source.sector == "IGO"


def test_coded_group_member_of_a_body_stays_the_group():
    event = only(events_of("Egypt criticised Hamas, a member of the Arab League, on Thursday."), "criticised")
    assert code(event.target) == "PSE"
    assert event.target.sector == "REB"
