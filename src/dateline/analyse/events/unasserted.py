"""Acts a sentence reports only as someone's charge, fear, hope or guess: no event.

"their charges that Trump is appeasing Russia", "concerns that officials are restricting
information", "for fear that the fiasco would inflict disaster on the monarchy", "it is alleged
he attacked a guard": the act is the content of an attitude or accusation word, and the text
does not assert it happened. Coding it as asserted puts a claim in the record as a fact, and no
mode (intended, threatened, hypothetical ...) says "alleged by someone"; a wrong event is worse
than none, so such an act is left out. The charge itself is coded where its own word codes
("Democrats alleged that ..." -> ACCUSE). Words in data/events/unasserted_content.tsv.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.lexicons import table

# How a content clause hangs on its word: "charges that X ..." (acl/ccomp of the noun), "alleged
# that X ..." (ccomp of the verb); a conjunct shares its head's ("fears that X attacked and
# looted"), an infinitive its frame's ("fears X will try to seize").
CONTENT_DEPS = frozenset({"ccomp", "acl"})
MAX_STEPS = 4
# the prepositions that hang the act charged on the charge ("accused of", "charged with")
CHARGE_PREPS = frozenset({"of", "with"})


@lru_cache(maxsize=1)
def content_words() -> frozenset[tuple[str, str]]:
    return frozenset((word, kind) for word, kind in table("events/unasserted_content.tsv", 2))


def _clause_verb(trigger: Token) -> Token:
    """The verb of the clause a trigger stands in (a noun trigger: the verb it hangs on)."""
    node, steps = trigger, 0
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i and steps < 3:
        node, steps = node.head, steps + 1
    return node


def unasserted(trigger: Token) -> bool:
    """Whether the trigger's clause is the content of a charge, fear, hope or guess word."""
    words = content_words()
    if trigger.dep_ in ("nsubj", "nsubjpass"):
        return False  # "alleging that Trump's call with Zelensky was improper": the call took place
    node = _clause_verb(trigger)
    for _ in range(MAX_STEPS):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ in CONTENT_DEPS:
            if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children):
                return False  # "asked whether ...": a question, not a charge
            kind = "noun" if head.pos_ in ("NOUN", "PROPN") else "verb" if head.pos_ in ("VERB", "AUX") else None
            return kind is not None and (head.lemma_.lower(), kind) in words or (head.lower_, kind) in words
        if node.dep_ == "pcomp" and head.lower_ in CHARGE_PREPS and head.head.i != head.i:
            # "was accused of ordering the killing", "charged with attacking": the act charged
            charged = head.head
            kind = "noun" if charged.pos_ in ("NOUN", "PROPN") else "verb"
            return (charged.lemma_.lower(), kind) in words
        if node.dep_ not in ("conj", "xcomp"):
            return False
        node = head
    return False
