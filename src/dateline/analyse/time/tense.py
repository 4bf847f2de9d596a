"""Which way an underspecified date points, from the tense of the verb that governs it.

"said on Sunday" -> the past Sunday (-1); "will arrive on Monday" -> the next Monday (+1);
no governing verb ("talks in Geneva on Wednesday") -> the nearest one (0).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

PAST, NEAREST, FUTURE = -1, 0, 1
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "going"}
_PAST_AUX = {"did", "had", "has", "have", "was", "were"}
_REPORTING = {"say", "tell", "announce", "report", "add", "state", "note", "confirm", "claim"}
# a plan made in the past is mostly for a day still ahead ("protesters planned a rally on Saturday")
_PLANNING = {"plan", "schedule", "slate"}


def _governing_verb(span: Span) -> Token | None:
    """The verb the expression modifies; None when it modifies a noun ("talks on Wednesday")."""
    head = span.root.head
    if head.pos_ == "ADP" and head.i not in range(span.start, span.end):
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end):
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def verb_direction(verb: Token, *, present: int = FUTURE) -> int:
    """-1 for past, +1 for future, `present` for the present tense, 0 when the tense says nothing.

    The present tense points ahead for days ("the talks begin Monday") but says little
    about months, so callers choose.
    """
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    aux_words = {child.lower_ for child in aux}
    if aux_words & _FUTURE_AUX:
        return FUTURE
    if verb.lower_ == "going" or any(c.lower_ == "to" for c in aux) and verb.tag_ == "VB":
        # "is going to", "is to sign", "is expected to": a plan
        head = verb.head
        if head.i != verb.i and head.tag_ in ("VBZ", "VBP", "VBN", "VBG"):
            return FUTURE
    if verb.lemma_ in _PLANNING and verb.tag_ in ("VBD", "VBN"):
        return NEAREST
    if verb.tag_ == "VBD":
        return PAST
    if aux_words & _PAST_AUX or any(a.tag_ == "VBD" for a in aux):
        return PAST
    if any(a.tag_ == "MD" for a in aux):
        return NEAREST  # would, could, may: conditional, no direction
    if verb.tag_ == "VBN":
        # "is scheduled for Dec. 10" points ahead; a bare participle ("the deal
        # signed Monday") reports the past
        return present if aux_words & {"is", "are", "be", "am", "'s", "'re"} else PAST
    if verb.tag_ == "VBG" and not aux:
        return NEAREST
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        if verb.lemma_ in _REPORTING:
            return NEAREST
        return present
    if verb.tag_ == "VB" and any(a.tag_ == "MD" and a.lower_ not in _FUTURE_AUX for a in aux):
        return NEAREST
    return NEAREST


def direction_for(doc: Doc, start: int, end: int, *, present: int = FUTURE) -> int:
    """The tense direction for the expression at character offsets [start, end)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return NEAREST
    if span.start > 0 and doc[span.start - 1].lower_ == "since":
        return PAST
    verb = _governing_verb(span)
    if verb is None:
        return NEAREST
    return verb_direction(verb, present=present)


def is_past_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the verb governing [start, end) is in the past perfect ("had been due to
    expire Friday", "until Thursday they had not named him"): the date is behind us."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = _governing_verb(span)
    for _ in range(3):  # "had been due to expire": from "expire" up to "due"
        if verb is None:
            return False
        if any(child.dep_ in ("aux", "auxpass") and child.lower_ == "had" for child in verb.children) and verb.tag_ == "VBN":
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
