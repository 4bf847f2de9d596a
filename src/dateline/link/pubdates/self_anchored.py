"""An undated article that dates a happening itself and counts from it in another sentence.

"The rifle was discovered April 8 buried behind the house" and, elsewhere in the same
article, "with the finding of a buried rifle 11 days ago" report one happening: the article
is from 11 days after 8 April. Two sentences report one happening when they share
at least two rare words saying what happened and enough of their words overall (as
companion sentences do, see dateline.link.pubdates.companions); each sentence must hold
exactly one such expression, so which of them names the day is never a guess, and the
sentence with the date must not look ahead ("extended its offer until Nov. 6").

A month and day without a year names a day in each candidate year; the publication days
that agree are kept only inside what the rest of the evidence allows (the companions' span,
the lower bound of reported past events), and only when they leave one week at most.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateline.link.pubdates.calendar import anchors_naming, contiguous, names_a_day
from dateline.link.pubdates.companions import (
    MIN_OVERLAP,
    MIN_SHARED_WORDS,
    WordStats,
    _sentences_with_timexes,
    _words,
    overlap,
)
from dateline.link.pubdates.own_text import _AHEAD, OwnWindow, candidate_days, own_years
from dateline.models import Article, Timex

WEEK = 7


def _month_day(timex: Timex) -> tuple[int, int] | None:
    """(month, day) of a year-less date told as past or present ("April 8"), else None."""
    parts = (timex.expression or "").partition("|")[0].split(":")
    if parts[0] != "md" or len(parts) < 4 or parts[1] not in ("0", "-1", "-2"):
        return None
    try:
        return int(parts[2]), int(parts[3])
    except ValueError:
        return None


def _counts_back(timex: Timex) -> bool:
    """Whether the expression counts days back from the article's own day ("11 days ago").
    A weekday or "yesterday" is left out: it dates the sentence's own telling as often as
    the happening the two sentences share ("13 days after the bombings, forces struck on
    Thursday" puts Thursday on the strikes, not on the bombings)."""
    parts = (timex.expression or "").partition("|")[0].split(":")
    if not names_a_day(timex) or parts[0] != "rel" or len(parts) < 3 or parts[1] != "D":
        return False
    return parts[2].lstrip("-").isdigit() and int(parts[2]) < 0


def _one_happening(first: str, second: str, stats: WordStats) -> bool:
    words_a, names_a = _words(first)
    words_b, names_b = _words(second)
    happened = {w for w in (words_a & words_b) - names_a - names_b if stats.rare(w)}
    return len(happened) >= MIN_SHARED_WORDS and overlap(words_a, words_b, stats) >= MIN_OVERLAP


def self_anchored_windows(
    article: Article,
    article_timexes: list[Timex],
    stats: WordStats,
    corpus_days: list[dt.date],
    *,
    allowed: Callable[[dt.date], bool],
) -> list[OwnWindow]:
    """Windows of publication days from a date the article gives and a count from it (module doc)."""
    dated, counted = [], []
    for sentence, inside in _sentences_with_timexes(article, article_timexes):
        dates = [t for t in inside if _month_day(t) or (t.expression or "").startswith("md:")]
        counts = [t for t in inside if _counts_back(t)]
        if len(dates) == 1 and _month_day(dates[0]) and not counts and not _AHEAD.search(sentence):
            dated.append((sentence, dates[0]))
        elif len(counts) == 1 and not dates:
            counted.append((sentence, counts[0]))
    years = set(own_years(article_timexes))
    windows = []
    for date_sentence, date_timex in dated:
        month, day = _month_day(date_timex)
        named = candidate_days(month, day, years, corpus_days)
        for count_sentence, count_timex in counted:
            if not _one_happening(date_sentence, count_sentence, stats):
                continue
            by_day = {c: {d for d in anchors_naming(count_timex.expression or "", c) if d >= c and allowed(d)}
                      for c in named}
            days = set().union(*by_day.values()) if by_day else set()
            if not days or len(days) > WEEK or not contiguous(days):
                continue
            record = {"kind": "own_count", "text": count_timex.text, "sentence": count_sentence,
                      "date_text": date_timex.text, "date_sentence": date_sentence}
            happened = [c for c, agreeing in by_day.items() if agreeing]
            if len(happened) == 1:
                record["day"] = happened[0].isoformat()
            windows.append(OwnWindow(frozenset(days), False, record))
    return windows
