"""One plain sentence splitter for the stages that need sentences without a parse (linkers
reading stored text): a period, question or exclamation mark (and any closing quote), space,
then a capital, a digit or an opening quote; or a line break. A period that closes an
abbreviation ("Dr. Barnett", "Oct. 21", "U.S. officials") ends no sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.lexicons import words

_SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019]))\s+(?=[\"'\u201c\u2018]?[A-Z0-9])|\n+"
)
_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z.]+)\.$")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")  # "U.S", "N.Y", "J"


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """abbreviations.txt, lower case: words whose period ends no sentence."""
    return frozenset(word.lower() for word in words("abbreviations.txt"))


def abbreviation_before(text: str, end: int) -> bool:
    """Whether the period at text[end - 1] closes an abbreviation, not a sentence."""
    word = _WORD_BEFORE_PERIOD.search(text[max(0, end - 12) : end])
    if not word:
        return False
    token = word.group(1)
    return token.lower() in abbreviations() or _INITIALS.fullmatch(token) is not None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, blank stretches left out."""
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start() - 1 : match.start()] == "." and abbreviation_before(text, match.start()):
            continue
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]
