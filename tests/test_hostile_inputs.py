"""Hostile inputs beside good articles (issue 15): every one is one line, or skipped by rule,
and never hangs, crashes or splits a line. Fast: no spaCy model (see test_hostile_runs.py)."""

import gzip
import json
import os
import socket
import threading
from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.ingest import read_paths
from dateline.ingest.files import database_files
from dateline.models import ArticleAnalysis, IngestError, RawArticle
from dateline.printable import printable_origin, printable_text
from dateline.components import DEFAULT

ARTICLE = "Ferry strike ends in Port Ansel\n\nFerry crews in Port Ansel went back to work on Friday, the union said.\n"


def errors(items):
    return [str(i) for i in items if isinstance(i, IngestError)]


def articles(items):
    return [i for i in items if isinstance(i, RawArticle)]


def read_within(paths, *, seconds=10, **options):
    """read_paths in a thread, so that a hang fails the test instead of stalling the suite."""
    found: list = []
    thread = threading.Thread(target=lambda: found.extend(read_paths(paths, **options)), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"reading {paths} hung for {seconds} s"
    return found


# ------------------------------------------------------------------ 2. only regular files


def test_named_pipe_in_a_folder_is_one_line_and_never_opened(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    items = read_within([str(tmp_path)])
    assert [a.origin for a in articles(items)] == [str(tmp_path / "a.txt")]
    assert errors(items) == [f"{tmp_path / 'pipe.txt'}: not a regular file (named pipe); skipped"]


def test_named_pipe_named_explicitly_and_a_socket(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        items = read_within([str(tmp_path / "pipe"), str(tmp_path / "sock"), "/dev/zero"])
    finally:
        server.close()
    assert errors(items) == [
        f"{tmp_path / 'pipe'}: not a regular file (named pipe); skipped",
        f"{tmp_path / 'sock'}: not a regular file (socket); skipped",
        "/dev/zero: not a regular file (character device); skipped",
    ]


# ------------------------------------------------------------------ 3, 7. file names: any bytes


def test_printable_origin_is_lossless_and_one_line():
    names = ["plain.txt", "a\nb.txt", os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt", "tab\there",
             "\x1b[31mred", "\u2028sep", "\x85x", "é.txt"]
    shown = [printable_origin(name) for name in names]
    assert shown[:4] == ["plain.txt", "a\\nb.txt", "caf\\xe9.txt", "caf\\\\xe9.txt"]
    assert len(set(shown)) == len(names)  # two different names never print alike
    for text in shown:
        assert text.isprintable() and "\n" not in text
        text.encode("utf-8")  # valid UTF-8: no lone surrogates
    assert printable_origin("é.txt") == "é.txt"
    assert printable_text(printable_text("a\nb\udce9")) == printable_text("a\nb\udce9") == "a\\nb\\udce9"


def test_non_utf8_file_name_is_stored_and_recorded(tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9-article.txt"), "wb") as handle:
        handle.write(ARTICLE.encode("utf-8"))
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as handle:
        handle.write(b"")
    items = read_within([str(tmp_path)])
    [raw] = articles(items)
    assert raw.origin == f"{tmp_path}/bad\\xff.txt" or raw.origin == f"{tmp_path}/caf\\xe9-article.txt"
    assert errors(items) == [f"{tmp_path}/bad\\xff.txt: empty file"]
    article = clean(raw)
    with DEFAULT.open(tmp_path / "names.db") as store:
        store.save_analysed([article], [ArticleAnalysis(article_id=article.id)], tables=DEFAULT.result_tables, analysed_with="test")
        run_id = store.record_run(command="analyze", started_at="2026-01-01T00:00:00+00:00", stored=1,
                                  duplicates=0, errors=[i for i in items if isinstance(i, IngestError)])
        assert [row["origin"] for row in store.rows("origins")] == [f"{tmp_path}/caf\\xe9-article.txt"]
        assert [e.origin for e in store.run_errors(run_id)] == [f"{tmp_path}/bad\\xff.txt"]


def test_newline_in_a_file_name_keeps_the_error_on_one_line(tmp_path):
    (tmp_path / "evil\nerror: fake.txt").write_bytes(b"")
    (tmp_path / "bell\x07.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    lines = errors(read_within([str(tmp_path)]))
    assert lines == [f"{tmp_path}/bell\\x07.txt: binary file (PNG image), not an article",
                     f"{tmp_path}/evil\\nerror: fake.txt: empty file"]
    assert all("\n" not in line and line.isprintable() for line in lines)


def test_control_characters_in_a_message_are_escaped():
    # JSON keys are the file's text; they are quoted in "object has no 'text' (keys: ...)".
    error = IngestError("a.jsonl:1", "object has no 'text' (keys: a\nb, \x1b[2J)")
    assert str(error) == "a.jsonl:1: object has no 'text' (keys: a\\nb, \\x1b[2J)"


# ------------------------------------------------------------------ 6. never the database


def test_database_and_sqlite_side_files_are_never_input(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "dateline.db"
    with DEFAULT.open(db) as store:  # WAL: dateline.db, dateline.db-wal, dateline.db-shm
        store.record_run(command="analyze", started_at="x", stored=0, duplicates=0, errors=[])
        other = DEFAULT.open(tmp_path / "other.sqlite")
        other.close()
        (tmp_path / "archive").write_bytes((tmp_path / "other.sqlite").read_bytes())  # SQLite by header only
        (tmp_path / "old.db-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(100))
        assert (tmp_path / "dateline.db-wal").exists()
        items = read_within([str(tmp_path)], exclude=database_files(str(db)))
        assert errors(items) == []
        assert [a.origin for a in articles(items)] == [str(tmp_path / "a.txt")]
        # named on the command line: still never read, and said once
        assert errors(read_within([str(db)], exclude=database_files(str(db)))) == [
            f"{db}: the database dateline is writing to; not read"
        ]
        assert errors(read_within([str(tmp_path / "*")], exclude=database_files(str(db)))) == []


# ------------------------------------------------------------------ 10. many articles in one file


def wire_record(n, *, words=40):
    return {"id": f"w-{n}", "title": f"Harbour report {n}",
            "text": f"Harbour report number {n}. " + "Cranes moved containers at the quay. " * (words // 6)}


def test_big_jsonl_is_streamed_with_the_cap_per_line(tmp_path):
    lines = [json.dumps(wire_record(n)) for n in range(1, 301)]
    lines[149] = json.dumps(wire_record(150, words=2000))  # one article over the cap
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 20 * 2000
    items = read_within([str(path)], max_bytes=2000)
    assert len(articles(items)) == 299
    assert errors(items) == [f"{path}:150: line too large (over the limit of 2.0 kB, max_bytes)"]
    assert articles(items)[-1].origin == f"{path}:300"


def test_big_gzipped_jsonl_is_streamed(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(wire_record(n)) + "\n" for n in range(1, 201)).encode()))
    items = read_within([str(path)], max_bytes=2000)
    assert errors(items) == [] and len(articles(items)) == 200


@pytest.mark.parametrize("wrapped", [False, True])
def test_big_json_list_is_streamed_with_the_cap_per_item(tmp_path, wrapped):
    records = [wire_record(n) for n in range(1, 201)]
    records[9] = wire_record(10, words=2000)
    value = {"source": "Coastline Wire", "articles": records, "count": 200} if wrapped else records
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(value, indent=1), encoding="utf-8")
    items = read_within([str(path)], max_bytes=2000)
    assert errors(items) == [f"{path}#10: article too large (over the limit of 2.0 kB, max_bytes)"]
    found = articles(items)
    assert len(found) == 199 and found[0].origin == f"{path}#1" and found[-1].origin == f"{path}#200"
    assert found[-1].title == "Harbour report 200"


def test_small_files_read_whole_give_the_same_articles_as_streamed(tmp_path):
    path = tmp_path / "archive.json"
    path.write_text(json.dumps([wire_record(n) for n in range(1, 51)]), encoding="utf-8")
    whole = read_within([str(path)])
    streamed = read_within([str(path)], max_bytes=2000)
    assert whole == streamed and len(whole) == 50


def test_single_article_file_over_the_cap_is_still_refused(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    assert errors(read_within([str(path)], max_bytes=2000)) == [
        f"{path}: file too large (10.4 kB; the limit is 2.0 kB, max_bytes)"
    ]


RSS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- an <item> in a comment is no item -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Coastline Wire</title><link>https://coastline.example</link>
"""


def rss_item(n, *, words=40):
    body = f"Harbour report number {n}. " + "Cranes moved containers at the quay. " * (words // 6)
    return (f"<item><title>Harbour report {n}</title><link>https://coastline.example/{n}</link>"
            f"<pubDate>Tue, 29 Jun 2021 07:30:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[<p>{body}</p><p>Not an end: </item></p>]]></content:encoded></item>\n")


def atom_entry(n):
    return (f"<entry><title>Harbour report {n}</title><id>urn:report:{n}</id><updated>2021-06-29T07:30:00Z</updated>"
            f"<content type=\"text\">Harbour report number {n}. Cranes moved containers at the quay.</content></entry>\n")


@pytest.mark.parametrize("gz", [False, True])
def test_big_rss_feed_is_streamed_with_the_cap_per_item(tmp_path, gz):
    items = [rss_item(n) for n in range(1, 121)]
    items[59] = rss_item(60, words=2000)
    data = (RSS_HEAD + "".join(items) + "</channel></rss>\n").encode("utf-8")
    path = tmp_path / ("wire.rss.gz" if gz else "wire.rss")
    path.write_bytes(gzip.compress(data) if gz else data)
    found = read_within([str(path)], max_bytes=3000)
    assert errors(found) == [f"{path}#60: feed item too large (over the limit of 3.0 kB, max_bytes)"]
    good = articles(found)
    assert len(good) == 119 and good[-1].origin == "https://coastline.example/120"
    assert (good[0].title, good[0].source, good[0].published) == ("Harbour report 1", "Coastline Wire", "2021-06-29")
    assert "Not an end" in good[0].text  # a closing tag inside CDATA is text
    # the same items as reading the file whole
    whole = read_within([str(path)], max_bytes=len(data) + 1)
    assert [a for a in whole if a.origin != "https://coastline.example/60"] == good


def test_big_atom_feed_is_streamed(tmp_path):
    head = '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Gazette</title>\n'
    path = tmp_path / "gazette.atom"
    path.write_text(head + "".join(atom_entry(n) for n in range(1, 101)) + "</feed>\n", encoding="utf-8")
    found = read_within([str(path)], max_bytes=2000)
    assert errors(found) == [] and len(found) == 100
    assert found[99].source == "Harbour Gazette" and found[99].title == "Harbour report 100"
