"""The SQLite store: migrations, batches in transactions, idempotent writes, JSON columns."""

import dataclasses
import sqlite3

import pytest

from dateline.errors import StoreError
from dateline.models import (
    Amount, Article, ArticleAnalysis, Entity, EntityMention, Quote, RemovedLine, Timex,
)
from dateline.store import Store
from dateline.store.migrations import SCHEMA_VERSION


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


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


def test_new_database_is_migrated_to_the_latest_version(store):
    assert store.schema_version == SCHEMA_VERSION
    assert store.migrate() == []  # nothing left to apply


def test_database_uses_wal_and_foreign_keys(store):
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', 'now')")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="newer than this dateline"):
        Store.open(path)


@pytest.mark.parametrize(
    "table, model",
    [("articles", Article), ("quotes", Quote), ("timexes", Timex), ("amounts", Amount),
     ("entity_mentions", EntityMention), ("entities", Entity)],
)
def test_every_model_field_has_a_column(store, table, model):
    # A field added to a model needs a migration adding its column, or it would be silently dropped.
    not_stored = {"origins"} if model is Article else set()
    missing = {f.name for f in dataclasses.fields(model)} - set(store.columns(table)) - not_stored
    assert not missing, f"add a migration for {table}: {sorted(missing)}"


def test_saved_batch_reads_back_the_same(store):
    article = make_article()
    store.save_analysed([article], [make_analysis(article)], analysed_with="test-model")
    [read] = store.articles()
    assert read == article
    [quote] = store.records("quotes", Quote)
    # the store keeps the in-article speaker, which linking later leaves untouched
    assert quote == dataclasses.replace(make_analysis(article).quotes[0], speaker_in_article="Piet Halden")


def test_saving_the_same_batch_twice_changes_nothing(store):
    article = make_article()
    for _ in range(2):
        store.save_analysed([article], [make_analysis(article)], analysed_with="test-model")
    assert {t: store.count(t) for t in ("articles", "origins", "quotes", "timexes", "amounts", "entity_mentions")} \
        == {"articles": 1, "origins": 1, "quotes": 1, "timexes": 1, "amounts": 1, "entity_mentions": 1}


def test_second_origin_is_recorded_once(store):
    article = make_article()
    store.save_analysed([article], [make_analysis(article)], analysed_with="test-model")
    assert store.add_origins([(article.id, "feeds/wire.xml#2", "feed")]) == 1
    assert store.add_origins([(article.id, "feeds/wire.xml#2", "feed")]) == 0
    [read] = store.articles()
    assert read.origins == ["a.txt", "feeds/wire.xml#2"]


def test_failed_batch_stores_nothing(store):
    good = make_article()
    broken = make_analysis(good)
    broken.quotes[0].text = None  # violates NOT NULL: the whole batch must roll back
    with pytest.raises(sqlite3.IntegrityError):
        store.save_analysed([good], [broken], analysed_with="test-model")
    assert store.count("articles") == 0 and store.count("quotes") == 0


def test_inferred_dates_never_override_metadata(store):
    dated = make_article()
    undated = make_article("LIMA - Talks resumed in the early hours of Wednesday.", published=None, published_from=None)
    store.save_analysed([dated, undated], [make_analysis(dated), make_analysis(undated)], analysed_with="m")
    store.set_inferred_dates({dated.id: ("2001-01-01", 0.9), undated.id: ("2019-06-05", 0.7)})
    by_id = {a.id: a for a in store.articles()}
    assert (by_id[dated.id].published, by_id[dated.id].published_from) == ("2019-06-05", "metadata")
    assert (by_id[undated.id].published, by_id[undated.id].published_from,
            by_id[undated.id].published_confidence) == ("2019-06-05", "inferred", 0.7)
    store.set_inferred_dates({})  # evidence gone: the inferred date goes too
    assert store.connection.execute("SELECT published FROM articles WHERE id = ?", (undated.id,)).fetchone()[0] is None


def test_values_with_sql_characters_are_stored_verbatim(store):
    text = "Robert'); DROP TABLE articles;-- said \"no\"."
    article = make_article(text, title="'; DELETE FROM quotes; --")
    store.save_analysed([article], [ArticleAnalysis(article.id)], analysed_with="m")
    [read] = store.articles()
    assert (read.text, read.title) == (text, "'; DELETE FROM quotes; --")


def test_version_1_database_is_upgraded_in_place(tmp_path):
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / "v1.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    connection.executescript(MIGRATIONS[0][2])
    connection.execute("INSERT INTO schema_migrations VALUES (1, 'v1', 'then')")
    connection.execute("INSERT INTO runs (started_at, command) VALUES ('then', 'analyze')")
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert [row["command"] for row in store.rows("runs")] == ["analyze"]  # nothing lost
        assert store.run_errors(1) == []


def test_quotes_stored_before_parts_get_their_one_piece(tmp_path):
    # migration 3 adds `parts`: a quote stored before it is one piece, its own span
    from dateline.store.migrations import MIGRATIONS

    path = tmp_path / "v2.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, "
                       "applied_at TEXT NOT NULL)")
    for version, description, sql in MIGRATIONS[:2]:
        connection.executescript(sql)
        connection.execute("INSERT INTO schema_migrations VALUES (?, ?, 'then')", (version, description))
    article = make_article()
    connection.execute("INSERT INTO articles (id, origin, text, word_count, added_at) VALUES (?, 'a.txt', ?, 9, 'then')",
                       (article.id, article.text))
    connection.execute("INSERT INTO quotes (id, article_id, field, start, \"end\", text, kind, sentence) "
                       "VALUES ('q1', ?, 'text', 8, 18, 'The strike', 'direct', 'The strike')", (article.id,))
    connection.commit()
    connection.close()
    with Store.open(path) as store:
        [quote] = store.records("quotes", Quote)
    assert quote.parts == [[8, 18]]


def test_split_quote_keeps_its_parts(store):
    article = make_article()
    analysis = make_analysis(article)
    analysis.quotes[0] = dataclasses.replace(analysis.quotes[0], text="The strike its third day", end=40,
                                             parts=[[8, 18], [27, 40]])
    store.save_analysed([article], [analysis], analysed_with="test-model")
    [quote] = store.records("quotes", Quote)
    assert quote.parts == [[8, 18], [27, 40]]


def test_run_errors_are_kept_with_their_run(store):
    from dateline.models import IngestError

    errors = [IngestError("feeds/wire.jsonl:4", "malformed JSON"), IngestError("scan.pdf", "unsupported file type")]
    run_id = store.record_run(command="analyze", started_at="now", stored=3, duplicates=0, errors=errors)
    assert store.run_errors(run_id) == errors
    assert [row["errors"] for row in store.rows("runs")] == [2]
