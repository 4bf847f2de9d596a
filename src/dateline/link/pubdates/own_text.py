"""What an undated article's own text says about its date: its dateline, its past dates.

- A wire dateline's date ("BRUSSELS, February 10") names the day; a year-less one takes its
  year only when something pins it: the weekday the article leads with ("… said Wednesday")
  falls on that month and day in exactly one candidate year (the years around the corpus's
  dated articles and the years the article names), or there is one candidate year at all.
  A bare month and day is no evidence of a year.
- A weekday and a day of the month naming one day ("on Saturday, April 25") pin the year
  among the candidate years (when several fit, the one the corpus's dated articles
  surround, see corpus_pick), and the weekday puts the article within the week around it
  (after it when told in the past tense, before it when ahead: "this coming Sunday, March 8").
- Every past event the article reports precedes it: a full date in a sentence that does
  not look ahead ("the strike that began on 3 June 2019") is a lower bound, and so is a
  named month when its year is given ("the rounds in March and April 2019": within or after
  April; its first day is the bound that cannot be wrong).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.analyse.time.anchor import parse_anchor
from dateline.analyse.time.normalise import MONTHS
from dateline.link.pubdates.attached import said_on
from dateline.link.pubdates.calendar import anchors_naming, past_weekdays, told_ahead, weekday_in_text
from dateline.link.pubdates.schedules import sentence_spans
from dateline.models import Article, Timex

DATELINE_FULL = 0.9  # the dateline gives the year
DATELINE_PINNED = 0.8  # the lead weekday pins the year
DATELINE_OWN_YEAR = 0.75  # the one year the article names
DATELINE_CORPUS_YEAR = 0.6  # the one year the corpus allows
CORPUS_REACH = dt.timedelta(days=183)  # a year-less date lies within half a year of some dated article
# a weekday and a date fitting several years: the one year the corpus's dated articles surround
CORPUS_CLOSE = dt.timedelta(days=31)  # a dated article this near the candidate
CORPUS_FAR = dt.timedelta(days=92)  # and none this near any other candidate
LEAD_SENTENCES = 3  # where a wire states the day it reports
# words that make a date in the same sentence a plan, a deadline or a term, not a past event
_AHEAD = re.compile(
    r"\b(?:will|would|shall|until|till|due|expires?|expiring|matures?|maturing|scheduled|set\s+to|plans?|"
    r"planned|next|by|through|starting|effective|deadline|from|ending|ends|end|to\s+be|is\s+to|are\s+to|"
    # a duty, an intent or a possibility: "requires the company to begin an auction in June 1994"
    r"requires?|required|requiring|expects?|expected|intends?|proposes?|proposed|hopes?|may|might|could|"
    r"should|must|to\s+(?:begin|start|hold|open|complete|close|take\s+place))\b",
    re.I,
)
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR_VALUE = re.compile(r"^(?:1[89]|20)\d\d$")


def own_years(article_timexes: list[Timex]) -> list[int]:
    """Years the article writes out ("in 2019", "3 June 2019"), not ones resolved from its date."""
    return [
        int(t.value[:4]) for t in article_timexes if t.value and re.match(r"^\d{4}(-|$)", t.value) and not t.expression
    ]


def lead_end(article: Article) -> int:
    """Where the body's lead (its first LEAD_SENTENCES sentences) ends."""
    spans = sentence_spans(article.text)[:LEAD_SENTENCES]
    return spans[-1][1] if spans else 0


def _lead_timexes(article: Article, article_timexes: list[Timex]) -> list[Timex]:
    """The lead's time expressions, "last Friday" left out: it names a day before the report's own."""
    spans = sentence_spans(article.text)[:LEAD_SENTENCES]
    end = spans[-1][1] if spans else 0
    return [t for t in article_timexes if t.field == "text" and t.end <= end
            and not (t.expression or "").startswith("wd:-2:")]


def lead_weekdays(article: Article, article_timexes: list[Timex]) -> set[int]:
    """Weekdays the lead tells as past or present: where a wire states the day it reports."""
    return past_weekdays(_lead_timexes(article, article_timexes))


def said_weekdays(article: Article, article_timexes: list[Timex]) -> set[int]:
    """Lead weekdays attached to a verb of saying ("officials said on Tuesday"): where a wire
    states the day it reports, unlike "died Saturday", a happening the report follows."""
    return past_weekdays([t for t in _lead_timexes(article, article_timexes) if said_on(article.text, t.start)])


def candidate_days(month: int, day: int, years: set[int], corpus_days: list[dt.date]) -> list[dt.date]:
    """The month/day in the article's own years, and in the years near the corpus's dated articles."""
    found = set()
    near = {d.year + k for d in corpus_days for k in (-1, 0, 1)}
    for year in years | near:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if year in years or any(abs(date - c) <= CORPUS_REACH for c in corpus_days):
            found.add(date)
    return sorted(found)


def corpus_pick(candidates: list[dt.date], corpus_days: list[dt.date]) -> dt.date | None:
    """Of several candidate days (one month, day and weekday in several years), the one
    the corpus's dated articles surround: a dated article within CORPUS_CLOSE of it and
    none within CORPUS_FAR of any other. A pile of news covers its own weeks; a weekday
    and a date recur only every few years, so a candidate without neighbours is the odd one."""
    def nearest(day: dt.date) -> dt.timedelta:
        return min((abs(day - c) for c in corpus_days), default=dt.timedelta.max)

    close = [c for c in candidates if nearest(c) <= CORPUS_CLOSE]
    if len(close) != 1 or any(nearest(c) <= CORPUS_FAR for c in candidates if c != close[0]):
        return None
    return close[0]


def dateline_evidence(
    article: Article, article_timexes: list[Timex], corpus_days: list[dt.date]
) -> tuple[dt.date, float, dict] | None:
    """(date, confidence, evidence) from the wire dateline's date (module doc), or None."""
    text = (article.dateline_date or "").strip()
    if not text:
        return None
    evidence = {"kind": "dateline", "text": text}
    iso = parse_anchor(text)
    if iso:
        return iso, DATELINE_FULL, evidence
    month_match = re.search(r"[A-Za-z]+", text)
    day_match = re.search(r"\b(\d{1,2})\b", text)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    month = MONTHS.get(month_match.group(0).rstrip(".").lower()) if month_match else None
    if month is None or not day_match:
        return None
    day = int(day_match.group(1))
    if year_match:
        try:
            return dt.date(int(year_match.group(1)), month, day), DATELINE_FULL, evidence
        except ValueError:
            return None
    years = set(own_years(article_timexes))
    candidates = candidate_days(month, day, years, corpus_days)
    weekdays = lead_weekdays(article, article_timexes)
    pinned = [c for c in candidates if c.isoweekday() in weekdays]
    if len(pinned) > 1:
        pinned = [c for c in [corpus_pick(pinned, corpus_days)] if c]
    if len(pinned) == 1:
        return pinned[0], DATELINE_PINNED, {**evidence, "pinned_by": "weekday"}
    if len(candidates) == 1:
        from_own = candidates[0].year in years
        return candidates[0], DATELINE_OWN_YEAR if from_own else DATELINE_CORPUS_YEAR, evidence
    return None


@dataclass(frozen=True)
class OwnWindow:
    """Publication days that agree with a weekday-and-date the article names."""

    days: frozenset[dt.date]
    ahead: bool  # told as still to come: the article's day is before it, not pinned by it
    record: dict


def weekday_date_windows(
    article_timexes: list[Timex], corpus_days: list[dt.date], *, floor: dt.date | None = None,
    lead_end: int | None = None,
) -> list[OwnWindow]:
    """Windows from "Saturday, April 25" style expressions whose year the weekday pins (module
    doc); a candidate more than a week before the lower bound (`floor`) is out. With
    `lead_end`, only the title and the body's lead (text before that offset) count: further
    down, "shot on the night of Friday, Oct. 23" recalls a day that may be weeks old."""
    windows = []
    years = set(own_years(article_timexes))
    for timex in article_timexes:
        if lead_end is not None and timex.field == "text" and timex.end > lead_end:
            continue
        parts = (timex.expression or "").partition("|")[0].split(":")
        weekday = weekday_in_text(timex.text)
        if parts[0] != "md" or len(parts) < 4 or weekday is None:
            continue
        try:
            direction, month, day = int(parts[1]), int(parts[2]), int(parts[3])
        except ValueError:
            continue
        if told_ahead(timex.text):
            direction = 1  # "this coming Sunday, March 8": the article is before it
        pinned = [
            c for c in candidate_days(month, day, years, corpus_days)
            if c.isoweekday() == weekday and (floor is None or c + dt.timedelta(days=7) >= floor)
        ]
        if len(pinned) > 1:
            pinned = [c for c in [corpus_pick(pinned, corpus_days)] if c]
        if len(pinned) != 1:
            continue  # no candidate year, or several the corpus does not tell apart
        days = anchors_naming(f"wd:{direction}:{weekday}", pinned[0])
        if days:
            record = {"kind": "weekday_date", "text": timex.text, "day": pinned[0].isoformat()}
            windows.append(OwnWindow(days, direction > 0, record))
    return windows


def _looks_ahead(text: str, timex: Timex) -> bool:
    start = max(0, text.rfind(".", 0, timex.start) + 1)
    return _AHEAD.search(text[start : timex.start]) is not None or _AHEAD.search(text[timex.end : timex.end + 25]) is not None


def past_years(article: Article, article_timexes: list[Timex]) -> list[int]:
    """Bare years the article tells as past ("a shooting in 1994"). Too weak a bound to
    store (a year ahead often comes without a word saying so: "the 1990 budget"), they
    only rule out a candidate year before them."""
    years = []
    for timex in article_timexes:
        if timex.expression or not timex.value or timex.type != "DATE" or not _YEAR_VALUE.match(timex.value):
            continue
        text = article.title if timex.field == "title" else article.text
        if text and not _looks_ahead(text, timex):
            years.append(int(timex.value))
    return years


def past_bounds(article: Article, article_timexes: list[Timex]) -> list[tuple[dt.date, dict]]:
    """Lower bounds from past events with written-out dates (module doc): (day, evidence)."""
    bounds = []
    for timex in article_timexes:
        if timex.expression or not timex.value or timex.type != "DATE":
            continue
        text = article.title if timex.field == "title" else article.text
        if not text or _looks_ahead(text, timex):
            continue
        day = parse_anchor(timex.value)
        month = _MONTH_VALUE.match(timex.value)
        if day is None and month:
            day = dt.date(int(month.group(1)), int(month.group(2)), 1)
        if day is not None:
            bounds.append((day, {"kind": "past_event", "text": timex.text, "day": day.isoformat()}))
    return bounds
