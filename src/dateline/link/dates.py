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
from collections import Counter
from dataclasses import dataclass

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor, resolve
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
# the event an ordinal names when the tagger left it out: "the second day | of Veldoria's rail strike"
_ORDINAL_OF = re.compile(
    r"^\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]*(?:'s|\u2019s)\s+)?(?:([a-z][\w-]*)\s+)?([a-z]+)\b"
)
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
_LAUNCH_VERB = r"(?:launched|staged|began|started|declared|mounted)"
_DETERMINER = r"(?:(?:a|an|the|their|its|his|her)\s+)?"
# "unions launched an open-ended nationwide strike on Monday"
_LAUNCH_BEFORE = re.compile(
    rf"\b{_LAUNCH_VERB}\s+{_DETERMINER}(?:[\w'\u2019-]+\s+){{0,2}}?(?:([a-z][\w-]*)\s+)?({_EVENT_NOUN})s?"
    r"\s+(?:on\s+|in\s+)?$",
    re.I,
)
# "came to a standstill on Monday as unions staged their second nationwide strike"
_LAUNCH_AFTER = re.compile(
    rf"^,?\s+as\s+(?:[\w'\u2019-]+\s+){{0,6}}?{_LAUNCH_VERB}\s+{_DETERMINER}"
    rf"(?:[\w'\u2019-]+\s+){{0,2}}?(?:([a-z][\w-]*)\s+)?({_EVENT_NOUN})s?\b",
    re.I,
)
# "Two days after the flood", "a week into the rail strike"
_COUNT_AFTER_NOUN = re.compile(rf"{_COUNT_HEAD}(?:([\w-]+)\s+)??({_EVENT_NOUN})s?\b", re.I)
# "two days after the Tavra burst its banks"
_COUNT_AFTER_VERB = re.compile(rf"{_COUNT_HEAD}(?:[\w-]+\s+){{0,3}}?(?:{_VERB_EVENT})", re.I)


SCHEDULED_CONFIDENCE = 0.6  # an announced day an undated article reports as today: schedules slip
WINDOW_SUPPORT = 0.25  # evidence inside a weekday event-start window
WINDOW_WEEKDAY_CONFIDENCE = 0.4  # a past weekday's day in that window: a lower bound, like a latest date


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


def _ordinal_event(timex: Timex, text: str) -> tuple[int, str, str | None] | None:
    """(N, noun, modifier) of "the third day of the rail strike" (an `ord:` timex), or None."""
    parts = (timex.expression or "").partition("|")[0].split(":")
    if len(parts) < 3 or parts[0] != "ord":
        return None
    try:
        count = int(parts[1])
    except ValueError:
        return None
    if parts[2]:
        words = timex.text.lower().split()
        modifier = words[-2] if len(words) >= 2 and words[-1] == parts[2] else None
        found = _event_noun(modifier, parts[2]) or (parts[2], None)
        return count, found[0], found[1]
    match = _ORDINAL_OF.match(text[timex.end : timex.end + 80])
    if not match:
        return None
    found = _event_noun(match.group(1), match.group(2)) or _event_noun(None, match.group(1))
    return (count, found[0], found[1]) if found else None


def event_anchors(articles: list[Article], timexes: dict[str, list[Timex]]) -> list[EventAnchor]:
    """Event starts that dated articles give, from their text and headline (see module doc)."""
    anchors: list[EventAnchor] = []
    for article in articles:
        if not article.published:
            continue
        for timex in timexes.get(article.id, []):
            if not timex.value or not _FULL_DATE.match(timex.value) or timex.type not in ("DATE", "TIME"):
                continue
            text = article.title if timex.field == "title" else article.text
            if not text:
                continue
            day = parse_anchor(timex.value)
            if day is None:
                continue
            if (timex.expression or "").startswith("ord:"):
                # "as the second day of the rail strike begins": it started N-1 days ago
                ordinal = _ordinal_event(timex, text)
                if ordinal and 0 < ordinal[0] <= 366:
                    start = day - dt.timedelta(days=ordinal[0] - 1)
                    anchors.append(EventAnchor(ordinal[1], ordinal[2], start, article.id))
                continue
            if (timex.expression or "").startswith("ana:"):
                continue
            before = text[max(0, timex.start - 80) : timex.start]
            after = text[timex.end : timex.end + 40]
            found = None
            for pattern in (_START_BEFORE, _OF_BEFORE, _LAUNCH_BEFORE):
                match = pattern.search(before)
                if match:
                    found = _event_noun(match.group(1), match.group(2))
                    if found:
                        break
            if found is None:
                match = _LAUNCH_AFTER.match(after + text[timex.end + 40 : timex.end + 120])
                if match:
                    found = _event_noun(match.group(1), match.group(2))
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
    article: Article, article_timexes: list[Timex], anchors: list[EventAnchor], own_years: list[int]
) -> list[dt.date]:
    """Days from "the third day of the strike": the event's start plus two days."""
    dates = []
    for timex in article_timexes:
        text = article.title if timex.field == "title" else article.text
        ordinal = _ordinal_event(timex, text or "")
        if ordinal is None:
            continue
        start = _start_of(ordinal[1], ordinal[2], anchors, own_years)
        if start is None:
            continue
        try:
            dates.append(start + dt.timedelta(days=ordinal[0] - 1))
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


# -- scheduled events fulfilled ------------------------------------------------

_NAME = r"[A-Z][\w'\u2019-]*"
# the subject right before the verb: "President Anna Ostrova, who is on a state visit to Peru,"
_ACTOR_BEFORE = re.compile(
    rf"(?P<actor>{_NAME}(?:\s+{_NAME}){{0,3}})(?:\s*,\s*(?:who|which)\b[^,;:]{{0,120}},)?\s*$"
)
_TITLE_WORDS = frozenset(
    "president prime minister interior foreign defence defense finance secretary chancellor "
    "mr mrs ms dr sir dame lord lady general admiral judge mayor governor king queen prince princess "
    "senator deputy chief the a an".split()
)
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
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018]?[A-Z])|\n+")


@dataclass(frozen=True)
class EventMention:
    """Someone arriving, visiting or meeting somewhere, announced or reported."""

    surname: str
    names: frozenset[str]  # every word of the name, lower case
    kind: str  # arrive | visit | meet
    place: str | None
    day: dt.date | None  # announced day, or the day a report's today-like timing points to
    today: bool  # a report with today-like timing ("this morning", "on arrival")
    article_id: str


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


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
        day = parse_anchor(resolve(":".join([parts[0], "1", *parts[2:]]), published.isoformat()))
    else:
        day = parse_anchor(timex.value) if timex.value and _FULL_DATE.match(timex.value) else None
    return day if day is not None and day >= published else None


def _mentions(article: Article, article_timexes: list[Timex], *, announced: bool) -> list[EventMention]:
    """Announcements (in a dated article) or reports (in an undated one) of arrivals, visits, meetings."""
    published = parse_anchor(article.published)
    if announced and published is None:
        return []
    found: list[EventMention] = []
    for field, text in (("title", article.title or ""), ("text", article.text[:20_000])):
        field_timexes = [
            t for t in article_timexes if t.field == field and t.type in ("DATE", "TIME") and t.end <= len(text)
        ]
        for start, end in _sentences(text):
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
                        found.append(EventMention(actor[0], actor[1], kind, place, days[0], False, article.id))
                    continue
                # a report: its first time after the verb says when ("this morning"); none bounds it
                first = after_verb[0] if after_verb else None
                today = (first is not None and (first.expression or "").partition("|")[0] == "day:0") or (
                    first is None and _ON_ARRIVAL.search(sentence[match.end() :]) is not None
                )
                found.append(EventMention(actor[0], actor[1], kind, place, None, today, article.id))
    return found


def _same_event(announced: EventMention, reported: EventMention) -> bool:
    if announced.kind != reported.kind:
        return False
    if announced.surname not in reported.names and reported.surname not in announced.names:
        return False
    return not (announced.place and reported.place and announced.place != reported.place)


def _scheduled_evidence(
    article: Article, article_timexes: list[Timex], announcements: list[EventMention]
) -> tuple[list[dt.date], list[dt.date]]:
    """(days, lower bounds): announced days of events this article reports done today,
    and of those it reports done without saying when."""
    days: dict[tuple[str, dt.date], bool] = {}
    for reported in _mentions(article, article_timexes, announced=False):
        for announced in announcements:
            if announced.day is not None and _same_event(announced, reported):
                key = (announced.article_id, announced.day)
                days[key] = days.get(key, False) or reported.today
    # one day per announcing article: two articles announcing it agree, two mentions do not
    today = [day for (_, day), is_today in sorted(days.items()) if is_today]
    bounds = sorted({day for (_, day), is_today in days.items() if not is_today})
    return today, bounds


# -- weekday event starts ------------------------------------------------------


def _start_windows(
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
        match = _START_BEFORE.search((text or "")[max(0, timex.start - 80) : timex.start])
        found = _event_noun(match.group(1), match.group(2)) if match else None
        if found is None:
            continue
        start = _start_of(found[0], found[1], anchors, own_years)
        if start is None or str(start.isoweekday()) != parts[2]:
            continue  # the dated start falls on another weekday: another event
        windows.append((start, start + dt.timedelta(days=6)))
        used.add(index)
    return windows, used


def _day_in_window(
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
        for mention in _mentions(article, timexes.get(article.id, []), announced=True)
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
        from_dateline = _dateline_date(article, own_years, corpus_days)
        if from_dateline:
            evidence.append(from_dateline)
        evidence.extend((day, 0.8) for day in _ordinal_evidence(article, own, anchors, own_years))
        evidence.extend((day, 0.7) for day in _count_evidence(article, anchors, own_years))
        scheduled, lower_bounds = _scheduled_evidence(article, own, announcements) if announcements else ([], [])
        evidence.extend((day, SCHEDULED_CONFIDENCE) for day in scheduled)
        if not evidence:
            latest = _latest_full_date(article, own)
            if latest:
                evidence.append(latest)
        # only a complete dateline date outranks a window or a bound
        if lower_bounds:
            evidence = [(d, c) for d, c in evidence if d >= max(lower_bounds) or c >= 0.9]
        windows, window_timexes = _start_windows(article, own, anchors, own_years)
        if windows:
            inside = [(d, c) for d, c in evidence if any(a <= d <= b for a, b in windows)]
            evidence = [
                (d, 1 - (1 - c) * (1 - WINDOW_SUPPORT)) if (d, c) in inside else (d, c)
                for d, c in evidence
                if (d, c) in inside or c >= 0.9
            ]
            if not evidence:
                day = _day_in_window(own, windows[0], window_timexes)
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
