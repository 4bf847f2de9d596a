"""Figurative senses of verbs of violence and coercion (issue 17): a wrong event is worse than none.

A verb the dictionary codes as violence by default ("attack", "kill", "shoot", "blast", "hit")
is used figuratively when what it is done to, or with, is no one and nothing force reaches:
- its object, or its passive subject, is a thing of words, plans or money ("attacked the
  problem", "killed the bill", "the plan was shot down", "shot her new film": data/events/
  figurative_objects.txt), or a passive's agent is one ("hit by a string of scandals");
- its instrument is words ("bombarded with emails": data/events/word_media.txt);
- the contest is an election ("hammered the opposition in the local elections", "punished the
  government at the ballot box": data/events/electoral_nouns.txt).
Those code nothing. Criticism is read where the words are the medium ("attacked the minister in
a newspaper column", "clashed over immigration in the televised debate") or the verb's object is
judged with "as" and an adjective or a word of condemnation ("blasted the prime minister as
wrong", "attacked the ruling as a sham"): CAMEO 111, as "criticised" would code. A specific
pattern of the verb's ("killed in a clash") and a sentence that shows harm keep the violence.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.pattern_match import MEASURE_HEADS
from dateline.lexicons import words

VIOLENT = ("18", "19", "20")
COERCIVE = ("17", "18", "19", "20")
VERBAL_CODE = "111"

FIGURATIVE_OBJECTS = frozenset(words("events/figurative_objects.txt"))
WORD_MEDIA = frozenset(words("events/word_media.txt"))
ELECTORAL_NOUNS = frozenset(words("events/electoral_nouns.txt"))
CONDEMNATION_NOUNS = frozenset(words("events/condemnation_nouns.txt"))


def _in(noun: Token, table: frozenset[str]) -> bool:
    """The noun's lemma (or its word), alone or with its compounds ('ballot box'), is in the table."""
    compounds = " ".join(c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
    return noun.lemma_.lower() in table or noun.lower_ in table or f"{compounds} {noun.lemma_.lower()}" in table


def _measured(noun: Token) -> Token:
    """'a string of scandals' -> 'scandals': what a measure word counts."""
    if noun.lemma_.lower() not in MEASURE_HEADS:
        return noun
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return inner if inner is not None else noun


def _prep_objects(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    return [_measured(g) for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _violent_default(verb: Token, code: str, codes: tuple[str, ...] = VIOLENT) -> bool:
    entry = lexicon.verbs().get(verb.lemma_.lower())
    return code[:2] in codes and entry is not None and entry[1][:2] in codes


def figurative_violence(verb: Token, code: str, specific: int, harm_shown: bool) -> bool:
    """The verb's default violence (or coercion) is done to, with or by a thing, or at the polls."""
    entry = lexicon.verbs().get(verb.lemma_.lower())
    if harm_shown or entry is None or entry[1][:2] not in COERCIVE:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    at_polls = [n for t in (verb, *objects) for n in _prep_objects(t, ("in", "at"))]  # (the parser may hang it on the object)
    if any(_in(n, ELECTORAL_NOUNS) for n in at_polls):
        return True  # "hammered the opposition in the local elections" (its pattern's criticism too)
    if specific or code[:2] not in VIOLENT or entry[1][:2] not in VIOLENT:
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    done_to = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj", "obj"))]
    if any(n.pos_ == "NOUN" and _in(_measured(n), FIGURATIVE_OBJECTS) for n in done_to):
        return True  # "attacked the problem", "the plan was shot down"
    if passive and any(_in(n, FIGURATIVE_OBJECTS) for n in _prep_objects(verb, ("by",))):
        return True  # "hit by a string of scandals"
    return any(_in(n, WORD_MEDIA) for n in _prep_objects(verb, ("with",)))  # "bombarded with emails"


def verbal_violence(verb: Token, code: str, harm_shown: bool) -> bool:
    """Violence in words: made in a debate, a column, an interview; or its object judged 'as'
    an adjective or a word of condemnation ('blasted the plan as reckless')."""
    if harm_shown or not _violent_default(verb, code):
        return False
    if any(_in(n, WORD_MEDIA) for n in _prep_objects(verb, ("in",))):
        return True
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for judged in prep.children:
            if judged.pos_ == "ADJ" or (judged.pos_ == "NOUN" and _in(judged, CONDEMNATION_NOUNS)):
                return True  # (not "as a spy": a role, which violence may be done to)
    return False


def rejects_words(verb: Token) -> bool:
    """'would dismiss any criticism', 'vowed to reject the accusations': refusing words (data/
    events/word_media.txt) harms no one, so an intended rejection of them is no threat."""
    complement = next((c for c in verb.children if c.dep_ == "xcomp"), None)
    return any(o.dep_ in ("dobj", "obj") and _in(o, WORD_MEDIA)
               for v in (verb, complement) if v is not None for o in v.children)
