"""'He' or 'she' opening a narrative sentence: the person the sentence before was about.

"Defence Minister Ana Ruiz toured the naval base on Monday. She urged Peru to ..." In news
prose a sentence that opens with a personal pronoun as its subject continues with the subject
of the sentence before, when that subject is a named person the actor dictionary or the
article's roles place (a country's official). A pronoun inside quotation marks is the quote's
business (attach.py); one with another person named before it in its own sentence is left open."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.phrases import ActorFinder

PERSONAL = frozenset({"he", "she"})


def _main_subject(sent: Span) -> Token | None:
    """The subject of the sentence's root, or of the clause a root verb of saying reports."""
    root = sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subject


def _opening_pronoun(sent: Span) -> Token | None:
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ not in PERSONAL or first.dep_ != "nsubj":
        return None
    return first


def continued_person(sent: Span, finder: ActorFinder) -> ActorRef | None:
    """The named, placed person the sentence's opening 'he' or 'she' stands for, or None."""
    if _opening_pronoun(sent) is None or sent.start == 0:
        return None
    before = sent.doc[sent.start - 1].sent
    subject = _main_subject(before)
    if subject is None or subject.pos_ != "PROPN":
        return None
    mention = finder.mention_at(subject)
    if mention is None or mention.type != "PERSON":
        return None
    found = finder.actor(subject)
    return found if found is not None and found.country and found.sector else None
