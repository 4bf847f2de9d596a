"""Scheduled events fulfilled, and weekday windows after an event's start.

A dated article announcing "X is due back in Kirov on Thursday" dates an undated one reporting
"X landed in Kirov this morning"; "since the strike began on Monday" puts an undated article
within the six days after that start. See dateline.link.pubdates.infer for how the evidence is weighed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.analyse.time.anchor import parse_anchor, resolve_spec
from dateline.lexicons import words
from dateline.models import Article, Timex
from dateline.sentences import sentence_spans
from dateline.link.pubdates.anchors import FULL_DATE, START_BEFORE, EventAnchor, event_noun, start_of

SCHEDULED_CONFIDENCE = 0.6  # an announced day an undated article reports as today: schedules slip
WINDOW_SUPPORT = 0.25  # evidence inside a weekday event-start window
WINDOW_WEEKDAY_CONFIDENCE = 0.4  # a past weekday's day in that window: a lower bound, like a latest date


_NAME = r"[A-Z][\w'\u2019-]*"
# the subject right before the verb: "President Anna Ostrova, who is on a state visit to Peru,"
_ACTOR_BEFORE = re.compile(
    rf"(?P<actor>{_NAME}(?:\s+{_NAME}){{0,3}})(?:\s*,\s*(?:who|which)\b[^,;:]{{0,120}},)?\s*$"
)
_TITLE_WORDS = frozenset(words("pubdates/title_words.txt"))
_ARRIVE_FUTURE = (
    r"return|arrive|land|touch\s+down|fly\s+(?:home|back)|come\s+(?:home|back)|get\s+back|be\s+back|be\s+home"
    r"|head\s+home"
)
# "is due back in Kirov", "will return on Thursday", "is expected to visit Zelinograd", headline "to return"
_ANNOUNCE = re.compile(
    r"\b(?:(?:is|are)\s+(?:due|expected)\s+(?P<back>back|home|(?=in\s|at\s))"
    r"|(?:(?:is|are)\s+(?:due|expected|scheduled|set|planning|going)\s+to|(?:is|are)\s+to|will|to)\s+"
    rf"(?:(?-i:[a-z]+ly)\s+)?(?:(?P<arrive>{_ARRIVE_FUTURE})|(?P<visit>visit|tour)|(?P<meet>meet|hold\s+talks))\b)",
    re.I,
)
# "landed in Kirov this morning", "has returned", "met union leaders today"
_REPORT = re.compile(
    r"\b(?:(?-i:[a-z]+ly)\s+)?(?:(?:has|have|had)\s+(?:(?:(?-i:[a-z]+ly)|since|already|just|now)\s+)?)?"
    r"(?:(?P<arrive>landed|arrived|returned|touched\s+down|flew\s+(?:home|back)|came\s+(?:home|back)|got\s+back"
    r"|(?:was|were)\s+back)|(?P<visit>visited|toured)|(?P<meet>met|held\s+talks))\b",
    re.I,
)
# where: "back in Kirov", "visit Zelinograd"; for a meeting, whom: "meet Halden"
_PLACE_AFTER = re.compile(
    rf"^\s*(?:back\s+|home\s+)?(?:(?:in|at|to|into)\s+)?(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})"
)
_ON_ARRIVAL = re.compile(r"\bon\s+(?:(?:her|his|their)\s+)?arrival\b", re.I)


@dataclass(frozen=True)
class ScheduledMention:
    """Someone arriving, visiting or meeting somewhere, announced or reported."""

    surname: str
    names: frozenset[str]  # every word of the name, lower case
    kind: str  # arrive | visit | meet
    place: str | None
    day: dt.date | None  # announced day, or the day a report's today-like timing points to
    today: bool  # a report with today-like timing ("this morning", "on arrival")
    article_id: str


def _actor(before: str) -> tuple[str, frozenset[str]] | None:
    match = _ACTOR_BEFORE.search(before)
    if not match:
        return None
    words = [w.strip("'\u2019").lower() for w in match.group("actor").split()]
    names = [w for w in words if w not in _TITLE_WORDS]
    if not names:
        return None
    surname = re.sub(r"(?:'s|\u2019s)$", "", names[-1])
    return surname, frozenset(names)


def _kind(match: re.Match) -> str:
    if match.groupdict().get("visit"):
        return "visit"
    if match.groupdict().get("meet"):
        return "meet"
    return "arrive"


def _place(after: str) -> str | None:
    match = _PLACE_AFTER.match(after)
    return match.group("place").lower() if match else None


def _future_day(timex: Timex, published: dt.date) -> dt.date | None:
    """The day a timex in an announcement names, read forward from the publication day."""
    spec = (timex.expression or "").partition("|")[0]
    parts = spec.split(":")
    if parts[0] in ("wd", "md") and len(parts) > 2 and parts[1] in ("0", "-1", "-2"):
        # the tagger may miss the future tense: an announcement looks ahead
        day = parse_anchor(resolve_spec(":".join([parts[0], "1", *parts[2:]]), published.isoformat()))
    else:
        day = parse_anchor(timex.value) if timex.value and FULL_DATE.match(timex.value) else None
    return day if day is not None and day >= published else None


def scheduled_mentions(article: Article, article_timexes: list[Timex], *, announced: bool) -> list[ScheduledMention]:
    """Announcements (in a dated article) or reports (in an undated one) of arrivals, visits, meetings."""
    published = parse_anchor(article.published)
    if announced and published is None:
        return []
    found: list[ScheduledMention] = []
    for field, text in (("title", article.title or ""), ("text", article.text[:20_000])):
        field_timexes = [
            t for t in article_timexes if t.field == field and t.type in ("DATE", "TIME") and t.end <= len(text)
        ]
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if len(sentence) > 600:
                continue
            pattern = _ANNOUNCE if announced else _REPORT
            for match in pattern.finditer(sentence):
                actor = _actor(sentence[: match.start()])
                if actor is None:
                    continue
                inside = [t for t in field_timexes if start <= t.start and t.end <= end]
                after_verb = [t for t in inside if t.start >= start + match.end()]
                kind, place = _kind(match), _place(sentence[match.end() :])
                if announced:
                    ordered = after_verb + [t for t in reversed(inside) if t not in after_verb]
                    days = [d for d in (_future_day(t, published) for t in ordered) if d]
                    if days:
                        found.append(ScheduledMention(actor[0], actor[1], kind, place, days[0], False, article.id))
                    continue
                # a report: its first time after the verb says when ("this morning"); none bounds it
                first = after_verb[0] if after_verb else None
                today = (first is not None and (first.expression or "").partition("|")[0] == "day:0") or (
                    first is None and _ON_ARRIVAL.search(sentence[match.end() :]) is not None
                )
                found.append(ScheduledMention(actor[0], actor[1], kind, place, None, today, article.id))
    return found


def _same_event(announced: ScheduledMention, reported: ScheduledMention) -> bool:
    if announced.kind != reported.kind:
        return False
    if announced.surname not in reported.names and reported.surname not in announced.names:
        return False
    return not (announced.place and reported.place and announced.place != reported.place)


def scheduled_evidence(
    article: Article, article_timexes: list[Timex], announcements: list[ScheduledMention]
) -> tuple[list[dt.date], list[dt.date]]:
    """(days, lower bounds): announced days of events this article reports done today,
    and of those it reports done without saying when."""
    days: dict[tuple[str, dt.date], bool] = {}
    for reported in scheduled_mentions(article, article_timexes, announced=False):
        for announced in announcements:
            if announced.day is not None and _same_event(announced, reported):
                key = (announced.article_id, announced.day)
                days[key] = days.get(key, False) or reported.today
    # one day per announcing article: two articles announcing it agree, two mentions do not
    today = [day for (_, day), is_today in sorted(days.items()) if is_today]
    bounds = sorted({day for (_, day), is_today in days.items() if not is_today})
    return today, bounds


# -- weekday event starts ------------------------------------------------------


def start_windows(
    article: Article, article_timexes: list[Timex], anchors: list[EventAnchor], own_years: list[int]
) -> tuple[list[tuple[dt.date, dt.date]], set[int]]:
    """(windows, the timexes that gave them): "since the rail strike began on Monday" with
    another article dating that start on a Monday -> [start, start + 6 days]."""
    windows: list[tuple[dt.date, dt.date]] = []
    used: set[int] = set()
    for index, timex in enumerate(article_timexes):
        parts = (timex.expression or "").partition("|")[0].split(":")
        if parts[0] != "wd" or len(parts) < 3 or parts[1] not in ("0", "-1", "-2"):
            continue
        text = article.title if timex.field == "title" else article.text
        match = START_BEFORE.search((text or "")[max(0, timex.start - 80) : timex.start])
        found = event_noun(match.group(1), match.group(2)) if match else None
        if found is None:
            continue
        start = start_of(found[0], found[1], anchors, own_years)
        if start is None or str(start.isoweekday()) != parts[2]:
            continue  # the dated start falls on another weekday: another event
        windows.append((start, start + dt.timedelta(days=6)))
        used.add(index)
    return windows, used


def day_in_window(
    article_timexes: list[Timex], window: tuple[dt.date, dt.date], skip: set[int]
) -> dt.date | None:
    """The latest day in the window that a past weekday the article names falls on."""
    days = []
    for index, timex in enumerate(article_timexes):
        parts = (timex.expression or "").partition("|")[0].split(":")
        if index in skip or parts[0] != "wd" or len(parts) < 3 or parts[1] not in ("0", "-1", "-2"):
            continue
        for offset in range(7):
            day = window[0] + dt.timedelta(days=offset)
            if str(day.isoweekday()) == parts[2]:
                days.append(day)
    return max(days) if days else None
