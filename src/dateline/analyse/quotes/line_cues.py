"""Direct quotes: speakers found beyond the sentence — signatures, a name and colon opening the
line or paragraph, headlines, transcript turns, the speech or subject of the paragraph before.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import (
    Attribution,
    attribution_for_verb,
    same_paragraph,
    speaker_span,
    verb_classes,
)
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.analyse.quotes.marks import MarkedSpan
from dateline.analyse.quotes.speakers import can_speak, known_name, lowercase_name, name_words
from dateline.analyse.quotes.sentence_cues import _cue_in, _speaker_outside, _with_outer_speaker
from dateline.analyse.quotes.span_context import SENTENCE_END, _QuoteRanges, _tokens_between


# Spaces around a signature's dash, no-break ones included, but not a line break.
_DASH = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*")


def _signed_name(doc: Doc, start: int) -> Attribution | None:
    """'— Mira Kovach, 34, Lodz' from `start` (a dash) to the end of its line: the name."""
    text = doc_text(doc)
    m = _DASH.match(text, start, start + 8)
    if m is None or not m.group().strip():
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    region = _tokens_between(doc, m.end(), min(line_end, m.end() + 200))
    if region is None or len(region) == 0:
        return None
    first = region[0]
    if first.pos_ != "PROPN" and first.ent_type_ != "PERSON":
        return None
    if _masked(text[m.end() : line_end]):
        return None  # "— Mel**** Ka**": a reviewer whose name the page hides is no one we can name
    head = first
    while head.i + 1 < region.end and doc[head.i + 1].pos_ == "PROPN" and doc[head.i + 1].text not in ",.":
        head = doc[head.i + 1]
    return Attribution("—", first.i, doc[first.i : head.i + 1], head)


def _masked(signature: str) -> bool:
    """A signature whose first word has letters hidden behind asterisks ("Jo** Al****")."""
    words = signature.split()
    return bool(words) and "*" in words[0]


def _signature_after(doc: Doc, span: MarkedSpan, para_end: int) -> Attribution | None:
    """A pull quote signed on its own line after the closing mark: '“...” ― Mira Kovach, Lodz'."""
    text = doc_text(doc)
    if span.outer_end >= para_end or not _DASH.match(text, span.outer_end, span.outer_end + 8):
        return None
    found = _signed_name(doc, span.outer_end)
    if found is None:
        return None
    head = found.speaker_head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.is_alpha and same_paragraph(head, head.head):
        return None  # '“...” - Democrats who watched it said ...': a sentence goes on
    return found


def _signature_line(doc: Doc, span: MarkedSpan, para_starts: list[int], p: int, para_end: int) -> Attribution | None:
    """A quote closing its paragraph, signed on the next line: '“...” / — Mira Kovach, Lodz.'"""
    text = doc_text(doc)
    if text[span.outer_end : para_end].strip(" \t.,\"”’'") or p + 1 >= len(para_starts):
        return None
    return _signed_name(doc, para_starts[p + 1])


def _colon_paragraph(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_starts: list[int], p: int) -> Attribution | None:
    """A paragraph that is one quote, after a paragraph ending in a colon ("Halden issued
    the following statement:"): whoever that paragraph introduces speaks."""
    text = doc_text(doc)
    if text[para_starts[p] : span.open_at].strip():
        return None
    previous = text[para_starts[p - 1] : para_starts[p]].rstrip()
    if not previous.endswith(":"):
        return None
    region = _tokens_between(doc, para_starts[p - 1], para_starts[p - 1] + len(previous))
    if region is None or len(region) < 2:
        return None
    left = []
    for tok in reversed(region):
        if tok.text in SENTENCE_END or ranges.inside(tok.idx):
            break
        left.append(tok)
    left.reverse()
    if len(left) < 2:
        return None
    found = _cue_in(left, ranges, classes=("say", "obj"), reverse=True) or _colon_speaker(left)
    if found is not None:
        return found
    # "... released the following statement:": the clause's own verb, not "following"
    for tok in reversed(left):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound", "acl", "aux", "auxpass"):
            found = attribution_for_verb(tok)
            if found.speaker is not None and can_speak(found.speaker_head):
                return found
            return None
    return None


def _previous_speech(doc: Doc, ranges: _QuoteRanges, para_starts: list[int], p: int, span: MarkedSpan) -> Attribution | None:
    """A quote with no cue of its own, after a sentence or paragraph where someone spoke
    ("Ash argued in his email ... / “In light of ...”"): that speaker."""
    lo = para_starts[p - 1] if p > 0 else 0
    region = _tokens_between(doc, lo, span.open_at)
    if region is None:
        return None
    nearest = _previous_subject(doc, span, ranges, para_starts, p)
    for tok in reversed(region):
        if ranges.inside(tok.idx):
            return None  # a quote in between: that one's speaker is the candidate, via inheritance
        if nearest is not None and tok.i < nearest.speaker_head.sent.start:
            return None  # 'Ostrova touted her record. “...”': someone else took the floor since
        if "say" in verb_classes(tok) or "think" in verb_classes(tok):
            # "Carter said that critics had been predicting ...": Carter, not the critics
            attribution = _with_outer_speaker(attribution_for_verb(tok), tok, ranges)
            if attribution.speaker is not None and ranges.inside(attribution.speaker.start_char):
                attribution = _speaker_outside(tok, ranges) or attribution
            if attribution.speaker is not None and attribution.speaker_head.pos_ in ("PROPN", "PRON", "NOUN"):
                if attribution.speaker_head.lower_ not in ("it", "there", "this", "that", "which", "who", "i", "you", "we"):
                    return attribution
            return None
    return None


def _previous_subject(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_starts: list[int], p: int) -> Attribution | None:
    """'Ostrova touted her record. “We built roads ...”': a quote standing alone after a
    sentence about a person, with no cue of its own, is that person's."""
    lo = para_starts[p - 1] if p > 0 else 0
    region = _tokens_between(doc, lo, span.open_at)
    if region is None or len(region) < 3:
        return None
    last = region[-1]
    while last.is_space and last.i > region.start:
        last = doc[last.i - 1]
    if ranges.inside(last.idx) or last.text not in SENTENCE_END:
        return None
    sent = last.sent
    if sent.start < region.start:
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or ranges.inside(root.idx):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or ranges.inside(subject.idx):
        return None
    # 'Valastro praised ...': a name the tagger mislabels here but tags as a person elsewhere
    named = subject.pos_ == "PROPN" and (subject.ent_type_ in ("", "PERSON") or subject.text in name_words(doc))
    if not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or named):
        return None
    return Attribution(root.text, root.i, speaker_span(subject), subject)


def _colon_speaker(left) -> Attribution | None:
    """Headline 'Ostrova: "..."': the name before the colon."""
    if not left or left[-1].text != ":":
        return None
    before = left[:-1]
    if before and before[-1].text == ")":
        # "Rep. Ana Lenz (Greens):": the name before the party in brackets
        opening = next((k for k in range(len(before) - 2, max(-1, len(before) - 8), -1) if before[k].text == "("), None)
        if opening is not None:
            before = before[:opening]
    if not before:
        return None
    head = before[-1]
    if lowercase_name(head):
        return None  # "... / biadab:": a word of another language the tagger took for a name
    if len(before) > 6:
        # "STATES TURN RED - Jeffrey M. Jones:": only a name right before the colon
        if not (head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.is_upper)):
            return None
        k = len(before) - 1
        while k > 0 and before[k - 1].pos_ == "PROPN" and not before[k - 1].is_upper and len(before) - k < 4:
            k -= 1
        opener = _headline_subject(before, head)
        if opener is not head:
            return Attribution(":", left[-1].i, speaker_span(opener), opener)
        return Attribution(":", left[-1].i, head.doc[before[k].i : head.i + 1], head)
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.pos_ == "PROPN":
        head = _headline_subject(before, head)
        return Attribution(":", left[-1].i, speaker_span(head), head)
    return None


def _line_speaker(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_start: int) -> Attribution | None:
    """The name opening the quote's line before a colon ("Halden: Veldoria Is ‘Ready’")."""
    text = doc_text(doc)
    colon = text.find(":", para_start, span.open_at)
    if colon < 0 or ranges.inside(colon) or "\n" in text[para_start:colon]:
        return None
    prefix = _tokens_between(doc, para_start, colon)
    if prefix is None or not 0 < len(prefix) <= 6 or not prefix[0].text[:1].isupper():
        return None
    if any(ranges.inside(t.idx) or verb_classes(t) for t in prefix):
        return None
    head = prefix[-1]
    if not known_name(head):
        return None
    colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if colon_tok is None:
        return None
    found = _colon_speaker(list(prefix) + [colon_tok[0]])
    if found is not None:
        return found
    return Attribution(":", colon_tok[0].i, speaker_span(head), head)


def _headline_verb(token) -> bool:
    """A speech verb, even when title case made the tagger call it a name ("Praises")."""
    if verb_classes(token):
        return True
    low = token.lower_
    lexicon = speech_verbs()
    return token.is_title and any(low[: len(low) - k] in lexicon for k in (1, 2) if low.endswith("s"))


def _headline_subject(before, head):
    """'Halden on Ostrova: “...”' / 'Halden Praises Ostrova: “...”': the name the line
    opens with speaks, not the one it is about."""
    first = before[0]
    if head.i == first.i or not (first.pos_ == "PROPN" or first.ent_type_ in ("PERSON", "ORG")):
        return head
    between = [t for t in before if first.i < t.i < head.i]
    if any(t.lower_ in ("on", "to", "about") or _headline_verb(t) for t in between):
        opener = first
        while opener.i + 1 < head.i and head.doc[opener.i + 1].pos_ == "PROPN" and not _headline_verb(head.doc[opener.i + 1]):
            opener = head.doc[opener.i + 1]
        return opener
    return head


# A transcript turn opens with its speaker in capitals and a colon: '"WALLACE: Let's start',
# '"SEN. MARA KELL: We will not'. Two letters at least, so "Q:" and "A:" do not count.
_TURN = re.compile(r"((?:[A-Z][A-Z'’.\-]*[ \t]+){0,3}[A-Z][A-Z'’.\-]*[A-Z]):[ \t]+(?=\S)")


def _transcript_turn(doc: Doc, span: MarkedSpan) -> tuple[Attribution, int] | None:
    """A quote that is a transcript turn: its speaker, and where the spoken words start."""
    text = doc_text(doc)
    m = _TURN.match(text, span.start, span.end)
    if m is None:
        return None
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
    if name is None or colon is None or len(name) == 0:
        return None
    return Attribution(":", colon[0].i, name, name[-1]), m.end()
