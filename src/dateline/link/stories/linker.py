"""Online story linking: a batch of articles joins existing stories or opens new ones.

For each batch:
1. document frequencies grow by the batch, then each new article gets its vectors;
2. stories: the inverted index (salient terms -> story ids) retrieves the existing stories
   that share a salient term with a new article, and new articles sharing a salient term
   are paired with each other; group-average clustering over these candidate pairs only
   (never all pairs) assigns each article to a story;
3. happenings: within each story the batch touched, the same clustering over its new
   articles and its existing happenings, with time weighing more;
4. near-duplicates: an article whose simhash is within a few bits of an earlier member of
   its happening is marked a copy of it (outlets are counted once per story anyway).

The result depends only on the state and the batch's set of articles, not on their order
in the batch. Articles already linked are skipped, so running a batch twice changes nothing.
Order of arrival across batches matters only where an early batch opened a cluster a later
article would have split differently (measured in tests/test_stories_linker.py).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from dateline.link.stories import features
from dateline.link.stories.cluster import Item, Vectors, add_vectors, agglomerate, day_gap
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc
from dateline.models import stable_id


@dataclass(frozen=True)
class LinkerSettings:
    """Weights and thresholds (tuned on the odd ECB+ topics only)."""

    story_weights: tuple[tuple[str, float], ...] = (("text", 0.9), ("entities", 0.1), ("time", 0.0))
    story_threshold: float = 0.05
    happening_weights: tuple[tuple[str, float], ...] = (("text", 0.4), ("entities", 0.3), ("time", 0.3))
    happening_threshold: float = 0.15
    # a pause in coverage longer than this separates two happenings, even when they share
    # every actor and word ("the talks in March" and "the talks in July"); None: no such rule.
    # Costs on ECB+, whose sub-topics include reports written months later: sub-topic B3 F1
    # odd topics 0.927 -> 0.920, even 0.930 -> 0.902.
    happening_gap_days: int | None = 90
    # far-apart dates count against a merge (not only add nothing); see cluster.centred_dot
    centred_time: bool = False
    salient_text_terms: int = 10  # per article: the terms its candidates are looked up by
    salient_name_terms: int = 5
    posting_cap: int = 100  # a term shared by more new articles than this is too common to pair on
    story_candidates: int = 20  # existing stories an article is compared with, at most
    all_pairs_within_story: int = 50  # more new articles in one story: pair them by shared terms
    kept_terms: int = 300  # per cluster and group: the strongest summed weights kept
    # simhash distance of a near-duplicate, of 64 bits (unrelated texts differ in 32 +- 4)
    duplicate_bits: int = 10


def _days(first: str | None, last: str | None) -> tuple[int, int] | None:
    if not first or not last:
        return None
    try:
        return dt.date.fromisoformat(first[:10]).toordinal(), dt.date.fromisoformat(last[:10]).toordinal()
    except ValueError:
        return None


def _salient(vectors: Vectors, settings: LinkerSettings) -> set[str]:
    return set(features.salient_terms(vectors.get("text", {}), settings.salient_text_terms)) | set(
        features.salient_terms(vectors.get("entities", {}), settings.salient_name_terms)
    )


@dataclass
class _Prepared:
    doc: StoryDoc
    vectors: Vectors
    terms: set[str]
    date: str | None


class StoryLinker:
    """Holds a LinkerState and links batches into it."""

    def __init__(self, state: LinkerState | None = None, *, settings: LinkerSettings | None = None):
        self.state = state or LinkerState()
        self.settings = settings or LinkerSettings()
        postings = self.state.postings  # salient term -> story ids
        if postings is None:
            postings = defaultdict(set)
            for story in self.state.stories():
                for term in story.terms:
                    postings[term].add(story.id)
        self.postings: dict[str, set[str]] = postings

    # ------------------------------------------------------------------ batch

    def link(self, docs: Iterable[StoryDoc]) -> list[MembershipRow]:
        """Link a batch; returns the membership rows of its new articles."""
        fresh = {d.article_id: d for d in docs if d.article_id not in self.state.members}
        batch = [fresh[key] for key in sorted(fresh)]
        if not batch:
            return []
        self._count_terms(batch)
        prepared = [self._prepare(doc) for doc in batch]
        story_of = self._assign(prepared, level="story", parent=None)
        rows: list[MembershipRow] = []
        by_story: dict[str, list[_Prepared]] = defaultdict(list)
        for item, story_id in zip(prepared, story_of):
            by_story[story_id].append(item)
        for story_id in sorted(by_story):
            members = by_story[story_id]
            happening_of = self._assign(members, level="happening", parent=story_id)
            for item, happening_id in zip(members, happening_of):
                rows.append(self._member(item, story_id, happening_id))
        return sorted(rows, key=lambda r: r.article_id)

    def _count_terms(self, batch: list[StoryDoc]) -> None:
        frequency = self.state.document_frequency
        for doc in batch:
            for term in features.document_terms(doc):
                frequency[term] = frequency.get(term, 0) + 1
        self.state.documents += len(batch)

    def _prepare(self, doc: StoryDoc) -> _Prepared:
        vectors = features.doc_vectors(
            doc, self.state.document_frequency, self.state.documents, centred_time=self.settings.centred_time
        )
        return _Prepared(doc, vectors, _salient(vectors, self.settings), (doc.published or "")[:10] or None)

    # ------------------------------------------------------------------ clustering

    def _assign(self, prepared: list[_Prepared], *, level: str, parent: str | None) -> list[str]:
        """The cluster id (existing or new) of each prepared article at this level."""
        settings = self.settings
        items = [Item(p.doc.article_id, 1, p.vectors, days=_days(p.date, p.date)) for p in prepared]
        if level == "story":
            existing = self._candidate_stories(prepared)
            weights, threshold = dict(settings.story_weights), settings.story_threshold
            gap = None
        else:
            existing = self._near_happenings(parent, prepared)
            weights, threshold = dict(settings.happening_weights), settings.happening_threshold
            gap = settings.happening_gap_days
        for cluster_id in existing:
            row = self.state.clusters[cluster_id]
            items.append(Item(cluster_id, row.size, row.vectors, existing=True,
                              days=_days(row.first_date, row.last_date)))
        pairs = self._pairs(prepared, existing, level=level)
        groups = agglomerate(items, pairs, weights=weights, threshold=threshold, max_gap_days=gap,
                             keep=settings.kept_terms)
        assigned: list[str] = [""] * len(prepared)
        for group in groups:
            old = [items[i].key for i in group if items[i].existing]
            new = [i for i in group if not items[i].existing]
            if not new:
                continue
            cluster_id = old[0] if old else stable_id(level, prepared[new[0]].doc.article_id)
            self._grow(cluster_id, [prepared[i] for i in new], level=level, parent=parent)
            for i in new:
                assigned[i] = cluster_id
        return assigned

    def _near_happenings(self, story_id: str | None, prepared: list[_Prepared]) -> list[str]:
        """The story's happenings its new articles could join. With the gap rule, only those
        within `happening_gap_days` of a new article's date: a group of new articles merges
        step by step across gaps of at most that, so no group of them is ever nearer to a
        happening than its nearest member is, and agglomerate never merges the others. The
        others are not read (the state gives their dates alone)."""
        ranges = self.state.happening_ranges(story_id) if story_id else {}
        gap = self.settings.happening_gap_days
        days = [_days(p.date, p.date) for p in prepared]
        if gap is None or None in days:
            return sorted(ranges)
        spans = {h: _days(first, last) for h, (first, last) in ranges.items()}
        return sorted(h for h, span in spans.items() if span is None or any(day_gap(d, span) <= gap for d in days))

    def _candidate_stories(self, prepared: list[_Prepared]) -> list[str]:
        found: set[str] = set()
        for item in prepared:
            found.update(self._stories_for(item))
        return sorted(found)

    def _stories_for(self, item: _Prepared) -> list[str]:
        """The existing stories sharing the most salient terms with an article (at most
        `story_candidates`); terms indexing more stories than `posting_cap` are too common
        to retrieve by, so an article's cost does not grow with the number of stories."""
        shared: dict[str, int] = defaultdict(int)
        for term in item.terms:
            stories = self.postings.get(term, ())
            if len(stories) > self.settings.posting_cap:
                continue
            for story_id in stories:
                shared[story_id] += 1
        ranked = sorted(shared.items(), key=lambda pair: (-pair[1], pair[0]))
        return [story_id for story_id, _ in ranked[: self.settings.story_candidates]]

    def _pairs(self, prepared: list[_Prepared], existing: list[str], *, level: str) -> list[tuple[int, int]]:
        """Candidate pairs: new articles sharing a salient term, and each new article with the
        existing clusters that share one (at story level) or all of them (within a story)."""
        offset = len(prepared)
        postings: dict[str, list[int]] = defaultdict(list)
        for index, item in enumerate(prepared):
            for term in item.terms:
                postings[term].append(index)
        pairs: set[tuple[int, int]] = set()
        for term in sorted(postings):
            indices = postings[term]
            if len(indices) > self.settings.posting_cap:
                continue
            pairs.update((a, b) for n, a in enumerate(indices) for b in indices[n + 1 :])
        if level == "happening":
            pairs.update((i, offset + j) for i in range(offset) for j in range(len(existing)))
            if len(prepared) <= self.settings.all_pairs_within_story:  # few: compare every new pair
                pairs.update((a, b) for a in range(offset) for b in range(a + 1, offset))
            return sorted(pairs)
        position = {cluster_id: offset + j for j, cluster_id in enumerate(existing)}
        for index, item in enumerate(prepared):
            pairs.update((index, position[story_id]) for story_id in self._stories_for(item))
        return sorted(pairs)

    # ------------------------------------------------------------------ state updates

    def _grow(self, cluster_id: str, members: list[_Prepared], *, level: str, parent: str | None) -> None:
        row = self.state.clusters.get(cluster_id)
        if row is None:
            row = ClusterRow(id=cluster_id, level=level, parent_id=parent, size=0, vectors={})  # type: ignore[arg-type]
            self.state.clusters[cluster_id] = row
            if parent is not None:
                self.state.clusters[parent].children.append(cluster_id)
        for item in members:
            row.vectors = add_vectors(row.vectors, item.vectors, keep=self.settings.kept_terms)
            row.size += 1
            row.article_ids.append(item.doc.article_id)
            if item.date:
                row.first_date = min(filter(None, (row.first_date, item.date)))
                row.last_date = max(filter(None, (row.last_date, item.date)))
        row.article_ids.sort()
        if level == "story":
            self._reindex(row)

    def _reindex(self, row: ClusterRow) -> None:
        for term in row.terms:
            self.postings[term].discard(row.id)
        row.terms = tuple(sorted(_salient(row.vectors, self.settings)))
        for term in row.terms:
            self.postings[term].add(row.id)

    def _member(self, item: _Prepared, story_id: str, happening_id: str) -> MembershipRow:
        fingerprint = features.simhash(f"{item.doc.title}\n{item.doc.text}")
        duplicate_of = None
        for other_id in self.state.clusters[happening_id].article_ids:
            other = self.state.members.get(other_id)
            if other and features.hamming(other.fingerprint, fingerprint) <= self.settings.duplicate_bits:
                duplicate_of = other.duplicate_of or other.article_id
                break
        row = MembershipRow(item.doc.article_id, story_id, happening_id, duplicate_of, fingerprint,
                            item.date, item.doc.source)
        self.state.members[row.article_id] = row
        return row


def link_batch(state: LinkerState, docs: Iterable[StoryDoc], *, settings: LinkerSettings | None = None) -> list[MembershipRow]:
    """Link one batch into `state` (changed in place); the new articles' memberships."""
    return StoryLinker(state, settings=settings).link(docs)
