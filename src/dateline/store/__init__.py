"""Storage: every SQL statement dateline runs lives in this package.

`Store` is the interface (a Protocol) the other stages use; `open_store` picks the backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from dateline.store.interface import Store
from dateline.store.schema import Column, Overlay, TableSpec
from dateline.store.sqlite import SQLiteStore

DEFAULT_DB = "dateline.db"

# backend name -> opener(path, tables=...); the store tests run over every entry
BACKENDS: dict[str, Callable[..., Store]] = {"sqlite": SQLiteStore.open}


def open_store(path: str | Path, *, tables: Iterable[TableSpec] = ()) -> Store:
    """Open the database at `path`, with the declared tables in place."""
    return SQLiteStore.open(path, tables=tables)


__all__ = ["BACKENDS", "Column", "DEFAULT_DB", "Overlay", "SQLiteStore", "Store", "TableSpec", "open_store"]
