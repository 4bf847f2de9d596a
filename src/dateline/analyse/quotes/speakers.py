"""Which words can speak: names (even where the tagger missed one), pronouns, nouns for
people and bodies; not things with a person-like ending ("the danger", "the number").
Which can report: documents, findings and counts ("the report says", "figures show")."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.analyse.quotes.attribution import MEDIUM_NOUNS
from dateline.lexicons import words

# Suffixes of nouns for people ("the senator", "voters", "the campaign manager").
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "men", "women", "person", "people", "ent", "ant", "ee", "ive", "ary", "aff", "ff")

_SPEAKING_NOUNS = MEDIUM_NOUNS | frozenset(words("quotes/speaking_nouns.txt"))

# Common nouns with a person-like ending that name things, not people.
_THINGS = frozenset(words("quotes/speaker_things.txt"))

# Documents, findings and counts that report what they hold ("the report says", "figures
# show", "52 percent support"), as PolNeAR's train split attributes them.
_REPORTING_NOUNS = MEDIUM_NOUNS | frozenset(words("quotes/reporting_nouns.txt"))


def lowercase_name(token) -> bool:
    """A word tagged a proper noun but written in lower case ("my6sense", "biadab"): the
    tagger's guess on a brand or a foreign word, not a name anyone speaks under."""
    return token.pos_ == "PROPN" and token.text[:1].islower()


# More nouns for people and bodies ("the tycoon", "authorities"), told apart from things only.
_PEOPLE_NOUNS = frozenset(words("quotes/people_nouns.txt"))


def people_noun(head) -> bool:
    """A common noun for people or a body: one that can speak, or one of the further people nouns."""
    return head.pos_ == "NOUN" and (can_speak(head) or head.lemma_.lower() in _PEOPLE_NOUNS)


def can_report(head) -> bool:
    """A subject that can state something without being someone: a document, a finding, a
    count ("the study found", "the letter says", "two-thirds support")."""
    return head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in _REPORTING_NOUNS


def can_speak(head) -> bool:
    """A subject that can say something: a name, a personal pronoun, a noun for people
    ("his inability", "the timing of the vote" and "a popular play" cannot)."""
    low = head.lower_
    if low in ("he", "she", "they", "we", "i", "you"):
        return True
    if lowercase_name(head):
        return False
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
    if lowercase_name(token):
        return False
    if token.ent_type_ in ("PERSON", "ORG", "NORP") or token.pos_ == "PROPN":
        return True
    return token.text[:1].isupper() and token.text in name_words(token.doc)
