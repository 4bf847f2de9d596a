"""All of dateline's SQL, over one SQLite file (WAL, foreign keys, migrations).

Rows are written from the models' dataclasses: a field is stored in the column of
the same name; lists and dicts are stored as JSON text and decoded on the way out.
Every query is parametrised; table and column names come from the schema only.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from dateline.errors import StoreError
from dateline.models import Article, ArticleAnalysis, Entity, IngestError, Quote, RemovedLine, Timex
from dateline.store.migrations import MIGRATIONS, SCHEMA_VERSION

# Per-article result tables, in the order they are written, with the analysis attribute feeding each.
RESULT_TABLES = {
    "entity_mentions": "entities",
    "quotes": "quotes",
    "timexes": "timexes",
    "amounts": "amounts",
}
EXPORT_TABLES = ("articles", "quotes", "entities", "entity_mentions", "timexes", "amounts", "origins")
JSON_COLUMNS = {"removed", "metadata", "descriptors", "aliases", "article_ids"}


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _encode(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return int(value)
    return value


def _decode(column: str, value: Any) -> Any:
    if column in JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    if column == "in_caption" and value is not None:
        return bool(value)
    return value


class Store:
    """A dateline database: open it, write batches in transactions, read tables back."""

    def __init__(self, connection: sqlite3.Connection, path: str):
        self.connection = connection
        self.path = path
        self._columns: dict[str, list[str]] = {}

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        path = str(path)
        try:
            if path != ":memory:":
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute("PRAGMA busy_timeout = 10000")
            if path != ":memory:":
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}") from exc
        store = cls(connection, path)
        store.migrate()
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        row = self.connection.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
        return row[0] or 0

    def migrate(self) -> list[int]:
        """Apply every migration newer than the database, each in its own transaction."""
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {current}, newer than this dateline "
                f"({SCHEMA_VERSION}); upgrade dateline"
            )
        applied = []
        for version, description, sql in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction():
                for statement in sql.split(";"):
                    if statement.strip():
                        self.connection.execute(statement)
                self.connection.execute(
                    "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                    (version, description, utc_now()),
                )
            applied.append(version)
        self._columns.clear()
        return applied

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything inside is stored, or nothing is."""
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
            self._columns[table] = [row[0] for row in rows]
        return self._columns[table]

    # ------------------------------------------------------------------ writing

    def _insert(self, table: str, rows: Sequence[dict[str, Any]], *, verb: str = "INSERT") -> None:
        if not rows:
            return
        columns = [c for c in self.columns(table) if c in rows[0]]
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        self.connection.executemany(
            f"{verb} INTO {table} ({quoted}) VALUES ({marks})",
            [tuple(_encode(row.get(c)) for c in columns) for row in rows],
        )

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self.connection.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
            found.update(row[0] for row in rows)
        return found

    def add_origins(self, pairs: Iterable[tuple[str, str, str | None]]) -> int:
        """Record (article_id, origin, format) for articles already stored; returns how many were new."""
        rows = [
            {"article_id": a, "origin": o, "format": f, "added_at": utc_now()} for a, o, f in pairs
        ]
        before = self.connection.total_changes
        with self.transaction():
            self._insert("origins", rows, verb="INSERT OR IGNORE")
        return self.connection.total_changes - before

    def save_analysed(
        self,
        articles: Sequence[Article],
        analyses: Sequence[ArticleAnalysis],
        *,
        analysed_with: str,
    ) -> int:
        """Store a batch of new articles with their analyses, in one transaction; returns how
        many articles were new (another writer may have stored some meanwhile).

        Per-article rows are replaced, never appended, so re-analysing is idempotent.
        """
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
                self._replace_results(analysis)
        return inserted

    def _replace_results(self, analysis: ArticleAnalysis) -> None:
        for table, attribute in RESULT_TABLES.items():
            self.connection.execute(f"DELETE FROM {table} WHERE article_id = ?", (analysis.article_id,))
            rows = [dataclasses.asdict(record) for record in getattr(analysis, attribute)]
            if table == "quotes":
                for row in rows:
                    row["speaker_in_article"] = row["speaker_in_article"] or row["speaker"]
            # INSERT OR REPLACE: an extractor reporting the same span twice must not fail the batch.
            self._insert(table, rows, verb="INSERT OR REPLACE")

    def set_inferred_dates(self, inferred: dict[str, tuple[str, float]]) -> None:
        """Record inferred publication dates; given metadata always wins (only null or inferred rows change)."""
        with self.transaction():
            self.connection.execute(
                "UPDATE articles SET published = NULL, published_confidence = NULL, published_from = NULL "
                "WHERE published_from = 'inferred'"
            )
            self.connection.executemany(
                "UPDATE articles SET published = ?, published_from = 'inferred', published_confidence = ? "
                "WHERE id = ? AND published IS NULL",
                [(date, confidence, article_id) for article_id, (date, confidence) in inferred.items()],
            )

    def replace_timexes(self, article_id: str, timexes: Sequence[Timex]) -> None:
        with self.transaction():
            self.connection.execute("DELETE FROM timexes WHERE article_id = ?", (article_id,))
            self._insert("timexes", [dataclasses.asdict(t) for t in timexes], verb="INSERT OR REPLACE")

    def replace_entities(
        self, entities: Sequence[Entity], mention_entity_ids: dict[tuple[str, str, str], str]
    ) -> None:
        """Replace the corpus-wide identities and point every mention at its entity."""
        with self.transaction():
            self.connection.execute("DELETE FROM entities")
            self._insert("entities", [dataclasses.asdict(e) for e in entities])
            self.connection.execute("UPDATE entity_mentions SET entity_id = NULL")
            self.connection.executemany(
                "UPDATE entity_mentions SET entity_id = ? WHERE article_id = ? AND type = ? AND name = ?",
                [(eid, a, t, n) for (a, t, n), eid in mention_entity_ids.items()],
            )

    def update_quote_speakers(self, quotes: Sequence[Quote]) -> None:
        with self.transaction():
            self.connection.executemany(
                "UPDATE quotes SET speaker = ?, speaker_entity_id = ? WHERE id = ?",
                [(q.speaker, q.speaker_entity_id, q.id) for q in quotes],
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

    def run_errors(self, run_id: int) -> list[IngestError]:
        rows = self.connection.execute(
            "SELECT origin, message FROM ingest_errors WHERE run_id = ? ORDER BY rowid", (run_id,)
        )
        return [IngestError(origin, message) for origin, message in rows]

    # ------------------------------------------------------------------ reading

    def rows(self, table: str, *, where: str = "", params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Every row of a table as a dict, JSON columns decoded, in a stable order."""
        if not self.columns(table):
            raise StoreError(f"no table {table!r} in {self.path}")
        order = {
            "articles": "published, id",
            "origins": "article_id, origin",
            "entities": "type, name, id",
            "quotes": "article_id, field, start",
            "runs": "id",
        }.get(table, 'article_id, field, start, "end"')
        sql = f"SELECT * FROM {table} {('WHERE ' + where) if where else ''} ORDER BY {order}"
        cursor = self.connection.execute(sql, params)
        names = [d[0] for d in cursor.description]
        for row in cursor:
            yield {name: _decode(name, value) for name, value in zip(names, row)}

    def articles(self, *, where: str = "", params: Sequence[Any] = ()) -> Iterator[Article]:
        """Stored articles as Article records, with every origin they were read from."""
        origins: dict[str, list[str]] = {}
        for row in self.connection.execute("SELECT article_id, origin FROM origins ORDER BY added_at, origin"):
            origins.setdefault(row[0], []).append(row[1])
        fields = {f.name for f in dataclasses.fields(Article)}
        for row in self.rows("articles", where=where, params=params):
            values = {k: v for k, v in row.items() if k in fields}
            values["removed"] = [RemovedLine(**r) for r in values["removed"]]
            values["origins"] = origins.get(row["id"], [row["origin"]])
            yield Article(**values)

    def records(self, table: str, cls: type, *, where: str = "", params: Sequence[Any] = ()) -> list[Any]:
        """Rows of a per-article table rebuilt as their model records."""
        fields = {f.name for f in dataclasses.fields(cls)}
        return [
            cls(**{k: v for k, v in row.items() if k in fields})
            for row in self.rows(table, where=where, params=params)
        ]

    def published_dates(self) -> dict[str, str | None]:
        """Article id -> publication date, without reading the texts."""
        return dict(self.connection.execute("SELECT id, published FROM articles").fetchall())

    def count(self, table: str) -> int:
        return self.connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]

    def grouped_counts(self, column: str) -> list[tuple[Any, int]]:
        """Article counts per value of one articles column (source, published, format ...)."""
        if column not in self.columns("articles"):
            raise StoreError(f"articles has no column {column!r}")
        rows = self.connection.execute(
            f'SELECT "{column}", COUNT(*) FROM articles GROUP BY "{column}" ORDER BY "{column}"'
        )
        return [(row[0], row[1]) for row in rows]
