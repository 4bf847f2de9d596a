"""Events the sample corpus gold showed wrong or missing, third round (issue 17): the fault a
finding states is no act of its own, an open question ('determine whether') is no decision,
pressure to act is a demand, a warning that tells someone how things are is no threat, and one
who denies they will step down does so in the role the article gives them. Our own sentences,
fictional; each class with controls."""

from __future__ import annotations

import pytest

from test_events import described, events_of


def test_fault_found_is_the_findings_accusation_only():
    """'found that the ministry failed to protect': ACCUSE of the ministry, no REJECT of its own."""
    events = events_of("A parliamentary inquiry found that the transport ministry failed to protect "
                       "commuters from the floods.")
    assert [e.category for e in events] == ["ACCUSE"], described(events)


def test_no_finding_keeps_the_act():
    """Only a finding's fault clause gives way: an act reported by someone else stays."""
    events = events_of("The Kenyan government said that Ugandan troops attacked its border posts.")
    assert [e.category for e in events] == ["FIGHT"], described(events)


@pytest.mark.parametrize("text", [
    "Auditors are trying to determine whether the mayor ignored the warnings.",
    "The commission will decide whether the governor broke the rules, and determine if he lied.",
])
def test_open_question_is_no_decision(text):
    events = events_of(text)
    assert not [e for e in events if e.category == "AGREE"], described(events)


def test_determined_finding_still_accuses():
    events = events_of("The court determined that the interior ministry had ignored the warnings.")
    assert ("ACCUSE", "asserted") in [(e.category, e.mode) for e in events], described(events)


@pytest.mark.parametrize("text, target", [
    ("The health minister, Oskar Bel, came under pressure to resign on Friday.", "Oskar Bel"),
    ("Mayor Adam Kell came under growing pressure from the opposition to step down.", "Adam Kell"),
])
def test_pressure_to_act_is_a_demand(text, target):
    events = events_of(text)
    demands = [e for e in events if e.category == "DEMAND"]
    assert demands and demands[0].mode == "demanded" and demands[0].target.name == target, described(events)
    assert not [e for e in events if e.category == "REQUEST"], described(events)


def test_under_fire_stays_criticism():
    events = events_of("The Kenyan police came under fire from the opposition.")
    assert [e.category for e in events] == ["DISAPPROVE"], described(events)


def test_warning_of_how_things_are_is_no_threat():
    events = events_of("The Kenyan government had warned the Ugandan government that the contract was overpriced.")
    assert not [e for e in events if e.category == "THREATEN"], described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan government warned the Ugandan government that its troops would respond.",
    "Russia warned Ukraine that its troops had massed on the border.",
])
def test_warning_of_an_act_stays_a_threat(text):
    events = events_of(text)
    assert [e.category for e in events] == ["THREATEN"], described(events)


def test_denied_resignation_takes_the_role():
    events = events_of("Interior Minister Piet Valk accepted the report on Monday. He denied that he would resign.")
    assert ("CONCEDE", "denied", "Piet Valk", None) in described(events), described(events)


def test_own_words_of_a_pronoun_stay_private():
    """Other acts 'he' says he did keep no role: a meeting he claims is his own."""
    events = events_of("Senator Tom Reyes spoke in Ohio on Monday. He said he met every family.")
    assert events == [], described(events)
