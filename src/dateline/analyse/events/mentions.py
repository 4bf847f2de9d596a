"""Entity mentions as actors: the sector of each person and organisation an article names.

The same resolution the events and quote speakers use (actors.actor_for): the roles the article
gives the name ("Interior Minister Piet Halden" -> GOV, "a spokeswoman for the UN refugee agency"
-> IGO), else the name itself for the article's date (the actor dictionary: "Vladimir Putin" on
2015-03-01 -> GOV; an organisation's own words: "the Interior Ministry" -> GOV). All mentions of
one name in an article share its sector; body roles outvote photo-caption ones. Places and
groups (GPE, NORP ...) get none: a place is no actor until a clause makes it one.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import actor_for
from dateline.analyse.events.lexicon import plain
from dateline.models import EntityMention

ACTOR_TYPES = ("PERSON", "ORG")


def role_sector(name: str, entity_type: str, roles: list[str], date: str | None) -> str | None:
    """The sector the roles give the name (most roles agreeing, first on a tie), else the
    name's own for the date; None when nothing supports one."""
    person = entity_type == "PERSON"
    votes: Counter = Counter()
    for role in roles:
        found = actor_for(f"{role} {name}", date, person=person)
        if found is not None and found.sector:
            votes[found.sector] += 1
    if votes:
        return max(votes.items(), key=lambda kv: kv[1])[0]
    if plain(name) in lexicon.countries():
        return None  # a place the tagger called an organisation ("Kirov"): no actor by itself
    found = actor_for(name, date, person=person)
    if found is None or not found.sector:
        return None
    if person and found.sector == "CVL":
        return None  # a name alone says nothing about what a person does
    return found.sector


def country_code(name: str | None) -> str | None:
    """ISO-3 of a country named by its name or demonym ("Peru", "Peruvian" -> PER); None for a
    name the country table does not hold (a fictional country) and for a city, whose country
    by name alone may be another's (the places extractor places cities in context)."""
    return lexicon.country_codes().get(plain(name)) if name else None


def mention_country_code(mention: EntityMention) -> str | None:
    """The mention's country as ISO-3: the country the article gives it, else a country, demonym
    or group named by the mention itself."""
    if mention.country:
        return country_code(mention.country)
    if mention.type in ("GPE", "NORP"):
        return country_code(mention.name)
    return None


def entity_country_code(country: str | None, entity_type: str, name: str) -> str | None:
    """A linked entity's country as ISO-3: its country's, else a place's or group's own name's."""
    if country:
        return country_code(country)
    return country_code(name) if entity_type in ("GPE", "NORP") else None


def with_entity_sectors(mentions: list[EntityMention], date: str | None) -> list[EntityMention]:
    """The mentions, each person and organisation with its sector filled in, and each with the
    ISO-3 code of its country where the country table knows it (new records)."""
    groups: dict[tuple[str, str], list[EntityMention]] = {}
    for mention in mentions:
        if mention.type in ACTOR_TYPES:
            groups.setdefault((mention.type, mention.name), []).append(mention)
    sectors = {}
    for (entity_type, name), group in groups.items():
        body = [d for m in group if not m.in_caption for d in m.descriptors]
        caption = [d for m in group if m.in_caption for d in m.descriptors]
        sectors[(entity_type, name)] = role_sector(name, entity_type, body or caption, date)
    return [dataclasses.replace(m, sector=sectors.get((m.type, m.name)) or m.sector,
                                country_code=mention_country_code(m))
            for m in mentions]
