"""Every shipped word list and table loads, in its declared format, and a broken one is a clear error."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from dateline import lexicons
from dateline.errors import DataFileError


def shipped_files() -> list[str]:
    root = resources.files("dateline").joinpath("data")
    found = []

    def walk(folder, prefix=""):
        for entry in folder.iterdir():
            if entry.is_dir():
                if entry.name != "__pycache__":
                    walk(entry, f"{prefix}{entry.name}/")
            elif entry.name != "README.md" and not entry.name.endswith(".py"):
                found.append(f"{prefix}{entry.name}")

    walk(root)
    return sorted(found)


def test_every_shipped_data_file_is_declared():
    undeclared = sorted(set(shipped_files()) - set(lexicons.LEXICONS))
    assert not undeclared, f"declare these in dateline.lexicons.LEXICONS: {undeclared}"


@pytest.mark.parametrize("name", sorted(lexicons.LEXICONS))
def test_every_declared_lexicon_loads_with_entries(name):
    loaded = lexicons.load(name)
    assert loaded, f"{name} loaded empty"


def test_a_missing_file_is_an_error_not_an_empty_list():
    with pytest.raises(DataFileError, match="no_such_list.txt"):
        lexicons.words("no_such_list.txt")


def test_a_malformed_line_names_the_file_and_line(monkeypatch):
    lexicons.data_text.cache_clear()
    lexicons.table.cache_clear()
    monkeypatch.setattr(lexicons, "data_text", lambda name: "# comment\nKiev\tKyiv\nOdessa\n")
    with pytest.raises(DataFileError, match=r"broken.tsv, line 3: expected 2 TAB-separated cells"):
        lexicons.table("broken.tsv", 2)
    lexicons.table.cache_clear()


def test_a_merge_conflict_marker_names_the_file_and_line(monkeypatch):
    """Marker lines of an unresolved merge are no entries: one once loaded silently as a pattern."""
    lexicons.rows.cache_clear()
    monkeypatch.setattr(lexicons, "data_text", lambda name: "say\t\tsorry\t-\n<<<<<<< HEAD\nsay\t\tthanks\t051\n")
    with pytest.raises(DataFileError, match=r"events/verb_patterns_extra.tsv, line 2: an unresolved merge conflict"):
        lexicons.rows("events/verb_patterns_extra.tsv")
    lexicons.rows.cache_clear()


def test_an_undeclared_file_is_refused():
    with pytest.raises(DataFileError, match="not declared"):
        lexicons.load("secret.txt")


@pytest.mark.parametrize("name", sorted(n for n in lexicons.LEXICONS if not n.endswith(".json")))
def test_no_entry_is_written_twice(name):
    # a repeated row is dead at best, and where two blocks of a file were written apart (a hand
    # block and a later one) it hides which of them a reader should edit
    counts = Counter(line for _, line in lexicons.entry_lines(name))
    repeated = sorted(line for line, times in counts.items() if times > 1)
    assert not repeated, f"{name}: written twice: {repeated}"
