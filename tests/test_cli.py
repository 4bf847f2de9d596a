"""The command line end to end: a folder mixing every format and every bad input."""

import csv
import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import cli

ARTICLE_FIELDS = {
    "id", "origin", "title", "text", "published", "published_from", "source", "url",
    "dateline_place", "language", "removed", "word_count",
}

TXT = """Source: Harbour Gazette
Date: 14 June 2021

Dockworkers walk out across Veldoria

KIROV, June 14 (Coastline Wire) - Dockworkers in three ports walked off the job on Monday, halting
most container traffic, union leaders said.

Sign up for our morning newsletter

"We are ready to stay out as long as it takes," said Mara Ilves, who leads the dockworkers' union.
"""

HTML = """<!DOCTYPE html><html><head><title>Ferry talks resume | Plainview Post</title>
<meta property="og:site_name" content="Plainview Post">
<meta property="og:title" content="Ferry talks resume in Lima">
<meta property="article:published_time" content="2021-07-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ferry talks resume in Lima</h1>
<p>LIMA — Negotiators for the ferry operators and the port authority met again on Thursday after
a week-long pause, both sides said in separate statements.</p>
<p>The talks are expected to last until the end of the month, according to the port authority,
which said more than 2,000 passengers had been stranded by the dispute.</p>
<p>“Nobody wins if the boats stay tied up,” the authority’s director, Tomas Reyes, told reporters.</p>
</article><footer>© Plainview Post. Follow us on social media.</footer></body></html>
"""

JSONL = "\n".join([
    json.dumps({"id": "w-1", "title": "Grain prices climb", "published": "2021-06-20",
                "source": "Coastline Wire", "desk": "markets",
                "text": "Grain prices rose 12 percent in the week to Friday as the port strike in "
                        "Veldoria entered its second week, traders said."}),
    "{this line is not json",
    json.dumps({"title": "No body here"}),
    json.dumps({"title": "Union calls off strike", "published": "2021-06-28", "source": "Kirov Daily",
                "text": "The dockworkers' union called off its strike late on Sunday after the government "
                        "agreed to review pay, a union spokesman said."}),
])

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Radio Meridian News</title><link>https://meridian.example</link>
<item><title>Ports reopen after strike</title><link>https://meridian.example/ports-reopen</link>
<pubDate>Tue, 29 Jun 2021 07:30:00 GMT</pubDate>
<description>&lt;p&gt;Container traffic resumed at Veldoria's three main ports on Tuesday morning, a day
after the dockworkers' union ended its two-week strike, port officials said.&lt;/p&gt;</description></item>
</channel></rss>
"""


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    (corpus / "txt").mkdir(parents=True)
    (corpus / "html").mkdir()
    (corpus / "txt" / "dockworkers.txt").write_text(TXT, encoding="utf-8")
    (corpus / "txt" / "dockworkers-copy.txt").write_text(TXT, encoding="utf-8")  # same article again
    (corpus / "html" / "ferry.html").write_text(HTML, encoding="utf-8")
    (corpus / "wire.jsonl").write_text(JSONL + "\n", encoding="utf-8")
    (corpus / "meridian.xml").write_text(RSS, encoding="utf-8")
    # bad inputs
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (corpus / "huge.txt").write_text("Headline\n\n" + "word " * 30_000, encoding="utf-8")
    (corpus / "empty-page.html").write_text("<html><head><title>x</title></head><body></body></html>")
    os.symlink(corpus / "loop", corpus / "loop")
    return corpus


def table_contents(db: Path) -> dict[str, list[dict]]:
    """Every stored row that analysis produces (not when it was added, nor by which model)."""
    from dateline.components import DEFAULT
    from dateline.present.export import table_rows

    with DEFAULT.open(db) as store:
        return {table: [{k: v for k, v in row.items() if k not in ("added_at", "analysed_with")}
                        for row in table_rows(store, table)]
                for table in DEFAULT.export_tables}


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    root = tmp_path_factory.mktemp("cli")
    corpus = write_corpus(root)
    db = root / "test.db"
    runner = CliRunner()
    args = ["analyze", str(corpus), "--db", str(db), "--max-bytes", "100000"]
    first = runner.invoke(cli, args)
    contents = table_contents(db)
    second = runner.invoke(cli, args)
    return {"root": root, "corpus": corpus, "db": db, "first": first, "second": second,
            "contents_after_first": contents, "contents_after_second": table_contents(db)}


def summary_numbers(output: str) -> tuple[int, int, int]:
    match = re.search(r"(\d+) articles stored, (\d+) duplicates, (\d+) errors", output)
    assert match, output
    return tuple(int(n) for n in match.groups())


@pytest.mark.slow
def test_every_good_article_is_stored_once_and_every_bad_input_reported(analysed):
    result = analysed["first"]
    assert result.exit_code == 0, result.output
    stored, duplicates, errors = summary_numbers(result.output)
    # dockworkers (twice: one duplicate), ferry, two JSONL articles, one feed item
    assert (stored, duplicates) == (5, 1)
    error_lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert errors == len(error_lines) == 7, result.output
    for name in ("wire.jsonl:2", "wire.jsonl:3", "empty.txt", "picture.txt", "huge.txt",
                 "empty-page.html", "loop"):
        assert any(name in line for line in error_lines), (name, error_lines)


@pytest.mark.slow
def test_second_run_changes_nothing(analysed):
    assert analysed["second"].exit_code == 0, analysed["second"].output
    stored, duplicates, errors = summary_numbers(analysed["second"].output)
    assert stored == 0 and duplicates == 6 and errors == 7
    assert analysed["contents_after_second"] == analysed["contents_after_first"]


@pytest.mark.slow
def test_duplicate_article_keeps_both_origins(analysed, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(analysed["db"]), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    articles = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    [dockworkers] = [a for a in articles if a["title"] == "Dockworkers walk out across Veldoria"]
    assert sorted(Path(o).name for o in dockworkers["origins"]) == ["dockworkers-copy.txt", "dockworkers.txt"]
    assert dockworkers["published"] == "2021-06-14" and dockworkers["published_from"] == "metadata"
    assert dockworkers["dateline_place"] == "KIROV"
    assert dockworkers["text"].startswith("Dockworkers in three ports")
    assert any(r["reason"] and "newsletter" in r["text"].lower() for r in dockworkers["removed"])


@pytest.mark.slow
def test_export_jsonl_has_the_contract_fields(analysed, tmp_path):
    CliRunner().invoke(cli, ["export", "--db", str(analysed["db"]), "--format", "jsonl", "--out", str(tmp_path)])
    for table in ("articles", "quotes", "entities", "timexes", "amounts"):
        assert (tmp_path / f"{table}.jsonl").exists(), table
    articles = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    assert len(articles) == 5
    for article in articles:
        assert ARTICLE_FIELDS <= set(article), ARTICLE_FIELDS - set(article)
    by_title = {a["title"]: a for a in articles}
    assert by_title["Ferry talks resume in Lima"]["source"] == "Plainview Post"
    assert by_title["Ferry talks resume in Lima"]["published_from"] == "html"
    assert by_title["Ports reopen after strike"]["published"] == "2021-06-29"
    assert by_title["Ports reopen after strike"]["published_from"] == "feed"
    assert by_title["Grain prices climb"]["metadata"].get("desk") == "markets"


@pytest.mark.slow
def test_export_csv_and_parquet_hold_the_same_rows(analysed, tmp_path):
    import pyarrow.parquet as pq

    runner = CliRunner()
    for fmt in ("csv", "parquet"):
        result = runner.invoke(cli, ["export", "--db", str(analysed["db"]), "--format", fmt, "--out", str(tmp_path)])
        assert result.exit_code == 0, result.output
    with open(tmp_path / "articles.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 5 and ARTICLE_FIELDS <= set(rows[0])
    assert isinstance(json.loads(rows[0]["removed"]), list)
    table = pq.read_table(tmp_path / "articles.parquet")
    assert table.num_rows == 5 and ARTICLE_FIELDS <= set(table.column_names)


@pytest.mark.slow
def test_stats_counts_per_source_day_and_format(analysed):
    result = CliRunner().invoke(cli, ["stats", "--db", str(analysed["db"]), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["totals"]["articles"] == 5
    assert figures["per_source"]["Plainview Post"] == 1
    assert figures["per_day"]["2021-06-14"] == 1
    assert sum(figures["per_format"].values()) == 5
    assert figures["totals"]["events"] > 0 and figures["totals"]["places"] > 0
    assert sum(figures["events_per_category"].values()) == figures["totals"]["events"]
    assert sum(figures["events_per_mode"].values()) == figures["totals"]["events"]
    assert sum(figures["places_per_country"].values()) == figures["totals"]["places"]
    human = CliRunner().invoke(cli, ["stats", "--db", str(analysed["db"])])
    assert "per source" in human.output and "Coastline Wire" in human.output
    assert "wire.jsonl:2" in human.output  # the last run's bad inputs are listed
    assert len(figures["last_run"]["error_lines"]) == 7


@pytest.mark.slow
def test_strict_fails_when_any_input_was_bad(analysed, tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(analysed["corpus"]), "--db", str(tmp_path / "strict.db"),
                                      "--strict", "--quiet"])
    assert result.exit_code == 1
    assert "error:" not in result.output  # --quiet keeps only the summary


@pytest.mark.slow
def test_nothing_stored_is_an_error(tmp_path):
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "missing.txt"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0
    assert "missing.txt" in result.output
    assert "0 articles stored, 0 duplicates, 1 errors" in result.output


@pytest.mark.slow
def test_jsonl_on_stdin(tmp_path):
    line = json.dumps({"title": "Harbour reopens", "text": "The harbour reopened on Friday, officials said."})
    result = CliRunner().invoke(cli, ["analyze", "-", "--db", str(tmp_path / "s.db")], input=line + "\n")
    assert result.exit_code == 0, result.output
    assert summary_numbers(result.output) == (1, 0, 0)


def test_export_without_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)])
    assert result.exit_code != 0 and "run `dateline analyze` first" in result.output


def test_every_command_is_documented_in_the_readme():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"dateline {name}" in readme, f"README does not document `dateline {name}`"


@pytest.mark.slow
def test_workers_store_the_same_results_as_one_process(analysed, tmp_path):
    db = tmp_path / "parallel.db"
    result = CliRunner().invoke(cli, ["analyze", str(analysed["corpus"]), "--db", str(db), "--workers", "2",
                                      "--max-bytes", "100000", "--quiet"])
    assert summary_numbers(result.output) == (5, 1, 7)
    assert table_contents(db) == analysed["contents_after_first"]


def test_missing_model_is_one_clear_error(tmp_path):
    (tmp_path / "a.txt").write_text("Harbour reopens\n\nThe harbour reopened on Friday.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "--db", str(tmp_path / "m.db"),
                                      "--model", "no_such_spacy_model"])
    assert result.exit_code == 1
    assert "spaCy model 'no_such_spacy_model' is not installed" in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_each_copy_of_one_text_keeps_its_own_outlet_and_date(tmp_path):
    # one wire text run by two outlets on two days, in one file and so in one batch: one article,
    # and the origins export says which outlet ran it when
    text = ("KIROV - Dockworkers in three Veldorian ports walked out on Monday over pay, "
            "the union said, and ferries to Ostrel were cancelled.")
    records = [
        {"text": text, "title": "Dockworkers walk out", "source": "Kirov Courier", "published": "2021-06-14"},
        {"text": text, "title": "Ports shut as dockers strike", "source": "Harbour Times", "published": "2021-06-15"},
    ]
    wire = tmp_path / "wire.jsonl"
    wire.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db, out = tmp_path / "copies.db", tmp_path / "out"
    result = CliRunner().invoke(cli, ["analyze", str(wire), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert summary_numbers(result.output)[:2] == (1, 1)
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out)])
    assert result.exit_code == 0, result.output
    origins = [json.loads(line) for line in (out / "origins.jsonl").read_text().splitlines()]
    assert sorted((o["source"], o["published"], o["title"]) for o in origins) == [
        ("Harbour Times", "2021-06-15", "Ports shut as dockers strike"),
        ("Kirov Courier", "2021-06-14", "Dockworkers walk out"),
    ]
    [story] = [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]
    assert story["sources"] == ["Harbour Times", "Kirov Courier"]
    # a third outlet's copy, read in a later run, joins the story's outlets
    later = tmp_path / "later.jsonl"
    later.write_text(json.dumps({"text": text, "source": "Ostrel Post", "published": "2021-06-16"}) + "\n",
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(later), "--db", str(db)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--out", str(out)])
    [story] = [json.loads(line) for line in (out / "stories.jsonl").read_text().splitlines()]
    assert story["sources"] == ["Harbour Times", "Kirov Courier", "Ostrel Post"]
