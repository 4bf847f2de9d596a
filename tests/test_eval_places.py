"""The places scorer over our own gold sentences (tests/fixtures/places)."""

from __future__ import annotations

import pytest

from conftest import PROJECT
from dateline.analyse.places.gazetteer import load_gazetteer
from dateline.evaluate import load_scorer
from dateline.evaluate.places import GoldPlace, compare, format_figures, gold_places
from dateline.models import Place

FIXTURES = PROJECT / "tests" / "fixtures" / "places"
FLOORS = {
    "gold": {"detection_f1": 0.96, "right_country": 0.97, "right_place": 0.95, "right_place_all_gold": 0.92},
    "heldout": {"detection_f1": 0.90, "right_country": 0.97, "right_place": 0.95, "right_place_all_gold": 0.90},
}


def _place(start, end, geonameid, country, lat, lon, text="x"):
    return Place(article_id="a", text=text, name=text, country=country, admin1=None, lat=lat, lon=lon,
                 geonameid=geonameid, start=start, end=end)


def test_compare_counts_places_actors_and_distance():
    gold = [
        GoldPlace(text="Paris", kind="place", start=0, end=5, geonameid=1, country="FRA", lat=48.85, lon=2.35),
        GoldPlace(text="Rome", kind="place", start=10, end=14, geonameid=2, country="ITA", lat=41.9, lon=12.5),
        GoldPlace(text="Washington", kind="actor", start=20, end=30),
    ]
    predicted = [
        _place(0, 5, 99, "FRA", 48.9, 2.4),  # another id, a few km away: right place
        _place(10, 14, 3, "USA", 34.26, -85.16),  # Rome, Georgia: wrong country and place
        _place(20, 30, 4, "USA", 38.9, -77.0),  # a government taken as a place
    ]
    counts = compare(gold, predicted)
    assert (counts.gold, counts.found, counts.right_country, counts.right_place, counts.exact_id) == (2, 2, 1, 1, 0)
    assert (counts.predicted, counts.matched_predictions, counts.actors_as_places) == (3, 2, 1)


def test_gold_spans_are_found_by_occurrence():
    entry = {"text": "Texas and Paris, Texas.", "places": [{"text": "Texas", "occurrence": 2}]}
    assert gold_places(entry)[0].start == 17


def test_gold_ids_are_gazetteer_places_with_their_country():
    gaz = load_gazetteer()
    import json

    for line in (FIXTURES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        for item in json.loads(line)["places"]:
            if item.get("kind") == "place" and item.get("geonameid"):
                assert gaz.places[item["geonameid"]].country3 == item["country"]


def test_missing_gold_is_reported(tmp_path):
    with pytest.raises(FileNotFoundError):
        load_scorer("places").evaluate(tmp_path / "nothing.jsonl")


@pytest.mark.slow
@pytest.mark.parametrize("name", ["gold", "heldout"])
def test_scorer_figures_meet_floors(name):
    figures = load_scorer("places").evaluate(FIXTURES / f"{name}.jsonl")
    for key, floor in FLOORS[name].items():
        assert figures[key] >= floor, (key, figures[key], format_figures(figures))
