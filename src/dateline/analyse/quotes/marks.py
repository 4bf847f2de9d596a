"""Direct quotations found by their quotation marks (string level, no parse needed).

Handles curly and straight double marks, doubled apostrophes ('' as used by some
wires), guillemets, and single marks (' ‘ ’) told apart from apostrophes (don't,
Ostrova's, '90s, rock 'n' roll). A paragraph that opens a quote without closing it
continues into the next paragraph when that one opens with a mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Untrusted input: a "quote" longer than this is almost surely an unbalanced mark.
MAX_QUOTE_CHARS = 4000
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass(frozen=True)
class MarkedSpan:
    """The words between one pair of marks (or a mark and the paragraph end)."""

    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark; None when the paragraph ends open
    start: int  # first character of the quoted words
    end: int  # one past the last character of the quoted words
    continues: bool = False  # continues a quote left open in the previous paragraph
    single: bool = False  # delimited by single marks

    @property
    def outer_end(self) -> int:
        """One past the closing mark (or the words' end when unclosed)."""
        return self.end if self.close_at is None else self.close_at + self._close_len

    _close_len: int = 1


# Double-mark tokens: each a (regex alternative, role) where role is open/close/toggle.
_DOUBLE = re.compile(r"''|``|[\"“”„«»]")
_OPENERS = {"“": "open", "„": "open", "«": "open", "``": "open", "”": "close", "»": "close"}
_WORDCH = re.compile(r"\w")


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORDCH.match(ch))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            spans.append((match.start(), match.end()))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _double_marks(text: str, p_start: int, p_end: int) -> list[tuple[int, int, str]]:
    """(offset, length, role) for every double mark in a paragraph."""
    marks = []
    for match in _DOUBLE.finditer(text, p_start, p_end):
        mark = match.group()
        role = _OPENERS.get(mark, "toggle")
        if mark == "''":
            # '' is a mark only at a word edge (not inside rock''n roll)
            before = text[match.start() - 1] if match.start() > p_start else " "
            after = text[match.end()] if match.end() < p_end else " "
            if _is_word(before) and _is_word(after):
                continue
        marks.append((match.start(), match.end() - match.start(), role))
    return marks


def _straight(text: str, at: int) -> bool:
    return text[at] in "\"'`"


def _nested_pair_ends(text: str, marks: list[tuple[int, int, str]], k: int, open_at: int) -> int | None:
    """Inside a quotation opened at `open_at`, marks of the other style from marks[k] on
    that come in pairs before the quotation's next mark of its own style ('"... an episode
    of “Shark Tank.” But ...,"') are a quote within the quote: the index of that next mark."""
    style = _straight(text, open_at)
    j = k
    while j < len(marks) and _straight(text, marks[j][0]) != style:
        j += 1
    if j == len(marks) or (j - k) % 2:
        return None
    # each inner pair must face the right way, opening after a space and closing after a
    # word: '“...crumbling," she said. "Families ...”' mixes styles at one level instead
    for m in range(k, j, 2):
        first, second = marks[m][0], marks[m + 1][0]
        if not (first == 0 or text[first - 1].isspace()) or text[first + 1 : first + 2].isspace():
            return None
        if text[second - 1].isspace():
            return None
    return j


def _pair_doubles(text: str, p_start: int, p_end: int):
    """Yield (open_at, open_len, close_at, close_len) pairs; close_at None = open at the end."""
    is_open = False
    open_at = open_len = 0
    marks = _double_marks(text, p_start, p_end)
    k = 0
    while k < len(marks):
        at, length, role = marks[k]
        if is_open and _straight(text, at) != _straight(text, open_at):
            resume = _nested_pair_ends(text, marks, k, open_at)
            if resume is not None:
                k = resume
                continue
        k += 1
        before = text[at - 1] if at > p_start else " "
        after = text[at + length] if at + length < p_end else " "
        # A curly mark facing the wrong way: judge by the spacing around it.
        if role == "open" and is_open and not before.isspace() and (after.isspace() or not _is_word(after)):
            role = "close"
        elif role == "close" and not is_open and (before.isspace() or at == p_start) and not after.isspace():
            role = "open"
        if role == "toggle":
            role = "close" if is_open else "open"
        if role == "open":
            if is_open:  # two openers: the first was stray, restart here
                pass
            is_open, open_at, open_len = True, at, length
        elif is_open:
            yield open_at, open_len, at, length
            is_open = False
    if is_open:
        yield open_at, open_len, None, 0


_SINGLE = re.compile(r"['‘’]")
_ELISIONS = re.compile(r"(?i)'n'|‘n’|’n’|'(?:\d0s|\d\ds|em|tis|twas|cause|til)\b|[‘’](?:\d0s|\d\ds|em|tis|twas|cause|til)\b")


def _single_spans(text: str, p_start: int, p_end: int, blocked: list[tuple[int, int]]):
    """Pairs of single marks in a paragraph, outside double-quoted stretches."""
    elided = set()
    for match in _ELISIONS.finditer(text, p_start, p_end):
        elided.update(range(match.start(), match.end()))
    openers: list[int] = []
    spans = []
    for match in _SINGLE.finditer(text, p_start, p_end):
        at = match.start()
        if at in elided or any(a <= at < b for a, b in blocked):
            continue
        before = text[at - 1] if at > p_start else " "
        after = text[at + 1] if at + 1 < p_end else " "
        if _is_word(before) and _is_word(after):
            continue  # apostrophe inside a word: don't, Ostrova's
        mark = match.group()
        can_open = mark != "’" and not _is_word(before) and not after.isspace()
        can_close = mark != "‘" and not before.isspace() and not _is_word(after) and at > p_start
        if can_close and openers:
            open_at = openers.pop()
            if at - open_at <= MAX_SINGLE_QUOTE_CHARS:
                spans.append((open_at, at))
            openers.clear()
        elif can_open:
            openers.append(at)
    return spans


_TAG = re.compile(r"<[A-Za-z/][^<>\n]{0,400}>")


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted stretch in `text`, in order, one per paragraph piece."""
    if "<" in text:
        # Marks inside markup left in the text (<tweet id="...">) are not quotes.
        text = _TAG.sub(lambda m: " " * len(m.group()), text)
    spans: list[MarkedSpan] = []
    left_open = False  # the previous paragraph ended inside a quote
    for p_start, p_end in _paragraphs(text):
        pieces = list(_pair_doubles(text, p_start, p_end))
        first_mark = pieces[0][0] if pieces else None
        opens_with_mark = first_mark is not None and not text[p_start:first_mark].strip()
        continues_prev = left_open and opens_with_mark
        left_open = False
        blocked = []
        for i, (open_at, open_len, close_at, close_len) in enumerate(pieces):
            end_at = p_end if close_at is None else close_at
            start, end = _trim(text, open_at + open_len, end_at)
            blocked.append((open_at, end_at + close_len))
            if close_at is None:
                # An unclosed quote: real only when it runs to the paragraph's end
                # (a continuing paragraph); otherwise it is a stray mark.
                left_open = True
            if end <= start or end - start > MAX_QUOTE_CHARS:
                continue
            span = MarkedSpan(open_at, close_at, start, end, continues=continues_prev and i == 0)
            object.__setattr__(span, "_close_len", close_len or 1)
            spans.append(span)
        for open_at, close_at in _single_spans(text, p_start, p_end, blocked):
            start, end = _trim(text, open_at + 1, close_at)
            if end > start:
                spans.append(MarkedSpan(open_at, close_at, start, end, single=True))
    spans.sort(key=lambda s: s.start)
    return spans
