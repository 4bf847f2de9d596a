"""Names set off by dashes after a subject: 'The only two Gulf states to have signed accords
with Iran – Oman and Qatar – also criticised the decision'.

The parser reads such a list as part of whatever precedes it (a compound 'Iran – Oman', a
conjunct of the preposition's object) and leaves the next verb without a subject. Read from the
surface: a list of names between two dashes, right before a verb (past adverbs), names who does
that verb, and who does what the sentence's subject noun before the list does ('to have signed')."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

DASHES = frozenset({"-", "–", "—", "--"})
LIST_WORDS = frozenset({",", "and"})
# what may stand between the closing dash and the verb: "– also sharply criticised"
BEFORE_VERB = frozenset({"advmod", "aux", "auxpass", "neg"})
MAX_NAMES = 4


@dataclass(frozen=True)
class DashList:
    opening: int  # token index of the opening dash
    closing: int
    verb: int  # the verb right after the closing dash
    names: tuple[str, ...]


def _names(span: Span) -> tuple[str, ...] | None:
    """The names of a span that holds only names, commas and 'and' ('Egypt and Jordan')."""
    names, run = [], []
    for token in span:
        if token.text in LIST_WORDS or token.lower_ in LIST_WORDS:
            if run:
                names.append(" ".join(run))
            run = []
        elif token.pos_ == "PROPN" or (token.pos_ == "DET" and not run):
            if token.pos_ == "PROPN":
                run.append(token.text)
        else:
            return None
    if run:
        names.append(" ".join(run))
    return tuple(names) if 0 < len(names) <= MAX_NAMES else None


def _verb_after(doc, i: int, end: int) -> Token | None:
    while i < end and doc[i].dep_ in BEFORE_VERB:
        i += 1
    if i < end and doc[i].pos_ in ("VERB", "AUX") and doc[i].tag_ not in ("VBG", "TO"):
        return doc[i]
    return None


def dash_list(sent: Span) -> DashList | None:
    """The sentence's list of names between two dashes that a verb follows, or None."""
    doc = sent.doc
    dashes = [t.i for t in sent if t.text in DASHES and t.whitespace_ and t.i > sent.start
              and doc[t.i - 1].whitespace_]
    for opening, closing in zip(dashes, dashes[1:]):
        names = _names(doc[opening + 1:closing])
        verb = _verb_after(doc, closing + 1, sent.end) if names else None
        if verb is not None:
            return DashList(opening, closing, verb.i, names)
    return None


def _sentence_subject(sent: Span, before: int) -> Token | None:
    """The sentence's first subject noun, when it stands before the list."""
    subject = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")), None)
    return subject if subject is not None and subject.i < before and subject.pos_ == "NOUN" else None


def dashed_doers(verb: Token, subject: Token | None) -> tuple[str, ...]:
    """The names that do this verb: it is the verb after the list, or its subject is the
    sentence's subject noun the list stands for; else none."""
    found = dash_list(verb.sent)
    if found is None:
        return ()
    if verb.i == found.verb and (subject is None or subject.i < found.opening):
        return found.names
    if subject is not None and subject.i < found.opening and verb.i < found.opening \
            and subject == _sentence_subject(verb.sent, found.opening):
        return found.names
    return ()


def before_the_list(verb: Token, token: Token) -> bool:
    """For the verb after the list, a word up to the closing dash: the subject the list stands
    for or the list itself, no target of the verb (the parse may hang them under it)."""
    found = dash_list(verb.sent)
    return found is not None and verb.i == found.verb and token.i < found.closing


def name_before_the_list(token: Token) -> Token | None:
    """'signed treaties with Israel - Egypt and Jordan - criticised': the parser may hang the
    name before the opening dash as a compound of the list's first name, making the list the
    preposition's object; the name before the dash is that object."""
    found = dash_list(token.sent)
    if found is None or not found.opening < token.i < found.closing or token.dep_ != "pobj":
        return None
    return next((c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                 and c.i == found.opening - 1), None)
