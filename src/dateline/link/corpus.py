"""The linking stage: the one place that sees the whole corpus.

It runs after every analysis and is deterministic, so running it twice changes nothing:
1. infer publication dates for undated articles from their text and from other articles,
   and re-anchor their time expressions on the inferred date;
2. merge entity mentions into one identity per person, organisation and place,
   and give every quote its speaker's canonical name and entity id.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from dateline.analyse.time import reanchor
from dateline.link.pubdates.infer import infer_publication_dates
from dateline.link.identities import canonical_speakers, link_entities
from dateline.models import EntityMention, Quote, Timex
from dateline.store import Store


@dataclass
class LinkSummary:
    inferred_dates: int = 0
    entities: int = 0
    quotes_linked: int = 0


def link_dates(store: Store) -> int:
    """Infer publication dates (or only bounds) where metadata gave none; returns how many
    dates were inferred. Timexes re-anchor on an inferred date and stay unresolved without one."""
    articles = [
        dataclasses.replace(a, published=None, published_from=None, published_confidence=None)
        if a.published_from == "inferred" else a
        for a in store.articles()
    ]
    timexes: dict[str, list[Timex]] = {}
    for timex in store.records("timexes", Timex):
        timexes.setdefault(timex.article_id, []).append(timex)
    inferred = infer_publication_dates(articles, timexes)
    store.set_inferred_dates(inferred)
    for article in articles:
        if article.published is not None:
            continue
        found = inferred.get(article.id)
        anchor = found.date if found else None
        own = timexes.get(article.id, [])
        if own and any(t.anchor != anchor for t in own if t.expression):
            store.replace_timexes(article.id, reanchor(own, anchor))
    return sum(1 for found in inferred.values() if found.date)


def link_identities(store: Store) -> tuple[int, int]:
    """One identity per entity across the corpus; quotes get canonical speakers."""
    mentions = store.records("entity_mentions", EntityMention)
    entities, mention_ids = link_entities(mentions, published=store.published_dates())
    store.replace_entities(entities, mention_ids)
    # Link from the in-article speaker, so that relinking never compounds an earlier link.
    quotes = [
        dataclasses.replace(quote, speaker=quote.speaker_in_article, speaker_entity_id=None)
        for quote in store.records("quotes", Quote)
    ]
    linked = canonical_speakers(quotes, mention_ids, entities=entities)
    store.update_quote_speakers(linked)
    return len(entities), sum(1 for q in linked if q.speaker_entity_id)


def link_corpus(store: Store) -> LinkSummary:
    inferred = link_dates(store)
    entities, quotes_linked = link_identities(store)
    return LinkSummary(inferred_dates=inferred, entities=entities, quotes_linked=quotes_linked)
