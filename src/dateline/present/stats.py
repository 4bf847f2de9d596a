"""Corpus figures: counts per source, per day, per format, and of every extracted record."""

from __future__ import annotations

from typing import Any

from dateline.components import DEFAULT, Components
from dateline.store import Store


def corpus_stats(store: Store, *, components: Components = DEFAULT) -> dict[str, Any]:
    """Plain figures (JSON-ready) describing what the store holds."""

    def grouped(column: str, table: str = "articles") -> dict[str, int]:
        if column not in store.columns(table):
            return {}  # a component left out of this store's set
        return {("(none)" if key is None else str(key)): n
                for key, n in store.grouped_counts(column, table=table)}

    runs = list(store.rows("runs"))
    if runs:
        runs[-1]["error_lines"] = [str(e) for e in store.run_errors(runs[-1]["id"])]
    return {
        "database": store.path,
        "schema_version": store.schema_version,
        "totals": {table: store.count(table) for table in components.export_tables if store.columns(table)},
        "per_source": grouped("source"),
        "per_day": grouped("published"),
        "per_format": grouped("format"),
        "published_from": grouped("published_from"),
        "language": grouped("language"),
        "events_per_category": grouped("category", "events"),
        "events_per_mode": grouped("mode", "events"),
        "places_per_country": grouped("country", "places"),
        "last_run": runs[-1] if runs else None,
    }


def format_stats(figures: dict[str, Any]) -> str:
    lines = [f"{figures['database']} (schema {figures['schema_version']})", ""]
    lines += [f"{name:>16}  {count}" for name, count in figures["totals"].items()]
    for title, key in (("per source", "per_source"), ("per day", "per_day"),
                       ("per format", "per_format"), ("publication date from", "published_from"),
                       ("language", "language"), ("events per category", "events_per_category"),
                       ("events per mode", "events_per_mode"), ("places per country", "places_per_country")):
        if not figures.get(key):
            continue
        lines += ["", title]
        width = max((len(k) for k in figures[key]), default=0)
        lines += [f"  {name:<{width}}  {count:>6}" for name, count in figures[key].items()]
    run = figures.get("last_run")
    if run:
        lines += ["", f"last run {run['finished_at']}: {run['stored']} articles stored, "
                      f"{run['duplicates']} duplicates, {run['errors']} errors"]
        lines += [f"  error: {line}" for line in run["error_lines"]]
    return "\n".join(lines)
