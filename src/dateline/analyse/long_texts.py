"""Long articles parsed in paragraph-aligned pieces, joined back into one Doc.

spaCy refuses a text over `nlp.max_length` (error E088) and its parser needs memory in
proportion to a text's length, so an article longer than CHUNK_CHARS is cut into pieces at
paragraph breaks (else line breaks, else sentence ends, else spaces), each piece is parsed,
and the pieces are joined with `Doc.from_docs`. Every separator stays at the end of the piece
before it, so the joined Doc's text is the article's text exactly and every character offset
an extractor reports is an offset into the article. `join_parsed` checks that.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

# Longer texts are parsed in pieces of at most this many characters. News articles are far
# shorter (a long feature is ~30,000), so only oversized inputs are cut.
CHUNK_CHARS = 100_000
# Where a piece may end, best first: after a blank line, a line break, a sentence end, a space.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"), re.compile(r"\s+"))


class JoinError(ValueError):
    """The joined pieces do not give back the article's text (never expected; then refused)."""


def _cut(text: str, start: int, limit: int) -> int:
    """Where the piece starting at `start` ends: the last break of the best kind within `limit`."""
    end = start + limit
    if end >= len(text):
        return len(text)
    window = text[start:end]
    for pattern in _BREAKS:
        last = None
        for last in pattern.finditer(window):
            pass
        # A break in the first half would leave tiny pieces; try a finer kind of break instead.
        if last is not None and last.end() > limit // 2:
            return start + last.end()
    return end  # one "word" longer than half a piece: cut it


def pieces(text: str, *, limit: int = CHUNK_CHARS) -> Iterator[str]:
    """The text in consecutive pieces of at most `limit` characters; joined, they are `text`."""
    start = 0
    while start < len(text):
        end = _cut(text, start, limit)
        yield text[start:end]
        start = end


def is_long(text: str, *, limit: int = CHUNK_CHARS) -> bool:
    return len(text) > limit


def join_parsed(docs: list[Doc], text: str) -> Doc:
    """One Doc from the parsed pieces of `text`; JoinError unless its text is `text` exactly."""
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:
        raise JoinError("the parsed pieces of the article do not add up to its text")
    return joined
