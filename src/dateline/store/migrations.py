"""The store's core schema, as numbered migrations applied in order.

A migration is never edited once released: change the schema by appending one. Each is a
list of statements, executed one by one (no splitting of SQL text). The tables of extractors
and linkers are declared by their registry entries (dateline.store.schema.TableSpec) and
created or widened from those declarations; the numbered migrations own the core tables
(articles, origins, runs) and any change a declaration cannot make (a rename, a backfill).

Per-article results are keyed by article and character offsets, so re-analysing an article
replaces its rows instead of adding to them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    script: str

    @property
    def statements(self) -> list[str]:
        return sql_statements(self.script)


def sql_statements(script: str) -> list[str]:
    """The statements of a script, cut where SQLite's own parser says one is complete, so a
    ';' inside a string literal or a trigger body never cuts a statement."""
    statements, pending = [], ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip() and sqlite3.complete_statement(pending + ";"):
        statements.append(pending.strip())  # the last statement may go without its ';'
    elif pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]!r}")
    return statements


_RELEASED: list[tuple[int, str, str]] = [
    (
        1,
        "articles, origins, per-article results, entities, runs",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            origin TEXT NOT NULL,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            published_from TEXT,
            published_confidence REAL,
            source TEXT,
            url TEXT,
            dateline_place TEXT,
            dateline_date TEXT,
            language TEXT,
            removed TEXT NOT NULL DEFAULT '[]',
            word_count INTEGER NOT NULL,
            format TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            analysed_with TEXT,
            added_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles (published);
        CREATE INDEX articles_source ON articles (source);

        CREATE TABLE origins (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            origin TEXT NOT NULL,
            format TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (article_id, origin)
        );
        CREATE INDEX origins_origin ON origins (origin);

        CREATE TABLE entity_mentions (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            descriptors TEXT NOT NULL DEFAULT '[]',
            country TEXT,
            in_caption INTEGER NOT NULL DEFAULT 0,
            entity_id TEXT,
            PRIMARY KEY (article_id, field, start, "end", type)
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id);

        CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_entity_id TEXT,
            speaker_mention TEXT,
            speaker_start INTEGER,
            speaker_end INTEGER,
            speaker_in_article TEXT,
            cue TEXT,
            sentence TEXT NOT NULL
        );
        CREATE INDEX quotes_article ON quotes (article_id);
        CREATE INDEX quotes_speaker ON quotes (speaker_entity_id);

        CREATE TABLE timexes (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT,
            anchor TEXT,
            mod TEXT,
            expression TEXT,
            PRIMARY KEY (article_id, field, start, "end")
        );
        CREATE INDEX timexes_value ON timexes (value);

        CREATE TABLE amounts (
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value REAL,
            value_max REAL,
            magnitude REAL,
            unit TEXT NOT NULL,
            object TEXT,
            qualifier TEXT,
            PRIMARY KEY (article_id, field, start, "end")
        );

        CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            descriptors TEXT NOT NULL DEFAULT '[]',
            country TEXT,
            article_ids TEXT NOT NULL DEFAULT '[]',
            mentions INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            command TEXT NOT NULL,
            stored INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
    (
        2,
        "ingest errors per run, so a run's bad inputs can be listed later",
        """
        CREATE TABLE ingest_errors (
            run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            origin TEXT NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX ingest_errors_run ON ingest_errors (run_id);
        """,
    ),
    (
        3,
        "bounds and evidence of inferred publication dates",
        """
        ALTER TABLE articles ADD COLUMN published_earliest TEXT;
        ALTER TABLE articles ADD COLUMN published_latest TEXT;
        ALTER TABLE articles ADD COLUMN published_evidence TEXT NOT NULL DEFAULT '[]';
        """,
    ),
    (
        4,
        "quotes: the quoted pieces of each utterance (parts, JSON [[start, end], ...])",
        """
        ALTER TABLE quotes ADD COLUMN parts TEXT NOT NULL DEFAULT '[]';
        UPDATE quotes SET parts = '[[' || start || ', ' || "end" || ']]'
        """,
    ),
    (
        5,
        "quotes: the speaker's country (ISO-3) and sector",
        """
        ALTER TABLE quotes ADD COLUMN country TEXT;
        ALTER TABLE quotes ADD COLUMN sector TEXT;
        """,
    ),
    (
        6,
        "entity mentions and entities: the actor's sector (GOV, MIL, IGO ...)",
        """
        ALTER TABLE entity_mentions ADD COLUMN sector TEXT;
        ALTER TABLE entities ADD COLUMN sector TEXT;
        """,
    ),
    (
        7,
        "entity mentions and entities: the country as ISO-3",
        """
        ALTER TABLE entity_mentions ADD COLUMN country_code TEXT;
        ALTER TABLE entities ADD COLUMN country_code TEXT;
        """,
    ),
    (
        8,
        "origins: each copy's own source, publication date, url and title",
        """
        ALTER TABLE origins ADD COLUMN source TEXT;
        ALTER TABLE origins ADD COLUMN published TEXT;
        ALTER TABLE origins ADD COLUMN url TEXT;
        ALTER TABLE origins ADD COLUMN title TEXT;
        UPDATE origins SET
            source = (SELECT a.source FROM articles a WHERE a.id = origins.article_id),
            published = (SELECT a.published FROM articles a WHERE a.id = origins.article_id AND a.published_from IS NOT 'inferred'),
            url = (SELECT a.url FROM articles a WHERE a.id = origins.article_id),
            title = (SELECT a.title FROM articles a WHERE a.id = origins.article_id)
        WHERE origin = (SELECT a.origin FROM articles a WHERE a.id = origins.article_id)
        """,
    ),
]

MIGRATIONS: tuple[Migration, ...] = tuple(
    Migration(version, description, sql) for version, description, sql in _RELEASED
)
SCHEMA_VERSION = MIGRATIONS[-1].version
