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
from dataclasses import dataclass

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor
from dateline.analyse.time.normalise import MONTHS
from dateline.models import Article, Timex

# nouns that name something that starts on a day and runs on: counted in days
EVENT_NOUNS = frozenset(
    "strike walkout stoppage flood floods flooding trial talks negotiations protest protests "
    "demonstration siege war summit election elections vote referendum ceasefire truce inquiry "
    "hearing blockade occupation visit tour campaign crisis storm earthquake fire riot riots "
    "unrest uprising offensive invasion conference session shutdown lockdown standoff boycott "
    "fighting clashes evacuation outage crackdown search".split()
)
# verb phrases that say an event happened, and the event noun they stand for
EVENT_VERBS = {
    r"burst\s+(?:its|their)\s+banks": "flood",
    r"flooded": "flood",
    r"went\s+on\s+strike": "strike",
    r"walked\s+out": "strike",
}
_VERB_EVENT = "|".join(f"(?P<v{i}>{pattern})" for i, pattern in enumerate(EVENT_VERBS))
_START_VERB = r"(?:began|begun|begins|started|starts|opened|opens|broke\s+out|erupted|got\s+under\s+way)"
# "the nationwide strike that began on 3 June 2019", "the trial, which opened on Monday"
_START_BEFORE = re.compile(
    rf"\b(?:([a-z][\w-]*)\s+)?([a-z]+)\s*,?\s+(?:that\s+|which\s+)?(?:has\s+|had\s+)?{_START_VERB}"
    r"\s+(?:on\s+|in\s+|at\s+)?$",
    re.I,
)
# "the flood of 12 September"
_OF_BEFORE = re.compile(r"\b(?:([a-z][\w-]*)\s+)?([a-z]+)\s+of\s+$", re.I)
# "the 3 June strike", "Sunday's election"
_NOUN_AFTER = re.compile(r"^(?:'s|\u2019s)?\s+(?:([a-z][\w-]*)\s+)?([a-z]+)\b", re.I)
# "the Tavra river burst its banks in the early hours of Saturday"
_VERB_BEFORE = re.compile(rf"(?:{_VERB_EVENT})(?:\s+[\w-]+){{0,3}}?\s+(?:in\s+|on\s+|at\s+)?$", re.I)
# a dated article's headline: "Sarn pleads not guilty as corruption trial opens"
_STARTS_NOW = re.compile(r"\b(?:([a-z][\w-]*)\s+)?([a-z]+)\s+(?:opens|begins|starts|gets\s+under\s+way)\b", re.I)
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
_COUNT = r"(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_EVENT_NOUN = "(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + ")"
_COUNT_HEAD = (
    rf"\b{_COUNT}\s+(days?|weeks?)\s+(?:after|into|since)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
)
# "Two days after the flood", "a week into the rail strike"
_COUNT_AFTER_NOUN = re.compile(rf"{_COUNT_HEAD}(?:([\w-]+)\s+)??({_EVENT_NOUN})s?\b", re.I)
# "two days after the Tavra burst its banks"
_COUNT_AFTER_VERB = re.compile(rf"{_COUNT_HEAD}(?:[\w-]+\s+){{0,3}}?(?:{_VERB_EVENT})", re.I)


@dataclass(frozen=True)
class EventAnchor:
    """A dated article says an event started on `day` ("the rail strike that began on Monday")."""

    noun: str  # singular event noun: "strike"
    modifier: str | None  # the word before it, when any: "rail"
    day: dt.date
    article_id: str


def _noun_key(noun: str) -> str:
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and noun[:-1] in EVENT_NOUNS else noun


def _event_noun(modifier: str | None, noun: str | None) -> tuple[str, str | None] | None:
    if not noun:
        return None
    key = _noun_key(noun)
    if key not in EVENT_NOUNS and noun.lower() not in EVENT_NOUNS:
        return None
    modifier = modifier.lower() if modifier else None
    if modifier in ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "of", "since", "after"):
        modifier = None
    return key, modifier


def _verb_noun(match: re.Match) -> str | None:
    for index, noun in enumerate(EVENT_VERBS.values()):
        if match.groupdict().get(f"v{index}"):
            return noun
    return None


def event_anchors(articles: list[Article], timexes: dict[str, list[Timex]]) -> list[EventAnchor]:
    """Event starts that dated articles give, from their text and headline (see module doc)."""
    anchors: list[EventAnchor] = []
    for article in articles:
        if not article.published:
            continue
        for timex in timexes.get(article.id, []):
            if not timex.value or not _FULL_DATE.match(timex.value) or timex.type not in ("DATE", "TIME"):
                continue
            if (timex.expression or "").startswith(("ord:", "ana:")):
                continue
            text = article.title if timex.field == "title" else article.text
            if not text:
                continue
            day = parse_anchor(timex.value)
            if day is None:
                continue
            before = text[max(0, timex.start - 80) : timex.start]
            after = text[timex.end : timex.end + 40]
            found = None
            for pattern in (_START_BEFORE, _OF_BEFORE):
                match = pattern.search(before)
                if match:
                    found = _event_noun(match.group(1), match.group(2))
                    if found:
                        break
            # "the 3 June strike", "Sunday's election"
            if found is None and (re.search(r"\bthe\s+$", before, re.I) or re.match(r"(?:'s|\u2019s)\s", after)):
                match = _NOUN_AFTER.match(after)
                if match:
                    # "the 3 June rail strike" or "Sunday's election was ..."
                    found = _event_noun(match.group(1), match.group(2)) or _event_noun(None, match.group(1))
            if found is None:
                match = _VERB_BEFORE.search(before)
                noun = _verb_noun(match) if match else None
                if noun:
                    found = (noun, None)
            if found:
                anchors.append(EventAnchor(found[0], found[1], day, article.id))
        day = parse_anchor(article.published)
        if article.title and day:
            for match in _STARTS_NOW.finditer(article.title):
                found = _event_noun(match.group(1), match.group(2))
                if found:
                    anchors.append(EventAnchor(found[0], found[1], day, article.id))
    return anchors


def event_starts(articles: list[Article], timexes: dict[str, list[Timex]]) -> dict[str, dt.date]:
    """Event noun -> its most attested start date (see `event_anchors`)."""
    found: dict[str, Counter] = {}
    for anchor in event_anchors(articles, timexes):
        found.setdefault(anchor.noun, Counter())[anchor.day] += 1
    return {noun: counts.most_common(1)[0][0] for noun, counts in found.items()}


def _start_of(
    noun: str, modifier: str | None, anchors: list[EventAnchor], own_years: list[int]
) -> dt.date | None:
    """The start of the event an undated article names: the anchors with the same noun,
    narrowed by the modifier ("rail strike") and the years the article mentions, then the
    most attested day."""
    key = _noun_key(noun)
    same = [a for a in anchors if a.noun == key]
    if modifier:
        narrower = [a for a in same if a.modifier == modifier.lower()]
        same = narrower or same
    if own_years:
        narrower = [a for a in same if a.day.year in own_years or a.day.year + 1 in own_years]
        same = narrower or same
    if not same:
        return None
    counts = Counter(a.day for a in same)
    return max(counts.items(), key=lambda item: (item[1], item[0]))[0]


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


def _ordinal_evidence(
    article_timexes: list[Timex], anchors: list[EventAnchor], own_years: list[int]
) -> list[dt.date]:
    """Days from "the third day of the strike": the event's start plus two days."""
    dates = []
    for timex in article_timexes:
        spec = timex.expression or ""
        if not spec.startswith("ord:"):
            continue
        parts = spec.split(":")
        if len(parts) < 3 or not parts[2]:
            continue
        words = timex.text.lower().split()
        modifier = words[-2] if len(words) >= 2 and words[-1] == parts[2] else None
        start = _start_of(parts[2], modifier, anchors, own_years)
        if start is None:
            continue
        try:
            dates.append(start + dt.timedelta(days=int(parts[1]) - 1))
        except (ValueError, OverflowError):
            continue
    return dates


def _count_evidence(article: Article, anchors: list[EventAnchor], own_years: list[int]) -> list[dt.date]:
    """Days from "two days after the flood" / "a week into the strike": the start plus the count."""
    dates = []
    for text in (article.title or "", article.text[:20_000]):
        for pattern in (_COUNT_AFTER_NOUN, _COUNT_AFTER_VERB):
            for match in pattern.finditer(text):
                word = match.group(1).lower()
                count = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 0)
                if not count:
                    continue
                days = count * (7 if match.group(2).lower().startswith("week") else 1)
                if pattern is _COUNT_AFTER_NOUN:
                    noun, modifier = match.group(4), match.group(3)
                else:
                    noun, modifier = _verb_noun(match), None
                start = _start_of(noun, modifier, anchors, own_years) if noun else None
                if start is not None:
                    dates.append(start + dt.timedelta(days=days))
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
        evidence.extend((day, 0.8) for day in _ordinal_evidence(own, anchors, own_years))
        evidence.extend((day, 0.7) for day in _count_evidence(article, anchors, own_years))
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
