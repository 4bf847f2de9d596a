"""Whether two sentences attach their day to the same happening word.

"The monarch met this week with the rebel leader" and "the rebel leader, with whom the king
met Monday" attach their days to one act: "met". "Authorities issued a warrant Monday for
Brandt" and "the bureau put Brandt on its most-wanted list Monday" share a name and a
weekday, but the days belong to two acts. A lone companion article (see
dateline.link.pubdates.infer) dates an undated one only when both sentences attach their
day to the same word saying what happened: not a name, not a calendar word, and not a
verb of saying ("reported Friday" tells when a paper spoke, and papers speak every day).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.lexicons import table, words

REACH = 5  # words either side of the day expression that may be attached to it
_CLAUSE_MARKS = (",", ";", ":", " - ", "\u2013", "\u2014", "(", ")")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# a day expression in a dated sentence: "Monday", "yesterday", "this week", "Oct. 23"
_DAY_WORDS = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|"
    r"(?:this|last)\s+week|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2})\b",
    re.I,
)
_SUFFIXES = ("ings", "ing", "ed", "es", "s", "e")
_TIME_WORDS = frozenset(words("pubdates/time_words.txt"))


def stem(word: str) -> str:
    """A crude stem: "ruling", "ruled" and "rules" share "rul"."""
    word = word.lower().removesuffix("'s").removesuffix("\u2019s")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=1)
def _speech_stems() -> frozenset[str]:
    return frozenset(stem(row[0]) for row in table("speech_verbs.txt", 2, optional_last=True))


def _content_stem(token: str, first: bool) -> str | None:
    lower = token.lower().strip("'\u2019-")
    if len(lower) < 3 or lower in STOP_WORDS or lower in _TIME_WORDS:
        return None
    if token[0].isupper() and not first:
        return None  # a name says who or where, not what happened
    found = stem(lower)
    return None if found in _speech_stems() else found


def attached_stems(sentence: str, start: int, end: int) -> frozenset[str]:
    """Stems of the content words among the REACH words either side of the span [start, end)
    (names, calendar words, function words and verbs of saying skipped). A day closes the
    clause it belongs to: words after a comma that follows it elaborate its act ("exploded
    on Friday, killing nine"), words before a comma that precedes it belong to another
    clause ("the employee accused of killing two of them, starts Monday"), unless the
    day's own clause only says who told it ("was put on injured reserve, the team announced
    Wednesday")."""
    tokens = list(_TOKEN.finditer(sentence))
    left = _clause_start(sentence, start)
    if left >= 0 and any(_is_speech(t.group(0)) for t in tokens if left < t.start() and t.end() <= start):
        left = _clause_start(sentence, left)
    before = [t for t in tokens if left < t.start() and t.end() <= start][-REACH:]
    after = [t for t in tokens if t.start() >= end][:REACH]
    found = {_content_stem(t.group(0), t.start() == 0) for t in before + after}
    return frozenset(s for s in found if s)


def _clause_start(sentence: str, start: int) -> int:
    """Where the stretch holding `start` begins: just after the nearest clause mark before it."""
    return max(sentence.rfind(mark, 0, start) for mark in _CLAUSE_MARKS)


def _is_speech(token: str) -> bool:
    lower = token.lower()
    return lower in _SAID_FORMS or stem(lower) in _speech_stems()


def shares_attached_word(sentence: str, expression: str, companion_sentence: str) -> bool:
    """Whether the expression in `sentence` and a day expression of `companion_sentence`
    are attached to the same happening word (module doc)."""
    at = sentence.find(expression)
    if at < 0 or not expression:
        return False
    own = attached_stems(sentence, at, at + len(expression))
    if not own:
        return False
    for match in _DAY_WORDS.finditer(companion_sentence):
        if own & attached_stems(companion_sentence, match.start(), match.end()):
            return True
    return False


SAID_REACH = 3  # words before a day that may be the verb of saying it is attached to
_SAID_FORMS = frozenset({"said", "spoke", "wrote"})  # past forms the lemma list cannot stem to


def said_on(sentence: str, start: int) -> bool:
    """Whether the day expression at `start` tells when someone spoke ("said on Tuesday",
    "announced Wednesday", "told reporters on Monday"): the day a wire reports on, unlike a
    day attached to what happened ("died Saturday")."""
    before = [t.group(0).lower() for t in _TOKEN.finditer(sentence[:start])][-SAID_REACH:]
    return any(_is_speech(word) for word in before)
