"""The identities linker: corpus-wide entities, each mention's entity, each quote's speaker.

It writes its own tables (entities, entity_links, quote_speakers); the extractor's
entity_mentions and quotes rows stay as the extractor wrote them, and reading those tables
through the overlays shows the linked entity ids and canonical speakers.
"""

from __future__ import annotations

import dataclasses

from dateline.link.identities.clusters import canonical_speakers, link_entities
from dateline.link.registry import LinkBatch, Linker
from dateline.models import Entity, EntityMention, MentionLink, Quote, QuoteSpeaker
from dateline.store import Overlay, Store, TableSpec

ENTITIES = TableSpec.from_record("entities", Entity, key=("id",), order=("type", "name", "id"), per_article=False)
ENTITY_LINKS = TableSpec.from_record(
    "entity_links", MentionLink, key=("article_id", "field", "start", "end", "type"), indexes=(("entity_id",),)
)
QUOTE_SPEAKERS = TableSpec.from_record(
    "quote_speakers", QuoteSpeaker, key=("quote_id",), indexes=(("article_id",), ("speaker_entity_id",))
)


def link_identities(store: Store, batch: LinkBatch) -> dict[str, int]:
    """One identity per entity across the corpus; quotes get canonical speakers."""
    mentions = store.records("entity_mentions", EntityMention)
    entities, mention_ids = link_entities(mentions, published=store.published_dates())
    store.replace_rows("entities", entities, article_ids=None)
    links = [
        MentionLink(m.article_id, m.field, m.start, m.end, m.type, mention_ids[(m.article_id, m.type, m.name)])
        for m in mentions
    ]
    store.replace_rows("entity_links", links, article_ids=None)
    # Link from the extractor's in-article speaker, so relinking never compounds an earlier link.
    quotes = [dataclasses.replace(q, speaker_entity_id=None) for q in store.records("quotes", Quote)]
    linked = canonical_speakers(quotes, mention_ids, entities=entities)
    store.replace_rows(
        "quote_speakers",
        [QuoteSpeaker(q.id, q.article_id, q.speaker, q.speaker_entity_id) for q in linked],
        article_ids=None,
    )
    return {"entities": len(entities), "quotes_linked": sum(1 for q in linked if q.speaker_entity_id)}


COMPONENT = Linker(
    name="identities",
    function=link_identities,
    requires=("entities", "quotes", "pubdates"),
    tables=(ENTITIES, ENTITY_LINKS, QUOTE_SPEAKERS),
    exports=("entities",),
    overlays=(
        Overlay("entity_mentions", "entity_links",
                on=(("article_id", "article_id"), ("field", "field"), ("start", "start"), ("end", "end"),
                    ("type", "type")),
                columns=("entity_id",)),
        Overlay("quotes", "quote_speakers", on=(("quote_id", "id"),), columns=("speaker", "speaker_entity_id")),
    ),
    doc="one identity per person, organisation and place; quotes get canonical speakers",
)
