"""Publication dates for undated articles, inferred from their text and from the corpus.

Evidence, strongest first (each gives a date and a confidence in (0, 1]):

- the wire dateline's date (`Article.dateline_date`): 0.9 when it has a year; a
  year-less "June 14" takes its year from the article's own full dates (0.75) or
  from the corpus's dated articles (0.6);
- an event anchor: another article dates an event ("the nationwide strike that
  began on 3 June 2019") and this one counts days of it ("the third day of the
  strike"): 0.8;
- the latest fully specified date the article mentions (a lower bound): the day
  after it when the article says "yesterday", that day when it says "today", else
  that day as a weak guess: 0.35-0.45.

Agreeing evidence adds up (1 - (1-a)(1-b)); a weekday the article names that
falls on the inferred day or the day before ("the early hours of Wednesday")
adds 0.1. Articles with no evidence get no entry: no date beats a guessed one.
Given metadata always wins: only articles with `published is None` are inferred.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor
from dateline.analyse.time.normalise import MONTHS
from dateline.models import Article, Timex

_EVENT_START = re.compile(
    r"\b([a-z][a-z-]+)\s+(?:that\s+|which\s+)?(?:began|started|erupted|broke\s+out|opened|got\s+under\s+way)"
    r"\s+(?:on\s+)?$",
    re.I,
)
_NOT_EVENTS = {"it", "they", "he", "she", "we", "which", "that", "who", "and"}
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _noun_key(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def event_starts(articles: list[Article], timexes: dict[str, list[Timex]]) -> dict[str, dt.date]:
    """Event noun -> start date, from phrases like "the strike that began on 3 June 2019"."""
    found: dict[str, Counter] = {}
    for article in articles:
        for timex in timexes.get(article.id, []):
            if timex.field != "text" or not timex.value or not _FULL_DATE.match(timex.value):
                continue
            before = article.text[max(0, timex.start - 80) : timex.start]
            match = _EVENT_START.search(before)
            if not match or match.group(1).lower() in _NOT_EVENTS:
                continue
            day = parse_anchor(timex.value)
            if day:
                found.setdefault(_noun_key(match.group(1)), Counter())[day] += 1
    return {noun: counts.most_common(1)[0][0] for noun, counts in found.items()}


def _dateline_date(article: Article, own_years: list[int], corpus_days: list[dt.date]):
    """(date, confidence) from the wire dateline's date, or None."""
    text = (article.dateline_date or "").strip()
    if not text:
        return None
    iso = parse_anchor(text)
    if iso:
        return iso, 0.9
    month_match = re.search(r"[A-Za-z]+", text)
    day_match = re.search(r"\b(\d{1,2})\b", text)
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    if not month_match or not day_match:
        return None
    month = MONTHS.get(month_match.group(0).rstrip(".").lower())
    if month is None:
        return None
    day = int(day_match.group(1))
    if year_match:
        years, confidence = [int(year_match.group(1))], 0.9
    elif own_years:
        years, confidence = [max(own_years)], 0.75
    elif corpus_days:
        middle = sorted(corpus_days)[len(corpus_days) // 2]
        years, confidence = [middle.year - 1, middle.year, middle.year + 1], 0.6
    else:
        return None
    candidates = []
    for year in years:
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if len(candidates) > 1:
        middle = sorted(corpus_days)[len(corpus_days) // 2]
        candidates.sort(key=lambda c: abs((c - middle).days))
    return candidates[0], confidence


def _ordinal_evidence(article_timexes: list[Timex], starts: dict[str, dt.date]) -> list[dt.date]:
    dates = []
    for timex in article_timexes:
        spec = timex.expression or ""
        if not spec.startswith("ord:"):
            continue
        parts = spec.split(":")
        if len(parts) < 3 or not parts[2]:
            continue
        start = starts.get(_noun_key(parts[2]))
        if start is None:
            continue
        try:
            dates.append(start + dt.timedelta(days=int(parts[1]) - 1))
        except (ValueError, OverflowError):
            continue
    return dates


def _latest_full_date(article: Article, article_timexes: list[Timex]):
    """(date, confidence) from the latest full date the article mentions, or None."""
    days = [
        parse_anchor(t.value)
        for t in article_timexes
        if t.value and _FULL_DATE.match(t.value) and not t.expression
    ]
    days = [d for d in days if d]
    if not days:
        return None
    latest = max(days)
    specs = {t.expression for t in article_timexes if t.expression}
    if "day:-1" in specs or any(s.startswith("day:-1|") for s in specs):
        return latest + dt.timedelta(days=1), 0.45
    if "day:0" in specs or any(s.startswith("day:0|") for s in specs):
        return latest, 0.45
    return latest, 0.35


def _weekday_support(article_timexes: list[Timex], day: dt.date) -> bool:
    """Whether a weekday the article names falls on the day or the day before."""
    for timex in article_timexes:
        spec = timex.expression or ""
        if spec.startswith("wd:"):
            try:
                weekday = int(spec.split("|")[0].split(":")[2])
            except (IndexError, ValueError):
                continue
            if weekday in (day.isoweekday(), (day - dt.timedelta(days=1)).isoweekday()):
                return True
    return False


def infer_publication_dates(
    articles: list[Article], timexes: dict[str, list[Timex]]
) -> dict[str, tuple[str, float]]:
    """Article id -> (ISO date, confidence) for undated articles with evidence (see module doc)."""
    starts = event_starts(articles, timexes)
    corpus_days = [d for d in (parse_anchor(a.published) for a in articles) if d]
    inferred: dict[str, tuple[str, float]] = {}
    for article in articles:
        if article.published:
            continue
        own = timexes.get(article.id, [])
        own_years = [
            int(t.value[:4]) for t in own if t.value and re.match(r"^\d{4}(-|$)", t.value) and not t.expression
        ]
        evidence: list[tuple[dt.date, float]] = []
        from_dateline = _dateline_date(article, own_years, corpus_days)
        if from_dateline:
            evidence.append(from_dateline)
        evidence.extend((day, 0.8) for day in _ordinal_evidence(own, starts))
        if not evidence:
            latest = _latest_full_date(article, own)
            if latest:
                evidence.append(latest)
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
