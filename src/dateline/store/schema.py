"""Tables declared once, from the record dataclasses they store.

A `TableSpec` names a table's columns (with SQL types derived from the dataclass's field
types), its key, its indexes and its row order. The store creates a declared table when it is
missing, adds the columns a newer record has gained and drops those it names as dropped; lists, dicts and nested records are
stored as JSON text and decoded on the way out, except the weight maps a declaration names
`packed` (store.packing: bytes, a BLOB or BYTEA column). A column declared packed after its
table was made keeps its JSON rows: every backend reads either form, and a row is written
packed when it is next written. Every backend reads the same specs, so a table is never
spelled twice.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union

SqlType = Literal["TEXT", "INTEGER", "REAL", "BLOB"]


@dataclass(frozen=True)
class Column:
    name: str
    type: SqlType
    json: bool = False  # a list, dict or nested record, stored as JSON text
    packed: bool = False  # a {group: {name: weight}} map stored as bytes (store.packing)
    boolean: bool = False  # stored as 0/1, read back as bool
    nullable: bool = True


@dataclass(frozen=True)
class TableSpec:
    """One table: columns, key, indexes, row order, and whether rows belong to an article."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    order: tuple[str, ...] = ()
    per_article: bool = True  # rows carry article_id and go when their article goes
    # columns an earlier declaration had and this one has not: dropped from a table made then
    # (what they held is kept elsewhere; a column left behind could refuse new rows: NOT NULL)
    dropped: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def json_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns if c.json)

    @property
    def packed_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns if c.packed)

    @property
    def boolean_columns(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns if c.boolean)

    def column(self, name: str) -> Column:
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")

    @classmethod
    def from_record(
        cls,
        name: str,
        record: type,
        *,
        key: tuple[str, ...],
        indexes: tuple[tuple[str, ...], ...] = (),
        order: tuple[str, ...] = (),
        exclude: tuple[str, ...] = (),
        extra: tuple[Column, ...] = (),
        per_article: bool = True,
        dropped: tuple[str, ...] = (),
        packed: tuple[str, ...] = (),
    ) -> "TableSpec":
        """The table for a dataclass: one column per field (minus `exclude`), then `extra`;
        the fields named in `packed` are weight maps stored packed."""
        hints = typing.get_type_hints(record)
        columns = tuple(
            _packed(column_for(field.name, hints[field.name])) if field.name in packed
            else column_for(field.name, hints[field.name])
            for field in dataclasses.fields(record)
            if field.name not in exclude
        ) + tuple(extra)
        names = [c.name for c in columns]
        missing = [k for k in (*key, *order, *(c for index in indexes for c in index)) if k not in names]
        if missing:
            raise ValueError(f"table {name}: key, order or index names unknown columns {missing}")
        if set(dropped) & set(names):
            raise ValueError(f"table {name}: dropped columns {sorted(set(dropped) & set(names))} are declared")
        return cls(name, columns, key=key, indexes=indexes, order=order or key, per_article=per_article,
                   dropped=dropped)


def _packed(column: Column) -> Column:
    return dataclasses.replace(column, type="BLOB", json=False, packed=True)


def column_for(name: str, hint: Any) -> Column:
    """The column for a field of this type: Optional[X] is X, nullable; containers are JSON."""
    nullable = False
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(hint))
        hint = args[0] if len(args) == 1 else str
        origin = typing.get_origin(hint)
    if origin is Literal:
        return Column(name, "TEXT", nullable=nullable)
    if hint is bool:
        return Column(name, "INTEGER", boolean=True, nullable=nullable)
    if hint is int:
        return Column(name, "INTEGER", nullable=nullable)
    if hint is float:
        return Column(name, "REAL", nullable=nullable)
    if hint is str:
        return Column(name, "TEXT", nullable=nullable)
    # lists, tuples, dicts, nested records and anything else structured: JSON text
    return Column(name, "TEXT", json=True, nullable=nullable)


@dataclass(frozen=True)
class Overlay:
    """A linker's resolution laid over an extractor's rows: where `table` has a row matching
    the target row on `on` ((overlay column, target column) pairs), its `columns` replace the
    target's, so the extractor's own rows stay as it wrote them."""

    target: str
    table: str
    on: tuple[tuple[str, str], ...]
    columns: tuple[str, ...]
