"""The stories linker's state in the store: the same decisions as the in-memory linker, while a
batch reads only the clusters its own salient terms lead to, and an idle run reads nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from dateline.components import DEFAULT
from dateline.link.registry import LinkBatch
from dateline.link.stories import LinkerSettings, StoryDoc, StoryLinker
from dateline.link.stories.cluster import Item, agglomerate, day_gap
from dateline.link.stories.component import link_docs, link_stories
from dateline.models import Article
from dateline.store import BACKENDS

from test_stories_linker import corpus

def _docs() -> list[StoryDoc]:
    """The linker tests' corpus and wire copies of its first articles (near-duplicates)."""
    docs, _, _ = corpus()
    return docs + [dataclasses.replace(d, article_id=f"{d.article_id}-copy", source="Copy") for d in docs[:5]]


CHESS = StoryDoc("x", "Chess final", "Grandmaster Pelle Uvin won the chess final in Tarsk.", published="2023-02-02")


def _article(doc: StoryDoc) -> Article:
    return Article(id=doc.article_id, origin=f"{doc.article_id}.txt", title=doc.title, text=doc.text,
                   published=doc.published, published_from="metadata", source=doc.source, url=None,
                   dateline_place=None, language="en", removed=[], word_count=len(doc.text.split()))


@pytest.fixture
def store(tmp_path):
    with BACKENDS["sqlite"](tmp_path / "stories.db", tables=DEFAULT.table_specs) as opened:
        opened.save_analysed([_article(d) for d in [*_docs(), CHESS]], [], tables={}, analysed_with="test")
        yield opened


def _documents(ids):
    """The linked articles' StoryDocs, for re-forming a story's happenings (the same for both
    linkers: the store's own articles lack the test docs' names)."""
    known = {d.article_id: d for d in _docs()}
    return {a: known[a] for a in ids if a in known}


def _in_memory(batches, settings):
    linker = StoryLinker(settings=settings, documents=_documents)
    return {r.article_id: r for batch in batches for r in linker.link(batch)}, linker


def _stored(store, batches, settings):
    return {a: r for batch in batches
            for a, r in link_docs(store, batch, settings=settings, documents=_documents).members.items()}


def _batches(seed: int, size: int) -> list[list[StoryDoc]]:
    docs = _docs()
    random.Random(seed).shuffle(docs)
    return [docs[i : i + size] for i in range(0, len(docs), size)]


@pytest.mark.parametrize("cap", [100, 1])  # 1: most terms index more stories than the cap
@pytest.mark.parametrize("seed", [0, 3])
def test_stored_state_decides_as_the_in_memory_linker(store, seed, cap):
    settings = LinkerSettings(posting_cap=cap)
    batches = _batches(seed, 4)
    expected, linker = _in_memory(batches, settings)
    assert any(r.duplicate_of for r in expected.values())
    assert _stored(store, batches, settings) == expected
    stored_postings = {(r["term"], r["story_id"]) for r in store.rows("story_postings")}
    assert stored_postings == {(t, s) for t, ids in linker.postings.items() for s in ids}


def test_postings_of_a_store_linked_before_they_existed_are_filled_once(store):
    settings = LinkerSettings()
    batches = _batches(1, 5)
    expected, _ = _in_memory(batches, settings)
    first = _stored(store, batches[:2], settings)
    store.delete_matching("story_postings", "story_id", [r["id"] for r in store.rows("story_clusters")])
    assert not store.has_rows("story_postings")
    assert {**first, **_stored(store, batches[2:], settings)} == expected


def test_a_stored_state_reforms_happenings_from_its_kept_terms(store):
    """Re-forming a story's happenings (reform.py) reads the old articles' counted terms from
    the store, not the articles; a store linked before it kept them counts them from the
    articles, then keeps them. The decisions are the same either way."""
    settings = LinkerSettings()
    batches = _batches(2, 3)
    asked: list[str] = []

    def documents(ids):
        ids = list(ids)
        asked.extend(ids)
        return _documents(ids)

    linker = StoryLinker(settings=settings, documents=documents)
    expected = {r.article_id: r for batch in batches for r in linker.link(batch)}
    assert asked  # some story was re-formed
    asked.clear()

    linked = {}
    for n, batch in enumerate(batches):
        if n == 2:  # as if stored before the terms were kept
            store.delete_matching("story_article_terms", "article_id", linked)
        linked.update(link_docs(store, batch, settings=settings, documents=documents).members)
        if n == 1:
            assert asked == []
    assert linked == expected
    assert asked and set(asked) <= {a for batch in batches[:2] for a in (d.article_id for d in batch)}
    assert {r["article_id"] for r in store.rows("story_article_terms")} == set(expected)


def test_a_revised_articles_kept_terms_are_dropped_to_be_counted_anew(store):
    ids = sorted(d.article_id for d in _docs())
    link_stories(store, LinkBatch(frozenset(ids)))
    assert {r["article_id"] for r in store.rows("story_article_terms")} == set(ids)
    link_stories(store, LinkBatch(frozenset(), revised=frozenset(ids[:1])))  # e.g. a date inferred since
    assert {r["article_id"] for r in store.rows("story_article_terms")} == set(ids[1:])


def test_a_batch_reads_only_the_clusters_its_terms_lead_to(store):
    docs, _, _ = corpus()
    link_docs(store, docs, settings=LinkerSettings())
    assert store.count("story_clusters") > 4
    state = link_docs(store, [CHESS], settings=LinkerSettings())
    assert sorted(c.level for c in state.clusters.values()) == ["happening", "story"]  # its own, new


@pytest.mark.parametrize("reform_up_to", [None, 2])
def test_happenings_too_far_in_time_to_join_are_not_read(store, reform_up_to):
    """A story past the size whose happenings are re-formed whole (reform.py) reads only the
    happenings its new articles could join."""
    docs, _, _ = corpus()
    settings = LinkerSettings(reform_happenings_up_to=reform_up_to)
    link_docs(store, docs, settings=settings)
    late = StoryDoc("late", "Brellin dockers strike again",
                    "Dock workers in Brellin strike again over pay at the container port.",
                    published="2024-08-14", entity_names=("Tova Raske",))
    store.save_analysed([_article(late)], [], tables={}, analysed_with="test")
    state = link_docs(store, [late], settings=settings)
    happenings = {h: c.first_date for h, c in state.clusters.items() if c.level == "happening"}
    assert sorted(happenings.values()) == ["2024-08-12"]  # the 2021 strike stays unread
    assert state.members["late"].happening_id in happenings


def test_leaving_out_far_happenings_changes_no_grouping():
    """Why the linker may leave out a story's happenings further than the gap from every new
    article: agglomerate groups the new articles the same with or without them."""
    rng = random.Random(5)
    weights = {"text": 0.4, "entities": 0.3, "time": 0.3}
    for _ in range(200):
        words = [f"w{n}" for n in range(12)]

        def vectors():
            return {"text": {w: rng.random() for w in rng.sample(words, 4)}, "entities": {}, "time": {}}

        new = [Item(f"n{i}", 1, vectors(), days=(d, d)) for i, d in enumerate(rng.sample(range(0, 400), 6))]
        old = []
        for j in range(5):
            first = rng.randrange(-100, 500)
            old.append(Item(f"h{j}", 3, vectors(), existing=True, days=(first, first + rng.randrange(20))))
        near = [h for h in old if any(day_gap(n.days, h.days) <= 90 for n in new)]
        groups = []
        for existing in (old, near):
            items = new + existing
            pairs = [(a, b) for a in range(len(items)) for b in range(a + 1, len(items))]
            found = agglomerate(items, pairs, weights=weights, threshold=0.15, max_gap_days=90, keep=300)
            groups.append(sorted(sorted(items[i].key for i in g) for g in found if any(i < len(new) for i in g)))
        assert groups[0] == groups[1]


def test_an_idle_run_reads_no_linker_state(store):
    docs, _, _ = corpus()
    link_docs(store, docs, settings=LinkerSettings())
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    outcome = link_stories(store, LinkBatch())
    store.connection.set_trace_callback(None)
    assert outcome.figures["stories_touched"] == 0
    assert not [s for s in statements if "story_" in s]


def _story_ids(store, table: str, column: str = "id") -> set[str]:
    return {row[column] for row in store.rows(table) if table != "story_clusters" or row["level"] == "story"}


@pytest.mark.parametrize("seed", [0, 3])
def test_an_absorbed_story_leaves_the_store(store, seed):
    """merge_existing_stories: a story absorbed into another loses its cluster row, postings,
    story record and timeline; every membership names a story that is still there."""
    # these orders open stories a later batch merges (with lone articles held to the threshold alone)
    settings = LinkerSettings(posting_cap=1, story_size_margin=0.0, merge_existing_stories=True)
    dropped = []
    for batch in _batches(seed, 4):
        dropped += link_docs(store, batch, settings=settings).clusters.dropped()
    assert dropped
    members = _story_ids(store, "story_members", "story_id")
    assert members == _story_ids(store, "story_clusters")
    assert not set(dropped) & {row["story_id"] for row in store.rows("story_postings")}


def test_linked_stories_records_match_the_memberships(store):
    """Through the component: every membership, story record and timeline entry names a story
    the clusters hold, batch after batch."""
    for batch in _batches(2, 2):
        link_stories(store, LinkBatch(article_ids=frozenset(d.article_id for d in batch)))
    members = _story_ids(store, "story_members", "story_id")
    assert members == _story_ids(store, "stories") == _story_ids(store, "story_clusters")
    assert {row["story_id"] for row in store.rows("timeline")} <= members


def test_named_weeks_and_months_reach_the_happenings_their_bins_would():
    """The happenings a new article's named weeks or months bring back (the lone-report
    bridge) are found by day ranges; the answer is the one intersecting the bins gives."""
    from dateline.link.stories.cluster import bins_of_days, days_named, reaches
    from dateline.link.stories.features import date_bins

    rng = random.Random(3)
    start = dt.date(2014, 12, 1).toordinal()
    for _ in range(2000):
        first = start + rng.randrange(900)
        span = (first, first + rng.choice([0, 3, 40, 200, 500]))
        names = {b for _ in range(rng.randrange(4)) for b in date_bins(dt.date.fromordinal(start + rng.randrange(1500)).isoformat())}
        assert reaches(days_named(names | {"#dated", "y:2015"}), span) == bool(names & bins_of_days(span))


def test_an_undated_timeline_entry_comes_after_the_dated_ones(store):
    from dateline.models import TimelineEntry
    from dateline.present.stories import stored_timeline

    def entry(date, text, importance):
        return TimelineEntry(story_id="s1", happening_id="h1", date=date, date_precision="day" if date else None,
                             status="happened", text=text, article_ids=["a"], sources=["Wire"], importance=importance)

    store.insert_rows("timeline", [
        entry(None, "Profile: the minister never hid his ambition.", 1.5),
        entry("2022-11-08", "The minister resigned on Tuesday.", 5.0),
        entry("2023-05-15", "He denied taking bribes on Monday.", 3.0),
    ])
    assert [e.date for e in stored_timeline(store)] == ["2022-11-08", "2023-05-15", None]
    assert [e.date for e in stored_timeline(store, top=2)] == ["2022-11-08", "2023-05-15"]
    assert [e.date for e in stored_timeline(store, story_id="s1", top=3)] == ["2022-11-08", "2023-05-15", None]


def test_compared_figures_can_be_read_for_one_storys_happenings(store):
    from dateline.models import ComparedValue, Comparison
    from dateline.present.stories import stored_comparisons

    def comparison(happening_id, quantity):
        values = [ComparedValue(120.0, "120 people", "a", "Wire", None), ComparedValue(300.0, "300 people", "b", "Post", None)]
        return Comparison(happening_id=happening_id, quantity=quantity, values=values, verdict="conflict")

    store.insert_rows("comparisons", [comparison("h1", "people (count)"), comparison("h2", "killed (count)")])
    assert [c.quantity for c in stored_comparisons(store, happening_ids=["h2"])] == ["killed (count)"]
    assert stored_comparisons(store, happening_ids=[]) == []
    assert len(stored_comparisons(store)) == 2


def test_band_keys_find_every_fingerprint_within_the_duplicate_bits():
    """Why the stored near-duplicate test may read only the members sharing a band key: any
    two fingerprints within EXACT_UP_TO bits share one (and the keys name the happening)."""
    from dateline.link.stories.duplicates import EXACT_UP_TO, band_keys

    rng = random.Random(11)
    assert EXACT_UP_TO >= LinkerSettings().duplicate_bits
    for _ in range(3000):
        a = rng.getrandbits(64)
        b = a
        for bit in rng.sample(range(64), rng.randrange(EXACT_UP_TO + 1)):
            b ^= 1 << bit
        assert set(band_keys("h1", a)) & set(band_keys("h1", b))
        assert not set(band_keys("h1", a)) & set(band_keys("h2", b))
    far = [(rng.getrandbits(64), rng.getrandbits(64)) for _ in range(2000)]
    shared = sum(bool(set(band_keys("h", a)) & set(band_keys("h", b))) for a, b in far)
    assert shared < 0.25 * len(far)  # unrelated texts: about one in six shares a band by chance


def test_a_store_linked_with_member_lists_in_its_cluster_rows_is_upgraded(tmp_path):
    """A store from before the memberships alone told a cluster's articles: its story_clusters
    had NOT NULL article_ids and children columns and it had no near-duplicate keys. Opened
    now, the columns go, the keys are filled once, and linking goes on as in memory."""
    settings = LinkerSettings()
    batches = _batches(4, 6)
    expected, _ = _in_memory(batches, settings)
    path = tmp_path / "old.db"
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        store.save_analysed([_article(d) for d in _docs()], [], tables={}, analysed_with="test")
        first = _stored(store, batches[:2], settings)
        connection = store.connection
        columns = ", ".join(f'"{c}"' for c in store.columns("story_clusters"))
        connection.executescript(f"""
            ALTER TABLE story_clusters RENAME TO story_clusters_new;
            CREATE TABLE story_clusters (id TEXT NOT NULL, level TEXT NOT NULL, parent_id TEXT, size INTEGER NOT NULL,
                vectors TEXT NOT NULL, first_date TEXT, last_date TEXT, article_ids TEXT NOT NULL, terms TEXT NOT NULL,
                children TEXT NOT NULL, PRIMARY KEY (id));
            INSERT INTO story_clusters ({columns}, article_ids, children) SELECT {columns}, '[]', '[]' FROM story_clusters_new;
            DROP TABLE story_clusters_new;
            DELETE FROM story_duplicate_keys;
        """)
        kept = sorted(r["id"] for r in store.rows("story_clusters"))
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        assert "article_ids" not in store.columns("story_clusters") and "children" not in store.columns("story_clusters")
        assert sorted(r["id"] for r in store.rows("story_clusters")) == kept
        assert {**first, **_stored(store, batches[2:], settings)} == expected
        assert store.count("story_duplicate_keys") == 11 * store.count("story_members")


def test_a_happening_s_members_are_read_only_where_a_band_is_shared(store):
    """The near-duplicate test reads the memberships of the candidates sharing a band of the
    new article's fingerprint, not every member of the happening it joins."""
    docs, _, _ = corpus()
    link_docs(store, docs, settings=LinkerSettings())
    copy = dataclasses.replace(docs[0], article_id="late-copy", source="Copy")
    store.save_analysed([_article(copy)], [], tables={}, analysed_with="test")
    statements: list[str] = []
    store.connection.set_trace_callback(statements.append)
    state = link_docs(store, [copy], settings=LinkerSettings())
    store.connection.set_trace_callback(None)
    assert state.members["late-copy"].duplicate_of == docs[0].article_id
    assert not [s for s in statements if "story_members" in s and "happening_id" in s and "SELECT" in s]
