"""Year-less days read together: a day the article already named, and the days of a series.

"The tour kicks off June 9th ... and concludes October 10th", in an article of November:
each day alone is read by its nearest year, which puts October 10th in the October gone by,
before the tour has begun. The days of a series run forward from its first day, so a later
day of a series starting in the future is not in the past. And "June 9" in the list of tour
dates below is the June 9th the article named first. Both are written into the day's spec
(anchor.py resolves them), so reanchoring the article moves them together.
"""

from __future__ import annotations

import re

from dateline.analyse.time.candidates import Candidate

# a day this close after the one before it (characters) continues its series: "kicks off
# June 9th in West Palm Beach, Florida, and concludes October 10th", a list of dates a line each
SERIES_GAP = 160
_DAY_SPEC = re.compile(r"^md:(-?\d+):(\d+):(\d+)(?::\d+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
_PAST = ("-1", "-2")  # the text's tense puts the day in the past: it is read alone


class DaySeries:
    """The article's year-less days in text order, and which series each continues."""

    def __init__(self) -> None:
        self._named: dict[tuple[str, str], str] = {}  # (month, day) -> the spec it was read by
        self._last_end = -(10**9)
        self._start: str | None = None  # the first day's spec of the current series

    def place(self, candidate: Candidate, text: str) -> None:
        spec = candidate.spec
        base, bar, suffix = (spec or "").partition("|")
        found = _DAY_SPEC.match(base)
        if not found:
            return
        direction, month, day = found.groups()
        continues = candidate.start - self._last_end <= SERIES_GAP and _joined(text[max(0, self._last_end) : candidate.start])
        self._last_end = candidate.end
        if direction in _PAST:
            self._start = None
            return
        named = self._named.get((month, day))
        if named is not None:
            base = named  # the same day again: read as it was first
        elif continues and self._start is not None:
            base = f"{base}>{self._start}"  # after the series' first day
        self._named.setdefault((month, day), base)
        if not continues or self._start is None:
            self._start = base
        candidate.spec = base + bar + suffix


def _joined(between: str) -> bool:
    """Two days are of one series in one sentence ("kicks off June 9th ... concludes October
    10th") or on lines of a list; a new sentence starts another account ("... in Houston,
    Texas. The band announced it at their November 18th concert")."""
    return "\n" in between or not _SENTENCE_END.search(between)
