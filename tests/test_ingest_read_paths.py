import gzip
import os
import random
import shutil
from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.ingest import READERS, read_paths
from dateline.models import IngestError, RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
ARTICLE = "Strike shuts Kirov port\n\nDockers at the port of Kirov walked out on Monday.\n"


def errors(items):
    return [str(i) for i in items if isinstance(i, IngestError)]


def articles(items):
    return [i for i in items if isinstance(i, RawArticle)]


def undecodable_bytes():
    rng = random.Random(7)
    return bytes(rng.randrange(128, 256) for _ in range(2000))


@pytest.mark.parametrize(
    "name, data, message",
    [
        ("photo.png", PNG, "binary file (PNG image), not an article"),
        ("notes.txt", PNG, "binary file (PNG image), not an article"),
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\n\t\n", "empty file"),
        ("garbled.txt", undecodable_bytes(), "undecodable bytes: not UTF-8 and no text encoding fits"),
        ("broken.txt.gz", b"\x1f\x8b\x08\x00 not really gzip", None),
    ],
)
def test_bad_file_is_one_error_naming_the_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(read_paths([str(path)]))
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert str(items[0]).startswith(f"{path}: ")
    if message:
        assert str(items[0]) == f"{path}: {message}"


def test_file_over_max_bytes(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text(ARTICLE * 100, encoding="utf-8")
    [error] = read_paths([str(path)], max_bytes=1000)
    assert str(error) == f"{path}: file too large (7.6 kB; the limit is 1.0 kB, max_bytes)"


def test_gzip_over_max_bytes_once_decompressed(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 50_000))
    [error] = read_paths([str(path)], max_bytes=10_000)
    assert "file too large" in str(error)


def test_gzipped_jsonl(tmp_path):
    path = tmp_path / "items.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "Dockers walked out."}\n{"text": "Ships left."}\n'))
    assert [a.origin for a in read_paths([str(path)])] == [f"{path}:1", f"{path}:2"]


def test_missing_path_and_empty_glob(tmp_path):
    missing = tmp_path / "nope.txt"
    pattern = str(tmp_path / "*.rss")
    assert errors(read_paths([str(missing), pattern])) == [
        f"{missing}: no such file or directory",
        f"{pattern}: no files match this pattern",
    ]


def test_glob_expands_sorted(tmp_path):
    for name in ("b.txt", "a.txt", "c.md", "README.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Kirov", name), encoding="utf-8")
    found = [a.origin for a in read_paths([str(tmp_path / "*.txt")])]
    assert found == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_symlink_loops(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink("self", corpus / "self")  # a link to itself
    os.symlink("..", corpus / "parent")  # a folder link back up
    items = list(read_paths([str(corpus)]))
    assert [a.origin for a in articles(items)] == [str(corpus / "a.txt")]
    assert errors(items) == [
        f"{corpus / 'parent'}: symlink loop (leads back to a folder above it); not followed",
        f"{corpus / 'self'}: symlink loop (the link points back to itself)",
    ]


def test_broken_symlink(tmp_path):
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    [error] = read_paths([str(tmp_path)])
    assert str(error).startswith(f"{tmp_path / 'link.txt'}: broken symlink")


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can list any folder")
def test_folder_without_permission(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        assert errors(read_paths([str(tmp_path)])) == [f"{locked}: permission denied: cannot list this folder"]
    finally:
        locked.chmod(0o755)


def test_folder_that_cannot_be_listed(tmp_path, monkeypatch):
    # Runs as root too: the operating system refuses the listing, as it would for a locked folder.
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert errors(read_paths([str(tmp_path)])) == [f"{locked}: permission denied: cannot list this folder"]


def test_file_named_twice_is_read_once(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert len(list(read_paths([str(path), str(tmp_path), str(path)]))) == 1


def test_unknown_extension_in_folder_is_reported_but_read_when_named(tmp_path):
    path = tmp_path / "story.csv"
    path.write_text(ARTICLE, encoding="utf-8")
    assert errors(read_paths([str(tmp_path)])) == [
        f"{path}: unsupported file type '.csv' (dateline reads {', '.join(sorted(READERS))}, and .gz of them)"
    ]
    assert len(articles(read_paths([str(path)]))) == 1


def test_file_without_extension_is_sniffed(tmp_path):
    (tmp_path / "STORY").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "page").write_text("<!DOCTYPE html><html><body><article><p>Dockers walked out in Kirov.</p></article></body></html>", encoding="utf-8")
    (tmp_path / "items").write_text('{"text": "Ships left Kirov."}\n{"text": "Ships reached Port Ansel."}\n', encoding="utf-8")
    found = [(a.format, a.text) for a in read_paths([str(tmp_path)])]
    assert found == [
        ("txt", "Dockers at the port of Kirov walked out on Monday."),
        ("jsonl", "Ships left Kirov."),
        ("jsonl", "Ships reached Port Ansel."),
        ("html", "Dockers walked out in Kirov."),
    ]


def test_folder_mixing_every_format_and_every_bad_input(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURES, corpus)
    bad = corpus / "bad"
    (bad / "cover.png").write_bytes(PNG)
    (bad / "empty.txt").write_bytes(b"")
    (bad / "huge.txt").write_text(ARTICLE * 8000, encoding="utf-8")
    (bad / "garbled.txt").write_bytes(undecodable_bytes())
    (bad / "sitemap.xml").write_text("<?xml version='1.0'?><urlset></urlset>", encoding="utf-8")
    os.symlink("loop", bad / "loop")
    (corpus / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")  # skipped: hidden
    (corpus / "README.md").write_text("# Test corpus\n\nFixtures.\n", encoding="utf-8")  # skipped
    (corpus / "gold.json").write_text('{"version": 1}', encoding="utf-8")  # skipped
    missing = tmp_path / "missing.txt"

    items = list(read_paths([str(corpus), str(missing)], max_bytes=200_000))

    good = articles(items)
    assert len(good) == 19
    assert {a.format for a in good} == {"txt", "html", "jsonl", "json", "feed"}
    assert all(clean(a) is not None for a in good)
    assert sorted(errors(items)) == sorted(
        [
            f"{bad / 'cover.png'}: binary file (PNG image), not an article",
            f"{bad / 'empty-shell.html'}: no article text found in the HTML page (no body or main text)",
            f"{bad / 'empty.txt'}: empty file",
            f"{bad / 'garbled.txt'}: undecodable bytes: not UTF-8 and no text encoding fits",
            f"{bad / 'huge.txt'}: file too large (608.0 kB; the limit is 200.0 kB, max_bytes)",
            f"{bad / 'loop'}: symlink loop (the link points back to itself)",
            f"{bad / 'sitemap.xml'}: .xml file is not an RSS or Atom feed",
            f"{corpus / 'feeds' / 'coastline-wire.rss'}#4: feed item has no text (no content, summary or description)",
            f"{corpus / 'jsonl' / 'coastline-wire-items.jsonl'}:3: malformed JSON: Unterminated string starting at: line 1 column 51 (char 50)",
            f"{corpus / 'jsonl' / 'coastline-wire-items.jsonl'}:4: object has no 'text' (keys: id, published, source, title)",
            f"{missing}: no such file or directory",
        ]
    )
    # deterministic: same order every time
    assert [getattr(i, "origin", None) for i in items] == [
        getattr(i, "origin", None) for i in read_paths([str(corpus), str(missing)], max_bytes=200_000)
    ]


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    extension=st.sampled_from(sorted(READERS) + ["", ".bin"]),
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.sampled_from([b"<rss><channel><item>", b"<html><body><p>", b'{"text": ', b"---\ntitle: [\n---\nx", b"\xff\xfe\x00"]),
    ),
)
def test_read_paths_never_raises_on_any_bytes(tmp_path, extension, data):
    path = tmp_path / f"input{extension}"
    path.write_bytes(data)
    for item in read_paths([str(path)]):
        assert isinstance(item, (RawArticle, IngestError))
        if isinstance(item, RawArticle):
            clean(item)
