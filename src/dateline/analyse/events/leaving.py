"""Leaving office named by the body left: "Sarn has left the government", "the finance minister
quit the cabinet" is a resignation (CAMEO 0831, as 'stepped down'), with no one as its target.

Only a person leaves office so: "the ruling left the government with few options" and "the
scandal left the government in disarray" say what a thing did to the government (a subject that
is no person, a 'with' phrase or a state named after the body)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.coding import Coded, particle_of
from dateline.lexicons import words

LEAVING_VERBS = frozenset({"leave", "quit"})
RESIGN_CODE = "0831"
PERSON_PRONOUNS = frozenset({"he", "she", "i", "who"})
# what turns 'left the government' into a state it was left in
RESULT_DEPS = frozenset({"xcomp", "oprd", "acomp", "ccomp"})
RESULT_PREPS = frozenset({"with", "in", "without", "to"})
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC", "NORP"})  # a place leaves no office


OFFICE_BODIES = frozenset(words("events/office_bodies.txt"))


def body_left(verb: Token) -> Token | None:
    """The body of office a person's leaving verb has as its object, or None."""
    if verb.lemma_.lower() not in LEAVING_VERBS or particle_of(verb):
        return None
    body = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if body is None or body.lemma_.lower() not in OFFICE_BODIES:
        return None
    if any(c.dep_ in RESULT_DEPS for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ in RESULT_PREPS and not _a_time(c) for c in verb.children):
        return None  # "left the government in disarray", "left the government with few options"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return body if subject is not None and _a_person(subject) else None


def left_office(verb: Token) -> Coded | None:
    return Coded(RESIGN_CODE, verb, 1) if body_left(verb) is not None else None


def _a_time(prep: Token) -> bool:
    """'left the government in March', 'in 2019': when, no state it was left in."""
    return any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in prep.children)


def _a_person(subject: Token) -> bool:
    if subject.lower_ in PERSON_PRONOUNS:
        return True
    if subject.pos_ == "PROPN":
        return subject.ent_type_ not in PLACE_TYPES  # the tagger calls a lone surname ORG too
    return lexicon.agents().get(subject.lemma_.lower()) in ("GOV", "LEG", "MIL", "JUD", "PTY", "OPP")


def without_the_body(verb: Token, code: str, targets: list) -> list:
    """A resignation has no target: the government one left is no party to it."""
    body = body_left(verb) if code == RESIGN_CODE else None
    if body is None:
        return targets
    phrase = " ".join(t.text for t in body.subtree if t.i <= body.i).lower()
    return [t for t in targets if (t.name or "").lower() not in (phrase, body.text.lower())]
