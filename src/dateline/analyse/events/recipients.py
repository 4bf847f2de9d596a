"""Whom an apology, a promise or a gift is to: 'apologised to the families', 'promised emergency
payments to every flooded household'.

The target rules (arguments.py) keep a group of people no country places (CVL: residents,
families, households) out of the target of words, meetings and aid: 'a vaguer group than a
sector' is mostly no party. A 'to'-phrase of a verb that addresses or gives something to someone
(apologising, promising, pledging, offering, giving) names the one it is for, though: the group
is the act's recipient, the other side of a state's apology or pledge. Only people (CVL, refugees,
workers) and only on the verb's own 'to'; a place ('promised aid to the region'), a thing or an
infinitive ('promised to rebuild') is none."""

from __future__ import annotations

from spacy.tokens import Token

from functools import lru_cache

from dateline.analyse.events.actors import ActorRef
from dateline.lexicons import words

# lemmas of verbs whose 'to' names whom the act is for
RECIPIENT_VERBS = frozenset({"apologise", "apologize", "promise", "pledge", "offer", "give", "grant"})
PEOPLE_SECTORS = frozenset({"CVL", "REF", "LAB"})


@lru_cache(maxsize=1)
def recipient_people() -> frozenset[str]:
    return frozenset(words("events/recipient_people.txt"))


def recipient(verb: Token, finder) -> list[ActorRef]:
    """The people the verb's own 'to' names, or []."""
    if verb.lemma_.lower() not in RECIPIENT_VERBS:
        return []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"):
        obj = next((g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if obj is None:
            continue
        found = finder.actor(obj)
        if found is None and obj.lemma_.lower() in recipient_people():
            phrase = " ".join(t.text for t in obj.subtree if t.i <= obj.i)
            found = ActorRef(phrase, None, "CVL")
        if found is not None and found.sector in PEOPLE_SECTORS and not found.entity_id:
            return [found]
    return []
