"""Score publication dates inferred for undated articles (`../shared/tools/undated_to_jsonl.py`).

The converter turns TimeML files into one JSONL file where about half of the articles keep
their date (`published`) and the rest must be dated from their own text and from the rest
of the corpus; the withheld dates are beside it in `OUT.gold.json`
(`{"dated": [ids], "undated": {id: "YYYY-MM-DD"}}`). Each line's `id` is the input id.

The real pipeline runs over the file (ingest, clean, analyse, link) into a temporary SQLite
store, through `dateline.run.analyze_paths`, as a user's `dateline analyze` would. Over the
withheld articles:

- right: the inferred date is the gold day; near: one day off; wrong: further; none: no date;
- bounds: articles left undated whose `published_earliest`/`published_latest` were set
  (and, of those, how many bounds hold the gold day);
- precision = (right + near) / dated, recall = (right + near) / withheld.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from typing import Any

from dateline.errors import DataNotFound
from dateline.evaluate.common import check_split
from dateline.models import Article


def gold_path(path: pathlib.Path) -> pathlib.Path:
    return path.with_name(re.sub(r"\.jsonl$", "", path.name) + ".gold.json")


def _input_ids(path: pathlib.Path) -> list[str | None]:
    """The `id` of each line of the JSONL file (None for blank or unreadable lines)."""
    ids: list[str | None] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line) if line.strip() else None
        except ValueError:
            record = None
        ids.append(record.get("id") if isinstance(record, dict) else None)
    return ids


def input_ids(article: Article, line_ids: list[str | None]) -> list[tuple[str, str]]:
    """(input id, origin) of every input an article was read from (its origins are path:line)."""
    found = []
    for origin in article.origins or [article.origin]:
        match = re.search(r":(\d+)$", origin)
        if match and 0 < int(match.group(1)) <= len(line_ids) and line_ids[int(match.group(1)) - 1]:
            found.append((line_ids[int(match.group(1)) - 1], origin))
    if not found and article.metadata.get("id"):
        found.append((str(article.metadata["id"]), article.origin))
    return found


def _day(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def score_articles(articles: list[Article], line_ids: list[str | None], gold: dict[str, Any]) -> dict[str, Any]:
    """The figures (module doc) plus `per_article`: one row per withheld article."""
    withheld: dict[str, str] = gold["undated"]
    by_input: dict[str, Article] = {}
    # a date given by one copy of a text is that copy's; another copy read with none (the same
    # text in two files) gets no date from it (the store keeps each copy's own, `origins`)
    given_by_other: set[str] = set()
    for article in articles:
        for key, origin in input_ids(article, line_ids):
            by_input[key] = article
            if origin != article.origin and article.published_from not in (None, "inferred"):
                given_by_other.add(key)
    counts = {"right": 0, "near": 0, "wrong": 0, "none": 0, "bounds": 0, "bounds_hold": 0}
    rows = []
    for key, expected in sorted(withheld.items()):
        article = by_input.get(key)
        gold_day = _day(expected)
        inferred = _day(article.published) if article and article.published_from == "inferred" else None
        if article is not None and article.published_from not in (None, "inferred") and key not in given_by_other:
            inferred = _day(article.published)  # a date the text itself gave (a dateline, a header)
        if inferred is None:
            outcome = "none"
            earliest = _day(getattr(article, "published_earliest", None)) if article else None
            latest = _day(getattr(article, "published_latest", None)) if article else None
            if earliest or latest:
                counts["bounds"] += 1
                if (earliest is None or earliest <= gold_day) and (latest is None or gold_day <= latest):
                    counts["bounds_hold"] += 1
        else:
            off = abs((inferred - gold_day).days)
            outcome = "right" if off == 0 else "near" if off == 1 else "wrong"
        counts[outcome] += 1
        rows.append({"id": key, "gold": expected, "inferred": inferred.isoformat() if inferred else None,
                     "outcome": outcome, "article_id": article.id if article else None})
    dated = counts["right"] + counts["near"] + counts["wrong"]
    good = counts["right"] + counts["near"]
    in_span, out_of_span = _span_outcomes(by_input, gold.get("ranges", {}))
    figures: dict[str, Any] = {
        "withheld": len(withheld),
        "kept": len(gold.get("dated", [])),
        "dated": dated,
        **counts,
        "precision": round(good / dated, 4) if dated else 0.0,
        "recall": round(good / len(withheld), 4) if withheld else 0.0,
        **({"span_dated": in_span + len(out_of_span), "span_outside": len(out_of_span)} if "ranges" in gold else {}),
        "per_article": rows + out_of_span,
    }
    return figures


def _span_outcomes(by_input: dict[str, Article], ranges: dict[str, list[str]]) -> tuple[int, list[dict]]:
    """Articles with no gold day but the span of their happening (benchmarks/ecbplus_undated.py):
    how many got an inferred date inside it, and a row for each one dated outside it."""
    inside, outside = 0, []
    for key, (first, last) in sorted(ranges.items()):
        article = by_input.get(key)
        if article is None or article.published_from != "inferred":
            continue
        day = _day(article.published)
        if day and _day(first) <= day <= _day(last):
            inside += 1
        else:
            outside.append({"id": key, "gold": f"{first}..{last}", "inferred": article.published,
                            "outcome": "out_of_span", "article_id": article.id})
    return inside, outside


CONVERTER = pathlib.Path("tools") / "undated_to_jsonl.py"
SPLITS: tuple[str, ...] = ()  # the task has no splits


def _converted(folder: pathlib.Path, out: pathlib.Path) -> pathlib.Path:
    """The withheld-dates task made from a folder of .tml files by the shared converter
    (looked up as shared/tools/ for shared/data/<set>/<folder>)."""
    converter = folder.resolve().parents[2] / CONVERTER if len(folder.resolve().parents) > 2 else CONVERTER
    if not converter.is_file():
        raise DataNotFound(f"{folder} is a folder, and the converter {converter} that makes the task from it is absent")
    subprocess.run([sys.executable, str(converter), str(folder), str(out)], check=True, capture_output=True, text=True)
    return out


def evaluate(
    path: pathlib.Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Publication-date figures over the withheld articles of an undated_to_jsonl.py file, or of
    a folder of TimeML files (converted with the shared tool, found beside the data)."""
    path = pathlib.Path(path)
    if path.is_dir():
        with tempfile.TemporaryDirectory(prefix="dateline-undated-") as folder:
            converted = _converted(path, pathlib.Path(folder) / "undated.jsonl")
            return evaluate(converted, split=split, limit=limit, model=model, progress=progress)
    gold_file = gold_path(path)
    if not path.is_file() or not gold_file.is_file():
        raise FileNotFoundError(
            f"no {path} with {gold_file.name} beside it: run ../shared/tools/undated_to_jsonl.py "
            "../shared/data/tempeval3/TBAQ-cleaned OUT.jsonl"
        )
    check_split(split, SPLITS, dataset="pubdates")
    from dateline.components import DEFAULT
    from dateline.run import analyze_paths
    from dateline.settings import Settings

    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    line_ids = _input_ids(path)
    with tempfile.TemporaryDirectory(prefix="dateline-pubdates-") as folder:
        source = path
        if limit is not None:
            source = pathlib.Path(folder) / path.name
            source.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:limit]) + "\n", encoding="utf-8")
            kept = {i for i in line_ids[:limit] if i}
            gold = {"dated": [i for i in gold.get("dated", []) if i in kept],
                    "undated": {k: v for k, v in gold["undated"].items() if k in kept}}
        total = sum(1 for i in line_ids[: limit or len(line_ids)] if i)
        done = 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            if progress:
                progress(done, total)

        with DEFAULT.open(pathlib.Path(folder) / "pubdates.db") as store:
            settings = Settings(model=model) if model else Settings()
            analyze_paths([str(source)], store=store, settings=settings, on_progress=advance)
            articles = list(store.articles())
    figures = score_articles(articles, line_ids, gold)
    figures.pop("per_article")
    return figures


def format_figures(figures: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"publication dates: {figures['withheld']} withheld ({figures['kept']} kept their date)",
            f"  dated {figures['dated']}: right {figures['right']}, near {figures['near']}, "
            f"wrong {figures['wrong']}; none {figures['none']} (bounds only: {figures['bounds']}, "
            f"holding the day: {figures['bounds_hold']})",
            f"  precision {figures['precision']:.3f}  recall {figures['recall']:.3f}",
        ]
        + ([f"  articles with only their happening's span: {figures['span_dated']} dated, "
            f"{figures['span_outside']} outside the span"] if "span_dated" in figures else [])
    )
