"""Score amount extraction against a corpus gold file (examples/corpus/gold.json).

There is no public data set of news amounts with what they count, so the yardstick is the
sample corpus's own gold: per article, "amounts": [{text, value, unit, object, qualifier}],
where `text` is a substring of the cleaned article (or its title). Articles are read with
the real readers and cleaner (dateline.ingest, dateline.clean) and parsed with the real
model, so the figures cover the whole path a user's articles take.

Figures:
- span P/R/F1 with overlap matching (one prediction per gold amount), and exact-span P/R/F1;
- over matched pairs: value, unit, qualifier accuracy; object accuracy exact and by head
  (the predicted head noun is one of the gold object's words: gold objects are often
  descriptions such as "workers on strike" where the text says "workers");
- value P/R/F1: a prediction counts when it overlaps a gold amount with the same value and unit.
Only articles whose gold has an "amounts" key are scored (precision needs exhaustive gold).
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateline.errors import DataFileError
from dateline.evaluate.common import check_split, extracted, require_data
from dateline.models import Amount, Article

SPLITS: tuple[str, ...] = ()  # the corpus gold has no splits
VALUE_TOLERANCE = 1e-6  # relative


@dataclass
class GoldAmount:
    text: str
    value: float | None
    unit: str | None
    object: str | None
    qualifier: str | None
    field: str = "text"
    start: int = -1
    end: int = -1


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    value_ok: int = 0
    unit_ok: int = 0
    qualifier_ok: int = 0
    object_exact: int = 0
    object_head: int = 0
    all_ok: int = 0
    value_unit_ok: int = 0
    gold_not_found: int = 0
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "matched", "exact", "value_ok", "unit_ok", "qualifier_ok",
                     "object_exact", "object_head", "all_ok", "value_unit_ok", "gold_not_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)


def same_value(predicted: float | None, gold: float | None) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return abs(predicted - gold) <= VALUE_TOLERANCE * max(1.0, abs(gold))


def _words(text: str | None) -> list[str]:
    return [w for w in (text or "").lower().replace("-", " ").split() if w]


def object_head_matches(predicted: str | None, gold: str | None) -> bool:
    """'workers' matches 'workers on strike'; None matches only None."""
    if not predicted or not gold:
        return not predicted and not gold
    predicted_words, gold_words = _words(predicted), _words(gold)
    return predicted_words[-1] in gold_words or gold_words[0] in predicted_words


def _locate(gold: list[GoldAmount], article: Article) -> list[GoldAmount]:
    """Offsets of each gold text, in order of appearance; the next unused occurrence each time."""
    located: list[GoldAmount] = []
    searched_from: dict[tuple[str, str], int] = {}
    for item in gold:
        for field_name, text in (("text", article.text), ("title", article.title or "")):
            key = (field_name, item.text)
            index = text.find(item.text, searched_from.get(key, 0)) if item.text else -1
            if index < 0 and key in searched_from:
                index = text.find(item.text)
            if index >= 0:
                searched_from[key] = index + 1
                item.field, item.start, item.end = field_name, index, index + len(item.text)
                break
        located.append(item)
    return located


def compare(gold: list[GoldAmount], predicted: list[Amount], *, label: str = "") -> Counts:
    counts = Counts(gold=len(gold), predicted=len(predicted))
    used: set[int] = set()
    for item in gold:
        if item.start < 0:
            counts.gold_not_found += 1
            counts.misses.append(f"{label}: {item.text!r} (not in the cleaned text)")
            continue
        best, best_overlap = None, 0
        for index, amount in enumerate(predicted):
            if index in used or amount.field != item.field:
                continue
            overlap = min(amount.end, item.end) - max(amount.start, item.start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            counts.misses.append(f"{label}: {item.text!r}")
            continue
        used.add(best)
        amount = predicted[best]
        counts.matched += 1
        counts.exact += (amount.start, amount.end) == (item.start, item.end)
        value_ok = same_value(amount.value, item.value)
        unit_ok = (amount.unit or "").lower() == (item.unit or "").lower()
        qualifier_ok = (amount.qualifier or "").lower() == (item.qualifier or "").lower()
        object_head = object_head_matches(amount.object, item.object)
        counts.value_ok += value_ok
        counts.unit_ok += unit_ok
        counts.qualifier_ok += qualifier_ok
        counts.object_exact += (amount.object or "").lower() == (item.object or "").lower()
        counts.object_head += object_head
        counts.value_unit_ok += value_ok and unit_ok
        counts.all_ok += value_ok and unit_ok and qualifier_ok and object_head
    counts.spurious.extend(f"{label}: {a.text!r}" for i, a in enumerate(predicted) if i not in used)
    return counts


def _prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 4), round(recall, 4), round(f1, 4)


def figures_for(counts: Counts, *, articles: int) -> dict[str, Any]:
    span = _prf(counts.matched, counts.predicted, counts.gold)
    exact = _prf(counts.exact, counts.predicted, counts.gold)
    value = _prf(counts.value_unit_ok, counts.predicted, counts.gold)

    def accuracy(n: int) -> float:
        return round(n / counts.matched, 4) if counts.matched else 0.0

    return {
        "articles": articles,
        "gold": counts.gold,
        "predicted": counts.predicted,
        "matched": counts.matched,
        "gold_not_found": counts.gold_not_found,
        "span_precision": span[0],
        "span_recall": span[1],
        "span_f1": span[2],
        "exact_span_precision": exact[0],
        "exact_span_recall": exact[1],
        "exact_span_f1": exact[2],
        "value_unit_precision": value[0],
        "value_unit_recall": value[1],
        "value_unit_f1": value[2],
        "value_accuracy": accuracy(counts.value_ok),
        "unit_accuracy": accuracy(counts.unit_ok),
        "qualifier_accuracy": accuracy(counts.qualifier_ok),
        "object_exact_accuracy": accuracy(counts.object_exact),
        "object_head_accuracy": accuracy(counts.object_head),
        "all_fields_accuracy": accuracy(counts.all_ok),
        "misses": counts.misses[:50],
        "spurious": counts.spurious[:50],
    }


def _gold_amounts(entry: dict[str, Any]) -> list[GoldAmount]:
    return [
        GoldAmount(
            text=str(item.get("text") or ""),
            value=item.get("value"),
            unit=item.get("unit"),
            object=item.get("object"),
            qualifier=item.get("qualifier"),
        )
        for item in entry.get("amounts") or []
    ]


def read_gold(path: pathlib.Path) -> dict[str, Any]:
    """The gold file's object; a file that is not one is a one-line error."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataFileError(f"cannot read the gold file {path}: {exc}") from exc
    if not isinstance(gold, dict) or not isinstance(gold.get("articles", []), list):
        raise DataFileError(f"{path} is not a corpus gold file (an object with an \"articles\" list)")
    return gold


def gold_entries(path: pathlib.Path, key: str, *, split: str | None, limit: int | None
                 ) -> tuple[dict[str, Any], list[dict[str, Any]], list[tuple[dict[str, Any], Article]]]:
    """The gold object, its article entries that list `key` (the first `limit`), and those whose
    article could be read, each with its cleaned Article."""
    check_split(split, SPLITS, dataset="the corpus gold")
    path = require_data(pathlib.Path(path), what="gold file", expected="a corpus gold.json (e.g. examples/corpus/gold.json)")
    gold = read_gold(path)
    entries = [e for e in gold.get("articles", []) if key in e]
    if limit is not None:
        entries = entries[:limit]
    readable = [(e, a) for e, a in zip(entries, load_articles(path.parent, entries)) if a is not None]
    return gold, entries, readable


def entry_label(entry: dict[str, Any]) -> str:
    """A gold entry's file, and its item within the file when it has one."""
    return entry["file"] + (f"#{entry['item']}" if entry.get("item") else "")


def load_articles(corpus: pathlib.Path, entries: list[dict[str, Any]]) -> list[Article | None]:
    """The cleaned Article for each gold entry (None when it cannot be read), via the real readers."""
    from dateline.clean import clean
    from dateline.ingest import read_file
    from dateline.models import RawArticle

    by_file: dict[str, list[RawArticle]] = {}
    articles: list[Article | None] = []
    for entry in entries:
        name = entry["file"]
        if name not in by_file:
            by_file[name] = [r for r in read_file(str(corpus / name)) if isinstance(r, RawArticle)]
        raws = by_file[name]
        index = (entry.get("item") or 1) - 1
        articles.append(clean(raws[index]) if 0 <= index < len(raws) else None)
    return articles


def evaluate(
    path: pathlib.Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Amount figures over the articles of a gold.json that list their amounts."""
    _, entries, readable = gold_entries(path, "amounts", split=split, limit=limit)
    total = Counts()
    unreadable = len(entries) - len(readable)
    for done, ((entry, _), (parsed, amounts)) in enumerate(
        zip(readable, extracted("amounts", [a for _, a in readable], model=model)), start=1
    ):
        located = _locate(_gold_amounts(entry), parsed.article)
        total.add(compare(located, amounts, label=entry_label(entry)))
        if progress:
            progress(done, len(readable))
    figures = figures_for(total, articles=len(readable))
    figures["unreadable_articles"] = unreadable
    return figures


def format_figures(figures: dict[str, Any]) -> str:
    lines = [
        f"amounts: {figures['articles']} articles, {figures['gold']} gold, {figures['predicted']} predicted, "
        f"{figures['matched']} matched ({figures['gold_not_found']} gold texts not in the cleaned text)",
        f"  span (overlap)  P {figures['span_precision']:.3f}  R {figures['span_recall']:.3f}  F1 {figures['span_f1']:.3f}",
        f"  span (exact)    P {figures['exact_span_precision']:.3f}  R {figures['exact_span_recall']:.3f}  "
        f"F1 {figures['exact_span_f1']:.3f}",
        f"  value+unit      P {figures['value_unit_precision']:.3f}  R {figures['value_unit_recall']:.3f}  "
        f"F1 {figures['value_unit_f1']:.3f}",
        f"  over matched: value {figures['value_accuracy']:.3f}  unit {figures['unit_accuracy']:.3f}  "
        f"qualifier {figures['qualifier_accuracy']:.3f}  object exact {figures['object_exact_accuracy']:.3f}  "
        f"object head {figures['object_head_accuracy']:.3f}  all {figures['all_fields_accuracy']:.3f}",
    ]
    for miss in figures.get("misses", [])[:10]:
        lines.append(f"  missed   {miss}")
    for extra in figures.get("spurious", [])[:10]:
        lines.append(f"  spurious {extra}")
    return "\n".join(lines)
