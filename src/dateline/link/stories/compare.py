"""Figures about the same quantity within a happening, compared across articles.

The same quantity: the same unit and the same counted noun (the head of the amount's
object, "displaced people" -> "people") or, when the noun names no subgroup, the same
measure ("killed at least 5,000 people" and "claimed more than 6,000 lives": killed; see
analyse.amounts.measure), and values of one order (game statistics and street blocks are none: data/stories/
statistic_nouns.txt; sorted values are chained
while each is at most twice the previous: 37 dead and 80,000 displaced "people" are two
quantities). Small counts (under 10: "two men", "three things") are left out.

A count restating a figure as another claimant's ("the interior ministry put the number at
310,000", or a count naming nothing inside a quotation or reported speech: "the government
said fewer than 300,000 had stopped work") takes what the article's previous count nearby
counted, and is compared with it even within one article; so are two claimants' counts ("the
union says 9,000 posts will go; the government says no more than 3,000 jobs"), whose values
chain up to CLAIMS_APART apart. Otherwise a quantity needs figures from two articles.
Plain synonyms of a counted noun ("posts", "jobs") are one noun (data/stories/figure_nouns.tsv). Money is one quantity per currency (its objects name one sum in many ways:
"the contract", "the deal"), still split by order of magnitude.

Verdict over every pair of values:
- agree: numbers within 2% of each other;
- compatible: a vague amount ("thousands") whose order fits the number ("5,000", not
  "15,000": that is tens of thousands), a
  qualified number ("more than", "about", "nearly" ...) within 20% of the other, or a number
  inside a bound and within a third of it ("at least 70" and "about 100";
  data/stories/bound_qualifiers.tsv), or a range overlapping the other value or range
  ("375-500 ml" and "500 ml"; the same range agrees);
- conflict: anything else ("3 million" vs "5 million displaced").
The quantity's verdict is its worst pair of two articles' figures (two figures of one article
are two things it counts, no outlets at odds, unless one restates the other or two claimants
give them; a figure that agrees with one of another article's figures is not at odds with that
article's others).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from dateline.lexicons import table, words
from dateline.models import Amount, ComparedValue, Comparison, Quote
from dateline.vocabulary.amount_words import lexicon

SMALLEST_COUNT = 10
SAME_ORDER = 2.0  # a value more than this times the previous starts another quantity
CLAIMS_APART = 4.0  # ... or this, between two claimants' figures
AGREE_WITHIN = 0.02
PRICE_LIST = 3  # an article giving this many sums of one currency and order lists prices
QUALIFIED_WITHIN = 0.20
# a value inside another's bound, up to this far from it: "at least 70" and "about 100" hurt
# fit; "at least 5,000" and "9,000" killed is a toll nearly doubled, shown as a conflict
BOUND_WITHIN = 1 / 3
_NEEDS_A_NOUN = {"count", "percent"}
RESTATED_WITHIN = 300  # characters from the count a restatement takes its noun from
_PLACEHOLDERS = frozenset(words("stories/figure_placeholders.txt"))
_GENERIC_NOUNS = frozenset(words("amounts/generic_nouns.txt"))
_SAME_NOUN = dict(table("stories/figure_nouns.tsv", 2))  # counted noun -> the noun it is compared as
_BOUNDS = dict(table("stories/bound_qualifiers.tsv", 2))  # qualifier -> "lower" | "upper"
_STATISTICS = frozenset(words("stories/statistic_nouns.txt"))
_RESEARCH = frozenset(words("stories/research_claimants.txt"))


# measures that count no part of a happening: a poll's sample ("a poll of 1,000 people")
_UNCOMPARED_MEASURES = frozenset({"surveyed"})
# a number joined to a unit word describes its noun, it counts none: "the 14-yard line", "a
# 32-bit version", "a 73-yard drive" (also as tokenised text writes it, "14 - yard line")
_COMPOUND_MEASURE = re.compile(r"\d\s*-\s*[A-Za-z]")
_CLOCK = re.compile(r"\d\s*[ap]\.\s*m\b", re.I)  # "10:30 a. m." as tokenised text splits it
# a count of more of something, or of others, is a part told apart from the whole: "20 more
# people were hurt", "263 other animals and plants"
_INCREMENT = re.compile(r"\d[\d,.]*\s+(?:more|other|additional|further|extra)\b", re.I)
# money by the year, month ... is a rate, another quantity than a sum: "$4 million a year"
_RATE = re.compile(r"\b(?:a|an|per|each)\s+(year|month|week|day|hour|season)\b|\b(annually|yearly|monthly|weekly)\b", re.I)
_RATE_WORDS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
_PLURAL_ES = ("ches", "shes", "sses", "xes", "zes")  # "punches" -> "punch", "boxes" -> "box"
_SAME_IN_PLURAL = frozenset({"species", "series"})


def quantity_key(amount: Amount) -> tuple[str, str] | None:
    if amount.measure in _UNCOMPARED_MEASURES:
        return None  # two polls of 1,000 and 520 people are no figures in dispute
    if _no_figure(amount):
        return None
    if amount.measure and _names_no_subgroup(amount.object):
        return amount.unit, amount.measure  # "killed 5,000 people" and "claimed 6,000 lives"
    if _statistic(amount):
        return None  # one player's 24 points and another's 15 are two quantities
    noun = _written_noun(amount)
    noun = _SAME_NOUN.get(noun, noun)
    if len(noun) < 2 and amount.unit in _NEEDS_A_NOUN:
        return None  # "400,000" or "15 percent" of what; "30 a. m." counts no "m"
    return amount.unit, noun


def _no_figure(amount: Amount) -> bool:
    """A count that is no figure of the happening: a unit compound, a part told apart, a time
    of day (see the patterns above); and compared with nothing, not even as a restatement."""
    return amount.unit == "count" and any(p.search(amount.text) for p in (_COMPOUND_MEASURE, _INCREMENT, _CLOCK))


def _rate(amount: Amount) -> str:
    """"a year" for money told by the year ("about $4 million a year"), "" for a sum."""
    found = _RATE.search(amount.text)
    if not found:
        return ""
    return "a " + (found.group(1) or _RATE_WORDS[found.group(2).lower()]).lower()


def _statistic(amount: Amount) -> bool:
    return amount.unit == "count" and _written_noun(amount) in _STATISTICS


def _names_no_subgroup(counted: str | None) -> bool:
    """Whether a counted noun phrase names everyone the measure counts: none, a generic noun
    ("people", "lives") or several groups together ("soldiers and civilians"); "40 soldiers
    killed" counts a part of a toll and is compared with soldiers only."""
    phrase = (counted or "").lower()
    return not phrase or phrase in _GENERIC_NOUNS or " and " in phrase


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    lex = lexicon()
    return frozenset(lex.currency_prefixes.values()) | frozenset(lex.currency_words.values())


def _size(amount: Amount) -> float | None:
    return amount.value if amount.value is not None else amount.magnitude


def _order_groups(amounts: list[Amount], claimant: Mapping[int, str] | None = None) -> list[list[Amount]]:
    """Values of one order chained (see the module's docstring); two neighbouring values
    that different claimants give (each inside another speaker's quote or reported speech:
    "the union says 9,000 jobs will go; the government says no more than 3,000") chain up to
    CLAIMS_APART: rival estimates of one thing differ more than reports of it do."""
    claimant = claimant or {}
    numbers = sorted((a for a in amounts if a.value is not None), key=lambda a: (a.value, a.article_id, a.start))
    groups: list[list[Amount]] = []
    for amount in numbers:
        previous = groups[-1][-1] if groups else None
        rivals = previous is not None and amount.unit == "count" and _different_claimants(amount, previous, claimant)
        if groups and amount.value <= (CLAIMS_APART if rivals else SAME_ORDER) * previous.value:
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


def _without_price_lists(group: list[Amount]) -> list[Amount]:
    """Sums of one currency and order, less those of an article that gives PRICE_LIST or more
    of them: money is compared by currency alone (its objects name one sum in many ways), so an
    article's many sums ("AirPods for $150 ... an iPad for $799") are a list of prices, each a
    quantity of its own, and none of them the happening's one figure."""
    values = defaultdict(set)
    for amount in group:
        values[amount.article_id].add(amount.value)
    return [a for a in group if len(values[a.article_id]) < PRICE_LIST]


def pair_verdict(a: Amount, b: Amount) -> str:
    if a.value is None or b.value is None:
        return "compatible"
    if a.value_max is not None or b.value_max is not None:
        return _range_verdict(a, b)
    larger = max(abs(a.value), abs(b.value)) or 1.0
    difference = abs(a.value - b.value) / larger
    if difference <= AGREE_WITHIN:
        return "agree"
    if (a.qualifier or b.qualifier) and difference <= QUALIFIED_WITHIN:
        return "compatible"
    if (_within_bound(a, b) or _within_bound(b, a)) and difference <= BOUND_WITHIN:
        return "compatible"
    return "conflict"


def _range_verdict(a: Amount, b: Amount) -> str:
    """A range and a number or another range: the same range agrees, one overlapping the other
    ("375-500 ml" and "500 ml", "13-17" and "15-20") fits it, and apart they are at odds."""
    low_a, high_a = a.value, a.value_max if a.value_max is not None else a.value
    low_b, high_b = b.value, b.value_max if b.value_max is not None else b.value
    if _close(low_a, low_b) and _close(high_a, high_b):
        return "agree"
    if low_a <= high_b and low_b <= high_a:
        return "compatible"
    return "conflict"


def _close(x: float, y: float) -> bool:
    return abs(x - y) <= AGREE_WITHIN * (max(abs(x), abs(y)) or 1.0)


def _within_bound(bound: Amount, other: Amount) -> bool:
    """`other`'s value lies inside what `bound` says: "at least 70" and "about 100", "up to 50"
    and "40". (Only values of one order meet here: see _order_groups.)"""
    side = _BOUNDS.get((bound.qualifier or "").lower())
    if side == "lower":
        return other.value >= bound.value
    if side == "upper":
        return other.value <= bound.value
    return False


def verdict(pairs: Iterable[tuple[Amount, Amount]]) -> str:
    """The worst verdict over the compared pairs."""
    found = {pair_verdict(a, b) for a, b in pairs}
    for level in ("conflict", "compatible"):
        if level in found:
            return level
    return "agree"


def _different_claimants(a: Amount, b: Amount, claimant: Mapping[int, str]) -> bool:
    """Both figures are claimants' (in a quote or reported speech), and two claimants'."""
    return None not in (claimant.get(id(a)), claimant.get(id(b))) and claimant[id(a)] != claimant[id(b)]


def _compared_pairs(group: list[Amount], restated: Callable[[Amount, Amount], bool],
                    claimant: Mapping[int, str]) -> list[tuple[Amount, Amount]]:
    """The pairs of a quantity's figures that can be at odds. Two figures of one article are
    two things it counts ("30 Boeing jets" and "50 Airbus jets" ordered), no outlets at odds:
    compared only as a restatement or as two claimants' estimates. Across articles, a figure
    that agrees with another figure of the other article is matched there, not at odds with
    the rest of that article's. Two articles that each give several values of the quantity
    count several things each (two cars' horsepower in each of two motor-show reports): which
    of one's is which of the other's is unknown, so only their agreeing figures are paired."""
    by_article: dict[str, list[Amount]] = defaultdict(list)
    for amount in group:
        by_article[amount.article_id].append(amount)

    def matched_elsewhere(a: Amount, b: Amount) -> bool:
        return any(pair_verdict(x, b) == "agree" for x in by_article[a.article_id] if x is not a)

    def lists_on_both_sides(a: Amount, b: Amount) -> bool:
        return len(by_article[a.article_id]) > 1 and len(by_article[b.article_id]) > 1 and pair_verdict(a, b) != "agree"

    def at_odds(a: Amount, b: Amount) -> bool:
        if a.article_id != b.article_id:
            return not (matched_elsewhere(a, b) or matched_elsewhere(b, a) or lists_on_both_sides(a, b))
        return restated(a, b) or _different_claimants(a, b, claimant)

    return [(a, b) for i, a in enumerate(group) for b in group[i + 1 :] if at_odds(a, b)]


def _noun(amount: Amount) -> str:
    key = quantity_key(amount)
    return key[1] if key else ""


def _quoted(amount: Amount, quotes: list[Quote]) -> bool:
    return _claimant(amount, quotes) is not None


def _claimant(amount: Amount, quotes: list[Quote]) -> str | None:
    """Who gives the figure: the speaker of the quote or reported speech holding it ("" for
    an unnamed speaker), None when it is the article's own."""
    for q in quotes:
        if q.field == amount.field and q.start <= amount.start and amount.end <= q.end:
            return (q.speaker or q.speaker_mention or "").lower()
    return None


def _rival_claimant(amount: Amount, quotes: list[Quote]) -> str | None:
    """The claimant whose figure is an estimate another claimant may dispute: not a study,
    which reports what its own sample measured (data/stories/research_claimants.txt)."""
    who = _claimant(amount, quotes)
    return None if who is None or _singular(who.split()[-1:] or [""]) in _RESEARCH else who


def _singular(words_: list[str]) -> str:
    word = words_[0].rstrip(".,;:")
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"  # "studies" -> "study"
    if word.endswith("yses"):
        return word[:-2]  # "analyses" -> "analysis"
    keep = word.endswith(("ss", "is", "us")) or len(word) <= 3
    return word if keep or not word.endswith("s") else word[:-1]


def _nouns_and_restatements(
    amounts: list[Amount], quotes: Mapping[str, list[Quote]]
) -> tuple[dict[int, str], set[frozenset[int]]]:
    """What each usable amount counts (by index; money by currency alone), and the pairs of
    restatement and the count it restates."""
    nouns: dict[int, str] = {}
    restated: set[frozenset[int]] = set()
    last: int | None = None  # the article's previous count naming what it counts
    for i in sorted(range(len(amounts)), key=lambda i: (amounts[i].article_id, amounts[i].field, amounts[i].start)):
        amount, noun = amounts[i], _noun(amounts[i])
        if last is not None and (amounts[last].article_id, amounts[last].field) != (amount.article_id, amount.field):
            last = None
        if _statistic(amount) or amount.measure in _UNCOMPARED_MEASURES or _no_figure(amount):
            continue  # a statistic, a sample or a time of day restates no figure either
        if amount.unit in _currencies():
            nouns[i] = _rate(amount)  # money: one quantity per currency, sums apart from rates
        elif noun and noun not in _PLACEHOLDERS:
            nouns[i] = noun
            last = i if amount.unit == "count" else last
        elif (
            amount.unit == "count" and last is not None and amount.start - amounts[last].end <= RESTATED_WITHIN
            and (noun in _PLACEHOLDERS or _quoted(amount, quotes.get(amount.article_id, [])))
        ):
            nouns[i] = nouns[last]
            restated.add(frozenset((i, last)))
    _measure_unmeasured(amounts, nouns)
    return nouns, restated


def _measure_unmeasured(amounts: list[Amount], nouns: dict[int, str]) -> None:
    """A count of a generic noun with no measure of its own ("90,000 people are in
    shelters") takes the measure of the same noun's measured counts of its order ("100,000
    people have been displaced"), when they have one measure: it is the same figure told
    without its verb. With several, or none, it keeps its noun."""
    measured: dict[str, list[Amount]] = defaultdict(list)  # counted noun -> measured counts
    for amount in amounts:
        if amount.measure and amount.value and _names_no_subgroup(amount.object):
            measured[(amount.object or "").lower()].append(amount)
    for i, amount in enumerate(amounts):
        noun = (amount.object or "").lower()
        if i not in nouns or amount.measure or not amount.value or not noun or noun not in _GENERIC_NOUNS:
            continue
        near = {m.measure for m in measured.get(noun, [])
                if max(m.value, amount.value) <= SAME_ORDER * min(m.value, amount.value)}
        if len(near) == 1:
            nouns[i] = near.pop()


def _rivals(group: list[Amount], claimant: Mapping[int, str]) -> bool:
    """Whether two claimants give two different counts in the group."""
    given = {(claimant[id(a)], a.value) for a in group if a.unit == "count" and id(a) in claimant}
    return len({who for who, _ in given}) >= 2 and len({value for _, value in given}) >= 2


def _label(group: list[Amount], noun: str) -> str:
    """The quantity's name: its noun as the articles write it most often ("marcher", not the
    synonym it is compared as), its measure, or the commonest noun of a money group."""
    if noun in _SAME_NOUN.values():
        written = Counter(w for w in map(_written_noun, group) if _SAME_NOUN.get(w, w) == noun)
        return min(written, key=lambda w: (-written[w], w)) if written else noun
    named = Counter(n for n in map(_noun, group) if n and n not in _PLACEHOLDERS)
    commonest = named.most_common(1)[0][0] if named else "amount"
    if group and group[0].unit in _currencies():
        return f"{commonest} {noun}" if noun else commonest  # "salary a year"
    return noun or commonest


def _written_noun(amount: Amount) -> str:
    head = (amount.object or "").lower().split()[-1:]
    noun = head[0].rstrip(".,") if head else ""
    if noun.endswith(_PLURAL_ES):
        return noun[:-2]
    if noun.endswith("ies") and len(noun) > 4 and noun not in _SAME_IN_PLURAL:
        return noun[:-3] + "y"  # "carries" -> "carry"
    return noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun


def _dated_apart(pairs: Iterable[tuple[Amount, Amount]], dates: Mapping[str, str | None]) -> bool:
    """Every two figures that set the verdict (the pairs as far apart as the worst) come from
    articles of two different, known days. A toll of "at least 23" and another outlet's 31 on
    the same morning fit each other, so they do not hide that 37 came two days later."""
    verdicts = [(a, b, pair_verdict(a, b)) for a, b in pairs]
    worst = verdict((a, b) for a, b, _ in verdicts)
    differing = [(a, b) for a, b, level in verdicts if level == worst != "agree"]
    return bool(differing) and all(
        dates.get(a.article_id) and dates.get(b.article_id) and dates[a.article_id] != dates[b.article_id]
        for a, b in differing
    )


def compare_happening(
    happening_id: str, amounts: Iterable[Amount], sources: Mapping[str, str | None],
    quotes: Mapping[str, list[Quote]] | None = None, dates: Mapping[str, str | None] | None = None,
) -> list[Comparison]:
    """Comparisons of one happening's amounts (`sources`: article id -> outlet; `quotes`:
    article id -> its quotes, which tell a restated figure; `dates`: article id -> its day)."""
    dates = dates or {}
    usable = [
        a for a in amounts
        if _size(a) is not None and not (a.unit == "count" and a.value is not None and a.value < SMALLEST_COUNT)
    ]
    nouns, restated = _nouns_and_restatements(usable, quotes or {})
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, noun in nouns.items():
        by_key[(usable[i].unit, noun)].append(i)
    position = {id(a): i for i, a in enumerate(usable)}
    claimant = {id(a): who for a in usable if (who := _rival_claimant(a, (quotes or {}).get(a.article_id, [])))}
    comparisons = []
    for (unit, noun), members in sorted(by_key.items()):
        for group in _order_groups([usable[i] for i in members], claimant):
            ids = {position[id(a)] for a in group}
            within = any(pair <= ids and len({usable[i].value for i in pair}) == 2 for pair in restated) or _rivals(
                group, claimant)
            if len({a.article_id for a in group}) < 2 and not within:
                continue
            group = _one_per_article_and_value(group)
            if unit in _currencies() and not noun:
                group = _without_price_lists(group)
                if len({a.article_id for a in group}) < 2:
                    continue
            pairs = _compared_pairs(
                group, lambda a, b: frozenset((position[id(a)], position[id(b)])) in restated, claimant)
            if not pairs:
                continue  # nothing of it can be at odds: two lists of several things

            comparisons.append(Comparison(
                happening_id=happening_id,
                quantity=f"{_label(group, noun)} ({unit})",
                values=[
                    ComparedValue(a.value, a.text, a.article_id, sources.get(a.article_id), dates.get(a.article_id))
                    for a in group
                ],
                verdict=verdict(pairs),
                dated_apart=_dated_apart(pairs, dates),
            ))
    return comparisons


def compare_figures(
    happenings: Mapping[str, list[str]], amounts: Mapping[str, list[Amount]], sources: Mapping[str, str | None],
    quotes: Mapping[str, list[Quote]] | None = None, dates: Mapping[str, str | None] | None = None,
) -> list[Comparison]:
    """comparisons.jsonl: every happening (id -> article ids) with its articles' amounts."""
    result = []
    for happening_id in sorted(happenings):
        found = [a for article_id in happenings[happening_id] for a in amounts.get(article_id, [])]
        result.extend(compare_happening(happening_id, found, sources, quotes, dates))
    return result
