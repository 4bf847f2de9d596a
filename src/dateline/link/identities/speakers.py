"""Quote speakers named by their identity: the in-article speaker name mapped to the
entity the linker gave it (see clusters.py)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from dateline.link.identities.clusters import MentionKey
from dateline.models import Entity, Quote
from dateline.vocabulary.names import name_tokens

_SPEAKER_TYPES = ("PERSON", "ORG", "NORP", "GPE", "LOC", "FAC")


def canonical_speakers(
    quotes: list[Quote], mapping: dict[MentionKey, str], *, entities: list[Entity] | None = None
) -> list[Quote]:
    """Quotes with `speaker` set to the canonical entity name and `speaker_entity_id`
    filled where the in-article speaker name maps to an entity (PERSON first, then ORG,
    then the rest). A speaker that is a short form of one in-article name ("Halden" for
    "Piet Halden") is looked up under that name. Without `entities` the speaker keeps its
    in-article name and only the id is filled."""
    names = {e.id: e.name for e in entities} if entities is not None else None
    by_article: dict[str, list[MentionKey]] = defaultdict(list)
    for key in mapping:
        by_article[key[0]].append(key)
    out = []
    for quote in quotes:
        entity_id = _speaker_entity(quote, mapping, by_article.get(quote.article_id, []))
        if entity_id is None or (names is not None and entity_id not in names):
            out.append(quote)
            continue
        speaker = names[entity_id] if names is not None else quote.speaker
        out.append(dataclasses.replace(quote, speaker=speaker, speaker_entity_id=entity_id))
    return out



def _speaker_entity(quote: Quote, mapping: dict[MentionKey, str], keys: list[MentionKey]) -> str | None:
    if not quote.speaker:
        return None
    for entity_type in _SPEAKER_TYPES:
        entity_id = mapping.get((quote.article_id, entity_type, quote.speaker))
        if entity_id:
            return entity_id
    wanted = name_tokens(quote.speaker)
    if not wanted:
        return None
    for entity_type in _SPEAKER_TYPES:
        fits = {
            mapping[key]
            for key in keys
            if key[1] == entity_type
            and (lambda have: have == wanted or (len(wanted) < len(have) and have[-len(wanted) :] == wanted))(name_tokens(key[2]))
        }
        if len(fits) == 1:
            return fits.pop()
    return None
