"""The publication-dates linker: dates undated articles from their text and the corpus, and
re-anchors their time expressions on the inferred date (beside the extractor's rows).

Incremental: each dated article's share of the evidence is recorded when it is linked
(stored.py); a run infers every undated article from that record, reading the undated
articles and only the evidence their words point at.
"""

from __future__ import annotations

import dataclasses

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor
from dateline.link.pubdates.infer import CorpusEvidence, InferredDate, infer_one
from dateline.link.pubdates.stored import (
    TABLES, StoredCounts, StoredSentenceIndex, record_batch, stored_anchors,
)
from dateline.link.pubdates.companions import WordStats
from dateline.link.registry import LinkBatch, LinkOutcome, Linker
from dateline.models import Article, Timex, TimexAnchor
from dateline.store import Overlay, Store, TableSpec

TIMEX_ANCHORS = TableSpec.from_record(
    "timex_anchors", TimexAnchor, key=("article_id", "field", "start", "end")
)


def _timexes(store: Store, article_ids) -> dict[str, list[Timex]]:
    return store.records_for_articles("timexes", Timex, article_ids)


def link_publication_dates(store: Store, batch: LinkBatch) -> LinkOutcome:
    """Infer publication dates (or only bounds) where metadata gave none; time expressions
    re-anchor on an inferred date and stay unresolved without one. A run with nothing new
    reads nothing: the evidence, and so every inference, is as the last run left it."""
    if not batch.article_ids and not batch.revised:
        return LinkOutcome({"inferred_dates": store.count_matching("articles", "published_from", "inferred")})
    new = store.articles_by_id(batch.article_ids)
    record_batch(store, new, _timexes(store, batch.article_ids))
    undated_ids = store.undated_article_ids()
    before = {a.id: a.published for a in store.articles_by_id(undated_ids)}
    undated = [
        dataclasses.replace(a, published=None, published_from=None, published_confidence=None)
        for a in store.articles_by_id(undated_ids)
    ]
    timexes = _timexes(store, undated_ids)
    anchors, announcements, names = stored_anchors(store)
    counts = StoredCounts(store)
    corpus = CorpusEvidence(
        anchors=anchors, announcements=announcements, names=names, sentences=StoredSentenceIndex(store),
        stats=WordStats(store.count_matching("linked_articles", "linker", "pubdates") + len(batch.article_ids), counts),
        days=[d for d in (parse_anchor(day) for day in store.dated_days()) if d],
    )
    inferred = {}
    for article in sorted(undated, key=lambda a: a.id):
        found = infer_one(article, timexes.get(article.id, []), corpus)
        if found is not None:
            inferred[article.id] = found
    store.set_inferred_dates(inferred)
    store.replace_rows("timex_anchors", _anchors(undated, timexes, inferred), article_ids=undated_ids)
    changed = frozenset(
        a for a in undated_ids
        if before.get(a) != (inferred[a].date if a in inferred else None) and a not in batch.article_ids
    )
    return LinkOutcome({"inferred_dates": sum(1 for found in inferred.values() if found.date)}, changed)


def _anchors(
    articles: list[Article], timexes: dict[str, list[Timex]], inferred: dict[str, InferredDate]
) -> list[TimexAnchor]:
    """Time expressions of undated articles resolved against the inferred date, where it
    changes them; an article still undated keeps its unresolved values."""
    rows = []
    for article in articles:
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
    tables=(TIMEX_ANCHORS, *TABLES),
    overlays=(
        Overlay("timexes", "timex_anchors",
                on=(("article_id", "article_id"), ("field", "field"), ("start", "start"), ("end", "end")),
                columns=("value", "anchor")),
    ),
    doc="publication dates for undated articles, inferred from their text and the corpus",
)
