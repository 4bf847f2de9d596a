"""Events other articles date, and the days an undated article counts from them.

An event anchor is a dated article's statement of when something started ("the nationwide
strike that began on 3 June 2019", "unions launched a strike on Monday"); an undated article
that counts days of that event ("the third day of the strike", "two days after the flood")
is dated by it. See dateline.link.pubdates.infer for how the evidence is weighed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from dateline.analyse.time.anchor import parse_anchor
from dateline.lexicons import table, words
from dateline.models import Article, Timex


# nouns that name something that starts on a day and runs on: counted in days
# nouns that name a one-day happening, and its kind: counted from too, and dated by a day attached to them
HAPPENING_KINDS = dict(table("pubdates/happening_nouns.tsv", 2))
HAPPENING_NOUNS = frozenset(HAPPENING_KINDS)
EVENT_NOUNS = frozenset(words("pubdates/event_nouns.txt")) | HAPPENING_NOUNS
BODILY_MODIFIERS = frozenset(words("pubdates/bodily_modifiers.txt"))  # "heart attack"
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
START_BEFORE = re.compile(
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
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
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
_COUNT_AFTER_NOUN = re.compile(rf"{_COUNT_HEAD}(?:[\w-]+\s+)??(?:([\w-]+)\s+)??({_EVENT_NOUN})s?\b", re.I)
# "the week-old blockade", "the three-day-old strike": aged from its start
_AGED_NOUN = re.compile(
    rf"\b(?:{_COUNT}[- ])?(days?|weeks?)[- ]old\s+(?:([\w-]+)\s+)??({_EVENT_NOUN})s?\b", re.I
)
# "48 hours of protests", "after three days of talks": a duration counted from the start
_DURATION_OF = re.compile(rf"\b{_COUNT}\s+(hours|days|weeks)\s+of\s+(?:([\w-]+)\s+)??({_EVENT_NOUN})s?\b", re.I)
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
    """The noun in the singular; a one-day happening's noun by its kind ("blasts" -> "bombing")."""
    noun = noun.lower()
    if noun in HAPPENING_KINDS:
        return HAPPENING_KINDS[noun]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") and noun[:-1] in EVENT_NOUNS else noun


def event_noun(modifier: str | None, noun: str | None) -> tuple[str, str | None] | None:
    if not noun:
        return None
    key = _noun_key(noun)
    if key not in EVENT_NOUNS and noun.lower() not in EVENT_NOUNS:
        return None
    modifier = modifier.lower() if modifier else None
    if modifier in BODILY_MODIFIERS:
        return None  # "a heart attack": no happening
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
        found = event_noun(modifier, parts[2]) or (parts[2], None)
        return count, found[0], found[1]
    match = _ORDINAL_OF.match(text[timex.end : timex.end + 80])
    if not match:
        return None
    found = event_noun(match.group(1), match.group(2)) or event_noun(None, match.group(1))
    return (count, found[0], found[1]) if found else None


def event_anchors(articles: list[Article], timexes: dict[str, list[Timex]]) -> list[EventAnchor]:
    """Event starts that dated articles give, from their text and headline (see module doc)."""
    anchors: list[EventAnchor] = []
    for article in articles:
        if not article.published:
            continue
        for timex in timexes.get(article.id, []):
            if not timex.value or not FULL_DATE.match(timex.value) or timex.type not in ("DATE", "TIME"):
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
            for pattern in (START_BEFORE, _OF_BEFORE, _LAUNCH_BEFORE):
                match = pattern.search(before)
                if match:
                    found = event_noun(match.group(1), match.group(2))
                    if found:
                        break
            if found is None:
                match = _LAUNCH_AFTER.match(after + text[timex.end + 40 : timex.end + 120])
                if match:
                    found = event_noun(match.group(1), match.group(2))
            # "the 3 June strike", "Sunday's election"
            if found is None and (re.search(r"\bthe\s+$", before, re.I) or re.match(r"(?:'s|\u2019s)\s", after)):
                match = _NOUN_AFTER.match(after)
                if match:
                    # "the 3 June rail strike" or "Sunday's election was ..."
                    found = event_noun(match.group(1), match.group(2)) or event_noun(None, match.group(1))
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
                found = event_noun(match.group(1), match.group(2))
                if found:
                    anchors.append(EventAnchor(found[0], found[1], day, article.id))
    return anchors


def event_starts(articles: list[Article], timexes: dict[str, list[Timex]]) -> dict[str, dt.date]:
    """Event noun -> its most attested start date (see `event_anchors`)."""
    found: dict[str, Counter] = {}
    for anchor in event_anchors(articles, timexes):
        found.setdefault(anchor.noun, Counter())[anchor.day] += 1
    return {noun: counts.most_common(1)[0][0] for noun, counts in found.items()}


def start_of(
    noun: str, modifier: str | None, anchors: list[EventAnchor], own_years: list[int]
) -> dt.date | None:
    """The start of the event an undated article names: the anchors with the same noun,
    narrowed by the modifier ("rail strike") and the years the article mentions, then the
    most attested day."""
    if modifier and modifier.lower() in BODILY_MODIFIERS:
        return None  # "nine days after a heart attack"
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


def ordinal_evidence(
    article: Article, article_timexes: list[Timex], anchors: list[EventAnchor], own_years: list[int]
) -> list[tuple[dt.date, str]]:
    """(day, the words) from "the third day of the strike": the event's start plus two days."""
    dates = []
    for timex in article_timexes:
        text = article.title if timex.field == "title" else article.text
        ordinal = _ordinal_event(timex, text or "")
        if ordinal is None:
            continue
        start = start_of(ordinal[1], ordinal[2], anchors, own_years)
        if start is None:
            continue
        try:
            dates.append((start + dt.timedelta(days=ordinal[0] - 1), timex.text))
        except (ValueError, OverflowError):
            continue
    return dates


def _counted_days(pattern: re.Pattern, match: re.Match) -> int:
    """Days from an event's start that a count names (see the patterns above)."""
    word = (match.group(1) or "a").lower()
    count = int(word) if word.isdigit() else _COUNT_WORDS.get(word, 0)
    unit = match.group(2).lower()
    if unit.startswith("hour"):
        return -(-count // 24)  # 48 hours of protests: two days on
    days = count * (7 if unit.startswith("week") else 1)
    # "three days of talks" ends on the third day, as "the third day of the talks" does
    return days - 1 if pattern is _DURATION_OF and unit.startswith("day") else days


def count_evidence(
    article: Article, anchors: list[EventAnchor], own_years: list[int]
) -> list[tuple[dt.date, str]]:
    """(day, the words) from "two days after the flood", "a week into the strike", "the
    week-old blockade", "48 hours of protests": the event's start plus the count."""
    dates = []
    for text in (article.title or "", article.text[:20_000]):
        for pattern in (_COUNT_AFTER_NOUN, _COUNT_AFTER_VERB, _AGED_NOUN, _DURATION_OF):
            for match in pattern.finditer(text):
                days = _counted_days(pattern, match)
                if days <= 0 and pattern is not _DURATION_OF:
                    continue
                if pattern is _COUNT_AFTER_VERB:
                    noun, modifier = _verb_noun(match), None
                else:
                    noun, modifier = match.group(4), match.group(3)
                if pattern is _DURATION_OF and noun.lower() in HAPPENING_NOUNS:
                    continue  # a one-day happening lasts no "two weeks": "within two weeks of the slaying"
                start = start_of(noun, modifier, anchors, own_years) if noun else None
                if start is not None:
                    dates.append((start + dt.timedelta(days=days), match.group(0)))
    return dates
