"""Joint parties: 'Ruto and Hassan signed a trade pact', 'police arrested Ana Ruiz and Paul Varga'.

An event is kept when one of its sides is a real actor (extract._has_actor: a country, a state
sector, a named person the article places or classes). A compound side is one event per party
(as PLOVER codes "The United States and Jordan agreed": two sources, no target), so a party the
dictionary does not know, a private person or a firm named beside a known one, would be lost on
its own event though the sentence says it acted jointly. Such an event is kept when an event of
the same trigger in the sentence has a real actor and is kept, and its own side is a name the
article gives (an entity), never a bare common noun."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.conjuncts import with_conjuncts
from dateline.models import Event


def named_party(event: Event) -> bool:
    """One side at least is a name the article gives (an entity), not a placeholder."""
    return any(side is not None and side.entity_id for side in (event.source, event.target))


def with_partners(kept: list[Event], partnered: list[Event]) -> list[Event]:
    """The events kept on their own, each followed by the partnered events of its trigger, with
    its confidence: the evidence for the act is the kept event's (relevance.assess), the partner
    only shares it. A partnered event whose trigger has no kept event is dropped."""
    out: list[Event] = []
    for event in kept:
        out.append(event)
        for partner in partnered:
            if partner.start == event.start and partner not in out and _differs(partner, out):
                partner.confidence = event.confidence
                out.append(partner)
    return out


def _differs(partner: Event, out: list[Event]) -> bool:
    return not any(_sides(e) == _sides(partner) and e.start == partner.start for e in out)


def _sides(event: Event) -> tuple:
    return tuple(None if a is None else a.name for a in (event.source, event.target))


def purpose_partners(main: Token, sources: list, finder) -> list:
    """'the police, who worked with Interpol to investigate': whom the main verb is done with
    acts in its purpose beside its subject (a second source, as PLOVER codes a joint subject)."""
    names = {s.name for s in sources}
    partners = []
    for prep in (c for c in main.children if c.dep_ == "prep" and c.lower_ == "with"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            partners.extend(p for p in with_conjuncts(obj, finder) if p.name not in names and (p.code or p.sector))
    return partners
