"""The analysis job: ingest -> clean -> analyse (per article) -> store -> link (across articles).

Articles stream through in batches so memory stays flat on large corpora, and each
batch is stored in one transaction: a crash loses at most the batch in flight.
An article is identified by its cleaned text, so reading it again (from the same
file or another) only records the extra origin.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from dateline.analyse.failures import split_failures
from dateline.analyse.pipeline import load_nlp, run_parallel
from dateline.clean import clean
from dateline.components import DEFAULT, Components
from dateline.ingest import read_paths
from dateline.ingest.files import database_files
from dateline.interrupts import interrupts_deferred
from dateline.link.registry import LinkBatch
from dateline.models import Article, IngestError, RawArticle
from dateline.settings import Settings
from dateline.store import Store
from dateline.timeutil import utc_now

log = logging.getLogger(__name__)


@dataclass
class LinkSummary:
    """What the linkers did, by linker name (each linker's own figures)."""

    figures: dict[str, dict[str, int]] = field(default_factory=dict)

    def get(self, figure: str, default: int = 0) -> int:
        for by_name in self.figures.values():
            if figure in by_name:
                return by_name[figure]
        return default

    @property
    def inferred_dates(self) -> int:
        return self.get("inferred_dates")

    @property
    def entities(self) -> int:
        return self.get("entities")

    @property
    def quotes_linked(self) -> int:
        return self.get("quotes_linked")


def link(store: Store, batch: LinkBatch, *, components: Components = DEFAULT) -> LinkSummary:
    """Run every registered linker over the batch (`LinkBatch.everything()` relinks all)."""
    return LinkSummary(components.linkers.run(store, batch))


@dataclass
class RunSummary:
    """What one `analyze` run did."""

    stored: int = 0
    duplicates: int = 0
    errors: list[IngestError] = field(default_factory=list)
    link: LinkSummary | None = None

    def line(self) -> str:
        return f"{self.stored} articles stored, {self.duplicates} duplicates, {len(self.errors)} errors"


def _report_error(
    error: IngestError, *, summary: RunSummary, on_error: Callable[[IngestError], None] | None
) -> None:
    summary.errors.append(error)
    if on_error:
        on_error(error)


def _batches(
    items: Iterable[RawArticle | IngestError], *, size: int, summary: RunSummary,
    on_error: Callable[[IngestError], None] | None,
) -> Iterator[list[Article]]:
    """Clean raw articles and group them in batches; errors are reported and skipped."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, IngestError):
            summary.errors.append(item)
            if on_error:
                on_error(item)
            continue
        try:
            article = clean(item)
        except Exception as exc:  # cleaning must never raise; if it does, the batch goes on
            log.exception("cleaning failed for %s", item.origin)
            error = IngestError(item.origin, f"could not clean article: {exc}")
            summary.errors.append(error)
            if on_error:
                on_error(error)
            continue
        if article is None:
            error = IngestError(item.origin, "no article text left after cleaning")
            summary.errors.append(error)
            if on_error:
                on_error(error)
            continue
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def analyze_paths(
    paths: list[str],
    *,
    store: Store,
    settings: Settings = Settings(),
    components: Components = DEFAULT,
    stdin: TextIO | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    on_progress: Callable[[int], None] | None = None,
    summary: RunSummary | None = None,
) -> RunSummary:
    """Read, clean, analyse and store every article under `paths`, then link what changed.

    Pass `summary` to know what was stored when the run is interrupted (KeyboardInterrupt):
    every batch before the one in flight is stored; re-running finishes the job.
    """
    started_at = utc_now()
    summary = summary if summary is not None else RunSummary()
    components = components.configured(settings)  # a bad user data file stops the run here
    nlp = load_nlp(settings.model)  # fail early, before reading anything, when the model is missing
    analysed_with = f"{settings.model}=={nlp.meta.get('version', '?')}"
    changed: set[str] = set()
    recopied: set[str] = set()  # stored articles read again from a new origin
    raw_items = read_paths(paths, max_bytes=settings.max_bytes, stdin=stdin, exclude=database_files(store.path))
    for batch in _batches(raw_items, size=settings.batch_size, summary=summary, on_error=on_error):
        new: dict[str, Article] = {}
        copies: list[Article] = []  # copies of stored articles, and of ones this batch stores
        known = store.known_article_ids(a.id for a in batch)
        for article in batch:
            if article.id in known or article.id in new:
                summary.duplicates += 1
                copies.append(article)
            else:
                article.origins = list(article.origins or [article.origin])
                new[article.id] = article
        copies_of_stored = [c for c in copies if c.id in known]
        if copies_of_stored and store.add_origins(copies_of_stored):
            # another origin changes no analysis, but its outlet joins the article's story
            recopied.update(c.id for c in copies_of_stored)
        if on_progress and len(batch) > len(new):
            on_progress(len(batch) - len(new))
        for chunk, results in run_parallel(
            list(new.values()), model=settings.model, workers=settings.workers,
            chunk_size=settings.analysis_chunk, extractors=components.extractors,
        ):
            chunk, analyses, failed = split_failures(chunk, results)
            for article, message in failed:
                _report_error(IngestError(article.origin, message), summary=summary, on_error=on_error)
            with interrupts_deferred():  # a stored chunk is always counted
                inserted = store.save_analysed(
                    chunk, analyses, tables=components.result_tables, analysed_with=analysed_with
                )
                summary.stored += inserted  # what THIS run stored: another writer may have been first
                summary.duplicates += len(chunk) - inserted
                changed.update(a.id for a in chunk)
            if on_progress:
                on_progress(len(chunk) + len(failed))
        stored_now = [c for c in copies if c.id in new and c.id in changed]
        if stored_now:
            store.add_origins(stored_now)  # each copy's own outlet and date, once its article is stored
    summary.link = link(store, LinkBatch(frozenset(changed), revised=frozenset(recopied - changed)), components=components)
    store.record_run(
        command="analyze", started_at=started_at, stored=summary.stored,
        duplicates=summary.duplicates, errors=summary.errors,
    )
    return summary
