"""The stories linker's state in the store, read per batch for only what the batch needs.

A batch never reads every cluster. Its candidate stories come from `story_postings`, the
inverted index (salient term -> story ids) kept in the store: each of the batch's salient
terms is looked up on its own, reading at most `posting_cap + 1` story ids, since a term
indexing more stories than the cap is too common to retrieve by (the linker skips it; one id
over the cap is enough to tell). Clusters, memberships and document frequencies are read
by key the first time the linker asks for them; of a story's happenings (story_clusters by
`parent_id`, indexed), only the dates of those meeting the batch's days (give or take the
happening gap) or the weeks and months its articles name are read (store.rows_dated_near:
the far ones are skipped inside SQLite), and only those near enough in time to be joined are
read whole. Only the clusters the batch changed are written back, and the postings of the
stories whose salient terms changed.

A cluster row is the same size however many articles the cluster holds (records.ClusterRow):
its members are the `story_members` rows naming it (indexed by story and by happening), read
only when a cluster is absorbed into another (its members move). The near-duplicate test
reads only the members of a happening that share a band of an article's fingerprint
(`story_duplicate_keys`, duplicates.py): the only ones it could be a copy of. So a batch's reads and writes grow with
the batch and the clusters it touches, not with the corpus or a story's size; a run with
nothing new reads nothing. Re-forming a small story's happenings (reform.py) reads its
articles' counted terms (`story_article_terms`, written as each article is linked), by key.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable
from typing import Any, Callable

from dateline.link.stories.duplicates import EXACT_UP_TO, DuplicateKey, band_keys, duplicate_keys
from dateline.link.stories.linker import LinkerSettings
from dateline.link.stories.records import ArticleTerms, ClusterRow, LinkerState, MembershipRow, StoryDoc, index_member
from dateline.models import from_row
from dateline.store import Store, TableSpec


@dataclasses.dataclass
class TermCount:
    term: str
    articles: int


@dataclasses.dataclass
class Posting:
    """One entry of the inverted index: a story has this salient term."""

    term: str
    story_id: str


STATE_TABLES = (
    # article_ids and children: the member and happening lists cluster rows held before the
    # memberships and parent_id told them (dropped from a store made then; nothing is lost)
    # vectors packed (store.packing): a batch reads thousands of clusters' weights
    TableSpec.from_record("story_clusters", ClusterRow, key=("id",), order=("id",), indexes=(("parent_id",),),
                          per_article=False, dropped=("article_ids", "children"), packed=("vectors",)),
    TableSpec.from_record("story_members", MembershipRow, key=("article_id",),
                          indexes=(("story_id",), ("happening_id",))),
    TableSpec.from_record("story_terms", TermCount, key=("term",), per_article=False),
    TableSpec.from_record("story_postings", Posting, key=("term", "story_id"), indexes=(("story_id",),),
                          per_article=False),
    TableSpec.from_record("story_duplicate_keys", DuplicateKey, key=("key", "article_id"),
                          indexes=(("article_id",),)),
    # each linked article's counted terms (records.ArticleTerms), read by reform.py; a store
    # linked before it existed has none, and the linker counts those from the articles
    TableSpec.from_record("story_article_terms", ArticleTerms, key=("article_id",)),
)

_MASK = (1 << 64) - 1


class _StoredMap(dict):
    """A dict that reads a key it lacks from a store table the first time it is asked for,
    and remembers which keys were written, so only those go back."""

    def __init__(self, store: Store, table: str, key: str, value: Callable[[dict], Any]):
        super().__init__()
        self.store, self.table, self.key, self.value = store, table, key, value
        self.asked: set = set()
        self.written: set = set()

    def prefetch(self, keys: Iterable) -> None:
        wanted = set(keys) - self.asked
        if not wanted:
            return
        self.asked |= wanted
        for row in self.store.rows_matching(self.table, self.key, wanted):
            self._loaded(row[self.key], self.value(row))

    def _loaded(self, key, value) -> None:
        super().__setitem__(key, value)

    # a key held was asked for (read or written), so it is answered without the `asked` test:
    # document frequencies are looked up millions of times a run
    def get(self, key, default=None):
        if not dict.__contains__(self, key) and key not in self.asked:
            self.prefetch([key])
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        if dict.__contains__(self, key):
            return True
        if key not in self.asked:
            self.prefetch([key])
        return super().__contains__(key)

    def __getitem__(self, key):
        if not dict.__contains__(self, key) and key not in self.asked:
            self.prefetch([key])
        return super().__getitem__(key)

    def __setitem__(self, key, value) -> None:
        self.asked.add(key)
        self.written.add(key)
        super().__setitem__(key, value)


class _StoredMembers(_StoredMap):
    """Memberships read by article id, or all of a cluster's at once (`of`); those placed or
    moved this batch (`place`) are the truth over the store's rows until they are written."""

    def __init__(self, store: Store):
        super().__init__(store, "story_members", "article_id", member_from_row)
        self.placed: dict[str, MembershipRow] = {}
        self.placed_in: dict[str, set[str]] = {}  # cluster id -> articles placed in it this batch
        self.read: set[tuple[str, str]] = set()  # (column, cluster id) whose stored rows are held
        self.stored_in: dict[str, set[str]] = {}  # cluster id -> the articles its stored rows name

    def place(self, member: MembershipRow) -> None:
        index_member(self.placed_in, self.placed.get(member.article_id), member)
        self.placed[member.article_id] = member
        self[member.article_id] = member

    def of(self, column: str, cluster_id: str) -> list[str]:
        """The articles a cluster holds now (`column`: story_id or happening_id), by id; their
        rows read from the store in one query, once a batch."""
        if (column, cluster_id) not in self.read:
            self.read.add((column, cluster_id))
            for row in self.store.rows_matching(self.table, column, [cluster_id]):
                if row["article_id"] not in self.asked:
                    self.asked.add(row["article_id"])
                    self._loaded(row["article_id"], member_from_row(row))
                # a row whose article was read earlier: the held record (or the placed one) stands
                self.stored_in.setdefault(cluster_id, set()).add(row["article_id"])
        held = {a for a in self.stored_in.get(cluster_id, ()) if getattr(dict.__getitem__(self, a), column) == cluster_id}
        return sorted(held | self.placed_in.get(cluster_id, set()))


class _StoredClusters(_StoredMap):
    """Clusters read by id; remembers each one as read, so only changed ones are written, and
    which held happenings belong to which story (`held_children`)."""

    def __init__(self, store: Store):
        super().__init__(store, "story_clusters", "id", cluster_from_row)
        self.as_read: dict[str, tuple] = {}
        self.by_parent: dict[str, set[str]] = {}  # story id -> held happenings read or adopted under it

    def _loaded(self, key, value) -> None:
        self.as_read[key] = _signature(value)
        if value.parent_id is not None:
            self.by_parent.setdefault(value.parent_id, set()).add(key)
        super()._loaded(key, value)

    def held_children(self, story_id: str) -> set[str]:
        """The story's happenings held in memory (read, new or adopted this batch)."""
        return {h for h in self.by_parent.get(story_id, ()) if dict.__contains__(self, h)
                and dict.__getitem__(self, h).parent_id == story_id}

    def is_dropped(self, key: str) -> bool:
        return key in self.as_read and not dict.__contains__(self, key)

    def terms_as_read(self, key: str) -> tuple[str, ...] | None:
        return self.as_read[key][_TERMS] if key in self.as_read else None

    def dropped(self) -> list[str]:
        """Clusters read from the store that the batch absorbed into another (linker._absorb)."""
        return sorted(key for key in self.as_read if self.is_dropped(key))

    def changed(self) -> list[ClusterRow]:
        """Clusters new in this batch or changed since read, by id."""
        return [self[key] for key in sorted(self.keys())
                if key not in self.as_read or _signature(self[key]) != self.as_read[key]]


_TERMS = 5  # where a signature holds the cluster's salient terms


def _signature(row: ClusterRow) -> tuple:
    # the vectors dict last, kept by reference: vectors.add_vectors replaces it rather than
    # changing it in place, so an unchanged cluster compares by identity, without its weights
    return (row.level, row.parent_id, row.size, row.first_date, row.last_date, tuple(row.terms), row.vectors)


class _StoredPostings(_StoredMap):
    """Salient term -> story ids, read per term, at most `limit` ids each (a term over the
    cap only needs to show it is over). Changes the linker makes to it in a batch are not
    written from here: the postings are rewritten from the changed stories' terms."""

    def __init__(self, store: Store, *, limit: int):
        super().__init__(store, "story_postings", "term", lambda row: row["story_id"])
        self.limit = limit

    def prefetch(self, keys: Iterable) -> None:
        wanted = set(keys) - self.asked
        if not wanted:
            return
        self.asked |= wanted
        for row in self.store.rows_matching_each(self.table, self.key, wanted, limit=self.limit):
            dict.setdefault(self, row["term"], set()).add(row["story_id"])

    def __getitem__(self, key):
        self.prefetch([key])
        return dict.setdefault(self, key, set())


@dataclasses.dataclass
class StoredLinkerState(LinkerState):
    """A LinkerState over the store: its maps read on demand, and a story's happening dates
    read without their vectors, so the happenings too far in time to join are never loaded."""

    store: Store | None = None
    # band key -> the stored members holding it (prefetch_duplicates); None: not read this batch
    duplicate_keys: dict[int, set[str]] | None = None
    kept_terms: dict[str, ArticleTerms] = dataclasses.field(default_factory=dict)  # to write (keep_terms)

    def article_terms(self, article_ids: Iterable[str]) -> dict[str, ArticleTerms]:
        wanted = set(article_ids)
        found = {a: self.kept_terms[a] for a in wanted if a in self.kept_terms}
        if self.store is not None:
            found.update((row["article_id"], terms_from_row(row))
                         for row in self.store.rows_matching("story_article_terms", "article_id", wanted - found.keys()))
        return found

    def keep_terms(self, terms: Iterable[ArticleTerms]) -> None:
        self.kept_terms.update((t.article_id, t) for t in terms)

    def prefetch(self, *, clusters: Iterable[str] = (), terms: Iterable[str] = ()) -> None:
        assert isinstance(self.clusters, _StoredMap) and isinstance(self.document_frequency, _StoredMap)
        self.clusters.prefetch(clusters)
        self.document_frequency.prefetch(terms)

    def happening_ranges(self, story_id: str, *, near: list[tuple[int, int]] | None = None
                         ) -> dict[str, tuple[str | None, str | None]]:
        clusters = self._clusters()
        if story_id not in clusters or self.store is None:
            return {}
        # held happenings as they are now (the happenings of a story absorbed this batch were
        # adopted in memory: their stored rows still name the old story)
        ranges = {h: (clusters[h].first_date, clusters[h].last_date) for h in clusters.held_children(story_id)}
        columns = ("id", "first_date", "last_date")
        if near is None:
            rows = self.store.rows_matching("story_clusters", "parent_id", [story_id], columns=columns)
        else:
            rows = self.store.rows_dated_near("story_clusters", "parent_id", [story_id], first="first_date",
                                              last="last_date", columns=columns,
                                              windows=[(_iso_day(low), _iso_day(high)) for low, high in near])
        for row in rows:
            if not dict.__contains__(clusters, row["id"]) and not clusters.is_dropped(row["id"]):
                ranges[row["id"]] = (row["first_date"], row["last_date"])
        return ranges

    def happening_ids(self, story_id: str) -> list[str]:
        return sorted(self.happening_ranges(story_id))

    def member_ids(self, cluster_id: str) -> list[str]:
        level = self._clusters()[cluster_id].level
        return self._members().of("story_id" if level == "story" else "happening_id", cluster_id)

    def prefetch_duplicates(self, wanted: Iterable[tuple[str, int]], *, bits: int) -> None:
        if bits > EXACT_UP_TO or self.store is None:
            return  # no band is sure to be shared: duplicate_candidates reads every member
        keys = {key for happening_id, fingerprint in wanted for key in band_keys(happening_id, fingerprint)}
        found: dict[int, set[str]] = {}
        for row in self.store.rows_matching("story_duplicate_keys", "key", keys):
            found.setdefault(row["key"], set()).add(row["article_id"])
        self.duplicate_keys = found
        self._members().prefetch(a for holders in found.values() for a in holders)

    def duplicate_candidates(self, happening_id: str, fingerprint: int, *, bits: int) -> list[MembershipRow]:
        members = self._members()
        if bits > EXACT_UP_TO or self.duplicate_keys is None:
            return [dict.__getitem__(members, a) for a in members.of("happening_id", happening_id)]
        # stored members sharing a band, if still in this happening (an absorbed happening's
        # were moved in memory), and every member placed in it this batch
        shared = {a for key in band_keys(happening_id, fingerprint) for a in self.duplicate_keys.get(key, ())}
        held = {a for a in shared if dict.__getitem__(members, a).happening_id == happening_id}
        return [dict.__getitem__(members, a) for a in sorted(held | members.placed_in.get(happening_id, set()))]

    def place(self, member: MembershipRow) -> None:
        self._members().place(member)

    def adopt(self, happening_id: str, story_id: str) -> None:
        clusters = self._clusters()
        clusters[happening_id].parent_id = story_id
        clusters.by_parent.setdefault(story_id, set()).add(happening_id)

    def drop(self, cluster_id: str) -> ClusterRow:
        return self._clusters().pop(cluster_id)

    def _clusters(self) -> "_StoredClusters":
        assert isinstance(self.clusters, _StoredClusters)
        return self.clusters

    def _members(self) -> _StoredMembers:
        assert isinstance(self.members, _StoredMembers)
        return self.members


def _iso_day(ordinal: int) -> str:
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal())).isoformat()


def cluster_from_row(row: dict) -> ClusterRow:
    cluster = from_row(ClusterRow, row)
    cluster.terms = tuple(cluster.terms or ())
    return cluster


def terms_from_row(row: dict) -> ArticleTerms:
    terms = from_row(ArticleTerms, row)
    terms.dates = tuple(terms.dates or ())
    return terms


def forget_terms(store: Store, article_ids: Iterable[str]) -> None:
    """Drop the counted terms of articles whose facts changed (an inferred date, a name
    resolved anew): the linker counts them again from the articles when it needs them."""
    store.delete_matching("story_article_terms", "article_id", article_ids)


def member_from_row(row: dict) -> MembershipRow:
    member = from_row(MembershipRow, row)
    member.fingerprint = (member.fingerprint or 0) & _MASK  # stored signed (SQLite's INTEGER)
    return member


def _stored(member: MembershipRow) -> MembershipRow:
    """The row as SQLite keeps it: the 64-bit fingerprint as a signed integer."""
    value = member.fingerprint & _MASK
    return dataclasses.replace(member, fingerprint=value - (1 << 64) if value >= 1 << 63 else value)


def _shallow(record: Any) -> dict[str, Any]:
    """A record's fields as a dict without deep-copying its vectors (dataclasses.asdict
    copies every nested dict, the slowest part of writing a batch's clusters)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


@functools.cache
def _field_names(record: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(record))


def _index_every_story(store: Store) -> None:
    """Fill the postings of a store linked before they existed (once: later batches keep them)."""
    if store.has_rows("story_postings") or not store.has_rows("story_clusters"):
        return
    store.insert_rows("story_postings", [
        Posting(term, row["id"]) for row in store.rows("story_clusters") if row["level"] == "story"
        for term in row["terms"] or ()
    ])


def _key_every_member(store: Store) -> None:
    """Fill the near-duplicate band keys of a store linked before they existed (once)."""
    if store.has_rows("story_duplicate_keys") or not store.has_rows("story_members"):
        return
    store.insert_rows("story_duplicate_keys", [
        _shallow(key) for row in store.rows("story_members")
        for key in duplicate_keys(row["article_id"], row["happening_id"], (row["fingerprint"] or 0) & _MASK)
    ])


def load_state(store: Store, batch_docs: list[StoryDoc], *, settings: LinkerSettings) -> LinkerState:
    """A LinkerState whose maps read from the store on demand, the batch's own rows prefetched."""
    _index_every_story(store)
    _key_every_member(store)
    members = _StoredMembers(store)
    members.prefetch(d.article_id for d in batch_docs)
    frequency = _StoredMap(store, "story_terms", "term", lambda row: row["articles"])  # the linker prefetches
    return StoredLinkerState(clusters=_StoredClusters(store), members=members, document_frequency=frequency,
                             documents=store.count("story_members"),
                             postings=_StoredPostings(store, limit=settings.posting_cap + 1), store=store)


def save_state(store: Store, state: LinkerState, rows: list[MembershipRow]) -> None:
    """Write what the batch changed: new memberships, changed clusters, grown document
    frequencies, the postings of stories whose salient terms changed, and the removal of
    clusters absorbed into another (merge_existing_stories)."""
    assert isinstance(state, StoredLinkerState) and isinstance(state.clusters, _StoredClusters)
    assert isinstance(state.document_frequency, _StoredMap)
    clusters = state.clusters.changed()
    reindexed = [c for c in clusters if c.level == "story" and tuple(c.terms) != state.clusters.terms_as_read(c.id)]
    frequency = state.document_frequency
    written = sorted(frequency.written)
    dropped = state.clusters.dropped()
    with store.transaction():
        store.delete_matching("story_clusters", "id", dropped)
        store.delete_matching("story_postings", "story_id", dropped)
        # rows as plain dicts: dataclasses.asdict's deep copy of every row cost more than the writing
        store.insert_rows("story_clusters", [_shallow(c) for c in clusters])
        store.insert_rows("story_members", [_shallow(_stored(r)) for r in rows])
        # a moved member's keys name its new happening
        store.delete_matching("story_duplicate_keys", "article_id", [r.article_id for r in rows])
        store.insert_rows("story_duplicate_keys", [_shallow(key) for r in rows
                                                   for key in duplicate_keys(r.article_id, r.happening_id, r.fingerprint)])
        store.insert_rows("story_terms", [{"term": t, "articles": frequency[t]} for t in written])
        store.insert_rows("story_article_terms", [_shallow(t) for t in state.kept_terms.values()])
        store.delete_matching("story_postings", "story_id", [c.id for c in reindexed])
        store.insert_rows("story_postings", [{"term": t, "story_id": c.id} for c in reindexed for t in c.terms])
