"""Issue 17: who an actor is and which side it is on, in sentences we wrote.

Lone words that name no one for sure, the sector a phrase's own descriptors give, experiencer
verbs and agentless passives (the subject suffers the event), and threats against forecasts."""

from __future__ import annotations

import pytest

from dateline.analyse.events import actor_for
from test_events import code, events_of, only


@pytest.mark.parametrize(("text", "person"), [
    ("Moon", False),   # "the Moon lander": the moon, whoever is president of Korea
    ("Moon", True),
    ("Kim", True),     # a surname of millions
    ("Mr. Lee", True),
    ("Park", True),
    ("Andrew", True),  # a first name alone
])
def test_a_lone_everyday_word_common_surname_or_first_name_names_no_office_holder(text, person):
    assert actor_for(text, "2020-02-03", person=person) is None


def test_a_lone_surname_names_a_holder_in_office_or_of_a_named_office():
    assert actor_for("Trump", "2019-10-01", person=True).name == "Donald Trump"
    assert actor_for("Obama", "2019-10-01", person=True).country == "USA"  # a president, years on
    assert actor_for("President Moon", "2020-02-03", person=True).country == "KOR"


@pytest.mark.parametrize(("text", "person", "country", "sector"), [
    ("the House Intelligence Committee", False, "USA", "LEG"),  # oversees intelligence, is Congress
    ("a parliamentary committee", False, None, "LEG"),
    ("Rep. Dana Whitcombe", True, "USA", "LEG"),
    ("Sen. Harold Ostrander", True, "USA", "LEG"),
    ("congresswoman Lydia Ferro", True, "USA", "LEG"),
    ("a former National Security Council aide", False, "USA", "ELI"),  # a US body, no UN one
    ("the former Danish interior minister Piet Halden", True, "DNK", "ELI"),
])
def test_the_phrases_own_descriptors_set_the_sector(text, person, country, sector):
    actor = actor_for(text, "2019-11-20", person=person)
    assert actor is not None and (actor.country, actor.sector) == (country, sector)


def test_the_un_security_council_stays_international():
    assert actor_for("the UN Security Council", "2019-11-20").sector == "IGO"


@pytest.mark.parametrize(("text", "trigger", "category", "source", "target"), [
    ("Pakistan came under fire from India over the border raid.", "came", "DISAPPROVE", "IND", "PAK"),
    ("The Dutch government faced sharp criticism from Belgium over the canal tolls.",
     "criticism", "DISAPPROVE", "BEL", "NLD"),
    ("Venezuela received a formal condemnation from Colombia on Monday.",
     "condemnation", "DISAPPROVE", "COL", "VEN"),
    ("Belarus faced new sanctions from the European Union after the vote.",
     "sanctions", "SANCTION", "IGO", "BLR"),
])
def test_the_subject_of_an_experiencer_verb_is_the_target(text, trigger, category, source, target):
    event = only(events_of(text), trigger)
    assert (event.category, code(event.source), code(event.target)) == (category, source, target)


def test_an_agentless_passive_borrows_no_subject_and_its_owner_suffers_it():
    events = events_of("The Syrians tried to retake the airfield, but their helicopter was shot down "
                       "near the border.")
    shot = only(events, "shot")
    assert shot.source is None and code(shot.target) == "SYR"


def test_a_threatened_act_in_a_conjunct_is_a_threat_not_the_act():
    events = events_of("The man pleaded guilty to threatening to beat and kill a Danish judge.")
    assert all(e.category != "ASSAULT" for e in events)
    kill = only(events, "kill")
    assert (kill.category, kill.mode) == ("THREATEN", "threatened")


@pytest.mark.parametrize("text", [
    "The central bank warned that food prices could rise sharply this winter.",
    "The ministry cautioned that there is no quick fix for the shortages.",
    # advice to the public to do or avoid something is for their own safety
    "Health officials in Peru have warned residents to stay away from flooded areas and to boil drinking water.",
])
def test_a_warning_that_forecasts_is_no_threat(text):
    assert not [e for e in events_of(text) if e.category == "THREATEN"]


def test_a_warning_of_ones_own_act_stays_a_threat():
    event = only(events_of("Armenia warned Azerbaijan that it would respond to any new incursion."), "warned")
    assert (event.category, code(event.source), code(event.target)) == ("THREATEN", "ARM", "AZE")
    # a party warned not to act stays threatened
    event = only(events_of("Russia warned Latvia not to deploy troops near the border."), "warned")
    assert (event.category, code(event.source), code(event.target)) == ("THREATEN", "RUS", "LVA")


@pytest.mark.parametrize("text", [
    "The Green party needs to cooperate with the Social Democrats on the budget.",
    "The finance minister reassured pensioners that the payments would continue.",
    "The opposition party admitted that its campaign had lost momentum.",
])
def test_attitude_and_necessity_verbs_assert_no_event(text):
    assert not [e for e in events_of(text) if e.mode == "asserted"]


def test_an_acronym_in_brackets_is_no_part_of_the_name():
    # the mention may end inside the bracket; the actor's name is the body's, without "(ICC"
    asked = only(events_of("We will ask the International Criminal Court (ICC) to open an investigation, "
                           "the Palestinian minister said."), "ask")
    assert asked.target is not None and asked.target.name == "International Criminal Court"


def test_a_feeling_in_the_passive_is_felt_by_its_subject():
    # the subject of "were outraged by" disapproves; the by-agent is what it disapproves of
    outraged = only(events_of("Kenyan lawmakers were outraged by the Ugandan government."), "outraged")
    assert (outraged.category, code(outraged.source), code(outraged.target)) == ("DISAPPROVE", "KEN", "UGA")
    # being repelled by an act is disgust, no violence; an attack repelled is still fighting
    for repelled in ("Many Kenyans were rightly repelled when a police station was set on fire last week by rioters.",
                     "Many Kenyans will deplore that decision and were rightly repelled when a police station was "
                     "set on fire last week.",
                     "Many in Nairobi will deplore that decision and were rightly repelled when a man was set on fire "
                     "last week, apparently by a rioter."):
        assert [e for e in events_of(repelled) if e.trigger == "repelled"] == []
    offensive = only(events_of("The rebel offensive was repelled by Kenyan troops near the border."), "repelled")
    assert (offensive.category, code(offensive.source)) == ("FIGHT", "KEN")


def test_a_name_in_apposition_is_who_the_noun_is_not_an_office_holder():
    # "the son of former President X" read whole names the office's holder; the name beside it
    # says who was stabbed
    text = ("The son of former German President Richard von Weizsäcker, Fritz Eckart von Weizsäcker was stabbed to "
            "death in Berlin, while another man was critically injured.")
    stabbed = only(events_of(text), "stabbed")
    assert stabbed.target is not None and stabbed.target.name == "Fritz Eckart von Weizsäcker"
