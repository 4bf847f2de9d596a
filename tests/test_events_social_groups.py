"""Social groups as parties to protest and criticism (issue 17, social.py): unions, dockers,
farmers, students and nationalists code their strikes, blockades and denunciations with or
without a country; a firm's staff, one person and a sports crowd still code nothing. Our own
sentences, fictional."""

from __future__ import annotations

import pytest

from dateline.analyse.events import lexicon
from test_events import events_of

CODED = [
    # text, category, source's name
    ("Unions staged a nationwide strike against the government's plan to raise the retirement age.",
     "PROTEST", "Unions"),
    ("Striking dockers blocked the ring road for six hours on Wednesday.", "PROTEST", "Striking dockers"),
    ("Farmers blocked motorways with tractors to protest against cheap imports.", "PROTEST", "Farmers"),
    ("Thousands of teachers marched through the capital demanding higher pay.", "PROTEST", "teachers"),
    ("Some nationalists denounced the border deal as a betrayal.", "DISAPPROVE", "Some nationalists"),
    ("The union called off its strike after the ministry improved its offer.", "CONCEDE", "The union"),
]

NOTHING = [
    "Amazon workers staged a strike at the warehouse on Monday.",
    "Workers at the Ford plant went on strike on Monday.",
    "A worker born in 1975 would retire at 65 under the plan.",
    "A man protested outside his neighbour's house about the noise.",
    "Rival supporters clashed before the match at the stadium, and the referee sent off two players in the second half.",
]


@pytest.mark.parametrize("text, category, source", CODED)
def test_social_group_is_a_party(text, category, source):
    events = events_of(text)
    assert any(e.category == category and e.source is not None and e.source.name == source for e in events), \
        [(e.category, e.source and e.source.name) for e in events]


@pytest.mark.parametrize("text", NOTHING)
def test_staff_persons_and_crowds_code_nothing(text):
    assert events_of(text) == []


def test_an_order_to_residents_is_no_party_of_theirs():
    """A social group as the target counts only where force is done to it."""
    events = events_of("Many residents said they had received no evacuation order before the river rose.")
    assert not [e for e in events if e.target is not None and "residents" in e.target.name]


def test_country_name_is_the_country_not_a_territory():
    """FRA's rows include Mayotte and Saint Barthelemy; the country's own row names it."""
    names = lexicon.country_names()
    assert names["FRA"] == "France" and names["DEU"] == "Germany" and names["IRQ"] == "Iraq"
    events = events_of("French unions launched an open-ended nationwide strike on Monday.")
    assert all(e.target is None or e.target.name == "France" for e in events)


@pytest.mark.parametrize("text, category, target", [
    ("Students marched against the education minister's reform on Thursday.", "PROTEST", "the education minister"),
    ("The transport minister called the union's offer unacceptable.", "REJECT", "the union"),
])
def test_the_owner_of_a_measure_or_offer_is_the_target(text, category, target):
    events = [e for e in events_of(text) if e.category == category]
    assert events and events[0].target is not None and events[0].target.name == target, events


@pytest.mark.parametrize("text, category", [
    ("The Kenyan government called the strike illegal.", "DISAPPROVE"),
    ("The prime minister called the walkout a mistake.", "DISAPPROVE"),
])
def test_calling_a_thing_by_a_condemning_word_is_criticism(text, category):
    assert [e.category for e in events_of(text)] == [category]


def test_declaring_a_march_illegal_is_a_ruling_not_criticism():
    assert not [e for e in events_of("Kenya declared the march illegal.") if e.category == "DISAPPROVE"]


def test_a_quoted_speaker_keeps_the_role_the_article_gives_them():
    events = events_of("Interior Minister Tomas Brell defended the police on Tuesday. "
                       "\u201cWe will not back down,\u201d he said.")
    refusals = [e for e in events if e.category == "REJECT"]
    assert refusals and refusals[0].source.name == "Tomas Brell" and refusals[0].source.sector == "GOV"


def test_calling_for_another_to_act_is_a_demand_of_them():
    """'called for X to resign' asks X to act, as 'called on X to resign' does (a DEMAND, not
    X's own resignation)."""
    events = events_of("Kenya called for Uganda to withdraw its troops from the border.")
    assert [(e.category, e.mode, e.source.country, e.target.country) for e in events] == \
        [("DEMAND", "demanded", "KEN", "UGA")]


def test_calling_for_a_thing_to_be_done_names_no_one_told():
    """The caller's demand stands (CAMEO 10, as the sample gold codes it), with no one named as
    told: the contract is no target."""
    events = events_of("Kenya called for the contract to be suspended.")
    assert [(e.category, e.target) for e in events] == [("DEMAND", None)]


def test_leading_a_strike_is_taking_part_in_it():
    events = events_of("Kenyan union leader Otieno Wafula, who led the teachers' strike for three weeks, spoke on Monday.")
    assert [(e.category, e.source.name) for e in events if e.category == "PROTEST"] == [("PROTEST", "Otieno Wafula")]


def test_leading_a_team_is_no_event():
    assert events_of("Kenya led the team to victory in Nairobi.") == []
