"""Direct quotes: the hit record, quote ranges and the context a rule reads around a marked span
(its paragraph, left and right tokens, neighbouring quotes).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.fragments import FRAGMENT_MAX_WORDS, is_embedded, is_fragment, word_count
from dateline.analyse.quotes.marks import MarkedSpan


SENTENCE_END = frozenset({".", "!", "?", ";"})
# A cue is looked for this many tokens either side of the quote, within its sentence.
CONTEXT_TOKENS = 14


@dataclass
class DirectHit:
    """One marked span with what was found about it (turned into a Quote by the caller)."""

    span: MarkedSpan
    kind: str
    attribution: Attribution | None
    inherited: bool = False  # speaker taken from the previous quote
    rule: str = ""  # which rule found the attribution (for error analysis)


class _QuoteRanges:
    """Fast 'is this offset inside quotation marks' over sorted (open, outer_end) ranges."""

    def __init__(self, spans: list[MarkedSpan]):
        ranges = sorted((s.open_at, s.outer_end) for s in spans)
        self.starts = [a for a, _ in ranges]
        self.ranges = ranges

    def inside(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ranges[i][1]


def _paragraph_bounds(text: str) -> list[int]:
    """Start offsets of paragraphs (non-blank lines), so blank lines do not separate neighbours."""
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)] or [0]


def _tokens_between(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="contract")


def _right_context(doc: Doc, text: str, span: MarkedSpan, bound: int):
    region = _tokens_between(doc, span.outer_end, bound)
    if region is None:
        return []
    tokens = []
    for tok in region:
        if tok.text in SENTENCE_END:
            break
        tokens.append(tok)
        if len(tokens) >= CONTEXT_TOKENS * 3:
            break
    return tokens


def _left_context(doc: Doc, span: MarkedSpan, bound: int):
    region = _tokens_between(doc, bound, span.open_at)
    if region is None:
        return []
    tokens = []
    for tok in reversed(region):
        if tok.text in SENTENCE_END:
            break
        if tok.is_space and not tokens:
            continue  # 'Kovach:  “...”': a stray space is not what the quote follows
        tokens.append(tok)
        if len(tokens) >= CONTEXT_TOKENS * 2:
            break
    tokens.reverse()
    return tokens


@dataclass
class SpanContext:
    """One marked span and what the rules look at around it."""

    doc: Doc
    text: str
    span: MarkedSpan
    ranges: _QuoteRanges
    para_starts: list[int]
    p: int  # index of the span's paragraph
    para_start: int
    para_end: int
    left: Span | list
    right: Span | list
    quoted: str
    ends_open: bool  # the quote runs on into the sentence (no closing stop, or lower case after)
    fragment: bool
    embedded: bool


def _context(doc: Doc, text: str, spans: list[MarkedSpan], k: int, ranges: _QuoteRanges,
             para_starts: list[int]) -> SpanContext:
    span = spans[k]
    p = bisect.bisect_right(para_starts, span.open_at) - 1
    para_start = para_starts[p]
    newline = text.find("\n", para_start)
    para_end = newline if newline >= 0 else len(text)
    prev_end = spans[k - 1].outer_end if k > 0 and spans[k - 1].outer_end <= span.open_at else para_start
    left_bound = max(para_start, prev_end)
    right_bound = min(para_end, _next_open(text, spans, k, para_end))
    right = _right_context(doc, text, span, right_bound)
    quoted = text[span.start : span.end].rstrip()
    return SpanContext(
        doc, text, span, ranges, para_starts, p, para_start, para_end,
        left=_left_context(doc, span, left_bound), right=right, quoted=quoted,
        ends_open=not quoted or quoted[-1] not in ".!?" or bool(right and right[0].is_lower),
        fragment=is_fragment(text, span, para_start), embedded=is_embedded(text, span, para_start),
    )


_JOINERS = re.compile(r"[\s,;]*(?:(?:and|or|as well as|but also|and then)[\s,]*)?", re.IGNORECASE)


def _joined(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Two quotes in one sentence with nothing but a comma or 'and' between them."""
    if first.outer_end > second.open_at or first.close_at is None:
        return False
    between = text[first.outer_end : second.open_at]
    if "\n" in between or text[first.start : first.end].rstrip()[-1:] in (".", "!", "?"):
        return False
    m = _JOINERS.fullmatch(between)
    return m is not None


def _same_sentence(doc: Doc, text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Quote 'second' goes on the sentence quote 'first' stands in, and no one else is named between."""
    if first.close_at is None or first.outer_end > second.open_at:
        return False
    if text[first.start : first.end].rstrip()[-1:] in (".", "!", "?"):
        return False
    between = text[first.outer_end : second.open_at]
    if "\n" in between or re.search(r"[.!?]\s", between):
        return False
    region = _tokens_between(doc, first.outer_end, second.open_at)
    return region is None or not any(t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "they") for t in region)


def _next_open(text: str, spans: list[MarkedSpan], k: int, para_end: int) -> int:
    """Where the text after quote k stops being its context: the next quote that could be
    speech. A few quoted words ('“...,” Lenz, wearing “Vote Halden” pins, said') are part
    of the attribution that follows, not a new quote."""
    for later in spans[k + 1 :]:
        if later.open_at < spans[k].outer_end:
            continue
        if later.open_at >= para_end:
            return para_end
        quoted = text[later.start : later.end].rstrip()
        if later.close_at is None or word_count(text, later) > FRAGMENT_MAX_WORDS or quoted[-1:] in (".", "!", "?", ","):
            return later.open_at
    return para_end
