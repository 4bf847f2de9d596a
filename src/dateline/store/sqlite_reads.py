"""The read side of the SQLite store: named queries, rows decoded from their declared JSON and
boolean columns, overlays joined over an extractor's rows, articles rebuilt with their origins.

`SQLiteReads` is a mixin of `SQLiteStore` (dateline.store.sqlite): it reads through
`self.connection`, `self.specs`, `self.columns()` and `self.path`.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from dateline.errors import StoreError
from dateline.models import Article, IngestError, RemovedLine, from_row
from dateline.store.packing import unpack
from dateline.store.schema import Overlay, TableSpec
from dateline.store.sqlite_sql import _chunks


class SQLiteReads:
    """Reading a dateline SQLite database: every query is parametrised, names come from declarations."""

    connection: sqlite3.Connection
    path: str
    specs: dict[str, TableSpec]

    def unlinked_articles(self, linker: str) -> set[str]:
        """Stored articles the linker has not taken into account yet: of those stored after its
        mark (every one up to it is taken into account; mark_linked), the ones it has no
        linked_articles row for. A run reads the new articles, not the whole corpus."""
        rows = self.connection.execute(
            "SELECT id FROM articles a WHERE rowid > ? AND NOT EXISTS "
            "(SELECT 1 FROM linked_articles l WHERE l.linker = ? AND l.article_id = a.id)",
            (self._link_mark(linker), linker),
        )
        return {row[0] for row in rows}

    def _link_mark(self, linker: str) -> int:
        """The linker's mark (0: none, or the article it names is no longer in its place, so
        a later article may have taken that rowid)."""
        if not self.columns("link_marks"):
            return 0
        mark = self.connection.execute(
            "SELECT article_rowid, article_id FROM link_marks WHERE linker = ?", (linker,)
        ).fetchone()
        if mark is None:
            return 0
        held = self.connection.execute("SELECT id FROM articles WHERE rowid = ?", (mark[0],)).fetchone()
        return mark[0] if held is not None and held[0] == mark[1] else 0

    def undated_article_ids(self) -> set[str]:
        """Articles without a given publication date (none, or only an inferred one)."""
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE published IS NULL OR published_from = 'inferred'"
        )
        return {row[0] for row in rows}

    def dated_days(self) -> list[str]:
        """The given publication dates of the corpus, in corpus order (date, then id)."""
        rows = self.connection.execute(
            "SELECT published FROM articles WHERE published IS NOT NULL "
            "AND COALESCE(published_from, '') != 'inferred' ORDER BY published, id"
        )
        return [row[0] for row in rows]

    def count_matching(self, table: str, column: str, value: Any) -> int:
        self._check_column(table, column)
        return self.connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" = ?', (value,)).fetchone()[0]

    def count_present(self, table: str, column: str) -> int:
        """Rows of a table whose `column` holds a value."""
        self._check_column(table, column)
        return self.connection.execute(f'SELECT COUNT(*) FROM "{table}" WHERE "{column}" IS NOT NULL').fetchone()[0]


    def run_errors(self, run_id: int) -> list[IngestError]:
        rows = self.connection.execute(
            "SELECT origin, message FROM ingest_errors WHERE run_id = ? ORDER BY rowid", (run_id,)
        )
        return [IngestError(origin, message) for origin, message in rows]

    def spec(self, table: str) -> TableSpec | None:
        """The table's declaration, when it has one."""
        return self.specs.get(table)

    def _check_table(self, table: str) -> None:
        if not self.columns(table):
            raise StoreError(f"no table {table!r} in {self.path}")

    def _check_column(self, table: str, column: str) -> None:
        self._check_table(table)
        if column not in self.columns(table):
            raise StoreError(f"{table} has no column {column!r}")

    def _order(self, table: str, prefix: str = "") -> str:
        spec = self.specs.get(table)
        order = spec.order if spec and spec.order else ("rowid",)
        return ", ".join(f'{prefix}"{c}"' if c != "rowid" else f"{prefix}rowid" for c in order)

    def _decoded(self, table: str, cursor: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
        spec = self.specs.get(table)
        json_columns = spec.json_columns if spec else frozenset()
        packed_columns = spec.packed_columns if spec else frozenset()
        boolean_columns = spec.boolean_columns if spec else frozenset()
        names = [d[0] for d in cursor.description]
        for row in cursor:
            out = {}
            for name, value in zip(names, row):
                if name in packed_columns and isinstance(value, bytes):
                    value = unpack(value)
                elif (name in json_columns or name in packed_columns) and isinstance(value, str):
                    value = json.loads(value)  # a packed column's rows written before it was packed
                elif name in boolean_columns and value is not None:
                    value = bool(value)
                out[name] = value
            yield out

    def rows(self, table: str, *, where: str = "", params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Every row of a table as a dict, JSON columns decoded, in the table's declared order.

        `where` is for the store's own callers and tests; other stages use the named queries."""
        self._check_table(table)
        sql = f'SELECT * FROM "{table}" {("WHERE " + where) if where else ""} ORDER BY {self._order(table)}'
        yield from self._decoded(table, self.connection.execute(sql, params))

    def rows_matching(
        self, table: str, column: str, values: Iterable[Any], *, columns: Sequence[str] | None = None
    ) -> Iterator[dict[str, Any]]:
        """Rows whose `column` is one of `values` (an indexed lookup when the column is indexed);
        only `columns` of them when given (to leave large JSON columns unread)."""
        self._check_column(table, column)
        for name in columns or ():
            self._check_column(table, name)
        selected = ", ".join(f'"{name}"' for name in columns) if columns else "*"
        for chunk in _chunks(sorted(set(values))):
            marks = ", ".join("?" for _ in chunk)
            sql = f'SELECT {selected} FROM "{table}" WHERE "{column}" IN ({marks}) ORDER BY {self._order(table)}'
            yield from self._decoded(table, self.connection.execute(sql, chunk))

    def rows_matching_each(
        self, table: str, column: str, values: Iterable[Any], *, limit: int
    ) -> Iterator[dict[str, Any]]:
        """For each of `values`, the first `limit` rows (in table order) whose `column` is that
        value: one bounded, indexed lookup per value, so a value shared by very many rows costs
        no more than a rare one (an inverted index's common terms)."""
        self._check_column(table, column)
        sql = f'SELECT * FROM "{table}" WHERE "{column}" = ? ORDER BY {self._order(table)} LIMIT ?'
        for value in sorted(set(values)):
            yield from self._decoded(table, self.connection.execute(sql, (value, limit)))

    def rows_dated_near(
        self, table: str, column: str, values: Iterable[Any], *, first: str, last: str,
        windows: Iterable[tuple[str, str]], columns: Sequence[str] | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Rows whose `column` is one of `values` and whose ISO-day range [`first`, `last`]
        meets one of `windows` (inclusive (low, high) ISO days), or is no such range (an end
        NULL or not shaped YYYY-MM-DD: the caller judges those itself). The far rows are
        skipped inside SQLite, never decoded: a story's happenings near some days."""
        for name in (column, first, last, *(columns or ())):
            self._check_column(table, name)
        merged: list[list[str]] = []  # overlapping windows as one: a shorter statement
        for low, high in sorted(set(windows)):
            if merged and low <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], high)
            else:
                merged.append([low, high])
        day = "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"
        unshaped = f'"{first}" IS NULL OR "{last}" IS NULL OR NOT "{first}" GLOB {day} OR NOT "{last}" GLOB {day}'
        meets = "".join(f' OR ("{last}" >= ? AND "{first}" <= ?)' for _ in merged)
        selected = ", ".join(f'"{name}"' for name in columns) if columns else "*"
        bounds = [bound for window in merged for bound in window]
        for chunk in _chunks(sorted(set(values))):
            marks = ", ".join("?" for _ in chunk)
            sql = (f'SELECT {selected} FROM "{table}" WHERE "{column}" IN ({marks}) AND ({unshaped}{meets}) '
                   f"ORDER BY {self._order(table)}")
            yield from self._decoded(table, self.connection.execute(sql, [*chunk, *bounds]))

    def has_rows(self, table: str) -> bool:
        """Whether the table holds any row (constant time, unlike count)."""
        self._check_table(table)
        return self.connection.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None

    def rows_for_articles(self, table: str, article_ids: Iterable[str]) -> Iterator[dict[str, Any]]:
        yield from self.rows_matching(table, "id" if table == "articles" else "article_id", article_ids)

    def resolved_rows(self, table: str, overlays: Sequence[Overlay]) -> Iterator[dict[str, Any]]:
        """A table's rows with each overlay's columns in place of the extractor's, where the
        overlay has a row for it; columns keep the table's own order."""
        self._check_table(table)
        replaced: dict[str, str] = {}
        joins = []
        for i, overlay in enumerate(overlays):
            alias = f"o{i}"
            self._check_table(overlay.table)
            condition = " AND ".join(f'{alias}."{mine}" = t."{theirs}"' for mine, theirs in overlay.on)
            joins.append(f'LEFT JOIN "{overlay.table}" {alias} ON {condition}')
            present = f'{alias}."{overlay.on[0][0]}" IS NOT NULL'
            for column in overlay.columns:
                replaced[column] = f'CASE WHEN {present} THEN {alias}."{column}" ELSE t."{column}" END'
        selected = ", ".join(
            f'{replaced[c]} AS "{c}"' if c in replaced else f't."{c}"' for c in self.columns(table)
        )
        sql = f'SELECT {selected} FROM "{table}" t {" ".join(joins)} ORDER BY {self._order(table, "t.")}'
        yield from self._decoded(table, self.connection.execute(sql))

    def _origins_of(self, article_ids: Sequence[str] | None) -> dict[str, list[str]]:
        origins: dict[str, list[str]] = {}
        if article_ids is None:
            rows = self.connection.execute("SELECT article_id, origin FROM origins ORDER BY added_at, origin")
            for row in rows:
                origins.setdefault(row[0], []).append(row[1])
            return origins
        for chunk in _chunks(list(article_ids)):
            marks = ", ".join("?" for _ in chunk)
            rows = self.connection.execute(
                f"SELECT article_id, origin FROM origins WHERE article_id IN ({marks}) ORDER BY added_at, origin",
                chunk,
            )
            for row in rows:
                origins.setdefault(row[0], []).append(row[1])
        return origins

    def _as_articles(self, rows: Iterable[dict[str, Any]], origins: dict[str, list[str]]) -> Iterator[Article]:
        fields = {f.name for f in dataclasses.fields(Article)}
        for row in rows:
            values = {k: v for k, v in row.items() if k in fields}
            values["removed"] = [RemovedLine(**r) for r in values["removed"]]
            values["origins"] = origins.get(row["id"], [row["origin"]])
            yield Article(**values)

    def articles(self, *, where: str = "", params: Sequence[Any] = ()) -> Iterator[Article]:
        """Stored articles as Article records, with every origin they were read from."""
        yield from self._as_articles(self.rows("articles", where=where, params=params), self._origins_of(None))

    def articles_by_id(self, ids: Iterable[str]) -> list[Article]:
        ids = sorted(set(ids))
        return list(self._as_articles(self.rows_matching("articles", "id", ids), self._origins_of(ids)))

    def records(self, table: str, cls: type, *, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a table rebuilt as their model records."""
        return [from_row(cls, row) for row in self.rows(table, where=where, params=params)]

    def records_for_articles(self, table: str, cls: type, article_ids: Iterable[str]) -> dict[str, list[Any]]:
        """A per-article table's records of these articles, by article id, in table order."""
        found: dict[str, list[Any]] = {}
        for row in self.rows_for_articles(table, article_ids):
            found.setdefault(row["article_id"], []).append(from_row(cls, row))
        return found

    def published_dates(self) -> dict[str, str | None]:
        """Article id -> publication date, without reading the texts."""
        return dict(self.connection.execute("SELECT id, published FROM articles").fetchall())

    def count(self, table: str) -> int:
        self._check_table(table)
        return self.connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

    def grouped_counts(self, column: str, *, table: str = "articles") -> list[tuple[Any, int]]:
        """Row counts per value of one column (articles per source, events per category ...)."""
        self._check_column(table, column)
        rows = self.connection.execute(
            f'SELECT "{column}", COUNT(*) FROM "{table}" GROUP BY "{column}" ORDER BY "{column}"'
        )
        return [(row[0], row[1]) for row in rows]
