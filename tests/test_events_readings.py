"""Readings that code no event or another one (issue 17, fifth real-page round): tensions raised, provoking, permissions, a court's
decision, police ending violence, claimed responsibility, unreal conditions, a said state of
things and a bill under a body's consideration. Sentences written for these tests."""

from __future__ import annotations

from test_events import events_of, on_trigger, only


def test_heightening_tensions_threatens_no_one():
    events = events_of("Veldoria's foreign ministry said it viewed the decision as unhelpful and said it would likely "
                       "heighten tensions in the region.")
    assert not on_trigger(events, "heighten")


def test_raising_tensions_is_no_refusal():
    events = events_of("Kenyan officials said the new tariffs would raise tensions with Tanzania.")
    assert not on_trigger(events, "raise")


def test_provoking_resistance_is_no_protest_by_the_provoker():
    events = events_of("Analysts said a harsher crackdown by the Kenyan police would provoke wider resistance in Mombasa.")
    assert not on_trigger(events, "provoke")


def test_an_agentless_permission_concedes_nothing():
    events = events_of("The former speaker of the Kenyan parliament was later allowed to enter the compound.")
    assert not on_trigger(events, "allowed")


def test_a_judges_decision_to_sentence_is_no_threat():
    events = events_of("The family welcomed the judge's decision to sentence the Kenyan smuggler to life in prison.")
    assert all(e.category != "THREATEN" for e in on_trigger(events, "sentence"))
    assert all(e.mode == "asserted" for e in on_trigger(events, "sentence"))


def test_a_governments_decision_to_withdraw_stays_intended():
    events = events_of("Kenya's decision to withdraw its troops from Somalia surprised its allies.")
    assert all(e.mode != "asserted" for e in on_trigger(events, "withdraw"))


def test_police_unable_to_end_violence_do_not_retreat():
    events = events_of("The new police commissioner said in an interview that police alone are not able to end the violence.")
    assert all(e.category != "RETREAT" for e in on_trigger(events, "end"))


def test_claimed_responsibility_names_the_attacker():
    events = events_of("Al-Shabaab claimed responsibility for shooting down the Kenyan army helicopter near Lamu.")
    shooting = only(events, "shooting")
    assert shooting.source is not None and "Shabaab" in shooting.source.name


def test_denied_responsibility_names_no_attacker():
    events = events_of("Al-Shabaab denied responsibility for shooting down the Kenyan army helicopter near Lamu.")
    assert all(e.source is None or "Shabaab" not in e.source.name for e in on_trigger(events, "shooting"))


def test_a_claim_under_an_unreal_condition_is_no_accusation():
    events = events_of("What would have been the reaction in 2012 had an anonymous Kenyan aide gone to the inspector "
                       "general to claim knowledge of a private call by Obama to Ruto?")
    assert not on_trigger(events, "claim")


def test_a_claim_after_a_dashed_aside_is_still_under_the_condition():
    events = events_of("What would have been the reaction in 2012 had an anonymous Kenyan aide at the council gone to "
                       "the inspector general — but only after first consulting secretly with the staff of a "
                       "senator — to claim knowledge of a private call by Obama to Ruto?")
    assert not on_trigger(events, "claim")


def test_a_said_state_of_things_names_no_target():
    events = events_of("The Veldorian envoy said troops could be sent to the capital, warning: "
                       "\u201cThey are already there in the Mombasa barracks.\u201d")
    assert all(e.target is None or "barracks" not in e.target.name for e in on_trigger(events, "warning"))


def test_the_body_weighing_a_bill_is_no_target():
    events = events_of("The Somalia Accountability Act, under consideration by the Kenyan Senate on Monday, "
                       "would impose sanctions on officials responsible for the abuses.")
    assert all(e.target is None or "Senate" not in e.target.name for e in events)


def test_nothing_is_asserted_in_a_question_of_what_would_have_been():
    events = events_of("What would have been the outcry had a junior Kenyan holdover at the Tanzanian embassy gone to "
                       "the ombudsman \u2014 but only after first consulting quietly with the staff of a senator \u2014 "
                       "to accuse President Ruto of bribery?")
    assert not on_trigger(events, "accuse")


def test_a_plain_question_keeps_a_reported_accusation():
    events = events_of("Kenya accused Tanzania of arming the rebels. Why did Nairobi wait so long?")
    assert on_trigger(events, "accused")


def test_a_partner_in_the_purpose_is_a_second_source():
    events = events_of("The ministry referred the case to the Kenyan police, who worked with Interpol to investigate the smugglers.")
    assert {e.source.name for e in on_trigger(events, "investigate") if e.source} >= {"the Kenyan police", "Interpol"}


def test_a_partner_of_a_purpose_is_never_its_target():
    events = events_of("Kenya worked with Uganda to investigate the smuggling ring.")
    assert all(e.target is None or e.target.name != "Uganda" for e in on_trigger(events, "investigate"))
