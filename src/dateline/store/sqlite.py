"""The SQLite store: one file, WAL, foreign keys, numbered migrations, declared tables.

Rows are written from the models' dataclasses: a field is stored in the column of the same
name; lists, dicts and nested records are JSON text, decoded on the way out (which columns
are JSON comes from the tables' declarations, dateline.store.schema). Every value is a
parameter; table and column names come from declarations and the database's own schema only.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dateline.errors import StoreError
from dateline.models import Article, ArticleAnalysis, IngestError, RemovedLine
from dateline.store.migrations import MIGRATIONS, SCHEMA_VERSION
from dateline.store.schema import Overlay, TableSpec
from dateline.store.tables import CORE_TABLES
from dateline.timeutil import utc_now

IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's parameter limit


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(values), IN_CHUNK):
        yield values[i : i + IN_CHUNK]


class SQLiteStore:
    """A dateline database in one SQLite file: batches in transactions, tables read back as dicts."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self.connection = connection
        self.path = path
        self._columns: dict[str, list[str]] = {}
        self.specs: dict[str, TableSpec] = {spec.name: spec for spec in CORE_TABLES}

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, tables: Iterable[TableSpec] = ()) -> "SQLiteStore":
        """Open (creating and migrating) a database, and make sure the declared tables exist."""
        path = str(path)
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA busy_timeout = 30000")
            if path != ":memory:":
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(connection, path)
        try:
            store.migrate()
            store.declare(tables)
        except sqlite3.Error as exc:
            connection.close()
            raise StoreError(f"cannot prepare database {path}: {exc}") from exc
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "SQLiteStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        row = self.connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
        ).fetchone()
        if row is None:
            return 0
        return self.connection.execute("SELECT MAX(version) FROM schema_migrations").fetchone()[0] or 0

    def migrate(self) -> list[int]:
        """Apply every migration newer than the database.

        The write lock is taken first and the version read inside it, so two processes opening
        a new database together apply each migration once (the second waits, then finds
        nothing left to do)."""
        applied = []
        with self.transaction():
            self.connection.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            current = self.schema_version
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} has schema version {current}, newer than this dateline "
                    f"({SCHEMA_VERSION}); upgrade dateline"
                )
            for migration in MIGRATIONS:
                if migration.version <= current:
                    continue
                for statement in migration.statements:
                    self.connection.execute(statement)
                self.connection.execute(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.description, utc_now()),
                )
                applied.append(migration.version)
        self._columns.clear()
        return applied

    def declare(self, specs: Iterable[TableSpec]) -> None:
        """Create each declared table that is missing and add the columns it has gained."""
        specs = [s for s in specs if s.name not in self.specs or self.specs[s.name] != s]
        if not specs:
            return
        with self.transaction():
            for spec in specs:
                existing = self.columns(spec.name)
                if not existing:
                    self.connection.execute(_create_table(spec))
                else:
                    for column in spec.columns:
                        if column.name not in existing:
                            self.connection.execute(
                                f'ALTER TABLE "{spec.name}" ADD COLUMN "{column.name}" {column.type}'
                            )
                for index in spec.indexes:
                    name = f"{spec.name}_{'_'.join(index)}"
                    self.connection.execute(
                        f'CREATE INDEX IF NOT EXISTS "{name}" ON "{spec.name}" ({_quoted(index)})'
                    )
                self._columns.pop(spec.name, None)
                self.specs[spec.name] = spec

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything inside is stored, or nothing is."""
        if self.connection.in_transaction:  # nested: part of the outer unit
            yield
            return
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def columns(self, table: str) -> list[str]:
        if table not in self._columns:
            rows = self.connection.execute("SELECT name FROM pragma_table_info(?)", (table,))
            names = [row[0] for row in rows]
            if not names:
                return []
            self._columns[table] = names
        return self._columns[table]

    # ------------------------------------------------------------------ writing

    def _insert(self, table: str, rows: Sequence[dict[str, Any]], *, verb: str = "INSERT") -> int:
        if not rows:
            return 0
        columns = [c for c in self.columns(table) if c in rows[0]]
        marks = ", ".join("?" for _ in columns)
        cursor = self.connection.executemany(
            f'{verb} INTO "{table}" ({_quoted(columns)}) VALUES ({marks})',
            [tuple(_encode(row.get(c)) for c in columns) for row in rows],
        )
        return max(cursor.rowcount, 0)

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            rows = self.connection.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def add_origins(self, pairs: Iterable[tuple[str, str, str | None]]) -> int:
        """Record (article_id, origin, format) for articles already stored; returns how many were new."""
        now = utc_now()
        rows = [{"article_id": a, "origin": o, "format": f, "added_at": now} for a, o, f in pairs]
        with self.transaction():
            return self._insert("origins", rows, verb="INSERT OR IGNORE")

    def save_analysed(
        self,
        articles: Sequence[Article],
        analyses: Sequence[ArticleAnalysis],
        *,
        tables: dict[str, str],
        analysed_with: str,
    ) -> int:
        """Store a batch of articles with their analyses, in one transaction; returns how many
        articles this call inserted (another writer may have stored some first).

        `tables` maps each extractor's name to its table. Per-article rows are replaced,
        never appended, so re-analysing is idempotent."""
        now = utc_now()
        article_rows, origin_rows = [], []
        for article in articles:
            row = dataclasses.asdict(article)
            row.update(analysed_with=analysed_with, added_at=now)
            article_rows.append(row)
            for origin in article.origins or [article.origin]:
                origin_rows.append(
                    {"article_id": article.id, "origin": origin, "format": article.format, "added_at": now}
                )
        with self.transaction():
            before = self.connection.total_changes
            self._insert("articles", article_rows, verb="INSERT OR IGNORE")
            inserted = self.connection.total_changes - before
            self._insert("origins", origin_rows, verb="INSERT OR IGNORE")
            for analysis in analyses:
                for name, table in tables.items():
                    self.connection.execute(f'DELETE FROM "{table}" WHERE article_id = ?', (analysis.article_id,))
                    rows = [dataclasses.asdict(record) for record in analysis[name]]
                    # OR REPLACE: an extractor reporting the same span twice must not fail the batch
                    self._insert(table, rows, verb="INSERT OR REPLACE")
        return inserted

    def replace_rows(self, table: str, records: Iterable[Any], *, article_ids: Iterable[str] | None) -> None:
        """A linker's rows: those of `article_ids` (or all, when None) replaced by `records`."""
        rows = [r if isinstance(r, dict) else dataclasses.asdict(r) for r in records]
        with self.transaction():
            if article_ids is None:
                self.connection.execute(f'DELETE FROM "{table}"')
            else:
                for chunk in _chunks(sorted(set(article_ids))):
                    marks = ", ".join("?" for _ in chunk)
                    self.connection.execute(f'DELETE FROM "{table}" WHERE article_id IN ({marks})', chunk)
            self._insert(table, rows, verb="INSERT OR REPLACE")

    def delete_matching(self, table: str, column: str, values: Iterable[Any]) -> None:
        """Delete a linker table's rows whose `column` is one of `values`."""
        self._check_column(table, column)
        with self.transaction():
            for chunk in _chunks(sorted(set(values))):
                marks = ", ".join("?" for _ in chunk)
                self.connection.execute(f'DELETE FROM "{table}" WHERE "{column}" IN ({marks})', chunk)

    def update_matching(self, table: str, column: str, values: Iterable[Any], **changes: Any) -> None:
        """Set `changes` on a linker table's rows whose `column` is one of `values`."""
        self._check_column(table, column)
        for name in changes:
            self._check_column(table, name)
        assignments = ", ".join(f'"{name}" = ?' for name in changes)
        with self.transaction():
            for chunk in _chunks(sorted(set(values))):
                marks = ", ".join("?" for _ in chunk)
                self.connection.execute(
                    f'UPDATE "{table}" SET {assignments} WHERE "{column}" IN ({marks})',
                    [_encode(v) for v in changes.values()] + list(chunk),
                )

    def unlinked_articles(self, linker: str) -> set[str]:
        """Stored articles the linker has not taken into account yet."""
        rows = self.connection.execute(
            "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM linked_articles WHERE linker = ?)",
            (linker,),
        )
        return {row[0] for row in rows}

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

    def insert_rows(self, table: str, records: Iterable[Any]) -> int:
        rows = [r if isinstance(r, dict) else dataclasses.asdict(r) for r in records]
        with self.transaction():
            return self._insert(table, rows, verb="INSERT OR REPLACE")

    def set_inferred_dates(self, inferred: dict[str, Any]) -> None:
        """Record inferred publication dates, or only their bounds, with their evidence; given
        metadata always wins (only null or inferred rows change). Values are InferredDate
        records (dateline.link.pubdates.infer) or (date, confidence) pairs."""
        rows = []
        for article_id, found in inferred.items():
            if isinstance(found, tuple):
                date, confidence, earliest, latest, evidence = *found, None, None, []
            else:
                date, confidence = found.date, found.confidence
                earliest, latest, evidence = found.earliest, found.latest, list(found.evidence)
            rows.append((date, "inferred" if date else None, confidence, earliest, latest,
                         _encode(evidence), article_id))
        with self.transaction():
            self.connection.execute(
                "UPDATE articles SET published = NULL, published_confidence = NULL, published_from = NULL "
                "WHERE published_from = 'inferred'"
            )
            self.connection.execute(
                "UPDATE articles SET published_earliest = NULL, published_latest = NULL, published_evidence = '[]' "
                "WHERE published IS NULL"
            )
            self.connection.executemany(
                "UPDATE articles SET published = ?, published_from = ?, published_confidence = ?, "
                "published_earliest = ?, published_latest = ?, published_evidence = ? "
                "WHERE id = ? AND published IS NULL",
                rows,
            )

    def record_run(
        self, *, command: str, started_at: str, stored: int, duplicates: int, errors: Sequence[IngestError]
    ) -> int:
        """Record what a run did, with every input it could not read; returns the run's id."""
        with self.transaction():
            cursor = self.connection.execute(
                "INSERT INTO runs (started_at, finished_at, command, stored, duplicates, errors) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (started_at, utc_now(), command, stored, duplicates, len(errors)),
            )
            run_id = cursor.lastrowid
            self.connection.executemany(
                "INSERT INTO ingest_errors (run_id, origin, message) VALUES (?, ?, ?)",
                [(run_id, e.origin, e.message) for e in errors],
            )
        return run_id

    # ------------------------------------------------------------------ reading

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
        boolean_columns = spec.boolean_columns if spec else frozenset()
        names = [d[0] for d in cursor.description]
        for row in cursor:
            out = {}
            for name, value in zip(names, row):
                if name in json_columns and isinstance(value, str):
                    value = json.loads(value)
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

    def rows_matching(self, table: str, column: str, values: Iterable[Any]) -> Iterator[dict[str, Any]]:
        """Rows whose `column` is one of `values` (an indexed lookup when the column is indexed)."""
        self._check_column(table, column)
        for chunk in _chunks(sorted(set(values))):
            marks = ", ".join("?" for _ in chunk)
            sql = f'SELECT * FROM "{table}" WHERE "{column}" IN ({marks}) ORDER BY {self._order(table)}'
            yield from self._decoded(table, self.connection.execute(sql, chunk))

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
        fields = {f.name for f in dataclasses.fields(cls)}
        return [
            cls(**{k: v for k, v in row.items() if k in fields})
            for row in self.rows(table, where=where, params=params)
        ]

    def published_dates(self) -> dict[str, str | None]:
        """Article id -> publication date, without reading the texts."""
        return dict(self.connection.execute("SELECT id, published FROM articles").fetchall())

    def count(self, table: str) -> int:
        self._check_table(table)
        return self.connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]

    def grouped_counts(self, column: str) -> list[tuple[Any, int]]:
        """Article counts per value of one articles column (source, published, format ...)."""
        self._check_column("articles", column)
        rows = self.connection.execute(
            f'SELECT "{column}", COUNT(*) FROM articles GROUP BY "{column}" ORDER BY "{column}"'
        )
        return [(row[0], row[1]) for row in rows]


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
