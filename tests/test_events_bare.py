"""Happenings with no named party and rescue aid (issue 17, fourth round, branch bare).

Talks, strikes and agreements the text tells of as taking place with no party named ('The deal
was signed in the early hours of Friday', 'after talks that lasted through the night', 'as a
general strike entered its third day', 'The accord, reached after an all-night session') are
events with no source and no target; negated, supposed, dated-from, historical, firm-owned or
party-named ones stay out. Feeding people and reaching people trapped or stranded is AID. Our own
sentences, fictional; each class with controls."""

from __future__ import annotations

import pytest

from test_events import described, events_of


@pytest.mark.parametrize("text, category, mode", [
    ("The wage deal was signed in the early hours of Monday at the labour ministry.", "SUPPORT", "asserted"),
    ("Commuters were stranded after talks that lasted through the night at the transport ministry.",
     "CONSULT", "asserted"),
    ("The talks at the lakeside villa begin on March 19.", "CONSULT", "intended"),
    ("Trains stood idle as a general strike against the wage freeze entered its third day.", "PROTEST", "asserted"),
    ("As the fourth day of the bus strike begins, schools remain shut.", "PROTEST", "asserted"),
    ("The accord, reached after an all-night session that began late Sunday, raises the minimum wage.",
     "AGREE", "asserted"),
    # coded as the coder codes "X and Y reached an agreement" (the light verb and its noun)
    ("An agreement was reached at dawn on Saturday.", "SUPPORT", "asserted"),
])
def test_partyless_happening_is_coded(text, category, mode):
    events = events_of(text)
    assert (category, mode, None, None) in described(events), described(events)


@pytest.mark.parametrize("text", [
    # negated, supposed, dated from, expected, appraised
    "The deal was not signed on Monday.",
    "No deal was signed on Monday.",
    "If talks resume on Monday, the port could reopen.",
    "Prices have doubled since the strike began.",
    "Shares rose a day after the accord was signed.",
    "The deal is expected to be signed on Monday.",
    "Talks could begin on Wednesday.",
    "A strike would spread to the mines.",
    # history, a firm's dispute, a business deal, named parties the rules do not know
    "The deal, signed in 2011, is the oldest in the region.",
    "The protests began peacefully in May and were sparked by a fuel tax.",
    "The Boeing strike entered its third week.",
    "The strike at the Ford plant entered its second day.",
    "The $2 billion deal was signed on Friday.",
    "Talks between Zembla and Ruritania ended on Friday.",
    # not a happening noun, or a verb that tells of no happening
    "The meeting began at noon.",
    "The strike closed schools across the region.",
    "The deal raises the retirement age.",
])
def test_no_partyless_event(text):
    events = events_of(text)
    assert [t for t in described(events) if t[2] is None and t[3] is None] == [], described(events)


def test_party_named_for_the_same_happening_wins():
    text = "Kenya and Uganda signed the deal in Nairobi, which was signed after talks that lasted all night."
    triples = described(events_of(text))
    assert ("SUPPORT", "asserted", None, None) not in triples, triples
    assert any(t[0] == "SUPPORT" and t[2] for t in triples), triples


@pytest.mark.parametrize("text, source", [
    ("The Kenyan Red Cross said it was feeding 12,000 people a day in four shelters.", "Kenyan Red Cross"),
    ("The Kenyan Red Cross fed 9,000 families in Mombasa on Sunday.", "Kenyan Red Cross"),
    ("Rescue teams used boats to reach villagers trapped on rooftops in Kisumu.", "Rescue teams"),
    ("Kenyan soldiers reached residents stranded by the floods.", "Kenyan soldiers"),
])
def test_feeding_and_reaching_people_is_aid(text, source):
    events = [e for e in events_of(text) if e.category == "AID"]
    assert [e.source and e.source.name for e in events] == [source], described(events_of(text))


@pytest.mark.parametrize("text", [
    "The fire was fed by strong winds.",
    "Kenyan voters are fed up with the government.",
    "The Kenyan minister fed the press a story about the budget.",
    "The Kenyan team reached the final on Sunday.",
    "Kenyan police could not reach residents trapped in the building.",
    "Kenyan police failed to reach residents trapped in the building.",
    "Kenyan officials reached a deal on Sunday.",
])
def test_no_aid(text):
    events = events_of(text)
    assert [t for t in described(events) if t[0] == "AID"] == [], described(events)


@pytest.mark.parametrize("text", [
    # rescue crews are a state's emergency service now; their search is no investigation
    "Rescue teams searched for survivors in the rubble.",
    "Firefighters searched for bodies in the river.",
])
def test_search_for_survivors_codes_nothing(text):
    assert described(events_of(text)) == []
