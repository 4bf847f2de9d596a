"""The evaluation gate: every scorer, run on its data where the data is here, reaches the floors
in src/dateline/evaluate/baseline.json. A scorer's floors are one line in that file."""

from __future__ import annotations

import json

import pytest

from dateline.errors import DataFileError, EvaluationError
from dateline.evaluate import SCORERS, load_scorer
from dateline.evaluate.gate import check, load_baseline, shortfalls

from conftest import PROJECT, shared_data

BASELINE = load_baseline()
IN_TESTS = [run for run in BASELINE if run.in_tests]


def test_every_scorer_has_floors_and_every_run_a_scorer():
    assert {run.scorer for run in BASELINE} == set(SCORERS)
    assert {run.scorer for run in IN_TESTS} == set(SCORERS), "every scorer runs in the suite on some data"
    for run in BASELINE:
        module = load_scorer(run.scorer)
        assert hasattr(module, "SPLITS"), f"{run.scorer} has no SPLITS (the split names it knows, () for none)"
        assert run.split is None or run.split in module.SPLITS, run.name
        assert callable(module.evaluate) and callable(module.format_figures)


@pytest.mark.slow
@pytest.mark.parametrize("run", IN_TESTS, ids=[run.name for run in IN_TESTS])
def test_scorer_reaches_its_floors(run):
    path = run.path(shared=shared_data(), project=PROJECT)
    if not path.exists():
        pytest.skip(f"{path} not found: set DATELINE_SHARED_DATA to the evaluation data to gate {run.scorer}")
    figures = load_scorer(run.scorer).evaluate(path, split=run.split, limit=run.limit)
    print(f"{run.name}: " + ", ".join(f"{k} {figures.get(k)} (floor {v})" for k, v in run.floors.items()))
    short = shortfalls(figures, run.floors)
    assert not short, f"{run.name} under its floors: " + "; ".join(short)


def test_shortfalls_name_the_figure_and_its_floor():
    assert shortfalls({"f1": 0.9, "acc": 0.5}, {"f1": 0.85, "acc": 0.6, "gone": 0.1}) == [
        "acc 0.5000 < floor 0.6000", "gone missing (floor 0.1)",
    ]


def test_check_finds_the_run_by_split_and_limit():
    runs = load_baseline(json.dumps({"runs": {
        "x dev": {"scorer": "x", "data": "x", "split": "dev", "floors": {"f1": 0.8}},
        "x dev 5": {"scorer": "x", "data": "x", "split": "dev", "limit": 5, "floors": {"f1": 0.7}},
    }}))
    assert check("x", {"f1": 0.75}, split="dev", limit=5, runs=runs).name == "x dev 5"
    with pytest.raises(EvaluationError, match="f1 0.7500 < floor 0.8000"):
        check("x", {"f1": 0.75}, split="dev", limit=None, runs=runs)
    with pytest.raises(EvaluationError, match="no floors for x with --split train"):
        check("x", {"f1": 0.75}, split="train", limit=None, runs=runs)


def test_check_tells_runs_on_different_data_apart_by_path():
    runs = load_baseline(json.dumps({"runs": {
        "x shared": {"scorer": "x", "data": "x/gold.json", "floors": {"f1": 0.8}},
        "x written": {"scorer": "x", "data": "tests/x/written.json", "root": "project", "floors": {"f1": 0.6}},
    }}))
    assert check("x", {"f1": 0.7}, split=None, limit=None, runs=runs, path="tests/x/written.json").name == "x written"
    assert check("x", {"f1": 0.9}, split=None, limit=None, runs=runs, path="/data/x").name == "x shared"
    with pytest.raises(EvaluationError, match="x shared"):
        check("x", {"f1": 0.7}, split=None, limit=None, runs=runs, path="/data/x/gold.json")


@pytest.mark.parametrize("text", [
    "{",
    json.dumps({"runs": {"a": {"scorer": "x", "data": "x", "floors": {}}}}),
    json.dumps({"runs": {"a": {"scorer": "x", "data": "x", "floors": {"f1": "high"}}}}),
    json.dumps({"runs": {"a": {"scorer": "x", "data": "x", "floor": {"f1": 0.5}}}}),
    json.dumps({"runs": {"a": {"scorer": "x", "data": "x", "root": "home", "floors": {"f1": 0.5}}}}),
], ids=["not json", "no floors", "a floor not a number", "an unknown key", "an unknown root"])
def test_malformed_baseline_is_a_data_file_error(text):
    with pytest.raises(DataFileError):
        load_baseline(text)
