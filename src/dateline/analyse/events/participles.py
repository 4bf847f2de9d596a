"""Whom a measure named by its doer hits: 'Retaliatory duties imposed by India have hurt
American almond growers'.

A sanction or coercive measure described by a participle with its agent ('imposed by India')
names no target in its own phrase; the clause it is the subject of says whom it reached, when
that clause's object is a party ('hurt American almond growers', 'crippled Belarusian potash
exporters'). Only for the codes of measures done to a party (sanctions, coercion)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.phrases import ActorFinder

MEASURE_CODES = frozenset({"16", "17"})


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


def reached_by_measure(verb: Token, code: str, finder: ActorFinder) -> list[ActorRef]:
    """The placed parties the measure's clause acts on, or none."""
    if code[:2] not in MEASURE_CODES or verb.dep_ != "acl" or verb.tag_ != "VBN" or not _has_agent(verb):
        return []
    measure = verb.head
    if measure.dep_ not in ("nsubj", "csubj") or measure.head.pos_ != "VERB":
        return []
    clause = measure.head
    objects = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
    found = [finder.actor(o) for o in objects]
    return [a for a in found if a is not None and a.code]
