"""Publication dates for undated articles, inferred from their text and from the corpus.

Evidence, strongest first (each gives a date and a confidence in (0, 1]):

- the wire dateline's date (`Article.dateline_date`): 0.9 when it has a year; a
  year-less "June 14" takes its year from the article's own full dates (0.75) or
  from the corpus's dated articles (0.6);
- an event anchor: another article dates an event ("the nationwide strike that
  began on 3 June 2019", "unions launched a strike on Monday", or, counting back
  from its own date, "as the second day of the rail strike begins") and this one
  counts days of it ("the third day of the strike"): 0.8;
- the latest fully specified date the article mentions (a lower bound): the day
  after it when the article says "yesterday", that day when it says "today", else
  that day as a weak guess: 0.35-0.45.

- a scheduled event fulfilled: a dated article announces that someone will arrive,
  return, visit or meet on a day ("President Anna Ostrova ... is due back in Kirov
  on Thursday") and this one reports it done today ("Ostrova landed in Kirov this
  morning"): the announced day, 0.6 (schedules slip, so weaker than an event
  count). The same actor (surname) and kind of event (arrival, visit, meeting)
  must match, and the place when both give one. A past mention without today-like
  timing only bounds the date from below (the event has happened);
- a weekday event start: "since the rail strike began on Monday", with another
  article dating that start, puts the article within the 6 days after it (the
  weekday is the past one). The window confirms evidence inside it (+0.25 on the
  combined scale) and drops evidence outside it (only a complete dateline date
  outranks it); alone it is too vague, unless the article names another past
  weekday, which picks its day in the window (0.4, a lower bound like the latest
  full date).

Agreeing evidence adds up (1 - (1-a)(1-b)); a weekday the article names that
falls on the inferred day or the day before ("the early hours of Wednesday")
adds 0.1. Articles with no evidence get no entry: no date beats a guessed one.
Given metadata always wins: only articles with `published is None` are inferred.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor
from dateline.link.pubdates.anchors import (
    count_evidence,
    dateline_evidence,
    event_anchors,
    latest_full_date,
    ordinal_evidence,
)
from dateline.link.pubdates.schedules import (
    SCHEDULED_CONFIDENCE,
    WINDOW_SUPPORT,
    WINDOW_WEEKDAY_CONFIDENCE,
    day_in_window,
    scheduled_mentions,
    scheduled_evidence,
    start_windows,
)
from dateline.models import Article, Timex


def _weekday_support(article_timexes: list[Timex], day: dt.date) -> bool:
    """Whether a weekday the article names falls on the day or the day before."""
    for timex in article_timexes:
        spec = timex.expression or ""
        if spec.startswith("wd:"):
            try:
                weekday = int(spec.split("|")[0].split(":")[2])
            except (IndexError, ValueError):
                continue
            if spec.split(":")[1] not in ("-1", "0"):
                continue  # "next Monday" says nothing about today
            if weekday in (day.isoweekday(), (day - dt.timedelta(days=1)).isoweekday()):
                return True
    return False


def infer_publication_dates(
    articles: list[Article], timexes: dict[str, list[Timex]]
) -> dict[str, tuple[str, float]]:
    """Article id -> (ISO date, confidence) for undated articles with evidence (see module doc)."""
    anchors = event_anchors(articles, timexes)
    corpus_days = [d for d in (parse_anchor(a.published) for a in articles) if d]
    announcements = [
        mention
        for article in articles
        if article.published
        for mention in scheduled_mentions(article, timexes.get(article.id, []), announced=True)
    ]
    inferred: dict[str, tuple[str, float]] = {}
    for article in articles:
        if article.published:
            continue
        own = timexes.get(article.id, [])
        own_years = [
            int(t.value[:4]) for t in own if t.value and re.match(r"^\d{4}(-|$)", t.value) and not t.expression
        ]
        evidence: list[tuple[dt.date, float]] = []
        from_dateline = dateline_evidence(article, own_years, corpus_days)
        if from_dateline:
            evidence.append(from_dateline)
        evidence.extend((day, 0.8) for day in ordinal_evidence(article, own, anchors, own_years))
        evidence.extend((day, 0.7) for day in count_evidence(article, anchors, own_years))
        scheduled, lower_bounds = scheduled_evidence(article, own, announcements) if announcements else ([], [])
        evidence.extend((day, SCHEDULED_CONFIDENCE) for day in scheduled)
        if not evidence:
            latest = latest_full_date(article, own)
            if latest:
                evidence.append(latest)
        # only a complete dateline date outranks a window or a bound
        if lower_bounds:
            evidence = [(d, c) for d, c in evidence if d >= max(lower_bounds) or c >= 0.9]
        windows, window_timexes = start_windows(article, own, anchors, own_years)
        if windows:
            inside = [(d, c) for d, c in evidence if any(a <= d <= b for a, b in windows)]
            evidence = [
                (d, 1 - (1 - c) * (1 - WINDOW_SUPPORT)) if (d, c) in inside else (d, c)
                for d, c in evidence
                if (d, c) in inside or c >= 0.9
            ]
            if not evidence:
                day = day_in_window(own, windows[0], window_timexes)
                if day is not None:
                    inferred[article.id] = (day.isoformat(), WINDOW_WEEKDAY_CONFIDENCE)
                continue
        if not evidence:
            continue
        by_day: dict[dt.date, float] = {}
        for day, confidence in evidence:
            by_day[day] = 1 - (1 - by_day.get(day, 0.0)) * (1 - confidence)
        best_day, confidence = max(by_day.items(), key=lambda item: (item[1], item[0]))
        if _weekday_support(own, best_day):
            confidence = min(1.0, confidence + 0.1)
        inferred[article.id] = (best_day.isoformat(), round(confidence, 3))
    return inferred


def apply_inferred_dates(
    articles: list[Article],
    timexes: dict[str, list[Timex]],
    inferred: dict[str, tuple[str, float]],
) -> dict[str, list[Timex]]:
    """Set published/published_from/published_confidence on undated articles (in place)
    and return their timexes re-resolved against the inferred dates."""
    updated = dict(timexes)
    for article in articles:
        if article.published or article.id not in inferred:
            continue
        day, confidence = inferred[article.id]
        article.published = day
        article.published_from = "inferred"
        article.published_confidence = confidence
        updated[article.id] = reanchor(timexes.get(article.id, []), day)
    return updated
