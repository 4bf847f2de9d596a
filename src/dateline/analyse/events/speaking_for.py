"""The body a spokesperson's 'we' stands for.

"'We thank the Afghan government,' Grisham said", where the article introduces her as "White
House Press Secretary Stephanie Grisham": the 'we' is the White House (the US government), not
Grisham alone. A speaker's fullest mention in the article's quotes (the one with a title) names
the body when it has the form "BODY spokesman NAME", "BODY press secretary", "a spokeswoman for
BODY"; the body is the event's source when the dictionary places or classes it. A 'we' of a
speaker no body is named for stays the speaker (a minister's "we" is the minister's)."""

from __future__ import annotations

import re

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.lexicons import words
from dateline.models import Actor, Quote

SPEAKING_ROLES = tuple(words("events/speaking_roles.txt"))
_ROLES = "|".join(re.escape(r) for r in sorted(SPEAKING_ROLES, key=len, reverse=True))
# "White House Press Secretary Stephanie Grisham", "the Taliban's spokesman, Zabihullah Mujahid"
BEFORE = re.compile(rf"^(?:the\s+|a\s+|an\s+)?(.+?)(?:'s|’s)?\s+(?:{_ROLES})\b", re.IGNORECASE)
# "a spokeswoman for the Kenyan interior ministry", "spokesman of the Taliban"
AFTER = re.compile(rf"\b(?:{_ROLES})\s+(?:for|of|at)\s+(.+)$", re.IGNORECASE)


def body_spoken_for(quote: Quote, quotes: list[Quote], date: str | None) -> Actor | None:
    """The body the quote's speaker speaks for, from any of their mentions, or None."""
    mentions = [q.speaker_mention for q in quotes if q.speaker_mention and (q is quote or _same_speaker(q, quote))]
    for mention in sorted(set(mentions), key=len, reverse=True):
        found = body_in(mention, date)
        if found is not None:
            return Actor(name=found.name, country=found.country, sector=found.sector)
    return None


def body_in(mention: str, date: str | None) -> ActorRef | None:
    """The placed or classed body a speaker's mention says they speak for, or None."""
    body = _body_named(" ".join(mention.split()))
    found = actor_for(body, date) if body else None
    if found is not None and found.sector and (found.country or found.sector in ("IGO", "NGO")):
        return ActorRef(body, found.country, found.sector)
    return None


def _same_speaker(one: Quote, other: Quote) -> bool:
    if one.speaker_entity_id or other.speaker_entity_id:
        return one.speaker_entity_id == other.speaker_entity_id
    return bool(one.speaker) and one.speaker == other.speaker


def _body_named(mention: str) -> str | None:
    after = AFTER.search(mention)
    if after is not None:
        return after.group(1).strip(" ,")
    before = BEFORE.match(mention)
    if before is not None:
        return before.group(1).strip(" ,")
    return None


def reporter_phrase(token) -> str:
    """The reporting subject's whole phrase ('a spokesman for the Somali government')."""
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text
