"""Group-average agglomerative clustering over a sparse candidate graph.

The items are the new articles of a batch and the existing clusters the index retrieved
for them. Each item carries summed unit vectors per feature group and a size, so the
group-average similarity of two items (the mean over all member pairs of the weighted
dot products) is exact: dot(sum_a, sum_b) / (size_a * size_b). Only candidate pairs are
ever compared; merged items inherit the union of their neighbours.

Two existing clusters never merge (what was decided stays decided), so a batch can only
grow existing clusters or open new ones; unless `join_existing` lets a new item that joined
one of them bring in another (the linker's merge_existing_stories, on by default for
stories). Items are processed in a canonical order (by key) and ties are broken by key, so
the result does not depend on the order the batch came in.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from dateline.link.stories.vectors import Vectors, add_vectors, similarity


@dataclass
class Item:
    key: str  # article id of a new article, cluster id of an existing cluster
    size: int
    vectors: Vectors
    existing: bool = False
    days: tuple[int, int] | None = None  # first and last day (ordinals) of its dated members


@dataclass
class _Group:
    key: str  # smallest member key: a stable name for ties
    size: int
    vectors: Vectors
    existing: bool
    days: tuple[int, int] | None
    members: list[int] = field(default_factory=list)
    size_new: int = 0  # members that are new items
    # the summed vectors and size of its existing clusters alone (None: it holds none)
    old_vectors: Vectors | None = None
    old_size: int = 0


def day_gap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Days between two date ranges (0 when they overlap or one is undated)."""
    if a is None or b is None:
        return 0
    return max(0, b[0] - a[1], a[0] - b[1])


def _union(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


_T = TypeVar("_T")


class ByIdentity(Generic[_T]):
    """A function of one object remembered per object (kept alive, so its id is not reused):
    during agglomeration a group or a vector meets many others between merges, and a merge
    makes new ones instead of changing them, so what was worked out for one stays true."""

    def __init__(self, function: Callable[[Any], _T]):
        self.function = function
        self.known: dict[int, tuple[_T, Any]] = {}

    def __call__(self, value: Any) -> _T:
        known = self.known.get(id(value))
        if known is None:
            known = self.known[id(value)] = (self.function(value), value)
        return known[0]


def bins_of_days(days: tuple[int, int]) -> set[str]:
    """The month and ISO-week bins a day range covers (as features.date_bins names them)."""
    found: set[str] = set()
    first, last = days
    for ordinal in range(first, min(last, first + 400) + 1):
        day = dt.date.fromordinal(ordinal)
        iso = day.isocalendar()
        found.add(f"m:{day.year}-{day.month:02d}")
        found.add(f"w:{iso[0]}-{iso[1]:02d}")
    return found


def refers_back(a: "_Group", b: "_Group", *,
                named: Callable[[Iterable[str]], list[tuple[int, int]]] | None = None) -> bool:
    """A lone article (a group of one) far from a group in time that mentions a week or month
    of that group's dates: a later report of the same happening (a trial of a shooting a
    year on names the day of the shooting), not the start of a happening of its own.
    `named`: the caller's memo of days_named (a lone article meets every other group)."""
    named = named or days_named
    for lone, other in ((a, b), (b, a)):
        if lone.size == 1 and other.days is not None:
            if reaches(named(lone.vectors.get("time", {})), other.days):
                return True
    return False


def days_named(names: Iterable[str]) -> list[tuple[int, int]]:
    """The days (first and last ordinal) of each month bin ("m:2015-03") and ISO week bin
    ("w:2015-10") among `names`; other names (years, the DATED count) name no days here."""
    spans = []
    for name in names:
        kind, _, value = name.partition(":")
        year, _, part = value.partition("-")
        try:
            if kind == "m":
                first = dt.date(int(year), int(part), 1)
                spans.append((first.toordinal(), (first + dt.timedelta(days=32)).replace(day=1).toordinal() - 1))
            elif kind == "w":
                monday = dt.date.fromisocalendar(int(year), int(part), 1).toordinal()
                spans.append((monday, monday + 6))
        except ValueError:
            continue
    return spans


def reaches(named: list[tuple[int, int]], days: tuple[int, int]) -> bool:
    """Whether a named month or week (days_named) overlaps `days` as bins_of_days reads them
    (their first 401 days): the same answer as intersecting the names with the range's bins,
    at a cost that does not grow with the range (a long-running happening's bins were
    listed again at every comparison)."""
    first, last = days[0], min(days[1], days[0] + 400)
    return first <= last and any(start <= last and end >= first for start, end in named)


def agglomerate(
    items: list[Item],
    pairs: Iterable[tuple[int, int]],
    *,
    weights: Mapping[str, float],
    threshold: float,
    max_gap_days: int | None = None,
    keep: int | None = None,
    linkage: str = "average",
    bridge_lone: bool = False,
    fragment_size: int = 0,
    fragment_threshold: float | None = None,
    join_existing: bool = False,
    join_existing_size: int | None = None,
    cohesion_factor: float = 0.0,
    fragment_existing_days: int | None = None,
    size_margin: float = 0.0,
    close_days: int | None = None,
    across_text: float = 0.0,
    shared_name_size: int | None = None,
    shared_name_share: float = 0.0,
    shared_region_days: int | None = None,
    join_cohesion: float = 0.0,
) -> list[list[int]]:
    """Groups of item indices: merge the most similar candidate pair while its group-average
    similarity reaches `threshold` and (with `cohesion_factor`) that share of the cohesion of
    either group (the mean similarity of its own members), never two existing clusters, and
    (with `max_gap_days`) never two groups whose dated members lie further apart than that. With `join_existing`,
    two existing clusters may merge once a new item has joined one of them and reached the
    threshold with the other on its own: the new article shows an earlier decision to keep
    them apart may have been wrong. They merge only if the existing clusters alone (without the
    new articles) reach the threshold and its size margin, as two groups of one batch must, and
    (with `join_existing_size`) the smaller holds at most that many articles: a few articles of
    an earlier batch may be the first reports of what a later batch brought in bulk, while two
    established clusters stay as decided. Merged vectors keep
    their `keep` heaviest terms per group, so a comparison costs the same at any size.

    Then (with `fragment_size`) a second pass: a group of at most that many articles left
    over joins its most similar larger neighbour from the lower `fragment_threshold` on; a
    stray report of a happening is held to a looser standard than two happenings are. With
    `fragment_existing_days`, a fragment joins an existing cluster so only when both are dated
    within that many days: a new article alone in its batch is not a leftover, the rest of its
    own happening may simply not have arrived yet.

    With `size_margin`, the first pass asks two groups for `threshold` plus the margin over the
    square root of their sizes' product: one pair of lone articles is a noisier estimate of
    how alike two subjects are than the mean over many member pairs.

    With `close_days`, the first pass is split in two: groups dated within `close_days` of each
    other merge first; then groups further apart (within `max_gap_days`) may merge, two groups
    of more than one article only when their text similarity alone reaches `across_text`.

    With `join_cohesion`, new articles join an existing cluster of two or more only from that
    share of its cohesion on (see _holds_out)."""
    groups: dict[int, _Group] = {
        i: _Group(item.key, item.size, item.vectors, item.existing, item.days, [i], 0 if item.existing else 1,
                  item.vectors if item.existing else None, item.size if item.existing else 0)
        for i, item in enumerate(items)
    }
    neighbours: dict[int, set[int]] = {i: set() for i in groups}
    for a, b in sorted({(min(p), max(p)) for p in pairs if p[0] != p[1]}):
        neighbours[a].add(b)
        neighbours[b].add(a)

    old_close: dict[tuple[int, int], tuple[bool, Vectors, Vectors]] = {}

    def old_parts_close(ga: _Group, gb: _Group) -> bool:
        # the same two existing parts meet again each time a new article joins either side:
        # compared once (keyed by the parts' identity, which the entry keeps alive)
        if ga.old_vectors is None or gb.old_vectors is None:
            return True
        key = (min(id(ga.old_vectors), id(gb.old_vectors)), max(id(ga.old_vectors), id(gb.old_vectors)))
        if key not in old_close:
            old_close[key] = (_old_parts_close(ga, gb, weights, threshold, size_margin, linkage, join_existing_size),
                              ga.old_vectors, gb.old_vectors)
        return old_close[key][0]

    # (new item, existing item) pairs that reached the threshold on their own: a new article
    # brings two existing clusters together only when it could have joined either
    reached: set[tuple[int, int]] = set()

    reach: dict[int, set[int]] = {}  # new item -> the existing items it reached (from `reached`)
    reach_size = [0]  # how many pairs of `reached` `reach` holds
    # id(group) -> (pairs of `reached` seen, its new members' reach, its existing members, the
    # group itself: kept alive so its id is not reused)
    reach_of: dict[int, tuple[int, frozenset[int], frozenset[int], _Group]] = {}

    def reach_and_old(group: _Group) -> tuple[frozenset[int], frozenset[int]]:
        # kept per group and read again only once `reached` has grown: a group meets many others
        known = reach_of.get(id(group))
        if known is None or known[0] != len(reached):
            if reach_size[0] != len(reached):
                reach.clear()
                for n, e in reached:
                    reach.setdefault(n, set()).add(e)
                reach_size[0] = len(reached)
            found = frozenset(e for m in group.members if m in reach for e in reach[m])
            old = frozenset(m for m in group.members if items[m].existing)
            known = (len(reached), found, old, group)
            reach_of[id(group)] = known
        return known[1], known[2]

    def bridged(ga: _Group, gb: _Group) -> bool:
        reach_a, old_a = reach_and_old(ga)
        reach_b, old_b = reach_and_old(gb)
        return not reach_a.isdisjoint(old_b) or not reach_b.isdisjoint(old_a)

    strong = ByIdentity(lambda names: strong_names(names, shared_name_share))
    named = ByIdentity(days_named)

    def allowed(ga: _Group, gb: _Group) -> bool:
        if ga.existing and gb.existing and not (join_existing and _grown(ga, gb) and bridged(ga, gb)):
            return False
        if shared_name_size is not None and not shares_a_name(ga, gb, shared_name_size, shared_name_share,
                                                              strong=strong, region_days=shared_region_days):
            return False
        return max_gap_days is None or day_gap(ga.days, gb.days) <= max_gap_days or (
            bridge_lone and refers_back(ga, gb, named=named))

    passes = [allowed]
    if close_days is not None:
        def close(ga: _Group, gb: _Group) -> bool:
            return allowed(ga, gb) and day_gap(ga.days, gb.days) <= close_days

        def across(ga: _Group, gb: _Group) -> bool:
            if not allowed(ga, gb):
                return False
            if min(ga.size, gb.size) == 1 or day_gap(ga.days, gb.days) <= close_days:
                return True
            return similarity(ga.vectors, ga.size, gb.vectors, gb.size, {"text": 1.0}) >= across_text

        passes = [close, across]
    for may_merge in passes:
        _merge_while(groups, neighbours, may_merge, threshold, weights=weights,
                     keep=keep, linkage=linkage, cohesion_factor=cohesion_factor, size_margin=size_margin,
                     confirm=old_parts_close, reached=reached, join_cohesion=join_cohesion)
    if fragment_size and fragment_threshold is not None:
        def fragment(ga: _Group, gb: _Group) -> bool:
            return allowed(ga, gb) and min(ga.size, gb.size) <= fragment_size < max(ga.size, gb.size) and (
                near_existing(ga, gb, fragment_existing_days))

        _merge_while(groups, neighbours, fragment, fragment_threshold, weights=weights, keep=keep, linkage=linkage,
                     confirm=old_parts_close)
    return sorted((sorted(g.members) for g in groups.values()), key=lambda m: m[0])


def shares_a_name(a: "_Group", b: "_Group", size: int, share: float = 0.0, *,
                  strong: Callable[[Mapping[str, float]], frozenset[str]] | None = None,
                  region_days: int | None = None) -> bool:
    """Whether two groups of at least `size` articles each, both naming someone or somewhere,
    have a name in common that weighs at least `share` of each one's heaviest name: one
    subject has its people, places or bodies, while two of one kind (a church fire in Alaska,
    a supermarket fire in Surrey) share only the words of that kind, and two subjects that
    meet in passing (an actress named once in reports of another's rehab stay, one "Superior
    Court" among a story's fourteen reports) share a name that one of them barely holds. A
    smaller group, or one naming no one, is not held to it: no evidence either way. A region
    ("r:usa/california") counts as a name: reports of one wildfire from two towns of a state
    may share nothing else, but (with `region_days`) only for groups dated within that many
    days of each other: a state's high-school results of 2016 and a hockey round-up of 2019
    share their state and their sport's words, not a subject."""
    if min(a.size, b.size) < size:
        return True
    names_a, names_b = a.vectors.get("entities"), b.vectors.get("entities")
    if not names_a or not names_b:
        return True
    # `strong`: the caller's memo of strong_names (it runs at every candidate merge)
    strong = strong or (lambda names: strong_names(names, share))
    common = strong(names_a) & strong(names_b)
    if region_days is not None and common and all(_is_region(name) for name in common):
        return day_gap(a.days, b.days) <= region_days
    return bool(common)


def _is_region(name: str) -> bool:
    """A first-level region with its country ("usa/california", adapter.regions)."""
    return "/" in name


def strong_names(names: Mapping[str, float], share: float) -> frozenset[str]:
    """The bare names weighing at least `share` of the heaviest, each summed over its kinds:
    "e:staunton" and "p:staunton" are one name, whether the tagger read it as a place or not.
    Two groups share a name heavy enough in both when these sets of theirs meet."""
    weights: dict[str, float] = {}
    for term, weight in names.items():
        name = term.partition(":")[2]
        weights[name] = weights.get(name, 0.0) + weight
    floor = share * max(weights.values())
    return frozenset(name for name, weight in weights.items() if weight >= floor)


def near_existing(a: "_Group", b: "_Group", days: int | None) -> bool:
    """Whether a fragment may join: always between new groups (or with `days` None), and
    with an existing cluster only when both are dated within `days` of each other."""
    if days is None or not (a.existing or b.existing):
        return True
    return a.days is not None and b.days is not None and day_gap(a.days, b.days) <= days


def _old_parts_close(a: _Group, b: _Group, weights: Mapping[str, float], threshold: float,
                     size_margin: float, linkage: str, max_size: int | None = None) -> bool:
    """Whether two groups' existing clusters, without the new articles that brought them
    together, are as similar as two groups of one batch must be to merge: a new article
    between two stories is a reason to compare them again, not evidence they are one (a
    report naming both a riot and a bombing in one city would otherwise join the two)."""
    if a.old_vectors is None or b.old_vectors is None:
        return True
    if max_size is not None and min(a.old_size, b.old_size) > max_size:
        return False
    score = similarity(a.old_vectors, a.old_size, b.old_vectors, b.old_size, weights, linkage=linkage)
    return score >= threshold + size_margin / math.sqrt(a.old_size * b.old_size)


def _grown(a: _Group, b: _Group) -> bool:
    """Whether either group holds a new item besides its existing cluster."""
    return a.size_new > 0 or b.size_new > 0


def _merge_while(
    groups: dict[int, _Group],
    neighbours: dict[int, set[int]],
    admit: Callable[[_Group, _Group], bool],
    threshold: float,
    *,
    weights: Mapping[str, float],
    keep: int | None,
    linkage: str,
    cohesion_factor: float = 0.0,
    size_margin: float = 0.0,
    confirm: Callable[[_Group, _Group], bool] | None = None,
    reached: set[tuple[int, int]] | None = None,
    join_cohesion: float = 0.0,
) -> None:
    """Merge the most similar admitted neighbouring pair while it reaches `threshold`
    (changes `groups` and `neighbours` in place; ties broken by key); `confirm`, a dearer
    test, is asked only of a pair that reaches it; `reached` collects the (new, existing)
    pairs of single items that reach it."""
    heap: list[tuple[float, str, str, int, int]] = []
    own = ByIdentity(lambda group: cohesion(group, weights))  # a group meets many others

    def push(a: int, b: int) -> None:
        ga, gb = groups[a], groups[b]
        if not admit(ga, gb):
            return
        score = similarity(ga.vectors, ga.size, gb.vectors, gb.size, weights, linkage=linkage)
        needed = threshold + size_margin / math.sqrt(ga.size * gb.size)
        if join_cohesion and score >= needed and _holds_out(ga, gb, score, join_cohesion, own):
            return
        if score >= needed and (not cohesion_factor or score >= cohesion_factor * max(own(ga), own(gb))):
            if reached is not None and len(ga.members) == len(gb.members) == 1 and ga.existing != gb.existing:
                reached.add((ga.members[0], gb.members[0]) if gb.existing else (gb.members[0], ga.members[0]))
            if confirm is not None and not confirm(ga, gb):
                return
            first, second = sorted((ga.key, gb.key))
            heapq.heappush(heap, (-round(score, 12), first, second, a, b))

    for a in sorted(groups):
        for b in sorted(neighbours[a]):
            if a < b:
                push(a, b)
    next_id = max(groups, default=-1) + 1
    while heap:
        _, _, _, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups:
            continue
        ga, gb = groups.pop(a), groups.pop(b)
        merged = _Group(min(ga.key, gb.key), ga.size + gb.size, add_vectors(ga.vectors, gb.vectors, keep=keep),
                        ga.existing or gb.existing, _union(ga.days, gb.days), ga.members + gb.members,
                        ga.size_new + gb.size_new, *_old_union(ga, gb, keep))
        new_id, next_id = next_id, next_id + 1
        groups[new_id] = merged
        around = (neighbours.pop(a) | neighbours.pop(b)) - {a, b}
        neighbours[new_id] = set()
        for other in sorted(around, key=lambda n: groups[n].key):
            neighbours[other] -= {a, b}
            neighbours[other].add(new_id)
            neighbours[new_id].add(other)
            push(new_id, other)


def _holds_out(a: _Group, b: _Group, score: float, factor: float, own: Callable[[_Group], float]) -> bool:
    """Whether an existing cluster of two or more, not yet grown in this batch, keeps out new
    articles less alike to it than `factor` times its own members are to each other: online, a
    young story's first reports may be the first of another subject of the same kind, and its
    own cohesion says how alike its reports of one subject are (one batch has no existing side)."""
    for old, new in ((a, b), (b, a)):
        if old.existing and not old.size_new and old.size >= 2 and not new.existing:
            return score < factor * own(old)
    return False


def _old_union(a: _Group, b: _Group, keep: int | None) -> tuple[Vectors | None, int]:
    """The existing part of a merged group (summed only when both sides hold one)."""
    if a.old_vectors is None or b.old_vectors is None:
        return (a.old_vectors if b.old_vectors is None else b.old_vectors), a.old_size + b.old_size
    return add_vectors(a.old_vectors, b.old_vectors, keep=keep), a.old_size + b.old_size


def cohesion(group: "_Group", weights: Mapping[str, float]) -> float:
    """Mean similarity of a group's member pairs (0 for a single member), from its summed
    unit vectors: dot(sum, sum) counts each member with itself once."""
    if group.size < 2:
        return 0.0
    own = similarity(group.vectors, group.size, group.vectors, group.size, weights)
    return max(0.0, (group.size * own - 1.0) / (group.size - 1))
