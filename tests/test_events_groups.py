"""Organisations and armed groups the actor dictionary knows whole (issue 17): a long name the
tagger cuts at 'of', 'for', 'and', 'against' still stands for the whole name, never for a
place or a common word inside it; an IGO's acronym the parse misreads as an auxiliary or an
adverb is still the subject or object. Sentences written for these tests (fictional events)."""

from __future__ import annotations

import pytest

from test_events import events_of, only


def _placed(actor):
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "slot", "placed"), [
    ("The Self-defense Groups of Cordoba and Uraba accused the Panamanian navy of seizing their boats.",
     "accused", "source", ("COL", "REB")),
    ("Police in Cape Town arrested two leaders of People against Gangsterism and Drugs on Friday.",
     "arrested", "target", ("ZAF", "REB")),
    ("The Arab Struggle Movement for the Liberation of Ahvaz threatened the Iranian government.",
     "threatened", "source", ("IRN", "REB")),
    ("The Joan B. Kroc Institute of Peace and Justice criticised the Haitian police.",
     "criticised", "source", (None, "NGO")),
])
def test_a_long_name_the_tagger_cuts_stands_whole(text, trigger, slot, placed):
    actor = getattr(only(events_of(text), trigger), slot)
    assert _placed(actor) == placed
    assert actor.name.lower().rstrip(".").endswith(("uraba", "drugs", "ahvaz", "justice"))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "slot", "name"), [
    ("IGAD accused the Sudanese army of blocking the aid convoys.", "accused", "source", "IGAD"),
    ("WFP accused the rebels of looting its warehouses in Goma.", "accused", "source", "WFP"),
    ("WFP has criticised the Ethiopian government over the delays.", "criticised", "source", "WFP"),
    ("The Belarusian government sharply criticised OSCE.", "criticised", "target", "OSCE"),
])
def test_an_igo_acronym_the_parse_misreads_is_still_the_actor(text, trigger, slot, name):
    actor = getattr(only(events_of(text), trigger), slot)
    assert actor is not None and actor.name == name and (actor.country, actor.sector) == (None, "IGO")


@pytest.mark.slow
def test_a_common_word_or_a_lower_case_phrase_is_no_name():
    # a single everyday word is no group by itself, and the name's words in lower case are prose
    event = only(events_of("Solidarity with the strikers grew as the Polish police arrested six workers."),
                 "arrested")
    assert event.source is not None and event.source.country == "POL"
    event = only(events_of("Students rallied in solidarity for political prisoners and the police "
                           "arrested twelve of them."), "arrested")
    assert event.target is None or event.target.country != "GRC"


@pytest.mark.slow
def test_a_place_after_a_name_it_is_not_part_of_keeps_its_country():
    # "Groups of Cordoba" alone is no dictionary name: the place is read as the tagger reads it
    event = only(events_of("Spanish police arrested three men in Cordoba on Tuesday."), "arrested")
    assert event.source is not None and event.source.country == "ESP"
