"""Themes: stories of one kind grouped ("related stories": the earthquake stories, the rehab
stories), a level above stories.

A story is one subject (one quake, one star's rehab stay); two subjects of one kind share the
words of their kind ("magnitude", "quake", "rehab") and none of their names. So a story's
theme vector is its summed text vector (the linker's TF-IDF of its articles' words, trimmed
to the strongest terms, records.ClusterRow) less the words of its own names (people,
organisations, places, regions), four-digit numbers and words of when (weekdays, months:
data/stories/theme_stop_words.txt), divided by its size (its centroid),
reweighed by how few stories hold each term (inverse story frequency: words every story
holds, "said", "people", tell no kind). Stories cluster by the group-average cosine of these
vectors over candidate pairs (stories sharing one of their strongest kind terms, a term held
by more than `posting_cap` stories being too common to pair on), with a threshold and no
number of themes given (cluster.agglomerate).

Themes are formed anew over all stories each run: a few hundred stories per corpus, each read
as its cluster row (a fixed size, not its articles), so a run's cost grows with the number
of stories, not of articles, and the same stories give the same themes. Ids: the smallest
story id of a theme, hashed, so a theme keeps its id while its first story stays in it.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dateline.lexicons import words
from dateline.link.stories.cluster import Item, agglomerate
from dateline.link.stories.records import ClusterRow
from dateline.link.stories.vectors import add_vectors, heaviest
from dateline.models import stable_id

_NAME_SPLIT = re.compile(r"[^\w'-]+", re.UNICODE)
_WHEN_WORDS = frozenset(words("stories/theme_stop_words.txt"))  # weekdays, months: when, not what
GROUP = "kind"
TITLE_TERMS = 3


@dataclass(frozen=True)
class ThemeSettings:
    """Tuned on the odd ECB+ topics only (evaluate.ecbplus, theme B3 F1 against topics): odd
    0.923 / 0.955 / 0.971 / 0.928 at thresholds 0.10 / 0.15 / 0.20 / 0.30 (60 terms kept),
    0.969 / 0.971 / 0.969 keeping 120 / 30 / 60 terms at 0.20; with 30 at 0.20 even 0.917,
    all 0.931, online 0.905 (stories against topics 0.885 / 0.888 / 0.893)."""

    threshold: float = 0.20
    kept_terms: int = 30  # per story: its strongest kind terms
    salient_terms: int = 10  # per story: the terms its candidate stories are looked up by
    posting_cap: int = 60  # a term held by more stories than this pairs none
    shown_terms: int = 10  # a theme's terms given (the first three make its title)


@dataclass(frozen=True)
class ThemeGroup:
    """One theme: its stories and its strongest terms, heaviest first."""

    id: str
    story_ids: tuple[str, ...]
    terms: tuple[str, ...]

    @property
    def title(self) -> str:
        return " ".join(self.terms[:TITLE_TERMS])


def name_words(row: ClusterRow) -> set[str]:
    """The lower-case words of a story's names ("e:piet halden" -> piet, halden; "r:usa/texas"
    -> usa, texas): a name says which subject, not which kind."""
    found: set[str] = set()
    for term in row.vectors.get("entities", {}):
        found.update(w for w in _NAME_SPLIT.split(term[2:]) if w)
    return found


def kind_terms(row: ClusterRow) -> dict[str, float]:
    """A story's centroid text weights less its names, years, weekdays and months."""
    names = name_words(row) | _WHEN_WORDS
    size = max(row.size, 1)
    return {term: weight / size for term, weight in row.vectors.get("text", {}).items()
            if term not in names and not term.isdigit()}


def _unit(vector: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {t: w / norm for t, w in vector.items()} if norm else {}


def theme_vectors(rows: Iterable[ClusterRow], settings: ThemeSettings) -> dict[str, dict[str, float]]:
    """Each story's unit kind vector, weighed by inverse story frequency, by story id."""
    kinds = {row.id: kind_terms(row) for row in rows}
    frequency: Counter[str] = Counter(term for vector in kinds.values() for term in vector)
    total = len(kinds) + 1
    vectors = {}
    for story_id, vector in kinds.items():
        weighed = {t: w * (math.log(total / (frequency[t] + 1)) + 1.0) for t, w in vector.items()}
        vectors[story_id] = _unit({t: weighed[t] for t in heaviest(weighed, settings.kept_terms)})
    return vectors


def _pairs(keys: list[str], vectors: Mapping[str, Mapping[str, float]], settings: ThemeSettings) -> list[tuple[int, int]]:
    """Stories sharing one of their strongest kind terms (a term held by too many pairs none)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        for term in heaviest(vectors[key], settings.salient_terms):
            postings[term].append(index)
    pairs: set[tuple[int, int]] = set()
    for term in sorted(postings):
        held = postings[term]
        if len(held) <= settings.posting_cap:
            pairs.update((a, b) for n, a in enumerate(held) for b in held[n + 1 :])
    return sorted(pairs)


def form_themes(rows: Iterable[ClusterRow], settings: ThemeSettings | None = None) -> list[ThemeGroup]:
    """Themes of these stories (rows of level story), every story in exactly one; the same
    rows give the same themes in any order."""
    settings = settings or ThemeSettings()
    stories = sorted((row for row in rows if row.level == "story"), key=lambda row: row.id)
    if not stories:
        return []
    vectors = theme_vectors(stories, settings)
    keys = [row.id for row in stories]
    items = [Item(key, 1, {GROUP: vectors[key]}) for key in keys]
    groups = agglomerate(items, _pairs(keys, vectors, settings), weights={GROUP: 1.0},
                         threshold=settings.threshold, keep=settings.kept_terms * 4, linkage="average")
    themes = []
    for group in groups:
        members = sorted(keys[i] for i in group)
        summed: dict[str, dict[str, float]] = {}
        for key in members:
            summed = add_vectors(summed, {GROUP: vectors[key]})
        terms = tuple(heaviest(summed.get(GROUP, {}), settings.shown_terms))
        themes.append(ThemeGroup(stable_id("theme", members[0]), tuple(members), terms))
    return sorted(themes, key=lambda theme: theme.id)


def theme_of_story(themes: Iterable[ThemeGroup]) -> dict[str, str]:
    return {story_id: theme.id for theme in themes for story_id in theme.story_ids}
