"""Figures about the same quantity within a happening, compared across articles.

The same quantity: the same unit and the same counted noun (the head of the amount's
object, "displaced people" -> "people"), and values of one order (sorted values are chained
while each is at most twice the previous: 37 dead and 80,000 displaced "people" are two
quantities). Money without an object is compared by currency alone. Small counts (under
10: "two men", "three things") are left out.

Verdict over every pair of values:
- agree: numbers within 2% of each other;
- compatible: a vague amount ("thousands") whose order fits the number ("5,000", not
  "15,000": that is tens of thousands), or a
  qualified number ("more than", "about", "nearly" ...) within 20% of the other;
- conflict: anything else ("3 million" vs "5 million displaced").
The quantity's verdict is its worst pair.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from dateline.models import Amount, ComparedValue, Comparison

SMALLEST_COUNT = 10
SAME_ORDER = 2.0  # a value more than this times the previous starts another quantity
AGREE_WITHIN = 0.02
QUALIFIED_WITHIN = 0.20
_CURRENCIES_OR_COUNTS = {"count", "percent"}


def quantity_key(amount: Amount) -> tuple[str, str] | None:
    head = (amount.object or "").lower().split()[-1:] if amount.object else []
    noun = head[0].rstrip(".,") if head else ""
    if noun.endswith("s") and len(noun) > 3:
        noun = noun[:-1]
    if not noun and amount.unit in _CURRENCIES_OR_COUNTS:
        return None  # "400,000" or "15 percent" of what: not comparable
    return amount.unit, noun


def _size(amount: Amount) -> float | None:
    return amount.value if amount.value is not None else amount.magnitude


def _order_groups(amounts: list[Amount]) -> list[list[Amount]]:
    numbers = sorted((a for a in amounts if a.value is not None), key=lambda a: (a.value, a.article_id, a.start))
    groups: list[list[Amount]] = []
    for amount in numbers:
        if groups and amount.value <= SAME_ORDER * groups[-1][-1].value:
            groups[-1].append(amount)
        else:
            groups.append([amount])
    for vague in (a for a in amounts if a.value is None and a.magnitude):
        for group in groups:
            if all(vague.magnitude <= a.value < vague.magnitude * 10 for a in group if a.value is not None):
                group.append(vague)
                break
    return groups


def _one_per_article_and_value(group: list[Amount]) -> list[Amount]:
    """The first mention of each value in each article (a figure repeated is one figure)."""
    seen: dict[tuple[str, float | None], Amount] = {}
    for amount in sorted(group, key=lambda a: (a.article_id, a.start)):
        seen.setdefault((amount.article_id, amount.value), amount)
    return list(seen.values())


def pair_verdict(a: Amount, b: Amount) -> str:
    if a.value is None or b.value is None:
        return "compatible"
    larger = max(abs(a.value), abs(b.value)) or 1.0
    difference = abs(a.value - b.value) / larger
    if difference <= AGREE_WITHIN:
        return "agree"
    if (a.qualifier or b.qualifier) and difference <= QUALIFIED_WITHIN:
        return "compatible"
    return "conflict"


def verdict(amounts: list[Amount]) -> str:
    found = {pair_verdict(a, b) for i, a in enumerate(amounts) for b in amounts[i + 1 :]}
    for level in ("conflict", "compatible"):
        if level in found:
            return level
    return "agree"


def compare_happening(
    happening_id: str, amounts: Iterable[Amount], sources: Mapping[str, str | None]
) -> list[Comparison]:
    """Comparisons of one happening's amounts (`sources`: article id -> outlet)."""
    by_key: dict[tuple[str, str], list[Amount]] = defaultdict(list)
    for amount in amounts:
        size = _size(amount)
        key = quantity_key(amount)
        if key is None or size is None or (amount.unit == "count" and size < SMALLEST_COUNT and amount.value is not None):
            continue
        by_key[key].append(amount)
    comparisons = []
    for (unit, noun), found in sorted(by_key.items()):
        for group in _order_groups(found):
            if len({(a.article_id, a.start) for a in group}) < 2 or len({a.article_id for a in group}) < 2:
                continue
            group = _one_per_article_and_value(group)
            comparisons.append(Comparison(
                happening_id=happening_id,
                quantity=f"{noun or 'amount'} ({unit})",
                values=[ComparedValue(a.value, a.text, a.article_id, sources.get(a.article_id)) for a in group],
                verdict=verdict(group),
            ))
    return comparisons


def compare_figures(
    happenings: Mapping[str, list[str]], amounts: Mapping[str, list[Amount]], sources: Mapping[str, str | None]
) -> list[Comparison]:
    """comparisons.jsonl: every happening (id -> article ids) with its articles' amounts."""
    result = []
    for happening_id in sorted(happenings):
        found = [a for article_id in happenings[happening_id] for a in amounts.get(article_id, [])]
        result.extend(compare_happening(happening_id, found, sources))
    return result
