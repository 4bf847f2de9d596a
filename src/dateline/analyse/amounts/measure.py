"""What a count measures ("killed", "injured", "displaced" ...), from the words governing it.

Outlets count the same toll in different words: "a war that killed at least 5,000 people",
"the war claimed more than 6,000 lives", "the death toll rose to 5,400". The counted nouns
differ ("people", "lives", "toll"), the measure does not, and it is what lets a reader
compare the figures. The measure is read from the parse only where a listed word governs
the counted noun directly (data/amounts/measures.txt); otherwise it stays empty.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from dateline.lexicons import table

_OBJECT_DEPS = ("dobj", "nsubjpass", "obj")
_SUBJECT_DEPS = ("nsubj",)


@lru_cache(maxsize=1)
def _measures() -> dict[str, dict[str, str]]:
    """how -> lemma (or "verb object" pair, or compound noun) -> measure."""
    found: dict[str, dict[str, str]] = {}
    for measure, how, lemma in table("amounts/measures.txt", 3):
        found.setdefault(how, {})[lemma] = measure
    return found


def measure_of(doc: Doc, start: int, end: int) -> str | None:
    """The measure of the amount at character offsets [start, end) of `doc`, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(token.lower_ == "of" for token in span):
        return None  # "19 of the deaths": a part of a toll, not the toll
    head = _counted_token(span)
    if head is None:
        return None
    measures = _measures()
    for noun in (_compound(head), head.lemma_.lower(), head.lower_):
        if noun in measures.get("noun", {}):
            return measures["noun"][noun]
    adjectives = measures.get("adjective", {})
    if head.lower_ in adjectives:
        return adjectives[head.lower_]  # "3 million displaced"
    for child in head.children:
        if child.dep_ == "amod" and child.lower_ in adjectives:
            return adjectives[child.lower_]  # "40 displaced people"
        if child.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in child.children):
            found = measures.get("subject_verb", {}).get(child.lemma_.lower())
            if found:
                return found  # "the 37 people who died"
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        owner = head.head.head
        return measures.get("noun", {}).get(owner.lemma_.lower())  # "the deaths of 37 people"
    if head.dep_ in _SUBJECT_DEPS:
        for complement in head.head.children:
            if complement.dep_ in ("acomp", "oprd") and complement.lower_ in adjectives:
                return adjectives[complement.lower_]  # "37 people are dead"
    return _governing_verb_measure(head, measures)


def _governing_verb_measure(head: Token, measures: dict[str, dict[str, str]]) -> str | None:
    """The measure of the verb the counted noun is object or subject of; a verb joined to a
    relative clause or a conjunction counts as its own (each has its own arguments)."""
    verb = head.head
    if verb is head or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if head.dep_ in _OBJECT_DEPS:
        if lemma in measures.get("verb", {}):
            return measures["verb"][lemma]
        paired = f"{lemma} {head.lemma_.lower()}"
        if paired in measures.get("verb_object", {}):
            return measures["verb_object"][paired]
    if head.dep_ in _SUBJECT_DEPS and lemma in measures.get("subject_verb", {}):
        return measures["subject_verb"][lemma]
    return None


def _counted_token(span: Span) -> Token | None:
    """The token that stands for what is counted: the last noun or adjective of the amount's
    span ("5,000 people", "3 million displaced"), else the subject a number is the new level
    of ("the death toll rose to 45"), else the number itself."""
    if len(span) == 0:
        return None
    for token in reversed(span):
        if token.pos_ in ("NOUN", "ADJ", "PROPN") and not token.like_num:
            while token.dep_ == "conj" and token.head.i < token.i:
                token = token.head  # "4,000 soldiers and civilians": the first conjunct has the verb
            return token
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at"):
        verb = root.head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]  # "the death toll rose to 45": the toll is what 45 is
    return root


def _compound(token: Token) -> str:
    """The noun with the nouns compounded onto it, lower-case lemmas ("death toll")."""
    parts = [c.lemma_.lower() for c in token.children if c.dep_ == "compound" and c.i < token.i]
    return " ".join(parts + [token.lemma_.lower()])
