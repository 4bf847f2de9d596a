"""Linking batch by batch gives what linking everything at once gives (`dateline relink`),
and an interrupted or repeated link run leaves nothing counted twice."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from conftest import CORPUS
from dateline.components import DEFAULT
from dateline.link.registry import LinkBatch
from dateline.present.export import table_rows
from dateline.run import analyze_paths, link

pytestmark = pytest.mark.slow

LINKED_TABLES = ("entities", "entity_mentions", "quotes", "timexes", "articles")


def corpus_files() -> list[str]:
    return sorted(str(p) for p in CORPUS.rglob("*") if p.is_file() and p.name not in ("README.md", "gold.json"))


def contents(db: Path) -> dict[str, list[dict]]:
    with DEFAULT.open(db) as store:
        return {
            table: [{k: v for k, v in row.items() if k not in ("added_at", "analysed_with")}
                    for row in table_rows(store, table)]
            for table in LINKED_TABLES
        }


@pytest.fixture(scope="module")
def in_batches(tmp_path_factory) -> Path:
    """The sample corpus analysed in five runs of shuffled files."""
    db = tmp_path_factory.mktemp("incremental") / "batches.db"
    files = corpus_files()
    random.Random(7).shuffle(files)
    with DEFAULT.open(db) as store:
        for i in range(5):
            analyze_paths(files[i::5], store=store)
    return db


def test_linking_in_batches_equals_a_full_relink(in_batches, tmp_path):
    relinked = tmp_path / "relinked.db"
    shutil.copy(in_batches, relinked)
    with DEFAULT.open(relinked) as store:
        link(store, LinkBatch.everything())
    batches, full = contents(in_batches), contents(relinked)
    for table in LINKED_TABLES:
        assert batches[table] == full[table], f"{table} differs after linking in batches"
    assert len(full["entities"]) > 50  # the sample corpus links many identities


def test_relinking_twice_changes_nothing(in_batches, tmp_path):
    copy = tmp_path / "twice.db"
    shutil.copy(in_batches, copy)
    with DEFAULT.open(copy) as store:
        link(store, LinkBatch.everything())
    once = contents(copy)
    with DEFAULT.open(copy) as store:
        relinked = link(store, LinkBatch.everything())
        idle = link(store, LinkBatch())  # nothing new: nothing changes, and each linker says what it holds
    assert contents(copy) == once
    inferred = sum(1 for row in once["articles"] if row["published_from"] == "inferred")
    assert inferred > 0
    assert relinked.figures["pubdates"]["inferred_dates"] == idle.figures["pubdates"]["inferred_dates"] == inferred


class Interrupted(Exception):
    pass


def interrupt(store, batch):
    raise Interrupted("killed between storing and linking")


def test_articles_stored_but_never_linked_are_linked_by_the_next_run(tmp_path):
    from dateline.components import Components
    from dateline.link.components import IDENTITIES, PUBDATES
    from dateline.link.registry import Linker, Linkers

    files = corpus_files()
    crashing = Components(DEFAULT.extractors, Linkers.of(PUBDATES, Linker("interrupt", interrupt), IDENTITIES))
    db = tmp_path / "crashed.db"
    with DEFAULT.open(db) as store:
        analyze_paths(files[::2], store=store)
        with pytest.raises(Interrupted):
            analyze_paths(files[1::2], store=store, components=crashing)
        assert store.unlinked_articles("identities")  # stored, never linked
        link(store, LinkBatch())  # the next run links what the last one left
        assert not store.unlinked_articles("identities")
    relinked = tmp_path / "relinked.db"
    shutil.copy(db, relinked)
    with DEFAULT.open(relinked) as store:
        link(store, LinkBatch.everything())
    assert contents(db) == contents(relinked)
