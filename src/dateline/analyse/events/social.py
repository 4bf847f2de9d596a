"""Social groups as parties to contentious acts and criticism, with or without a country.

Event data codes "Unions staged a nationwide strike", "Striking dockers blocked the ring road"
and "Some nationalists denounced the deal": unions, workers, students, farmers, residents,
nationalists and supporters are parties to protest, strikes, blockades, clashes, demands and
threats, to criticism, and to calling off or refusing in the dispute (PLOVER's PROTEST, DEMAND, DISAPPROVE ...). The actor rules
(extract._has_actor, relevance.party_kind) want a country or a state sector of such a group;
the article often gives none (its home is implied, or the country is one no gazetteer knows).
What keeps firms and private persons out stays: a group whose phrase names a firm, a person or
a product ("Amazon workers", "workers at the Ford plant") is that one's staff, and the group is a party only in these categories and with a verb not in
its everyday sense (relevance.py), not to a deal, a visit or an offer. Counted people an
agentless arrest takes ("27 people had been detained") are its party too (detained_people).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.relevance import POLITICAL_SECTORS
from dateline.lexicons import words
from dateline.models import Actor, Event

# Contentious acts and criticism, and giving in or refusing in the dispute ("unions called off
# their strike", "rejected the offer"): what a social group does as a party to politics.
SOCIAL_ACTS = frozenset({"PROTEST", "ASSAULT", "FIGHT", "COERCE", "DEMAND", "THREATEN", "MOBILIZE",
                         "DISAPPROVE", "ACCUSE", "REJECT", "CONCEDE"})
STATE_SIDES = frozenset({"GOV", "LEG"})
FORCE_ACTS = frozenset({"ASSAULT", "FIGHT", "COERCE"})
# Names that make a group someone's staff or following rather than a social group.
# A person's supporters are a political following ("supporters of the former president"), kept.
OWNER_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


@lru_cache(maxsize=1)
def social_heads() -> frozenset[str]:
    return frozenset(words("events/social_groups.txt"))


@lru_cache(maxsize=1)
def social_collectives() -> frozenset[str]:
    return frozenset(words("events/social_collectives.txt"))


@lru_cache(maxsize=1)
def social_bodies() -> frozenset[str]:
    return frozenset(words("events/social_bodies.txt"))


def social_sides(event: Event, trigger: Token | None) -> tuple[bool, bool]:
    """Whether the source and the target are each a social group party to this event."""
    if trigger is None:
        return False, False
    if event.category == "CONSULT" and trigger.pos_ == "NOUN":
        # "unions called a strike after talks with the interior minister broke up": a group's
        # talks with the state are a party's (a visit or meeting by a verb stays out)
        state = event.target is not None and event.target.sector in STATE_SIDES
        return state and _social_group(event.source, trigger), False
    if event.category not in SOCIAL_ACTS:
        return False, False
    # as the target, a group is a party only to what a known doer does to it by force ("police
    # cleared pickets"), not to an order ("received no evacuation order") nor to what unnamed
    # people did near it ("... 'save the students' marches ... after people threw petrol bombs")
    doer = event.source is not None and (event.source.sector in POLITICAL_SECTORS or bool(event.source.country))
    target = event.category in FORCE_ACTS and doer and _social_group(event.target, trigger)
    return _social_group(event.source, trigger) or _labour_protest(event), target


def _labour_protest(event: Event) -> bool:
    """A union or its officer, named ('Union steward Boris Lant, who led the picket', 'the
    Federation of Veldorian Workers led the strike'): labour's protest is a party's act though
    no country places the name; only protest, where a named union's other dealings stay its own."""
    source = event.source
    return event.category == "PROTEST" and source is not None and bool(source.entity_id) and source.sector == "LAB"


# Counted people taken by the state ("27 people had been detained", "more than 600 people were
# arrested"): the arrest (CAMEO 173) is the state's even where no one is named as its doer.
ARREST_CODES = ("173",)


@lru_cache(maxsize=1)
def counted_people() -> frozenset[str]:
    return frozenset(words("events/counted_people.txt"))


def detained_people(event: Event, trigger: Token | None) -> bool:
    """An arrest with no doer named, whose target is a counted group of people in a passive
    clause: the people are its party (the source stays empty: the police or courts of the place)."""
    if trigger is None or event.source is not None or event.target is None or not event.cameo.startswith(ARREST_CODES):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in counted_people() or subject.tag_ != "NNS":
        return False  # 'a man was arrested': one private person, a police item
    return any(c.like_num or c.dep_ in ("nummod", "quantmod") for c in subject.subtree if c.i < subject.i)


def _social_group(actor: Actor | None, trigger: Token) -> bool:
    if actor is None or actor.entity_id or not actor.name:
        return False  # a named body is judged by its name (relevance.party_kind)
    head = _head_token(actor.name, trigger)
    return head is not None and social_group_head(head)


def _head_token(name: str, trigger: Token) -> Token | None:
    """The phrase's head word in the trigger's sentence, the occurrence nearest the trigger."""
    words_ = lexicon.plain(name).split()
    last = words_[-1] if words_ else ""
    found = [t for t in trigger.sent if t.lower_ == last and t.pos_ in ("NOUN", "PROPN")]
    return min(found, key=lambda t: abs(t.i - trigger.i)) if found else None


def social_group_head(head: Token) -> bool:
    """The head of a social group nobody owns: 'dockers', 'the union'; not 'Amazon workers'."""
    return _social_head(head) and not _owned(head)


def _social_head(head: Token) -> bool:
    """'dockers', 'unions', 'the union', 'the main union federation', 'the farmers' council';
    not 'a worker', one person."""
    lemma = head.lemma_.lower()
    if lemma in social_heads():
        return head.tag_ in ("NNS", "NNPS") or lemma in social_collectives()
    return lemma in social_bodies() and any(
        c.lemma_.lower() in social_heads() for c in head.children if c.dep_ in ("compound", "poss", "amod"))


def _owned(head: Token) -> bool:
    """The phrase names a firm, a place of work or a product ("Amazon workers", "workers at the
    Ford plant"): their staff, no social group. A name the tagger reads as a place elsewhere in
    the article, or a country the lexicon knows, is a place ("Veldoria's unions": the tagger's
    label of a name it does not know varies from sentence to sentence)."""
    labelled = [t for t in head.subtree if t.ent_type_ in OWNER_LABELS]
    if not labelled:
        return False  # most phrases: no owner's name, and the article's places are not needed
    places = _place_names(head.doc)
    return any(t.lower_ not in places and lexicon.plain(t.text) not in lexicon.countries() for t in labelled)


def _place_names(doc) -> frozenset[str]:
    return frozenset(t.lower_ for ent in doc.ents if ent.label_ in PLACE_LABELS for t in ent)
