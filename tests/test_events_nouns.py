"""Events named by nouns (issue 17, fourth round): talks or a strike as the subject of a verb that
says they ended, broke up or lasted ('talks ... broke up without agreement', 'three days of talks
ended'), talks that 'are the first between' two parties, a doer's own act named by a possessive
or 'of' ('The resignation of the minister leaves ...', 'the president's visit is aimed at ...'),
a union telling that its strike goes on, and the other side of talks named by one ('dockers
walked out after talks with the government collapsed'). Background mentions ('since the talks began',
'talks are possible', 'a resignation would be a mistake'), the end of a truce or a deal, and a
second mention of one act stay uncoded. Our own sentences, fictional; each class with controls."""

from __future__ import annotations

import pytest

from test_events import described, events_of


@pytest.mark.parametrize("text, source, target", [
    ("Talks between Kenya and Uganda broke up late on Monday without agreement.", "Kenya", "Uganda"),
    ("Two days of talks between Kenya and Uganda ended in Nairobi on Friday.", "Kenya", "Uganda"),
    ("Talks between Kenya and Uganda collapsed on Monday.", "Kenya", "Uganda"),
    ("Oil prices rose after talks with the Kenyan government collapsed.", None, "the Kenyan government"),
    # the clause's subject is the other side of talks named by one
    ("Dockers walked out again after talks with the Kenyan government collapsed.", "Dockers", "the Kenyan government"),
    ("Kenyan dockers called a new strike after talks with the Kenyan government broke up on Monday.",
     "Kenyan dockers", "the Kenyan government"),
    ("Talks between Kenya and Uganda, which lasted through the night, produced a deal.", "Kenya", "Uganda"),
])
def test_ended_talks_took_place(text, source, target):
    events = [e for e in events_of(text) if e.category == "CONSULT"]
    assert [(e.source and e.source.name, e.target and e.target.name) for e in events] == [(source, target)], \
        described(events_of(text))


@pytest.mark.parametrize("text", [
    "The truce between Kenya and Uganda collapsed on Monday.",
    "The ceasefire between Kenya and Uganda ended on Friday.",
    "The deal between Kenya and Uganda ended on Friday.",
])
def test_an_ended_truce_or_deal_is_no_event(text):
    """The end of a truce or deal undoes it: no ceasefire and no agreement that day."""
    events = events_of(text)
    assert not [e for e in events if e.category in ("RETREAT", "AGREE", "SUPPORT")], described(events)


def test_first_talks_between_parties():
    events = events_of("The talks are the first between Kenya and Uganda since 2019.")
    assert [(e.category, e.source.name, e.target.name) for e in events] == [("CONSULT", "Kenya", "Uganda")], \
        described(events)


@pytest.mark.parametrize("text", [
    "The strike is the first in Kenya since 2011.",
    "Since the talks between Kenya and Uganda began in May, little has changed.",
    "Talks between Kenya and Uganda are possible.",
    "It is the worst disruption since the strike by Kenyan dockers that began in May and lasted 19 days.",
])
def test_background_talks_stay_uncoded(text):
    events = events_of(text)
    assert not [e for e in events if e.category in ("CONSULT", "PROTEST")], described(events)


def test_resignation_of_an_office_holder():
    events = events_of("The resignation of the Kenyan finance minister late on Tuesday leaves the cabinet "
                       "short before the budget.")
    assert [(e.category, e.mode, e.source.name) for e in events] == \
        [("CONCEDE", "asserted", "the Kenyan finance minister")], described(events)


def test_possessive_visit_is_the_visitors():
    events = events_of("The Kenyan president's three-day visit, his first to Asia, is aimed at securing investment.")
    visits = [e for e in events if e.category == "CONSULT"]
    assert [(e.source.country, e.target) for e in visits] == [("KEN", None)], described(events)


@pytest.mark.parametrize("text", [
    "A resignation by the Kenyan finance minister would be a mistake.",
    "The Kenyan finance minister's resignation would be a mistake.",
    "The Kenyan finance minister's resignation is possible.",
    "The Kenyan finance minister's resignation was not expected.",
    "Crowds gathered in Nairobi for the visit of the Kenyan president.",
    "The visit of the Kenyan president drew large crowds.",
    "The strike's cost to the Kenyan economy is rising.",
])
def test_unasserted_own_acts_stay_uncoded(text):
    events = events_of(text)
    assert not [e for e in events if e.category in ("CONCEDE", "CONSULT", "PROTEST")], described(events)


def test_pronoun_owner_is_not_guessed():
    events = events_of("His resignation leaves the cabinet short before the budget.")
    assert not events, described(events)


def test_resignation_told_twice_is_one_event():
    events = events_of("Kenyan Finance Minister Amos Kiprono resigned on Tuesday. Kiprono's resignation leaves "
                       "the cabinet short before the budget.")
    assert [e.category for e in events].count("CONCEDE") == 1, described(events)


def test_union_says_its_strike_goes_on():
    events = events_of("The Kenyan dockers' union said the strike would continue until the bill is withdrawn.")
    protests = [e for e in events if e.category == "PROTEST"]
    assert [e.source.name for e in protests] == ["The Kenyan dockers' union"], described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan interior ministry said the strike would continue.",
    "The Kenyan dockers' union said the strike would end on Friday.",
])
def test_strike_told_by_others_or_ending_has_no_striker(text):
    events = events_of(text)
    assert not [e for e in events if e.category == "PROTEST"], described(events)


def test_resignation_first_told_by_its_noun_is_coded():
    events = events_of("Kenyan Finance Minister Amos Kiprono flew to Beijing on Tuesday. Kiprono's resignation "
                       "leaves the cabinet short before the budget.")
    assert [e.source.name for e in events if e.category == "CONCEDE"] == ["Amos Kiprono"], described(events)


def test_group_talks_only_with_the_state():
    """A social group's talks count with a state party, not with a university or a firm."""
    events = events_of("Students walked out after talks with the university collapsed.")
    assert not [e for e in events if e.category == "CONSULT"], described(events)
