"""Speech acts and verbs the coder should already reach (issue 17, fourth round): opening a
criminal case is an investigation, trading insults is criticism, having or expressing confidence
in someone is support, and an inquiry or report that blames 'his ministry' names the ministry as
its target. Our own sentences, fictional; each class with controls that must stay uncoded."""

from __future__ import annotations

import pytest

from test_events import described, events_of


@pytest.mark.parametrize("text, target", [
    ("Kenya's attorney general opened a criminal case against the former energy minister on Monday.",
     "the former energy minister"),
    ("The Tanzanian prosecutor opened a criminal case on Friday.", None),
])
def test_opening_a_criminal_case_is_an_investigation(text, target):
    events = events_of(text)
    assert [(e.category, e.target and e.target.name) for e in events] == [("INVESTIGATE", target)], described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan museum opened a case of rare coins to visitors.",
    "Kenya's president opened the new airport terminal.",
])
def test_other_openings_code_nothing(text):
    assert events_of(text) == [], described(events_of(text))


@pytest.mark.parametrize("text", [
    "The leaders of Ghana and Togo exchanged insults at the summit.",
    "The presidents of Ghana and Togo, who traded insults last year, signed a trade pact.",
])
def test_trading_insults_is_criticism(text):
    events = events_of(text)
    assert "DISAPPROVE" in [e.category for e in events], described(events)


def test_exchanging_goods_is_no_criticism():
    events = events_of("Kenyan traders exchanged shares in Nairobi.")
    assert events == [], described(events)


@pytest.mark.parametrize("text, target", [
    ("The Kenyan president had full confidence in the interior minister.", "the interior minister"),
    ("The Chilean president expressed confidence in the finance minister.", "the finance minister"),
])
def test_confidence_in_someone_is_support(text, target):
    events = events_of(text)
    assert [(e.category, e.target and e.target.name) for e in events] == [("SUPPORT", target)], described(events)


@pytest.mark.parametrize("text", [
    "Kenyan voters had little confidence in the new parliament.",
    "The Kenyan opposition had no confidence in the government.",
    "The Kenyan opposition did not have confidence in the president.",
    "The Kenyan government has confidence that the economy will grow.",
    "The Kenyan president had a busy week.",
])
def test_no_confidence_or_confidence_in_a_forecast_backs_no_one(text):
    events = events_of(text)
    assert events == [], described(events)


def test_have_stays_a_light_verb():
    events = events_of("The Kenyan government had talks with Uganda.")
    assert [e.category for e in events] == ["CONSULT"], described(events)


@pytest.mark.parametrize("text, target", [
    ("Two days later, an inquiry blamed his ministry for the collapse of the bridge.", "his ministry"),
    ("Kenya's foreign minister said a report had accused her government of failures.", "her government"),
])
def test_an_inquiry_blames_a_persons_ministry(text, target):
    events = events_of(text)
    assert [(e.category, e.target and e.target.name) for e in events] == [("ACCUSE", target)], described(events)


def test_a_person_blaming_their_own_aides_names_no_target():
    """A person's 'his aides' stay their own (own_possession), as before."""
    events = events_of("The Kenyan minister blamed his aides for the delay.")
    assert [(e.category, e.target) for e in events] == [("ACCUSE", None)], described(events)


def _descriptors(text: str, name: str) -> list[str]:
    from test_entities import extract_entities, find, parse
    return find(extract_entities(parse(text)), name).descriptors


def test_a_role_held_as_in_a_present_relative_clause_is_a_descriptor():
    """'X, who as interior minister oversees the police' gives X the role, so what X says and
    what is said of X is the minister's ('We will not back down', 'accused Mr X of')."""
    assert "interior minister" in _descriptors(
        "Ivo Radek, who as interior minister oversees the police, spoke in Kirov.", "Ivo Radek")
    events = events_of("Ivo Radek, who as interior minister oversees the police, spoke on Monday. "
                       "Lena Dovic, the head of the Federation of Kirov Nurses, accused Mr Radek of "
                       "treating nurses like criminals.")
    assert ("ACCUSE", "Lena Dovic", "Ivo Radek") in [(e.category, e.source and e.source.name, e.target and e.target.name)
                                                     for e in events], described(events)


@pytest.mark.parametrize("text", [
    "Ivo Radek, who served as interior minister until 2019, spoke in Kirov.",
    "Ivo Radek, who as a boy lived in Kirov, spoke on Monday.",
])
def test_a_past_role_or_no_role_is_no_descriptor(text):
    assert not any("minister" in d or "boy" in d for d in _descriptors(text, "Ivo Radek"))


def test_a_private_quarrel_stays_uncoded():
    """Without a role for either side, one named person accusing another is no political event."""
    events = events_of("Lena Dovic accused Ivo Radek of treating nurses like criminals.")
    assert events == [], described(events)


@pytest.mark.parametrize("text, category", [
    ("The Kenyan interior minister said on Sunday that the strike was illegal.", "DISAPPROVE"),
    ("The Kenyan labour minister said the union's demands were unacceptable.", "REJECT"),
])
def test_saying_an_act_is_illegal_is_criticism(text, category):
    events = events_of(text)
    assert [e.category for e in events] == [category], described(events)


@pytest.mark.parametrize("text", [
    "The Kenyan interior minister said the weather was absurd.",
    "The Kenyan interior minister said the strike was not illegal.",
    "The Kenyan interior minister did not say that the strike was illegal.",
    "The Kenyan interior minister said that the march was peaceful.",
])
def test_saying_a_thing_is_so_or_denying_it_is_no_criticism(text):
    events = events_of(text)
    assert events == [], described(events)


def test_a_quotation_in_the_present_told_to_reporters_is_asserted():
    """"'I have full confidence in X,' she told reporters": a quotation before its verb, in the
    present, tells how things are; it asks nothing of the reporters."""
    events = events_of("“I have full confidence in the interior minister,” the Kenyan president told reporters.")
    assert [(e.category, e.mode) for e in events] == [("SUPPORT", "asserted")], described(events)


def test_telling_someone_they_must_act_stays_a_demand():
    events = events_of("The Kenyan president told Uganda that it must withdraw its troops.")
    assert [(e.category, e.mode) for e in events] == [("DEMAND", "demanded")], described(events)


def test_a_two_sided_act_in_a_who_clause_is_done_by_both_names():
    """'X and Y, who traded insults': both criticised; the clause is not the last name's alone."""
    events = events_of("President Ruto and President Museveni, who traded insults last year, met in Nairobi.")
    sources = {e.source.name for e in events if e.category == "DISAPPROVE"}
    assert sources == {"William Ruto", "Museveni"}, described(events)


def test_a_one_sided_act_in_a_who_clause_stays_the_nearest_names():
    """'X and Y, who resigned': 'who' stands for the noun before it (as before)."""
    events = events_of("The Kenyan president and his deputy, who criticised the court, met in Nairobi.")
    assert not [e for e in events if e.category == "DISAPPROVE" and e.source and e.source.name == "William Ruto"], \
        described(events)


@pytest.mark.parametrize("text", [
    "“We will not sign anything that gives away Kenyan land,” the Kenyan foreign minister said.",
    "“We will never sign anything that divides Kenya,” the Kenyan president said.",
])
def test_refusing_to_sign_anything_is_a_rejection(text):
    events = events_of(text)
    assert [(e.category, e.source is not None) for e in events] == [("REJECT", True)], described(events)


def test_signing_anything_codes_no_agreement():
    events = events_of("The Kenyan minister signed anything put in front of him.")
    assert events == [], described(events)
