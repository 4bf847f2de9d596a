"""The stories linker: articles into stories and happenings, then each touched story's
timeline and figure comparisons, kept in the store.

The clustering state (clusters, memberships, document frequencies) lives in the linker's own
tables. A batch reads the cluster rows (for the inverted index of salient terms), only the
memberships and term counts it asks for, and the articles of the stories it touched; it
rewrites those stories' records, timeline entries and comparisons.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from dateline.link.registry import LinkBatch, LinkOutcome, Linker
from dateline.link.stories.adapter import story_doc
from dateline.link.stories.features import document_terms
from dateline.link.stories.linker import link_batch
from dateline.link.stories.outputs import story_outputs
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc
from dateline.models import Amount, Comparison, Entity, EntityMention, Quote, Story, Timex, TimelineEntry, from_row
from dateline.store import Store, TableSpec


@dataclasses.dataclass
class TermCount:
    term: str
    articles: int


TABLES = (
    TableSpec.from_record("stories", Story, key=("id",), order=("first_date", "id"), per_article=False),
    TableSpec.from_record("timeline", TimelineEntry, key=(), order=("story_id", "date", "happening_id", "text"),
                          indexes=(("story_id",),), per_article=False),
    TableSpec.from_record("comparisons", Comparison, key=(), order=("happening_id", "quantity"),
                          indexes=(("happening_id",),), per_article=False),
    TableSpec.from_record("story_clusters", ClusterRow, key=("id",), order=("id",), per_article=False),
    TableSpec.from_record("story_members", MembershipRow, key=("article_id",),
                          indexes=(("story_id",), ("happening_id",))),
    TableSpec.from_record("story_terms", TermCount, key=("term",), per_article=False),
)


class _StoredMap(dict):
    """A dict that reads a key it lacks from a store table the first time it is asked for,
    and remembers which keys were written, so only those go back."""

    def __init__(self, store: Store, table: str, key: str, value):
        super().__init__()
        self.store, self.table, self.key, self.value = store, table, key, value
        self.asked: set = set()
        self.written: set = set()

    def prefetch(self, keys: Iterable) -> None:
        wanted = set(keys) - self.asked
        self.asked |= wanted
        for row in self.store.rows_matching(self.table, self.key, wanted):
            super().__setitem__(row[self.key], self.value(row))

    def get(self, key, default=None):
        self.prefetch([key])
        return super().get(key, default)

    def __contains__(self, key) -> bool:
        self.prefetch([key])
        return super().__contains__(key)

    def __getitem__(self, key):
        self.prefetch([key])
        return super().__getitem__(key)

    def __setitem__(self, key, value) -> None:
        self.asked.add(key)
        self.written.add(key)
        super().__setitem__(key, value)


def _cluster(row: dict) -> ClusterRow:
    cluster = from_row(ClusterRow, row)
    cluster.terms = tuple(cluster.terms or ())
    return cluster


def _member(row: dict) -> MembershipRow:
    member = from_row(MembershipRow, row)
    member.fingerprint = (member.fingerprint or 0) & _MASK  # stored signed (SQLite's INTEGER)
    return member


_MASK = (1 << 64) - 1


def _stored(member: MembershipRow) -> MembershipRow:
    """The row as SQLite keeps it: the 64-bit fingerprint as a signed integer."""
    value = member.fingerprint & _MASK
    return dataclasses.replace(member, fingerprint=value - (1 << 64) if value >= 1 << 63 else value)


def _records(store: Store, table: str, cls: type, article_ids: Iterable[str]) -> dict[str, list]:
    return defaultdict(list, store.records_for_articles(table, cls, article_ids))


def _timexes(store: Store, article_ids: set[str]) -> dict[str, list[Timex]]:
    """Time expressions as linking resolved them (re-anchored on inferred dates)."""
    found = _records(store, "timexes", Timex, article_ids)
    anchors = {(r["article_id"], r["field"], r["start"], r["end"]): r
               for r in store.rows_for_articles("timex_anchors", article_ids)}
    for article_id, timexes in found.items():
        found[article_id] = [
            dataclasses.replace(t, value=anchors[k]["value"], anchor=anchors[k]["anchor"])
            if (k := (t.article_id, t.field, t.start, t.end)) in anchors else t
            for t in timexes
        ]
    return found


def _docs(store: Store, article_ids: set[str], timexes: dict[str, list[Timex]]) -> dict[str, StoryDoc]:
    """The linker's view of these articles, names taken at their corpus identity."""
    mentions = _records(store, "entity_mentions", EntityMention, article_ids)
    links = {(r["article_id"], r["field"], r["start"], r["end"], r["type"]): r["entity_id"]
             for r in store.rows_for_articles("entity_links", article_ids)}
    names = {r["id"]: r["name"] for r in store.rows_matching("entities", "id", set(links.values()))}
    docs = {}
    for article in store.articles_by_id(article_ids):
        own = mentions.get(article.id, [])
        canonical = {}
        for m in own:
            entity = links.get((m.article_id, m.field, m.start, m.end, m.type))
            if entity in names:
                canonical[m.name] = names[entity]
        docs[article.id] = story_doc(article, entities=own, timexes=timexes.get(article.id, []), canonical=canonical)
    return docs


def _state(store: Store, batch_docs: list[StoryDoc]) -> LinkerState:
    state = LinkerState()
    state.clusters = {row["id"]: _cluster(row) for row in store.rows("story_clusters")}
    members = _StoredMap(store, "story_members", "article_id", _member)
    members.prefetch(d.article_id for d in batch_docs)
    frequency = _StoredMap(store, "story_terms", "term", lambda row: row["articles"])
    frequency.prefetch({t for d in batch_docs for t in document_terms(d)})
    state.members, state.document_frequency = members, frequency
    state.documents = store.count("story_members")
    return state


def link_stories(store: Store, batch: LinkBatch) -> LinkOutcome:
    """Place the batch's articles in stories and happenings; rebuild the touched stories'
    records, timelines and comparisons."""
    timexes = _timexes(store, set(batch.article_ids))
    batch_docs = list(_docs(store, set(batch.article_ids), timexes).values())
    state = _state(store, batch_docs)
    rows = link_batch(state, batch_docs)
    store.insert_rows("story_clusters", state.clusters.values())
    store.insert_rows("story_members", [_stored(r) for r in rows])
    store.insert_rows("story_terms", [TermCount(t, state.document_frequency[t])
                                      for t in sorted(state.document_frequency.written)])
    touched = {r.story_id for r in rows} | _stories_of(store, batch.revised)
    _rebuild(store, state, touched)
    return LinkOutcome({"stories": store.count("stories"), "stories_touched": len(touched)})


def _stories_of(store: Store, article_ids: Iterable[str]) -> set[str]:
    return {row["story_id"] for row in store.rows_for_articles("story_members", article_ids)}


def _rebuild(store: Store, state: LinkerState, story_ids: set[str]) -> None:
    """Stories, timeline entries and comparisons of these stories, from their articles."""
    if not story_ids:
        return
    clusters = {sid: state.clusters[sid] for sid in story_ids if sid in state.clusters}
    for story in list(clusters.values()):
        clusters.update({h: state.clusters[h] for h in story.children if h in state.clusters})
    article_ids = {a for c in clusters.values() if c.level == "story" for a in c.article_ids}
    members = {row["article_id"]: _member(row) for row in store.rows_for_articles("story_members", article_ids)}
    view = LinkerState(clusters=clusters, members=members)
    timexes = _timexes(store, article_ids)
    events: dict[str, list[str]] = defaultdict(list)
    for row in store.rows_for_articles("events", article_ids) if store.columns("events") else ():
        events[row["article_id"]].append(row["id"])
    outputs = story_outputs(
        view, _docs(store, article_ids, timexes), timexes=timexes,
        quotes=_records(store, "quotes", Quote, article_ids),
        amounts=_records(store, "amounts", Amount, article_ids), event_ids=events,
    )
    happening_ids = {c.id for c in clusters.values() if c.level == "happening"}
    with store.transaction():
        store.delete_matching("stories", "id", story_ids)
        store.insert_rows("stories", outputs.stories)
        store.delete_matching("timeline", "story_id", story_ids)
        store.insert_rows("timeline", outputs.timeline)
        store.delete_matching("comparisons", "happening_id", happening_ids)
        store.insert_rows("comparisons", outputs.comparisons)


COMPONENT = Linker(
    name="stories",
    function=link_stories,
    requires=("entities", "timexes", "amounts", "quotes", "events", "identities", "pubdates"),
    tables=TABLES,
    exports=("stories", "timeline", "comparisons"),
    doc="stories and happenings, each story's dated timeline, and figures compared across outlets",
)
