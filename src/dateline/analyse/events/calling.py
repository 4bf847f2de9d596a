"""Calling something by a condemning adjective: "called the strike illegal" is criticism
(CAMEO 111), "called the union's demands unacceptable" a rejection of the demand (CAMEO 120).
Only verbs of calling: "declared the march illegal" is a ruling, "considered it unacceptable"
an opinion (coding._names_its_object leaves both uncoded). Condemning nouns ("called the
inquiry a sham") are coding._condemns_by_name's."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

CONDEMNATION_ADJECTIVES = frozenset(words("events/condemnation_adjectives.txt"))
CALLING_VERBS = frozenset({"call", "brand", "label", "term"})
DEMAND_NOUNS = frozenset(words("events/demand_nouns.txt"))
OFFER_NOUNS = frozenset(words("events/offer_nouns.txt"))


def condemned_as(verb: Token, lemma: str) -> str | None:
    """The CAMEO code of a verb of calling whose complement is a condemning adjective, or None."""
    if lemma not in CALLING_VERBS:
        return None
    if not any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "ADJ" and c.lemma_.lower() in CONDEMNATION_ADJECTIVES
               for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in DEMAND_NOUNS | OFFER_NOUNS for o in objects):
        return "120"
    return "111"
