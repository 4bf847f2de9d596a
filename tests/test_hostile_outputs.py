"""What dateline writes when its input is hostile (issue 15): CSV cells never run as formulas,
and a run counts only what it stored itself."""

import csv
import json

from dateline.models import Article, ArticleAnalysis
from dateline.present.export import export_tables
from dateline.components import DEFAULT


def hostile_article():
    text = "Port officials met on Friday.\n\n-5 degrees were forecast for the weekend."
    return Article.from_text(
        text, origin="=cmd|' /C calc'!A0.txt", title='=HYPERLINK("http://evil.example","Click")',
        source="@attacker", url="+1-555-0100", metadata={"note": "\tsheet"}, origins=["=cmd|' /C calc'!A0.txt"],
    )


def test_csv_cells_that_would_run_as_formulas_are_neutralised(tmp_path):
    article = hostile_article()
    with DEFAULT.open(tmp_path / "x.db") as store:
        store.save_analysed([article], [ArticleAnalysis(article_id=article.id)], tables=DEFAULT.result_tables, analysed_with="test")
        export_tables(store, tmp_path / "csv", fmt="csv", tables=["articles", "origins"])
        export_tables(store, tmp_path / "jsonl", fmt="jsonl", tables=["articles"])
    with open(tmp_path / "csv" / "articles.csv", newline="", encoding="utf-8") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["title"] == "'" + article.title
    assert row["source"] == "'@attacker"
    assert row["url"] == "'+1-555-0100"
    assert row["origin"] == "'" + article.origin
    assert row["text"] == article.text  # starts with a letter: untouched, the "-5" inside too
    assert row["word_count"] == str(article.word_count)  # numbers are not text cells
    assert json.loads(row["metadata"]) == {"note": "\tsheet"}  # JSON text starts with "{"
    with open(tmp_path / "csv" / "origins.csv", newline="", encoding="utf-8") as handle:
        assert [r["origin"] for r in csv.DictReader(handle)] == ["'" + article.origin]
    # JSONL stays verbatim: it is data, not a spreadsheet
    [exported] = [json.loads(line) for line in (tmp_path / "jsonl" / "articles.jsonl").read_text().splitlines()]
    assert (exported["title"], exported["source"], exported["url"]) == (article.title, "@attacker", "+1-555-0100")


def test_parquet_stays_verbatim(tmp_path):
    import pyarrow.parquet as pq

    article = hostile_article()
    with DEFAULT.open(tmp_path / "x.db") as store:
        store.save_analysed([article], [ArticleAnalysis(article_id=article.id)], tables=DEFAULT.result_tables, analysed_with="test")
        export_tables(store, tmp_path, fmt="parquet", tables=["articles"])
    row = pq.read_table(tmp_path / "articles.parquet").to_pylist()[0]
    assert (row["title"], row["source"]) == (article.title, "@attacker")


def test_save_analysed_counts_only_the_articles_this_writer_inserted(tmp_path):
    first = Article.from_text("The ferry left Port Ansel at dawn.", origin="a.txt", origins=["a.txt"])
    second = Article.from_text("The ferry reached Kirov at noon.", origin="b.txt", origins=["b.txt"])
    path = tmp_path / "two-writers.db"
    with DEFAULT.open(path) as one, DEFAULT.open(path) as other:
        # both writers saw neither article stored; the other writer commits first
        assert other.save_analysed([first], [ArticleAnalysis(first.id)], tables=DEFAULT.result_tables, analysed_with="test") == 1
        assert one.save_analysed([first, second], [ArticleAnalysis(first.id), ArticleAnalysis(second.id)],
                                 tables=DEFAULT.result_tables, analysed_with="test") == 1
        assert one.count("articles") == 2
