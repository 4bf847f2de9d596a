"""Scorers: one module per public data set, each with `evaluate(path, ...) -> dict`
and `format_figures(figures) -> str`. `dateline eval NAME PATH` runs them."""

from __future__ import annotations

import importlib
from types import ModuleType

SCORERS = {
    "polnear": "dateline.evaluate.polnear",  # quotations and speakers
    "tempeval": "dateline.evaluate.tempeval",  # time expressions (TIMEX3)
    "amounts": "dateline.evaluate.amounts",  # amounts, over the sample corpus gold
    "pubdates": "dateline.evaluate.pubdates",  # publication dates of undated articles
    "articlebench": "dateline.evaluate.articlebench",  # page residue: HTML body F1, plain-text residue
    "places": "dateline.evaluate.places",  # places and geocoding, over our own gold sentences
    "plover": "dateline.evaluate.plover",  # events: PLOVER category, mode, actor countries
    "events-sample": "dateline.evaluate.events_sample",  # events, over the sample corpus gold
    "ecbplus": "dateline.evaluate.ecbplus",  # stories and happenings (topics, sub-topics)
}


def load_scorer(name: str) -> ModuleType:
    return importlib.import_module(SCORERS[name])
