"""Actor recall on real pages (issue 17): a person's title placed once places them after; police,
courts and lawmakers of a story set in one country are its own; two-sided evidence places none."""

from __future__ import annotations

import pytest

from test_events import events_of, only


def _country(actor):
    return None if actor is None else actor.country


@pytest.mark.slow
@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("White House press secretary Karen Daley spoke to reporters on Monday. "
     "Daley also accused the senators of stalling the bill.", "accused", "USA"),
    ("Kremlin spokesman Ivan Sorokin took questions on Tuesday. "
     "Sorokin later criticised the Estonian government.", "criticised", "RUS"),
    ("Downing Street spokeswoman Amy Carter met reporters in the lobby. "
     "Carter accused the union of misleading its members.", "accused", "GBR"),
])
def test_a_seat_of_government_before_a_title_places_the_person_after(text, trigger, country):
    assert _country(only(events_of(text), trigger).source) == country


@pytest.mark.slow
def test_a_work_place_or_a_host_country_places_no_one():
    # a correspondent works at the White House for any paper; an envoy to Chad is not Chadian
    text = ("White House correspondent Jane Brody asked about the delay. "
            "Brody accused the Veldorian minister of dodging the question.")
    assert _country(only(events_of(text), "accused").source) is None
    text = ("Paul Meyer, a former special envoy to Chad, testified on Friday. "
            "Meyer accused the Veldorian minister of lying.")
    assert _country(only(events_of(text), "accused").source) != "TCD"


@pytest.mark.slow
def test_police_of_a_story_set_in_one_country_are_its_own():
    text = ("Two men were hurt in a crash on Main Street in Dayton, Ohio, on Saturday night. "
            "Police arrested the driver of the pickup truck.\n\n"
            "The driver was taken to a hospital in Cincinnati.")
    assert _country(only(events_of(text), "arrested").source) == "USA"


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # places in two countries: whose police is not said
    "Two tourists from Toronto were robbed near a hotel in Miami on Friday. Police arrested a suspect.",
    # a single place: a story may name one foreign place only
    "Police arrested a suspect after the robbery of a jeweller in Lyon.",
])
def test_police_stay_unplaced_when_the_story_is_not_set_in_one_country(text):
    assert _country(only(events_of(text), "arrested").source) is None


# a place as a person's given name (person_names.place_as_given_name, person_names.titles_only)

def test_a_given_name_that_is_a_city_does_not_place_the_person():
    [event] = events_of("Rep. Alexandria Ocasio-Cortez criticised the Federal Reserve.")
    assert event.source.country == "USA"  # the title's country, not Alexandria's (EGY)


def test_a_given_name_that_is_a_country_is_no_qualifier_of_a_surname():
    [event] = events_of("Jordan Peterson accused the Canadian government of censorship.")
    assert event.source.country is None  # neither Jordan nor another Peterson of the dictionary


def test_a_country_before_a_title_still_places_the_holder():
    [event] = events_of("Iraq President Saddam Hussein threatened Kuwait.")
    assert (event.source.country, event.target.country) == ("IRQ", "KWT")


def test_a_role_noun_before_a_city_named_person_does_not_place_her_there():
    events = events_of("Senator Ana Ruiz and congresswoman Alexandria Ocasio-Cortez backed the singer. "
                       "They criticised the record company.")
    assert "EGY" not in {e.source.country for e in events if e.source is not None}
