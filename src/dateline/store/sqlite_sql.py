"""SQL helpers of the SQLite store: values encoded for a column, quoted names, id lists cut
into chunks for IN (...), and the CREATE TABLE statement of a declared table.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from dateline.store.packing import pack
from dateline.store.schema import TableSpec

IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit
_PLAIN = (str, int, float, bytes)  # stored as they are (exactly these types: a bool is stored as 0/1)


def _encode(value: Any) -> Any:
    if value is None or type(value) in _PLAIN:  # most values: returned before the dearer tests
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _pack(value: Any) -> Any:
    """A packed column's value (schema.Column.packed)."""
    return None if value is None else pack(value)


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), IN_CHUNK):
        yield values[i : i + IN_CHUNK]


def _create_table(spec: TableSpec) -> str:
    lines = []
    for column in spec.columns:
        line = f'"{column.name}" {column.type}'
        if not column.nullable:
            line += " NOT NULL"
        if column.name == "article_id" and spec.per_article:
            line += " REFERENCES articles (id) ON DELETE CASCADE"
        lines.append(line)
    if spec.key:
        lines.append(f"PRIMARY KEY ({_quoted(spec.key)})")
    return f'CREATE TABLE "{spec.name}" (\n    ' + ",\n    ".join(lines) + "\n)"
