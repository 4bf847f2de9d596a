"""The SQLite store: one file, WAL, foreign keys, numbered migrations, declared tables.

Rows are written from the models' dataclasses: a field is stored in the column of the same
name; lists, dicts and nested records are JSON text, decoded on the way out (which columns
are JSON comes from the tables' declarations, dateline.store.schema). Every value is a
parameter; table and column names come from declarations and the database's own schema only.
This module opens, migrates and writes; sqlite_reads.py reads, sqlite_sql.py holds the SQL helpers.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from dateline.errors import StoreError
from dateline.models import Article, ArticleAnalysis, IngestError
from dateline.store.migrations import MIGRATIONS, SCHEMA_VERSION
from dateline.store.schema import TableSpec
from dateline.store.sqlite_reads import SQLiteReads
from dateline.store.sqlite_sql import _chunks, _create_table, _encode, _pack, _quoted
from dateline.store.tables import CORE_TABLES
from dateline.timeutil import utc_now


class SQLiteStore(SQLiteReads):
    """A dateline database in one SQLite file: batches in transactions, tables read back as dicts
    (the reading methods are SQLiteReads', dateline.store.sqlite_reads)."""

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
        """Create each declared table that is missing, add the columns it has gained and drop
        those its declaration says it no longer has (TableSpec.dropped)."""
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
                    for name in spec.dropped:  # SQLite 3.35 or later
                        if name in existing:
                            self.connection.execute(f'ALTER TABLE "{spec.name}" DROP COLUMN "{name}"')
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
        spec = self.specs.get(table)
        packed = spec.packed_columns if spec else frozenset()
        encoders = [_pack if c in packed else _encode for c in columns]
        cursor = self.connection.executemany(
            f'{verb} INTO "{table}" ({_quoted(columns)}) VALUES ({marks})',
            [tuple(encode(row.get(c)) for encode, c in zip(encoders, columns)) for row in rows],
        )
        return max(cursor.rowcount, 0)

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(list(ids)):
            marks = ", ".join("?" for _ in chunk)
            rows = self.connection.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def add_origins(self, copies: Iterable[Article]) -> int:
        """Record where each copy of an article already stored was read from, with what that
        copy itself said (source, date, url, title); returns how many origins were new."""
        now = utc_now()
        rows = [_origin_row(copy, copy.origin, now) for copy in copies]
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
                origin_rows.append(_origin_row(article, origin, now))
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

    def insert_rows(self, table: str, records: Iterable[Any]) -> int:
        rows = [r if isinstance(r, dict) else dataclasses.asdict(r) for r in records]
        with self.transaction():
            return self._insert(table, rows, verb="INSERT OR REPLACE")

    def mark_linked(self, linker: str) -> None:
        """Move the linker's mark (unlinked_articles) to the last article of the unbroken run,
        in storage order, of articles it has a linked_articles row for; only the articles
        stored after the old mark are read."""
        if not self.columns("link_marks"):
            return
        with self.transaction():
            start = self._link_mark(linker)
            gap = self.connection.execute(
                "SELECT MIN(rowid) FROM articles a WHERE rowid > ? AND NOT EXISTS "
                "(SELECT 1 FROM linked_articles l WHERE l.linker = ? AND l.article_id = a.id)",
                (start, linker),
            ).fetchone()[0]
            if gap is None:  # every article taken into account: the mark goes to the last one
                last = self.connection.execute("SELECT rowid, id FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()
            else:
                last = self.connection.execute(
                    "SELECT rowid, id FROM articles WHERE rowid < ? ORDER BY rowid DESC LIMIT 1", (gap,)
                ).fetchone()
            if last is None or last[0] <= start:
                return
            self.connection.execute(
                "INSERT OR REPLACE INTO link_marks (linker, article_rowid, article_id) VALUES (?, ?, ?)",
                (linker, last[0], last[1]),
            )

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


def _origin_row(article: Article, origin: str, now: str) -> dict[str, Any]:
    """An origins row; what the copy said is known only for the origin the article was read from
    (a copy met in the same batch is added on its own, add_origins)."""
    own = origin == article.origin
    given = article.published if article.published_from != "inferred" else None
    return {
        "article_id": article.id, "origin": origin, "format": article.format, "added_at": now,
        "source": article.source if own else None, "published": given if own else None,
        "url": article.url if own else None, "title": article.title if own else None,
    }
