"""Write the store's tables to files: one file per table, JSONL, CSV or Parquet.

Field names are a contract: they are the models' field names, added to but never renamed.
Which tables there are comes from the registries (dateline.components); each extractor table
is read through its linkers' overlays, so it shows the linked entity ids, canonical speakers
and re-anchored dates beside what the extractor found.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.components import DEFAULT, Components
from dateline.store import Store

FORMATS = ("jsonl", "csv", "parquet")


def table_rows(store: Store, table: str, *, components: Components = DEFAULT) -> Iterator[dict[str, Any]]:
    """Rows ready to export; articles carry every origin they were read from."""
    if table != "articles":
        overlays = [o for o in components.overlays_for(table) if store.columns(o.table)]
        yield from store.resolved_rows(table, overlays) if overlays else store.rows(table)
        return
    origins: dict[str, list[str]] = {}
    for row in store.rows("origins"):
        origins.setdefault(row["article_id"], []).append(row["origin"])
    for row in store.rows("articles"):
        row["origins"] = origins.get(row["id"], [row["origin"]])
        yield row


def _write_jsonl(rows: Iterable[dict[str, Any]], path: Path, columns: list[str], json_columns: frozenset[str]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


# Spreadsheets run a cell starting with one of these as a formula ("=HYPERLINK(...)",
# "@SUM(...)"); article text is untrusted, so CSV cells starting so get a leading ' (OWASP
# "CSV injection"). JSONL and Parquet are data formats and stay verbatim.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell: lists and dicts as JSON text, formula-like text neutralised."""
    value = _flat(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_csv(rows: Iterable[dict[str, Any]], path: Path, columns: list[str], json_columns: frozenset[str]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(v) for k, v in row.items()})
            count += 1
    return count


def _write_parquet(rows: Iterable[dict[str, Any]], path: Path, columns: list[str], json_columns: frozenset[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    # JSON columns stay JSON text: their shapes vary per row (metadata), which Parquet cannot type.
    records = [{c: _flat(row.get(c)) if c in json_columns else row.get(c) for c in columns} for row in rows]
    table = pa.Table.from_pylist(records) if records else pa.table({c: pa.array([], pa.string()) for c in columns})
    pq.write_table(table, path)
    return len(records)


WRITERS = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}


def export_tables(store: Store, out_dir: Path, *, fmt: str = "jsonl", components: Components = DEFAULT,
                  tables: Iterable[str] | None = None) -> list[tuple[Path, int]]:
    """Write each table to OUT/<table>.<fmt>; each file appears whole or not at all."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables if tables is not None else components.export_tables:
        columns = list(store.columns(table)) + (["origins"] if table == "articles" else [])
        spec = store.spec(table)
        json_columns = (spec.json_columns if spec else frozenset()) | {"origins"}
        path = out_dir / f"{table}.{fmt}"
        partial = path.with_name(path.name + ".partial")
        count = WRITERS[fmt](table_rows(store, table, components=components), partial, columns, json_columns)
        os.replace(partial, path)
        written.append((path, count))
    return written
