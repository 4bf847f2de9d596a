"""Scorers: one module per public data set, each with `evaluate(path, ...) -> dict`
and `format_figures(figures) -> str`. `dateline eval NAME PATH` runs them."""

from __future__ import annotations

import importlib
from types import ModuleType

SCORERS = {
    "polnear": "dateline.evaluate.polnear",  # quotations and speakers
    "tempeval": "dateline.evaluate.tempeval",  # time expressions (TIMEX3)
    "amounts": "dateline.evaluate.amounts",  # amounts, over the sample corpus gold
    "ecbplus": "dateline.evaluate.ecbplus",  # stories and happenings (topics, sub-topics)
}


def load_scorer(name: str) -> ModuleType:
    return importlib.import_module(SCORERS[name])
