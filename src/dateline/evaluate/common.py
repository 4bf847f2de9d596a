"""What every scorer shares: the checks on its data path and options, and the extraction it
scores, wired through the extractor registry exactly as `dateline analyze` wires it.

A scorer module has `SPLITS` (the split names it knows; empty when its data has none),
`evaluate(path, *, split=None, limit=None, model=None, progress=None) -> dict` and
`format_figures(figures) -> str`; it raises `DataNotFound` for a missing data set and
`EvaluationError` for an option that does not apply, so the CLI prints one line.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from dateline.errors import DataNotFound, EvaluationError
from dateline.models import Article

if TYPE_CHECKING:  # spaCy loads with the first parse, not with the scorer's module
    from dateline.analyse.parsed import ParsedArticle

DATA_HINT = "the evaluation data sets are not shipped; see the README's Accuracy section"


def require_data(path: pathlib.Path, *, what: str, expected: str) -> pathlib.Path:
    """`path` when it exists; else one clear error naming what was expected there."""
    path = pathlib.Path(path)
    if not path.exists():
        raise DataNotFound(f"{what} not found at {path}: pass {expected} ({DATA_HINT})")
    return path


def check_split(split: str | None, splits: tuple[str, ...], *, dataset: str) -> None:
    """An unknown split, or any split for a data set without splits, is an error."""
    if split in (None, "all"):
        return
    if not splits:
        raise EvaluationError(f"{dataset} has no splits: leave --split out (got {split!r})")
    if split not in splits:
        raise EvaluationError(f"{dataset} has no split {split!r} (known: {', '.join(splits)})")


def analysed(name: str, articles: list[Article], *, model: str | None) -> Iterator[tuple["ParsedArticle", dict]]:
    """(parsed article, every record the run made, by extractor) for each article, in order:
    extractor `name` with what it requires run first, as the registry wires it in production."""
    from dateline.analyse.components import EXTRACTORS
    from dateline.analyse.pipeline import parse_articles

    needed = EXTRACTORS.subset(name)
    for parsed in parse_articles(articles, model=model):
        yield parsed, needed.analyse(parsed)


def extracted(name: str, articles: list[Article], *, model: str | None) -> Iterator[tuple["ParsedArticle", list]]:
    """(parsed article, the records of extractor `name`) for each article, in order."""
    for parsed, records in analysed(name, articles, model=model):
        yield parsed, records[name]
