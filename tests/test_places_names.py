"""Names that look like places but are something else in their text: an organisation named
by a place's other name, a common word matching a shortened region name, a park named like a
town elsewhere, a plural that is another town's name."""

from __future__ import annotations

import pytest
import spacy

from dateline.analyse.places.names import spelt_alike
from test_places import by_text, places_in


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_a_place_s_other_name_beginning_an_organisation_s_name_is_the_organisation(blank):
    text = ("Emirates Airline ordered forty jets on Tuesday. Emirates said the aircraft would "
            "join its fleet in Dubai next year.")
    found = by_text(places_in(blank, text, [("Emirates Airline", "ORG", None), ("Emirates", "GPE", None)]))
    assert "Emirates" not in found
    assert found["Dubai"].country == "ARE"


def test_a_country_s_own_name_stays_a_place_beside_its_airline(blank):
    text = "Qatar Airways added flights to Doha. Qatar has expanded its airport."
    found = by_text(places_in(blank, text, [("Qatar Airways", "ORG", None), ("Qatar", "GPE", None)]))
    assert found["Qatar"].country == "QAT"


def test_a_common_word_is_not_a_region_shortened_from_its_name(blank):
    found = places_in(blank, "Download the Budget Planner for Free (Premium costs $3 a month).")
    assert not [p for p in found if p.country == "ZAF"]


def test_a_state_named_with_state_is_still_found_without_it(blank):
    found = by_text(places_in(blank, "Gunmen attacked a village in Rivers on Sunday, police in Nigeria said."))
    assert found["Rivers"].country == "NGA"


def test_a_park_is_not_the_town_whose_old_name_it_is(blank):
    text = "The mayor went jogging in Central Park before a meeting in New York."
    found = by_text(places_in(blank, text, [("Central Park", "LOC", None), ("New York", "GPE", None)]))
    assert "Central Park" not in found or found["Central Park"].geonameid is None


def test_a_plural_is_another_name_not_a_spelling():
    assert not spelt_alike("forest hill", "forest hills")
    assert not spelt_alike("palm spring", "palm springs")
    assert spelt_alike("odessa", "odesa")
    assert spelt_alike("new york", "new york city")


def test_a_town_named_like_another_s_plural_stays_unplaced(blank):
    text = "Police in Forest Hill said the suspect was arrested at a motel in Texas."
    found = by_text(places_in(blank, text, [("Forest Hill", "GPE", None), ("Texas", "GPE", None)]))
    assert found.get("Forest Hill") is None or found["Forest Hill"].name != "Forest Hills"
