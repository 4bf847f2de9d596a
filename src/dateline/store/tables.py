"""The core tables every dateline database has, declared from their records.

Extractor and linker tables are declared by their registry entries; these are the ones the
numbered migrations create and every stage shares: articles, their origins, and runs.
"""

from __future__ import annotations

from dateline.models import Article
from dateline.store.schema import Column, TableSpec

ARTICLES = TableSpec.from_record(
    "articles", Article, key=("id",), order=("published", "id"), exclude=("origins",),
    extra=(Column("analysed_with", "TEXT"), Column("added_at", "TEXT", nullable=False)),
    indexes=(("published",), ("source",)), per_article=False,
)
ORIGINS = TableSpec(
    "origins",
    (Column("article_id", "TEXT", nullable=False), Column("origin", "TEXT", nullable=False),
     Column("format", "TEXT"), Column("added_at", "TEXT", nullable=False),
     # what this copy itself said: the same text from two outlets, or sent again on another
     # day, is one article; each copy's outlet, date, address and headline are kept here
     Column("source", "TEXT"), Column("published", "TEXT"), Column("url", "TEXT"), Column("title", "TEXT")),
    key=("article_id", "origin"), indexes=(("origin",),), order=("article_id", "origin"),
)
RUNS = TableSpec(
    "runs",
    (Column("id", "INTEGER", nullable=False), Column("started_at", "TEXT", nullable=False),
     Column("finished_at", "TEXT"), Column("command", "TEXT", nullable=False),
     Column("stored", "INTEGER", nullable=False), Column("duplicates", "INTEGER", nullable=False),
     Column("errors", "INTEGER", nullable=False)),
    key=("id",), order=("id",), per_article=False,
)
INGEST_ERRORS = TableSpec(
    "ingest_errors",
    (Column("run_id", "INTEGER", nullable=False), Column("origin", "TEXT", nullable=False),
     Column("message", "TEXT", nullable=False)),
    order=("run_id",), per_article=False,
)
CORE_TABLES = (ARTICLES, ORIGINS, RUNS, INGEST_ERRORS)
