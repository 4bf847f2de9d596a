"""The store, over every backend in dateline.store.BACKENDS: migrations, declared tables,
batches in transactions, idempotent writes, JSON columns, linker overlays.

Backend-specific checks (SQLite's WAL, its file format) are marked with the backend they need.
"""

import dataclasses
import multiprocessing
import sqlite3

import pytest

from dateline.components import DEFAULT
from dateline.errors import StoreError
from dateline.models import (
    Amount, Article, ArticleAnalysis, Entity, EntityMention, LinkedArticle, Quote, QuoteSpeaker, RemovedLine, Timex,
)
from dateline.store import BACKENDS, Overlay, Store, TableSpec
from dateline.store.migrations import SCHEMA_VERSION

TABLES = DEFAULT.result_tables


def make_article(text="KIROV - The strike entered its third day on Wednesday.", **overrides):
    values = dict(
        id=Article.make_id(text), origin="a.txt", title="Strike goes on", text=text,
        published="2019-06-05", published_from="metadata", source="Harbour Gazette", url=None,
        dateline_place="KIROV", language="en",
        removed=[RemovedLine("Sign up for our newsletter", "newsletter")],
        word_count=len(text.split()), origins=["a.txt"], metadata={"author": "R. Vos"},
    )
    values.update(overrides)
    return Article(**values)


def make_analysis(article):
    return ArticleAnalysis(
        article_id=article.id,
        entities=[EntityMention(article.id, "KIROV", "GPE", 0, 5, "Kirov")],
        quotes=[Quote(Quote.make_id(article.id, "text", 8, 20, "direct"), article.id, "The strike", "direct",
                      "Piet Halden", None, "he", "said", 8, 18, article.text, [[8, 18]])],
        timexes=[Timex(article.id, "Wednesday", "DATE", "2019-06-05", 43, 52, "2019-06-05")],
        amounts=[Amount(article.id, 3.0, None, "count", "days", None, "third", 34, 39)],
    )


@pytest.fixture(params=sorted(BACKENDS))
def backend(request):
    return request.param


@pytest.fixture
def store(tmp_path, backend):
    with BACKENDS[backend](tmp_path / "test.db", tables=DEFAULT.table_specs) as opened:
        yield opened


def save(store, articles, analyses):
    return store.save_analysed(articles, analyses, tables=TABLES, analysed_with="test-model")


def test_the_sqlite_store_implements_the_interface(store):
    assert isinstance(store, Store)


def test_new_database_is_migrated_to_the_latest_version(store):
    assert store.schema_version == SCHEMA_VERSION
    assert store.migrate() == []  # nothing left to apply


def test_database_uses_wal_and_foreign_keys(store, backend):
    if backend != "sqlite":
        pytest.skip("SQLite's journal mode")
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    BACKENDS["sqlite"](path).close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', 'now')")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer than this dateline"):
        BACKENDS["sqlite"](path)


def test_every_registered_table_exists_with_its_declared_columns(store):
    # derived from the registries: an extractor or linker added there is checked here too
    for spec in DEFAULT.table_specs:
        missing = set(spec.column_names) - set(store.columns(spec.name))
        assert not missing, f"{spec.name} lacks {sorted(missing)}"


def test_every_model_field_of_an_article_has_a_column(store):
    missing = {f.name for f in dataclasses.fields(Article)} - set(store.columns("articles")) - {"origins"}
    assert not missing, f"add a migration for articles: {sorted(missing)}"


@dataclasses.dataclass
class Flag:
    article_id: str
    field: str
    start: int
    end: int
    label: str
    tags: list


@dataclasses.dataclass
class WiderFlag(Flag):
    weight: float | None = None


def test_a_declared_table_is_created_then_widened_without_losing_rows(tmp_path, backend):
    spec = TableSpec.from_record("flags", Flag, key=("article_id", "field", "start", "end"))
    article = make_article()
    with BACKENDS[backend](tmp_path / "t.db", tables=DEFAULT.table_specs + (spec,)) as store:
        store.save_analysed([article], [ArticleAnalysis(article.id, flags=[Flag(article.id, "text", 0, 5, "x", ["a"])])],
                            tables={**TABLES, "flags": "flags"}, analysed_with="m")
    wider = TableSpec.from_record("flags", WiderFlag, key=("article_id", "field", "start", "end"))
    with BACKENDS[backend](tmp_path / "t.db", tables=DEFAULT.table_specs + (wider,)) as store:
        assert "weight" in store.columns("flags")
        assert list(store.rows("flags")) == [
            {"article_id": article.id, "field": "text", "start": 0, "end": 5, "label": "x", "tags": ["a"], "weight": None}
        ]


@dataclasses.dataclass
class Summed:
    id: str
    vectors: dict


def test_packed_weights_read_back_bit_for_bit_and_rows_stored_as_json_still_read(tmp_path, backend):
    weights = {"text": {"strike": 1 / 3, "port": 2.0e-17, "dock": 7.25}, "entities": {}, "time": {"y:2021": 0.1}}
    plain = TableSpec.from_record("summed", Summed, key=("id",), per_article=False)
    with BACKENDS[backend](tmp_path / "t.db", tables=DEFAULT.table_specs + (plain,)) as store:
        store.insert_rows("summed", [Summed("old", weights)])  # a row written before the column was packed
    packed = TableSpec.from_record("summed", Summed, key=("id",), per_article=False, packed=("vectors",))
    with BACKENDS[backend](tmp_path / "t.db", tables=DEFAULT.table_specs + (packed,)) as store:
        store.insert_rows("summed", [Summed("new", weights)])
        rows = {row["id"]: row["vectors"] for row in store.rows("summed")}
    assert rows == {"old": weights, "new": weights}
    assert [list(group) for group in rows["new"].values()] == [list(group) for group in weights.values()]  # in order


def test_overlays_show_the_linkers_resolution_beside_the_extractors_rows(store):
    article = make_article()
    save(store, [article], [make_analysis(article)])
    [quote] = store.records("quotes", Quote)
    store.replace_rows("quote_speakers", [QuoteSpeaker(quote.id, article.id, "Piet A. Halden", "e1")], article_ids=None)
    overlay = Overlay("quotes", "quote_speakers", on=(("quote_id", "id"),), columns=("speaker", "speaker_entity_id"))
    [row] = store.resolved_rows("quotes", [overlay])
    assert (row["speaker"], row["speaker_entity_id"], row["speaker_in_article"]) == ("Piet A. Halden", "e1", None)
    assert list(row) == store.columns("quotes")  # same columns, same order
    [raw] = store.rows("quotes")
    assert raw["speaker"] == "Piet Halden"  # the extractor's row is untouched


def test_rows_for_articles_reads_only_those(store):
    a, b = make_article(), make_article("LIMA - Talks resumed on Wednesday.")
    save(store, [a, b], [make_analysis(a), make_analysis(b)])
    assert {r["article_id"] for r in store.rows_for_articles("timexes", [b.id])} == {b.id}
    assert [x.id for x in store.articles_by_id([b.id])] == [b.id]


def test_rows_matching_each_reads_at_most_limit_rows_per_value(store):
    """The inverted index's bounded lookup: a very common term costs `limit` rows, not all."""
    assert not store.has_rows("story_postings")
    rows = [{"term": "common", "story_id": f"s{n:03d}"} for n in range(40)]
    rows += [{"term": "rare", "story_id": "s007"}, {"term": "o'brien; --", "story_id": "s001"}]
    store.insert_rows("story_postings", rows)
    assert store.has_rows("story_postings")
    found = list(store.rows_matching_each("story_postings", "term", ["common", "rare", "o'brien; --", "none"], limit=3))
    assert [(r["term"], r["story_id"]) for r in found] == [
        ("common", "s000"), ("common", "s001"), ("common", "s002"), ("o'brien; --", "s001"), ("rare", "s007")]


def test_rows_dated_near_skips_the_far_ranges_inside_the_store(store):
    """A story's happenings near some days: those meeting a window, and those whose range is
    open or not ISO days (the caller judges them), never the far ones."""
    spans = {"h1": ("2015-01-01", "2015-01-05"), "h2": ("2015-06-01", "2015-06-30"), "h3": (None, None),
             "h4": ("2015", "2015"), "h5": ("2016-01-01", "2016-02-01"), "h6": ("2015-01-04", "2015-03-01")}
    store.insert_rows("story_clusters", [
        {"id": key, "level": "happening", "parent_id": "s", "size": 1, "vectors": {}, "terms": [],
         "first_date": first, "last_date": last} for key, (first, last) in spans.items()])

    def near(ids, windows):
        rows = store.rows_dated_near("story_clusters", "id", ids, first="first_date", last="last_date",
                                     windows=windows, columns=("id",))
        return [r["id"] for r in rows]

    assert near(list(spans), [("2015-01-05", "2015-01-10")]) == ["h1", "h3", "h4", "h6"]
    assert near(list(spans), [("2015-06-30", "2015-07-01"), ("2016-01-15", "2016-01-16")]) == ["h2", "h3", "h4", "h5"]
    assert near(list(spans), [("2014-12-01", "2015-01-02"), ("2015-01-02", "2015-01-03")]) == ["h1", "h3", "h4"]
    assert near(["h1", "h2"], []) == []


def test_rows_matching_can_leave_columns_unread(store):
    store.insert_rows("story_postings", [{"term": "port", "story_id": "s1"}, {"term": "ash", "story_id": "s2"}])
    assert list(store.rows_matching("story_postings", "term", ["port"], columns=("story_id",))) == [{"story_id": "s1"}]
    with pytest.raises(StoreError):  # names come from the declarations only
        list(store.rows_matching("story_postings", "term", ["port"], columns=('story_id" FROM articles --',)))


def _open_and_close(path):
    BACKENDS["sqlite"](path, tables=DEFAULT.table_specs).close()


def test_two_processes_creating_one_database_both_succeed(tmp_path):
    # the migration lock: each process re-reads the schema version once it holds the write lock
    for trial in range(4):
        path = tmp_path / f"race{trial}.db"
        context = multiprocessing.get_context("fork")
        workers = [context.Process(target=_open_and_close, args=(path,)) for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert [w.exitcode for w in workers] == [0, 0, 0]
        with BACKENDS["sqlite"](path) as store:
            assert store.schema_version == SCHEMA_VERSION


def test_saved_batch_reads_back_the_same(store):
    article = make_article()
    save(store, [article], [make_analysis(article)])
    [read] = store.articles()
    assert read == article
    [quote] = store.records("quotes", Quote)
    # the store keeps the extractor's record as it was; linking writes beside it
    assert quote == make_analysis(article).quotes[0]


def test_saving_the_same_batch_twice_changes_nothing(store):
    article = make_article()
    for _ in range(2):
        save(store, [article], [make_analysis(article)])
    assert {t: store.count(t) for t in ("articles", "origins", "quotes", "timexes", "amounts", "entity_mentions")} \
        == {"articles": 1, "origins": 1, "quotes": 1, "timexes": 1, "amounts": 1, "entity_mentions": 1}


def test_second_origin_is_recorded_once(store):
    article = make_article()
    save(store, [article], [make_analysis(article)])
    copy = dataclasses.replace(article, origin="feeds/wire.xml#2", format="feed")
    assert store.add_origins([copy]) == 1
    assert store.add_origins([copy]) == 0
    [read] = store.articles()
    assert read.origins == ["a.txt", "feeds/wire.xml#2"]


def test_each_copy_keeps_its_own_outlet_date_and_headline(store):
    # the same wire text run by a second outlet two days later is one article with two origins;
    # what each copy said is kept, not only the first's
    article = make_article()
    save(store, [article], [make_analysis(article)])
    copy = dataclasses.replace(
        article, origin="harbour-times.jsonl:4", source="Harbour Times", published="2019-06-06",
        published_from="metadata", title="Port strike spreads", url="https://harbour.example/strike",
    )
    store.add_origins([copy])
    rows = {row["origin"]: row for row in store.rows("origins")}
    assert (rows["a.txt"]["source"], rows["a.txt"]["published"]) == (article.source, article.published)
    mine = rows["harbour-times.jsonl:4"]
    assert (mine["source"], mine["published"], mine["title"], mine["url"]) == (
        "Harbour Times", "2019-06-06", "Port strike spreads", "https://harbour.example/strike")


def test_failed_batch_stores_nothing(store):
    good = make_article()
    broken = make_analysis(good)
    broken.quotes[0].text = None  # violates NOT NULL: the whole batch must roll back
    with pytest.raises(sqlite3.IntegrityError):
        save(store, [good], [broken])
    assert store.count("articles") == 0 and store.count("quotes") == 0


def test_inferred_dates_never_override_metadata(store):
    dated = make_article()
    undated = make_article("LIMA - Talks resumed in the early hours of Wednesday.", published=None, published_from=None)
    save(store, [dated, undated], [make_analysis(dated), make_analysis(undated)])
    store.set_inferred_dates({dated.id: ("2001-01-01", 0.9), undated.id: ("2019-06-05", 0.7)})
    by_id = {a.id: a for a in store.articles()}
    assert (by_id[dated.id].published, by_id[dated.id].published_from) == ("2019-06-05", "metadata")
    assert (by_id[undated.id].published, by_id[undated.id].published_from,
            by_id[undated.id].published_confidence) == ("2019-06-05", "inferred", 0.7)
    store.set_inferred_dates({})  # evidence gone: the inferred date goes too
    assert store.connection.execute("SELECT published FROM articles WHERE id = ?", (undated.id,)).fetchone()[0] is None


def test_bounds_and_evidence_of_inferred_dates_are_stored(store):
    from dateline.link.pubdates.infer import InferredDate

    undated = make_article("LIMA - Talks resumed after the strike that began on 3 June 2019.",
                           published=None, published_from=None)
    save(store, [undated], [make_analysis(undated)])
    evidence = ({"kind": "past_event", "text": "3 June 2019", "day": "2019-06-03"},)
    store.set_inferred_dates({undated.id: InferredDate(None, None, "2019-06-03", None, evidence)})
    [read] = store.articles()
    assert (read.published, read.published_from, read.published_earliest, read.published_latest) == (
        None, None, "2019-06-03", None)
    assert read.published_evidence == list(evidence)
    store.set_inferred_dates({undated.id: InferredDate("2019-06-05", 0.8, evidence=evidence)})
    [read] = store.articles()
    assert (read.published, read.published_from, read.published_earliest) == ("2019-06-05", "inferred", None)
    store.set_inferred_dates({})  # evidence gone: date, bounds and evidence go too
    [read] = store.articles()
    assert (read.published, read.published_earliest, read.published_evidence) == (None, None, [])


def test_values_with_sql_characters_are_stored_verbatim(store):
    text = "Robert'); DROP TABLE articles;-- said \"no\"."
    article = make_article(text, title="'; DELETE FROM quotes; --")
    save(store, [article], [ArticleAnalysis(article.id)])
    [read] = store.articles()
    assert (read.text, read.title) == (text, "'; DELETE FROM quotes; --")


def test_version_1_database_is_upgraded_in_place(tmp_path):
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / "v1.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    connection.executescript(MIGRATIONS[0].script)
    connection.execute("INSERT INTO schema_migrations VALUES (1, 'v1', 'then')")
    connection.execute("INSERT INTO runs (started_at, command) VALUES ('then', 'analyze')")
    connection.commit()
    connection.close()
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [row["command"] for row in store.rows("runs")] == ["analyze"]  # nothing lost
        assert store.run_errors(1) == []


def database_at_version(tmp_path, version: int):
    """A database file as the store left it at an older schema version, holding one article:
    (path, open connection, article)."""
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / f"v{version}.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    for migration in MIGRATIONS[:version]:
        connection.executescript(migration.script)
        connection.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')",
                           (migration.version, migration.description))
    article = make_article()
    connection.execute("INSERT INTO articles (id, origin, text, word_count, added_at) VALUES (?, 'a.txt', ?, 9, 'then')",
                       (article.id, article.text))
    return path, connection, article


def test_quotes_stored_before_parts_get_their_one_piece(tmp_path):
    # migration 4 adds `parts`: a quote stored before it is one piece, its own span
    path, connection, article = database_at_version(tmp_path, 3)
    connection.execute("INSERT INTO quotes (id, article_id, field, start, \"end\", text, kind, sentence) "
                       "VALUES ('q1', ?, 'text', 8, 18, 'The strike', 'direct', 'The strike')", (article.id,))
    connection.commit()
    connection.close()
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        [quote] = store.records("quotes", Quote)
    assert quote.parts == [[8, 18]]


def test_split_quote_keeps_its_parts(store):
    article = make_article()
    analysis = make_analysis(article)
    analysis.quotes[0] = dataclasses.replace(analysis.quotes[0], text="The strike its third day", end=40,
                                             parts=[[8, 18], [27, 40]])
    save(store, [article], [analysis])
    [quote] = store.records("quotes", Quote)
    assert quote.parts == [[8, 18], [27, 40]]


def test_run_errors_are_kept_with_their_run(store):
    from dateline.models import IngestError

    errors = [IngestError("feeds/wire.jsonl:4", "malformed JSON"), IngestError("scan.pdf", "unsupported file type")]
    run_id = store.record_run(command="analyze", started_at="now", stored=3, duplicates=0, errors=errors)
    assert store.run_errors(run_id) == errors
    assert [row["errors"] for row in store.rows("runs")] == [2]


def test_entities_stored_before_sectors_read_with_none(tmp_path):
    # migrations 6 and 7 add `sector` and `country_code` to entity_mentions and entities:
    # older rows read as None
    path, connection, article = database_at_version(tmp_path, 5)
    connection.execute("INSERT INTO entity_mentions (article_id, field, start, \"end\", text, type, name) "
                       "VALUES (?, 'text', 0, 5, 'KIROV', 'GPE', 'Kirov')", (article.id,))
    connection.commit()
    connection.close()
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        for table in ("entity_mentions", "entities"):
            assert {"sector", "country_code"} <= set(store.columns(table))
        [found] = store.records("entity_mentions", EntityMention)
    assert (found.name, found.sector, found.country_code) == ("Kirov", None, None)


def test_origins_stored_before_migration_8_take_their_articles_outlet_and_date(tmp_path):
    # migration 8 adds each copy's own source, date, url and title: the origin an article was
    # first read from takes the article's; a later copy's stay unknown rather than guessed
    path, connection, article = database_at_version(tmp_path, 7)
    connection.execute("UPDATE articles SET source = 'Harbour Gazette', published = '2019-06-05', "
                       "published_from = 'metadata', title = 'Strike goes on' WHERE id = ?", (article.id,))
    connection.execute("INSERT INTO origins (article_id, origin, added_at) VALUES (?, 'a.txt', 'then')", (article.id,))
    connection.execute("INSERT INTO origins (article_id, origin, added_at) VALUES (?, 'b.txt', 'then')", (article.id,))
    connection.commit()
    connection.close()
    with BACKENDS["sqlite"](path, tables=DEFAULT.table_specs) as store:
        rows = {row["origin"]: row for row in store.rows("origins")}
    assert (rows["a.txt"]["source"], rows["a.txt"]["published"], rows["a.txt"]["title"]) == (
        "Harbour Gazette", "2019-06-05", "Strike goes on")
    assert (rows["b.txt"]["source"], rows["b.txt"]["published"]) == (None, None)


def test_a_linkers_mark_leaves_unlinked_articles_as_a_full_scan_finds_them(store):
    def full_scan(linker):
        linked = {r["article_id"] for r in store.rows("linked_articles") if r["linker"] == linker}
        return {a.id for a in store.articles()} - linked

    def link(*articles):
        store.insert_rows("linked_articles", [LinkedArticle("stories", a.id) for a in articles])
        store.mark_linked("stories")
        assert store.unlinked_articles("stories") == full_scan("stories")

    reports = [make_article(f"KIROV - Report {n} on the dock strike, its day {n}.") for n in range(7)]
    save(store, reports[:3], [])
    assert store.unlinked_articles("stories") == {a.id for a in reports[:3]}
    link(reports[0], reports[1])
    assert store.unlinked_articles("stories") == {reports[2].id}
    save(store, reports[3:5], [])
    link(reports[2], reports[4])  # the mark stops before reports[3], still unlinked
    assert store.unlinked_articles("stories") == {reports[3].id}
    link(reports[3])
    assert not store.unlinked_articles("stories") and store.unlinked_articles("identities") == full_scan("identities")
    if hasattr(store, "connection"):  # the marked article deleted: a new one may take its rowid
        store.connection.execute("DELETE FROM articles WHERE id = ?", (reports[4].id,))
        save(store, reports[5:6], [])
        assert store.unlinked_articles("stories") == {reports[5].id}
        link(reports[5])
    store.delete_matching("linked_articles", "linker", ["stories"])
    store.delete_matching("link_marks", "linker", ["stories"])
    assert store.unlinked_articles("stories") == full_scan("stories")
