"""Calendar reasoning for undated articles: which publication days agree with what a text says.

Every anchor-dependent time expression keeps its resolution spec (see
dateline.analyse.time.anchor). When we know the day an expression names (another article
dates the same event, or a weekday and a day of the month pin it), the publication days
that agree with the text are exactly the anchors that resolve the spec to that day:
"yesterday" names 9 March only when published on 10 March; "on Friday" names Friday
12 March when published from 12 to 18 March; "March 12" when published within a year.
An expression naming a week ("last week", "earlier this week") names the day when the day
falls in that week: "the bombings last week" names Friday 12 March when published from
15 to 21 March.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.analyse.time.anchor import resolve_spec
from dateline.models import Timex

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
# how far from the named day a publication day can lie, per spec kind (days before, days after)
_REACH = {"day": (7, 7), "wd": (14, 14), "rel": (14, 14), "ana": (14, 14), "ord": (0, 0)}
_LONG_REACH = (400, 400)  # a month and day ("March 12"), a holiday: within about a year
_PROBE = dt.date(2001, 1, 10)
_WEEK_VALUE = re.compile(r"\d{4}-W\d{2}")
_AHEAD_WORD = re.compile(r"\b(?:coming|upcoming|next)\b", re.I)  # "this coming Sunday, March 8"


def names_a_day(timex: Timex) -> bool:
    """Whether the timex is anchor-dependent and names one day ("Friday", "yesterday", "March 12")."""
    spec = timex.expression or None
    # "at 10 p.m." (ana:) takes its day from whatever the sentence is about: not a day of its own
    if not spec or timex.type not in ("DATE", "TIME") or spec.startswith(("ord:", "ana:")):
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T.*)?", resolve_spec(spec, _PROBE)) is not None


def names_a_week(timex: Timex) -> bool:
    """Whether the timex is anchor-dependent and names one week ("last week", "this week")."""
    spec = timex.expression or None
    if not spec or timex.type != "DATE" or not spec.startswith("rel:W:"):
        return False
    return _WEEK_VALUE.fullmatch(resolve_spec(spec, _PROBE)) is not None


def _iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def anchors_naming(spec: str, day: dt.date) -> frozenset[dt.date]:
    """Every publication day on which `spec` names `day`, or the week of `day` when it
    names a week (see module doc)."""
    kind = spec.partition(":")[0]
    before, after = _REACH.get(kind, _LONG_REACH)
    found = set()
    week = spec.startswith("rel:W:")
    target = _iso_week(day) if week else day.isoformat()
    for offset in range(-before, after + 1):
        anchor = day + dt.timedelta(days=offset)
        value = resolve_spec(spec, anchor)
        if (value == target) if week else (value[:10] == target):
            found.add(anchor)
    return frozenset(found)


def weekday_of(spec: str | None) -> int | None:
    """The ISO weekday a `wd:` spec names (1 = Monday), else None."""
    parts = (spec or "").partition("|")[0].split(":")
    if parts[0] != "wd" or len(parts) < 3:
        return None
    try:
        return int(parts[2])
    except ValueError:
        return None


def past_weekdays(timexes: list[Timex]) -> set[int]:
    """Weekdays the article names as past or present ("said Friday"), not "next Monday"."""
    found = set()
    for timex in timexes:
        parts = (timex.expression or "").partition("|")[0].split(":")
        weekday = weekday_of(timex.expression)
        if weekday is None and parts[0] == "md" and not told_ahead(timex.text):
            weekday = weekday_in_text(timex.text)  # "on Tuesday, 9 March"
        if weekday is not None and len(parts) > 1 and parts[1] in ("-1", "0", "-2"):
            found.add(weekday)
    return found


def told_ahead(text: str) -> bool:
    """Whether a time expression's own words put it ahead ("this coming Sunday, March 8"),
    whatever tense the sentence reads in."""
    return _AHEAD_WORD.search(text) is not None


def weekday_in_text(text: str) -> int | None:
    """The ISO weekday a text spells out ("Saturday, April 25"), when exactly one."""
    names = {m.group(1).lower() for m in _WEEKDAY_WORD.finditer(text)}
    return WEEKDAYS.index(names.pop()) + 1 if len(names) == 1 else None


def contiguous(days: set[dt.date]) -> bool:
    return bool(days) and (max(days) - min(days)).days + 1 == len(days)
