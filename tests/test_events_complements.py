"""Modes an act takes from the verb that announces it (issue 17, fourth round): a promise or a
threat with a noun object ('promised payments', 'threatened further action') is intended or
threatened as 'promised to pay' is; a protest called is still to come; an act announced to be
done by force threatens force; a demand still to be made is intended; a quoted frame adjective
('was "ready" to meet') still frames its infinitive; leaving the government is resigning. Our
own sentences, fictional; each class with controls."""

from __future__ import annotations

import pytest

from test_events import described, events_of


def _one(events, category):
    found = [e for e in events if e.category == category]
    assert found, described(events)
    return found[0]


@pytest.mark.parametrize("text, category, mode", [
    ("The Kenyan government has promised cash grants to every family hit by the drought.", "AGREE", "intended"),
    ("Japan pledged 300 million dollars for the reconstruction of the port.", "AGREE", "intended"),
    ("The dock unions have threatened further action before the end of the month.", "THREATEN", "threatened"),
    ("The United States threatened sanctions against Venezuela on Monday.", "THREATEN", "threatened"),
])
def test_promise_or_threat_of_a_thing_takes_the_verbs_mode(text, category, mode):
    event = _one(events_of(text), category)
    assert event.mode == mode, described([event])


def test_promise_denied_is_no_intent():
    events = events_of("The Kenyan government did not promise any payments to the farmers.")
    assert not [e for e in events if e.mode == "intended"], described(events)


def test_pattern_act_keeps_its_mode():
    """Condolences offered are given then and there: the pattern's act, not an offer."""
    events = events_of("The Kenyan president offered condolences to the families of the victims.")
    assert not [e for e in events if e.mode == "offered"], described(events)


def test_promise_to_act_unchanged():
    event = _one(events_of("The Kenyan government promised to pay compensation to the farmers."), "AGREE")
    assert event.mode == "intended", described([event])


@pytest.mark.parametrize("text", [
    "The teachers' union has called for rallies in every major city on Thursday.",
    "The teachers' union has called a national strike for next Monday.",
])
def test_protest_called_is_intended(text):
    event = _one(events_of(text), "PROTEST")
    assert event.mode == "intended", described([event])


def test_protest_held_stays_asserted():
    event = _one(events_of("Thousands of Kenyan teachers rallied outside parliament on Thursday."), "PROTEST")
    assert event.mode == "asserted", described([event])


def test_strike_called_off_is_no_protest_to_come():
    events = events_of("The Kenyan teachers' union called off its strike on Friday.")
    assert not [e for e in events if e.category == "PROTEST"], described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan interior minister vowed to keep the highways open by force if necessary.",
    "The Kenyan president pledged on Monday to clear the border crossings by force.",
])
def test_act_announced_by_force_threatens_force(text):
    event = _one(events_of(text), "THREATEN")
    assert event.mode == "threatened" and event.target is None, described([event])


@pytest.mark.parametrize("text", [
    "The Kenyan president vowed to win the vote by force of argument.",  # no force
    "Kenyan police cleared the highways by force on Monday.",  # done, no announcement
])
def test_force_controls(text):
    events = events_of(text)
    assert not [e for e in events if e.category == "THREATEN"], described(events)


def test_announced_hostile_act_stays_intended():
    """Only force announced is threatened: the project's convention keeps 'vowed to crush' intended."""
    event = _one(events_of("Turkey vowed to crush the rebels in the mountains."), "THREATEN")
    assert event.mode == "intended", described([event])


def test_offer_of_a_thing_is_given():
    """'offered shelter to refugees' gives it: no offer still to be taken up."""
    events = events_of("Uganda offered emergency shelter to thousands of Kenyan refugees on Sunday.")
    assert not [e for e in events if e.mode == "offered"], described(events)


def test_quoted_frame_adjective_still_offers():
    events = events_of('A spokesman said the Kenyan labour ministry was "ready" to meet union leaders.')
    event = _one(events, "AGREE")
    assert event.mode == "offered", described(events)


def test_plain_frame_adjective_offers():
    event = _one(events_of("The Kenyan labour ministry was ready to meet union leaders."), "AGREE")
    assert event.mode == "offered", described([event])


@pytest.mark.parametrize("text, source", [
    ("The Kenyan defence minister left the government in March.", "The Kenyan defence minister"),
    ("Two Kenyan ministers quit the cabinet on Monday.", "Two Kenyan ministers"),
])
def test_leaving_the_government_is_resigning(text, source):
    event = _one(events_of(text), "CONCEDE")
    assert event.source.name == source and event.target is None, described([event])


@pytest.mark.parametrize("text", [
    "The court ruling left the Kenyan government with few options.",
    "The scandal left the Kenyan government in disarray.",
    "The Kenyan president left the government building after the meeting.",
])
def test_leaving_controls(text):
    events = events_of(text)
    assert not [e for e in events if e.category == "CONCEDE"], described(events)


@pytest.mark.parametrize("text, mode", [
    ("The Kenyan government will urge Uganda to withdraw its troops.", "intended"),
    ("A Kenyan spokesman said the government would ask Uganda to withdraw its troops.", "intended"),
    ("The Kenyan government urged Uganda to withdraw its troops.", "demanded"),  # control: asked
])
def test_demand_still_to_be_made_is_intended(text, mode):
    event = _one(events_of(text), "DEMAND")
    assert event.mode == mode, described([event])


def test_doer_of_a_noun_stays_the_target():
    """A noun's 'by' phrase is its doer, the one opposed: no means of the verb."""
    events = events_of("The Kenyan foreign minister said: \"We strongly oppose violations of the law by Uganda.\"")
    event = _one(events, "DISAPPROVE")
    assert event.target is not None and event.target.name == "Uganda", described(events)
