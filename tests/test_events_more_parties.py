"""Parties the coder did not accept, and events with no party at all (issue 17, fourth round,
branch parties): a war as the killer is a casualty count, wanting is no request unless asked of
someone, a free relative ('signed what the government asked him to sign') describes a thing.
Our own sentences, fictional; each class with controls that must stay coded or uncoded."""

from __future__ import annotations

import pytest

from test_events import described, events_of


@pytest.mark.parametrize("text", [
    "The war in the north has killed more than 9,000 soldiers and civilians since 2019.",
    "The conflict over the islands has displaced 200,000 people and killed an estimated 3,000 Chilean soldiers.",
    "The Chilean president met the widows of soldiers killed in the war.",
])
def test_a_war_as_the_killer_is_no_act(text):
    events = [e for e in events_of(text) if e.category == "ASSAULT"]
    assert events == [], described(events)


@pytest.mark.parametrize("text", [
    "Peruvian rebels attacked the village and killed 12 soldiers.",
    "Peruvian troops killed 40 civilians in the war.",
    "A car bomb killed four Peruvian soldiers in Lima.",
])
def test_killings_by_a_party_stay(text):
    assert "ASSAULT" in [e.category for e in events_of(text)], described(events_of(text))


@pytest.mark.parametrize("text", [
    "Chile's foreign minister told reporters that his country wanted a peace that lasts.",
    "The Bolivian president said her country wished for calm on the border.",
])
def test_wanting_is_no_request(text):
    events = [e for e in events_of(text) if e.category in ("REQUEST", "DEMAND")]
    assert events == [], described(events)


def test_wanting_from_someone_stays_a_request():
    events = events_of("Bolivia wants help from Brazil.")
    assert [e.category for e in events if e.category == "REQUEST"], described(events)


@pytest.mark.parametrize("text", [
    "\"Ramos signed what the government asked him to sign,\" said a former aide.",
    "The Peruvian minister did whatever the president told him to do.",
])
def test_a_free_relative_is_no_demand(text):
    events = [e for e in events_of(text) if e.category in ("DEMAND", "REQUEST")]
    assert events == [], described(events)


def test_asking_someone_to_sign_stays_a_demand():
    events = events_of("The Peruvian government asked the miners' union to sign the accord.")
    assert [e.category for e in events] == ["DEMAND"], described(events)


@pytest.mark.parametrize("text, source", [
    ("Families of the victims have demanded that it name the officials who failed them.", "Families"),
    ("Supporters of the jailed governor demanded his release.", "Supporters"),
])
def test_a_social_group_demands(text, source):
    events = events_of(text)
    assert [(e.category, e.source and e.source.name, e.target and e.target.name) for e in events] \
        == [("DEMAND", source, None)], described(events)


@pytest.mark.parametrize("text", [
    "The families of the miners attended the funeral in Lima.",
    "Families of the victims thanked the rescuers.",
    "Families of the victims signed a deal with the mine owners.",
])
def test_families_are_no_party_to_other_acts(text):
    assert events_of(text) == [], described(events_of(text))


def test_the_told_party_is_the_clause_subject_not_its_object():
    events = events_of("Chilean residents have demanded that it name the officials who delayed work.")
    assert [(e.category, e.target and e.target.name) for e in events] == [("DEMAND", None)], described(events)


@pytest.mark.parametrize("text", [
    "The Chilean minister said that Ruiz's family had asked to convey its thanks to the rescuers.",
    "The Chilean minister said the miner's family had asked to see the report.",
])
def test_one_persons_kin_is_no_group(text):
    events = [e for e in events_of(text) if e.category in ("DEMAND", "REQUEST")
              and e.source is not None and "minister" not in e.source.name]
    assert events == [], described(events)


def test_a_demand_the_parser_hangs_on_the_reported_clause_is_the_speakers():
    events = events_of("The Chilean minister said the plan was flawed and urged parliament to reject it.")
    assert [(e.category, e.source and e.source.name, e.target and e.target.name) for e in events
            if e.category == "DEMAND"] == [("DEMAND", "The Chilean minister", "parliament")], described(events)


def test_the_agency_is_the_body_named_just_before():
    events = events_of("A UNHCR official in Nairobi said 250,000 refugees had registered to return. "
                       "The agency has asked the Kenyan government for $310 million.")
    assert [(e.category, e.source and e.source.name) for e in events if e.category == "REQUEST"] \
        == [("REQUEST", "UNHCR")], described(events)


def test_the_agency_with_no_body_before_stays_unresolved():
    events = events_of("Shell said its profits fell. The agency has asked donors for $3 million.")
    assert events == [], described(events)


@pytest.mark.parametrize("text", [
    "Outside the court in Lima, a small group of supporters held a banner reading \"Justice for the governor\".",
    "Striking teachers carried placards outside the ministry in Lima.",
])
def test_holding_banners_is_a_protest(text):
    events = events_of(text)
    assert [e.category for e in events] == ["PROTEST"], described(events)


@pytest.mark.parametrize("text", [
    "Fans waved banners as the Peruvian team arrived.",
    "The children held a banner at the school fete in Lima.",
])
def test_banners_of_no_party_code_nothing(text):
    assert events_of(text) == [], described(events_of(text))


@pytest.mark.parametrize("text", [
    "Dockers in Lima walked out on Monday.",
    "The Federation of Peruvian Workers says 300,000 people walked out.",
])
def test_a_walkout_of_workers_is_a_strike(text):
    events = events_of(text)
    assert [e.category for e in events] == ["PROTEST"], described(events)


@pytest.mark.parametrize("text, category", [
    ("The Peruvian delegation walked out of the talks.", "SANCTION"),
    ("The Peruvian minister says 300 people walked out.", None),
    ("Fans walked out at half-time in Lima.", None),
])
def test_other_walkouts_stay_as_they_were(text, category):
    events = events_of(text)
    assert [e.category for e in events] == ([category] if category else []), described(events)


def test_the_officer_of_a_workers_federation_led_the_walkout():
    events = events_of("The Federation of Chilean Workers called a strike on Monday. Rosa Ibarra, who led the "
                       "2019 walkout and now heads the federation's rail section, said the strike would go on.")
    assert ("PROTEST", "Rosa Ibarra") in [(e.category, e.source and e.source.name) for e in events], described(events)


@pytest.mark.parametrize("text", [
    "The Chilean Football Federation met on Monday. Rosa Ibarra, who led the 2019 walkout and now heads "
    "the federation's youth section, spoke to reporters.",
    "Rosa Ibarra, who led the 2019 walkout and now runs a bakery in Santiago, spoke to reporters.",
])
def test_a_walkout_leader_with_no_union_role_stays_uncoded(text):
    events = [e for e in events_of(text) if e.category == "PROTEST"]
    assert events == [], described(events)
