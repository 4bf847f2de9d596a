"""Photo-caption lines: short lines that describe a picture rather than report.

Names in captions are weaker evidence (captions are written apart from the story and
often reuse wire boilerplate), so their descriptors must not override the body's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.analyse.parsed import doc_text

MAX_CAPTION_WORDS = 40
_MARKERS = re.compile(
    r"\((?:left|right|centre|center|front|back|top|bottom|l|r|c|second (?:left|right)|"
    r"pictured|file|file photo|photo)\)"
    r"|\bpictured\b|\bfile (?:photo|picture|image)\b|\bphotograph(?:ed)?\b|\bphoto:|"
    r"\b(?:AP|AFP|Reuters|Getty|EPA)(?: Photo| Images)?\s*/|\bimage:|\bcredit:",
    re.IGNORECASE,
)
_CAPTION_START = re.compile(r"^\s*(?:caption|photo|picture|image|pictured|above|below|top|left|right)\s*[:\-–—]", re.I)
_SENTENCE_END = re.compile(r"[.!?…\"”’')\]]\s*$")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def caption_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the lines in doc.text that read as photo captions."""
    text = doc_text(doc)
    spans = []
    for start, end in line_spans(text):
        line = text[start:end]
        if is_caption_line(line, has_verb=_line_has_verb(doc, start, end)):
            spans.append((start, end))
    return spans


def is_caption_line(line: str, *, has_verb: bool) -> bool:
    """A caption: it says so, or names a picture position, or it is a short verbless
    line that does not end like a sentence."""
    stripped = line.strip()
    words = stripped.split()
    if not words or len(words) > MAX_CAPTION_WORDS:
        return False
    if _CAPTION_START.match(stripped) or _MARKERS.search(stripped):
        return True
    ends_like_sentence = bool(_SENTENCE_END.search(stripped))
    return not has_verb and not ends_like_sentence and len(words) >= 2 and _has_capitalised(words)


def _has_capitalised(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words[1:]) or words[0][:1].isupper()


def _line_has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def in_spans(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
