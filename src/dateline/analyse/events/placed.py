"""Where an act's parties are: things the text places by where they are ('the streets of Lagos',
'a school in Nigeria'), which are no party; a meeting's venue, which places none of those who
meet there; and groups the text places nowhere, of the country the act happens in."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.phrases import ActorFinder

# Sectors of a building or institution that houses people ("a school", "a hospital", "a house").
PLACE_SECTORS = frozenset({"EDU", "HLH", "MED", "BUS"})


# What an act is aimed at or reaches ("sent inspectors to a plant in Iran", "fired at targets in
# Jericho") is its target even when only its place says whose it is; a route or spot is not.
AIMING_PREPS = frozenset({"to", "at", "against", "on", "upon", "toward", "towards", "into", "with", "for", "over"})
LOCATING_PREPS = frozenset({"in", "of", "at", "near", "off", "outside", "inside"})
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def placed_by_its_place(token: Token, finder: ActorFinder) -> bool:
    """A common noun whose country comes from where it is ('the streets of Lagos', 'a house
    in London'), not from whose it is ('Palestinian homes', 'Hamas positions')."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    if any(c.dep_ in OWNER_DEPS and c.i < token.i and actor_for(" ".join(t.text for t in c.subtree), finder.date)
           for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in LOCATING_PREPS for c in token.children)


def placed_thing(token: Token, found: list[ActorRef], finder: ActorFinder) -> bool:
    """A building or spot the text places in a country, no actor itself ('a school in
    northern Nigeria', 'a house in London'); not a thing a country owns ('the Ukraine conflict')."""
    if token.pos_ != "NOUN" or not found or not found[0].country or found[0].entity_id:
        return False
    return found[0].sector in PLACE_SECTORS or (found[0].sector is None and placed_by_its_place(token, finder))


# Meeting, negotiating, mediating and signing happen at a venue ("held talks in Brussels", "met
# in Kampala", "signed an accord in Brasilia"), which is no party; a visit is to the place
# visited (042) and a host is at home (043).
# meetings, mediation and signing, and cooperation ("joint exercises in the South China Sea"):
# the place is where the parties met or worked together, no party itself
VENUE_CODES = frozenset({"040", "044", "045", "046", "057", "060", "061", "062", "063", "064"})


def at_a_venue(code: str, verb: Token) -> bool:
    """Whether a place the verb happens in is its venue: a meeting's, not a visit's destination
    ('arrived in Amman on a visit': the verb or its object names a visit, mode_cues.tsv)."""
    if code[:3] not in VENUE_CODES:
        return False
    cues = lexicon.mode_cues().get("CONSULT", {})
    words = [verb, *verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    return not any(cues.get(w.lemma_.lower()) == "visit" for w in words)


def placed_in(actors: list[ActorRef], country: str | None) -> list[ActorRef]:
    """Groups the text places nowhere ('protesters', 'riot police') acting in a country are that
    country's ('... in Santiago' -> CHL)."""
    if country is None:
        return actors
    # an ethnic group the tagger names ("ethnic Albanians") is a people, placed like a group
    return [ActorRef(a.name, country, a.sector, a.entity_id)
            if not a.country and (not a.entity_id or a.sector == "ETH") and a.sector not in (None, "IGO", "NGO")
            else a for a in actors]
