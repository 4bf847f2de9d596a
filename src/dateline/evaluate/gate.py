"""The evaluation gate: every scorer's floors in one baseline file, and one way to run a scorer.

`baseline.json` (beside this module) holds one line per scored run: which scorer, where its
data lives (relative to the shared data root, or to the project for the sample corpus gold),
which split and how many documents, the figures' floors, and whether the test suite runs it
(`tests/test_eval_gate.py`). Runs too slow for the suite (a whole data set) keep their floors
here too, and `dateline eval NAME PATH --split S --check` holds a run to them.

Adding a scorer's floors is one line in baseline.json; a scorer without a line fails the gate
test, so none is added without one.
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from types import ModuleType
from typing import Any, Literal

from dateline.errors import DataFileError, DataNotFound, EvaluationError
from dateline.evaluate.common import check_split, require_data

BASELINE = "baseline.json"
ROOTS = ("shared", "project")


@dataclass(frozen=True)
class GateRun:
    """One scored run and the floors its figures must reach."""

    name: str
    scorer: str
    data: str  # relative to the root below
    root: Literal["shared", "project"] = "shared"
    split: str | None = None
    limit: int | None = None
    floors: Mapping[str, float] = field(default_factory=dict)
    in_tests: bool = True  # the test suite runs it (else only `dateline eval --check`)

    def path(self, *, shared: pathlib.Path, project: pathlib.Path) -> pathlib.Path:
        return (shared if self.root == "shared" else project) / self.data

    def matches(self, scorer: str, *, split: str | None, limit: int | None) -> bool:
        return (self.scorer, self.split or None, self.limit) == (scorer, split or None, limit)


def load_baseline(text: str | None = None) -> list[GateRun]:
    """The runs of baseline.json (or of `text`); a malformed entry is a DataFileError."""
    if text is None:
        text = resources.files("dateline.evaluate").joinpath(BASELINE).read_text(encoding="utf-8")
    try:
        runs = json.loads(text)["runs"]
        gates = [_gate_run(name, entry) for name, entry in runs.items()]
    except (ValueError, KeyError, TypeError) as exc:
        raise DataFileError(f"malformed evaluation baseline {BASELINE}: {exc}") from exc
    return gates


def _gate_run(name: str, entry: dict[str, Any]) -> GateRun:
    unknown = set(entry) - {"scorer", "data", "root", "split", "limit", "floors", "in_tests"}
    if unknown:
        raise ValueError(f"run {name!r} has unknown keys {sorted(unknown)}")
    gate = GateRun(name=name, **entry)
    if gate.root not in ROOTS:
        raise ValueError(f"run {name!r}: root must be one of {ROOTS}")
    if not gate.floors or not all(isinstance(v, (int, float)) for v in gate.floors.values()):
        raise ValueError(f"run {name!r}: floors must map figure names to numbers")
    return gate


def figure_value(figures: Mapping[str, Any], name: str) -> Any:
    """A figure by name; a dotted name ("html.dateline.f1") reaches into nested figures."""
    value: Any = figures
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def shortfalls(figures: Mapping[str, Any], floors: Mapping[str, float]) -> list[str]:
    """One phrase per figure under its floor (or missing from the figures)."""
    short = []
    for figure, floor in floors.items():
        value = figure_value(figures, figure)
        if not isinstance(value, (int, float)):
            short.append(f"{figure} missing (floor {floor})")
        elif value < floor:
            short.append(f"{figure} {value:.4f} < floor {floor:.4f}")
    return short


def check(scorer: str, figures: Mapping[str, Any], *, split: str | None, limit: int | None,
          runs: list[GateRun] | None = None, path: str | pathlib.Path | None = None) -> GateRun:
    """The baseline run these figures belong to, when they reach its floors; else an error.
    Runs of one scorer, split and limit on different data (a gold file and its held-out part)
    are told apart by the data path scored."""
    runs = load_baseline() if runs is None else runs
    found = [r for r in runs if r.matches(scorer, split=split, limit=limit)]
    if path is not None and len(found) > 1:
        found = [r for r in found if _same_data(r, pathlib.Path(path))] or found
    if not found:
        known = ", ".join(f"--split {r.split} --limit {r.limit}" for r in runs if r.scorer == scorer) or "none"
        raise EvaluationError(f"no floors for {scorer} with --split {split} --limit {limit} (in the baseline: {known})")
    short = shortfalls(figures, found[0].floors)
    if short:
        raise EvaluationError(f"{scorer} under its floors ({found[0].name}): " + "; ".join(short))
    return found[0]


def _same_data(run: GateRun, path: pathlib.Path) -> bool:
    """Whether the scored path is the run's data file, or the folder holding it."""
    scored = path.resolve().as_posix()
    data = pathlib.PurePosixPath(run.data)
    return scored.endswith("/" + str(data)) or (str(data.parent) != "." and scored.endswith("/" + str(data.parent)))


def run_scorer(
    scorer: ModuleType, path: pathlib.Path, *, split: str | None = None, limit: int | None = None,
    model: str | None = None, progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """A scorer's figures, every failure a DatelineError (one line at the command line).
    The data path and the split are checked before any work, the same way for every scorer."""
    name = scorer.__name__.rpartition(".")[2]
    check_split(split, getattr(scorer, "SPLITS", ()), dataset=name)
    require_data(pathlib.Path(path), what=f"{name} data", expected="the data set's path")
    try:
        return scorer.evaluate(pathlib.Path(path), split=split, limit=limit, model=model, progress=progress)
    except FileNotFoundError as exc:
        if isinstance(exc, EvaluationError):
            raise
        # a scorer written to the earlier contract raises the plain error for missing data
        raise DataNotFound(f"{exc} (the data set is not here; see the README's Accuracy section)") from exc
