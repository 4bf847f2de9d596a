"""The publication-dates linker: dates undated articles from their text and the corpus, and
re-anchors their time expressions on the inferred date (beside the extractor's rows)."""

from __future__ import annotations

from collections import defaultdict

from dateline.analyse.time import reanchor
from dateline.link.pubdates.infer import InferredDate, infer_publication_dates
from dateline.link.registry import LinkBatch, LinkOutcome, Linker
from dateline.models import Article, Timex, TimexAnchor
from dateline.store import Overlay, Store, TableSpec
import dataclasses

TIMEX_ANCHORS = TableSpec.from_record(
    "timex_anchors", TimexAnchor, key=("article_id", "field", "start", "end")
)


def link_publication_dates(store: Store, batch: LinkBatch) -> LinkOutcome:
    """Infer publication dates (or only bounds) where metadata gave none; time expressions
    re-anchor on an inferred date and stay unresolved without one."""
    before = {a: d for a, d in store.published_dates().items()}
    articles = [
        dataclasses.replace(a, published=None, published_from=None, published_confidence=None)
        if a.published_from == "inferred" else a
        for a in store.articles()
    ]
    timexes: dict[str, list[Timex]] = defaultdict(list)
    for timex in store.records("timexes", Timex):
        timexes[timex.article_id].append(timex)
    inferred = infer_publication_dates(articles, timexes)
    store.set_inferred_dates(inferred)
    store.replace_rows("timex_anchors", _anchors(articles, timexes, inferred), article_ids=None)
    after = store.published_dates()
    changed = frozenset(a for a, d in after.items() if before.get(a) != d and a not in batch.article_ids)
    return LinkOutcome({"inferred_dates": sum(1 for found in inferred.values() if found.date)}, changed)


def _anchors(
    articles: list[Article], timexes: dict[str, list[Timex]], inferred: dict[str, InferredDate]
) -> list[TimexAnchor]:
    """Time expressions of undated articles resolved against the inferred date, where it
    changes them; an article still undated keeps its unresolved values."""
    rows = []
    for article in articles:
        if article.published is not None:
            continue
        found = inferred.get(article.id)
        anchor = found.date if found else None
        own = timexes.get(article.id, [])
        if own and any(t.anchor != anchor for t in own if t.expression):
            rows.extend(
                TimexAnchor(t.article_id, t.field, t.start, t.end, t.value, t.anchor) for t in reanchor(own, anchor)
            )
    return rows


COMPONENT = Linker(
    name="pubdates",
    function=link_publication_dates,
    requires=("timexes",),
    tables=(TIMEX_ANCHORS,),
    overlays=(
        Overlay("timexes", "timex_anchors",
                on=(("article_id", "article_id"), ("field", "field"), ("start", "start"), ("end", "end")),
                columns=("value", "anchor")),
    ),
    doc="publication dates for undated articles, inferred from their text and the corpus",
)
