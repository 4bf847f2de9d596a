"""Which words can speak: names (even where the tagger missed one), pronouns, nouns for
people and bodies; not things with a person-like ending ("the danger", "the number")."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.analyse.quotes.attribution import MEDIUM_NOUNS
from dateline.lexicons import words

# Suffixes of nouns for people ("the senator", "voters", "the campaign manager").
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "men", "women", "person", "people", "ent", "ant", "ee", "ive", "ary", "aff", "ff")

_SPEAKING_NOUNS = MEDIUM_NOUNS | frozenset(words("quotes/speaking_nouns.txt"))

# Common nouns with a person-like ending that name things, not people.
_THINGS = frozenset(words("quotes/speaker_things.txt"))


def can_speak(head) -> bool:
    """A subject that can say something: a name, a personal pronoun, a noun for people
    ("his inability", "the timing of the vote" and "a popular play" cannot)."""
    low = head.lower_
    if low in ("he", "she", "they", "we", "i", "you"):
        return True
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if head.pos_ == "PROPN" or known_name(head):
        return True
    if head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        if lemma in _SPEAKING_NOUNS:
            return True
        # "the comment", "the danger", "the number": person-like endings on things
        return lemma.endswith(_PERSON_SUFFIXES) and not lemma.endswith("ment") and lemma not in _THINGS
    return False


# The last doc seen and the words it tags as names (one doc at a time: a doc's names are
# asked for many times while its quotes are read, and building the set is a pass over it).
_NAMES_OF: list = [None, frozenset()]


def name_words(doc: Doc) -> frozenset[str]:
    if _NAMES_OF[0] is not doc:
        _NAMES_OF[0] = doc
        _NAMES_OF[1] = frozenset(t.text for t in doc if t.ent_type_ in ("PERSON", "ORG"))
    return _NAMES_OF[1]


def known_name(token) -> bool:
    """A name, even where the tagger missed it ("Trump:" or "Hannity interjected" as a
    noun): a capitalised word the article elsewhere tags as a person or organisation."""
    if token.ent_type_ in ("PERSON", "ORG", "NORP") or token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.text in name_words(token.doc)
