"""A quote's speaker as an actor: country (ISO-3) and sector, for the article's date.

"the Chilean defence minister said" -> (CHL, GOV); "Mira Kovach, a spokeswoman for the UN
refugee agency" -> (IGO); a named speaker the dictionary knows -> the office they held on the
date. The speaker's words come from the quote (`speaker_mention`, `speaker`) and, for a named
speaker, from the roles the entity extractor found for that name (its descriptors).
"""

from __future__ import annotations

import dataclasses

from dateline.analyse.events.actors import ActorRef, acceptable_name, actor_for
from dateline.models import EntityMention, Quote


def speaker_actor(quote: Quote, entities: list[EntityMention], date: str | None) -> ActorRef | None:
    """The quote's speaker as an actor, or None when nothing places or classes them."""
    if not quote.speaker and not quote.speaker_mention:
        return None
    mention = _speaker_entity(quote, entities)
    candidates = []
    if quote.speaker_mention:
        candidates.append((quote.speaker_mention, mention is not None and mention.type == "PERSON"))
    if mention is not None:
        candidates.extend((f"{d} {mention.name}", mention.type == "PERSON") for d in mention.descriptors)
        candidates.append((mention.name, mention.type == "PERSON"))
    if quote.speaker:
        candidates.append((quote.speaker, mention is not None and mention.type == "PERSON"))
    country = sector = None
    for text, person in candidates:
        found = actor_for(text, date, person=person)
        if found is None:
            continue
        country = country or found.country
        sector = sector or found.sector
        if country and sector:
            break
    if country is None and mention is not None and mention.country:
        placed = actor_for(mention.country, date)
        country = placed.country if placed else None
    if country is None and sector is None:
        return None
    return ActorRef(quote.speaker or quote.speaker_mention or "", country, sector, quote.speaker_entity_id)


def _speaker_entity(quote: Quote, entities: list[EntityMention]) -> EntityMention | None:
    name = quote.speaker_in_article or quote.speaker
    for mention in entities:
        if quote.speaker_start is not None and mention.field == quote.field \
                and mention.start <= quote.speaker_start < mention.end:
            return mention
    for mention in entities:
        if name and mention.name == name:
            return mention
    return None


def with_speaker_actors(quotes: list[Quote], entities: list[EntityMention], date: str | None) -> list[Quote]:
    """The quotes with their speaker's `country` and `sector` filled in (new records); a
    speaker that is no actor's name (a bare demonym, a title glued to a name) becomes the
    person named in the speaker's phrase, else the group the phrase names."""
    result = []
    for quote in quotes:
        actor = speaker_actor(quote, entities, date)
        quote = _named_speaker(quote, entities, actor)
        result.append(dataclasses.replace(quote, country=actor.country, sector=actor.sector) if actor else quote)
    return result


def _named_speaker(quote: Quote, entities: list[EntityMention], actor: ActorRef | None) -> Quote:
    """'Chilean officials said': the speaker is the officials (CHL, GOV), never "Chilean";
    'the Peruvian leader said' with nobody named stays that group actor."""
    if not quote.speaker or acceptable_name(quote.speaker):
        return quote
    person = _person_in_phrase(quote, entities)
    if person is not None:
        return dataclasses.replace(quote, speaker=person.name, speaker_in_article=person.name)
    if actor is not None and quote.speaker_mention and acceptable_name(quote.speaker_mention):
        return dataclasses.replace(quote, speaker=quote.speaker_mention, speaker_in_article=None,
                                   speaker_entity_id=None)
    return dataclasses.replace(quote, speaker=None, speaker_in_article=None, speaker_entity_id=None)


def _person_in_phrase(quote: Quote, entities: list[EntityMention]) -> EntityMention | None:
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return next((m for m in entities if m.type == "PERSON" and m.field == quote.field
                 and quote.speaker_start <= m.start < quote.speaker_end), None)
