"""An event's record: the Event row made from a coded trigger and its two sides.

Shared by the verb events (extract.py) and the noun events (noun_events.py): the stable id,
the confidence (a main clause's event weighs more than an embedded one's) and the actors as
the models store them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.arguments import SOMEONE, SOMEONE_PERSON, SPEAKERS
from dateline.analyse.events.coding import Coded
from dateline.analyse.events.pair_anaphors import pair_text
from dateline.models import Actor, Event, stable_id

MAX_PAIRS = 6


def make_event(found: Coded, category, mode: str, source, target, article_id: str,
                sent: Span, text: str, confidence: float | None = None) -> Event:
    trigger = found.trigger
    start, end = trigger.idx, trigger.idx + len(trigger.text)
    if confidence is None:
        confidence = 0.6 + 0.1 * min(found.specific, 2) + (0.1 if source and target else 0.0)
    if _embedded(trigger):
        confidence -= 0.15  # the main clause's event is the sentence's news, not a relative's or a reason's
    return Event(
        id=stable_id("event", article_id, "text", start, end, source.name if source else "",
                     target.name if target else ""),
        article_id=article_id, sentence=text[sent.start_char:sent.end_char], start=start, end=end,
        category=category.name, cameo=found.code, mode=mode, source=as_actor(source),
        target=as_actor(target), date=None, date_from=None, confidence=round(min(confidence, 0.95), 2),
        trigger=trigger.text, plover_mode=category.mode or None, context=category.context or None,
    )


# Clauses that modify or give circumstances ("the group that attacked", "after clashes erupted",
# "to protest"); a reported ("said it would") or coordinated clause is as main as its head.
EMBEDDED_DEPS = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj"})


def _embedded(trigger: Token) -> bool:
    """Whether the trigger stands in a clause embedded under another (a relative, adverbial or
    participial clause), not the sentence's main clause or what a main verb reports."""
    node, steps = trigger, 0
    while node.head.i != node.i and steps < 12:
        if node.dep_ in EMBEDDED_DEPS:
            return True
        node, steps = node.head, steps + 1
    return False


def as_actor(ref: ActorRef | None) -> Actor | None:
    if ref is None or not (ref.country or ref.sector or ref.entity_id or ref.name in (*SPEAKERS, SOMEONE, SOMEONE_PERSON)
                           or pair_text(ref.name)):
        return None
    return Actor(name=_balanced(ref.name), country=ref.country, sector=ref.sector, entity_id=ref.entity_id)


def _balanced(name: str) -> str:
    """A name cut at an opening bracket the mention left unclosed ('International Criminal
    Court (ICC' -> 'International Criminal Court'): the acronym is the same body's."""
    if name.count("(") > name.count(")"):
        return name[:name.rindex("(")].rstrip(" -,") or name
    return name
