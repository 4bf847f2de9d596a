"""The stories linker: articles into stories and happenings, then each touched story's
timeline and figure comparisons, kept in the store.

The clustering state (clusters, memberships, document frequencies, the inverted index of
salient terms) lives in the linker's own tables (stored.py). A batch reads only the postings
of its own salient terms, the clusters they lead to, the memberships and term counts it asks
for, and the articles of the stories it touched; it rewrites those stories' records,
timeline entries and comparisons. A run with nothing new reads nothing.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from dateline.link.registry import LinkBatch, LinkOutcome, Linker
from dateline.link.stories.adapter import story_doc
from dateline.link.stories.linker import LinkerSettings, link_batch
from dateline.link.stories.outputs import story_outputs
from dateline.link.stories.records import LinkerState, StoryDoc
from dateline.link.stories.reform import DocumentSource
from dateline.link.stories.stored import STATE_TABLES, cluster_from_row, forget_terms, load_state, member_from_row, save_state
from dateline.link.stories.themes import form_themes
from dateline.models import Amount, Comparison, EntityMention, Event, Place, Quote, Story, Theme, Timex, TimelineEntry
from dateline.store import Store, TableSpec


TABLES = (
    TableSpec.from_record("stories", Story, key=("id",), order=("first_date", "id"), per_article=False),
    TableSpec.from_record("timeline", TimelineEntry, key=(), order=("story_id", "date", "happening_id", "text"),
                          indexes=(("story_id",),), per_article=False),
    TableSpec.from_record("comparisons", Comparison, key=(), order=("happening_id", "quantity"),
                          indexes=(("happening_id",),), per_article=False),
    TableSpec.from_record("themes", Theme, key=("id",), order=("id",), per_article=False),
    *STATE_TABLES,
)
SETTINGS = LinkerSettings()


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
    places = _records(store, "places", Place, article_ids)
    links = {(r["article_id"], r["field"], r["start"], r["end"], r["type"]): r["entity_id"]
             for r in store.rows_for_articles("entity_links", article_ids)}
    names = {r["id"]: r["name"] for r in store.rows_matching("entities", "id", set(links.values()))}
    copy_sources: dict[str, set[str]] = defaultdict(set)
    for row in store.rows_for_articles("origins", article_ids):
        if row.get("source"):
            copy_sources[row["article_id"]].add(row["source"])
    docs = {}
    for article in store.articles_by_id(article_ids):
        own = mentions.get(article.id, [])
        canonical = {}
        for m in own:
            entity = links.get((m.article_id, m.field, m.start, m.end, m.type))
            if entity in names:
                canonical[m.name] = names[entity]
        docs[article.id] = story_doc(article, entities=own, timexes=timexes.get(article.id, []), canonical=canonical,
                                     copy_sources=copy_sources.get(article.id, ()), places=places.get(article.id, ()))
    return docs


class StoredDocuments:
    """The linker's view of stored articles, each read once a batch: the linker asks for the
    old articles of a story it re-forms (reform.py), the rebuild for every article of the
    touched stories."""

    def __init__(self, store: Store):
        self.store = store
        self.docs: dict[str, StoryDoc] = {}
        self.timexes: dict[str, list[Timex]] = defaultdict(list)

    def __call__(self, article_ids: Iterable[str]) -> dict[str, StoryDoc]:
        wanted = set(article_ids)
        unread = wanted - self.docs.keys()
        if unread:
            timexes = _timexes(self.store, unread)
            self.timexes.update((a, timexes[a]) for a in unread)
            self.docs.update(_docs(self.store, unread, timexes))
        return {a: self.docs[a] for a in wanted if a in self.docs}


def link_docs(store: Store, batch_docs: list[StoryDoc], *, settings: LinkerSettings = SETTINGS,
              documents: DocumentSource | None = None) -> LinkerState:
    """Link these articles into the stored clustering state (reading only what they need,
    writing only what changed); the batch's state, its memberships and those of the articles
    it moved in `members`."""
    state = load_state(store, batch_docs, settings=settings)
    rows = link_batch(state, batch_docs, settings=settings, documents=documents or StoredDocuments(store))
    save_state(store, state, rows)
    state.members = {r.article_id: r for r in rows}
    return state


def link_stories(store: Store, batch: LinkBatch) -> LinkOutcome:
    """Place the batch's articles in stories and happenings; rebuild the touched stories'
    records, timelines and comparisons. A run with nothing new or revised reads nothing."""
    if not batch.article_ids and not batch.revised:
        return LinkOutcome({"stories": store.count("stories"), "stories_touched": 0})
    forget_terms(store, batch.revised)  # counted from what they said before
    documents = StoredDocuments(store)
    batch_docs = list(documents(batch.article_ids).values())
    state = link_docs(store, batch_docs, documents=documents)
    touched = {r.story_id for r in state.members.values()} | _stories_of(store, batch.revised)
    _drop_absorbed(store, state.clusters.dropped())
    _rebuild(store, state, touched, documents)
    themes = _retheme(store)
    return LinkOutcome({"stories": store.count("stories"), "stories_touched": len(touched), "themes": themes})


def _drop_absorbed(store: Store, cluster_ids: list[str]) -> None:
    """The records of stories absorbed into another this batch (their articles were moved and
    the absorbing story is rebuilt with them), and the comparisons of absorbed happenings."""
    if not cluster_ids:
        return
    with store.transaction():
        store.delete_matching("stories", "id", cluster_ids)
        store.delete_matching("timeline", "story_id", cluster_ids)
        store.delete_matching("comparisons", "happening_id", cluster_ids)


def _stories_of(store: Store, article_ids: Iterable[str]) -> set[str]:
    return {row["story_id"] for row in store.rows_for_articles("story_members", article_ids)}


def _rebuild(store: Store, state: LinkerState, story_ids: set[str], documents: StoredDocuments) -> None:
    """Stories, timeline entries and comparisons of these stories, from their articles (the
    batch's state is in the store by now: their happenings and memberships are read from it)."""
    if not story_ids:
        return
    clusters = {sid: state.clusters[sid] for sid in story_ids if sid in state.clusters}
    stories = sorted(clusters)
    clusters.update({row["id"]: cluster_from_row(row) for row in store.rows_matching("story_clusters", "parent_id", stories)})
    members = {row["article_id"]: member_from_row(row) for row in store.rows_matching("story_members", "story_id", stories)}
    article_ids = set(members)
    view = LinkerState(clusters=clusters, members=members)
    docs = documents(article_ids)
    events = _records(store, "events", Event, article_ids) if store.columns("events") else defaultdict(list)
    outputs = story_outputs(
        view, docs, timexes=documents.timexes,
        quotes=_records(store, "quotes", Quote, article_ids),
        amounts=_records(store, "amounts", Amount, article_ids), events=events,
    )
    happening_ids = {c.id for c in clusters.values() if c.level == "happening"}
    with store.transaction():
        store.delete_matching("stories", "id", story_ids)
        store.insert_rows("stories", outputs.stories)
        store.delete_matching("timeline", "story_id", story_ids)
        store.insert_rows("timeline", outputs.timeline)
        store.delete_matching("comparisons", "happening_id", happening_ids)
        store.insert_rows("comparisons", outputs.comparisons)


def _retheme(store: Store) -> int:
    """Themes formed anew over every story's cluster row (a fixed size each: the cost grows with
    the stories, not their articles); only the stories whose theme changed are rewritten, and
    the same stories give the same themes, so a run that changed no story changes nothing."""
    rows = [cluster_from_row(row) for row in store.rows_matching("story_clusters", "level", ["story"])]
    themes = form_themes(rows)
    theme_of = {story_id: theme.id for theme in themes for story_id in theme.story_ids}
    stored = {row["id"]: row for row in store.rows_matching("stories", "id", theme_of,
                                                             columns=("id", "article_ids", "theme_id"))}
    records = [Theme(theme.id, theme.title, list(theme.story_ids),
                     sorted(a for s in theme.story_ids for a in stored.get(s, {}).get("article_ids") or ()),
                     list(theme.terms)) for theme in themes]
    changed: dict[str, list[str]] = defaultdict(list)
    for story_id, row in stored.items():
        if row.get("theme_id") != theme_of[story_id]:
            changed[theme_of[story_id]].append(story_id)
    old = [row["id"] for row in store.rows("themes")]
    with store.transaction():
        store.delete_matching("themes", "id", old)
        store.insert_rows("themes", records)
        for theme_id, story_ids in sorted(changed.items()):
            store.update_matching("stories", "id", story_ids, theme_id=theme_id)
    return len(records)


COMPONENT = Linker(
    name="stories",
    function=link_stories,
    requires=("entities", "places", "timexes", "amounts", "quotes", "events", "identities", "pubdates"),
    tables=TABLES,
    exports=("stories", "themes", "timeline", "comparisons"),
    doc="stories and happenings, each story's dated timeline, figures compared across outlets, and "
        "themes (stories of one kind)",
)
