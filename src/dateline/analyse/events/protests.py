"""Protest in words or in the street: people who rally with no object demonstrate ('Students
rallied in Rangoon'); protesting a claim, to a government, through a note or an envoy summoned,
or after the clause it reports is a complaint in words (CAMEO 111, 114). The lemma comes from
coding.py, which reads these for the verb it codes."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

# "Arab states rallied behind Qatar": rallying behind someone is support (verb_patterns_extra), no demonstration
RALLY_BEHIND = ("behind", "around", "round")


def rallied(verb: Token, lemma: str) -> bool:
    """'Students rallied in Rangoon to demand democracy': people who rally with no object (not
    'rallied support', 'rallied troops') demonstrate."""
    return lemma == "rally" and not any(c.dep_ in ("dobj", "obj", "prt") for c in verb.children) \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ in RALLY_BEHIND for c in verb.children)


def verbal_protest(verb: Token, lemma: str) -> str | None:
    """'protested that the vote was rigged', '..., a rights group protested', 'protested to Peru
    over the arrests': protesting a claim or to a government is a complaint in words (CAMEO 111,
    114: DISAPPROVE), not a street protest."""
    if lemma != "protest":
        return None
    if any(c.dep_ == "ccomp" for c in verb.children) or reports_the_clause_before(verb) or _by_channel(verb):
        return "111"
    if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.dep_ == "pobj" for g in c.children)
           for c in verb.children):
        return "114"
    return None


PROTEST_CHANNELS = frozenset(words("events/protest_channels.txt"))


def _by_channel(verb: Token) -> bool:
    """'sent a note protesting the raid', 'a letter protesting ...', 'summoned the ambassador to
    protest': a protest made through a note or an envoy summoned is a complaint in words."""
    if verb.dep_ not in ("advcl", "acl", "xcomp", "relcl"):
        return False
    head = verb.head
    if head.lemma_.lower() in PROTEST_CHANNELS:
        return True
    return head.pos_ == "VERB" and any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in PROTEST_CHANNELS
                                       for c in head.children)


def reports_the_clause_before(verb: Token) -> bool:
    """'Police are failing to protect them, a rights group protested': a verb after a comma and
    its own subject, with no object, reports the clause before it, however the parser hung it."""
    if verb.dep_ not in ("acl", "relcl", "parataxis") or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
        return False
    start = verb.head.left_edge.i if verb.dep_ != "parataxis" else verb.left_edge.i
    return start > 0 and verb.doc[start - 1].text == ","
