"""A one-day happening the corpus dates, named by a day in an undated article.

Dated articles date one-day happenings ("the Aug. 7 bombings", see
dateline.link.pubdates.anchors); an undated article that attaches a day to the same
happening ("the bombings in Kenya and Tanzania last week", "Friday's bombing", "the
bombing in Karsk on Friday", "the Friday explosions", "bombs exploded outside the embassy
on Friday") is from the days on which that expression names the
happening's day: "last week" names 7 August from 10 to 16 August. The day must be
attached to the noun (only a place may come between them, "the bombings in Karsk last
week"), not to another verb of the sentence ("Estrada on Tuesday condemned the
bombings" dates the condemnation). Running events are left out: "the talks on Monday"
may be any day of the talks.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.analyse.time.anchor import parse_anchor
from dateline.link.pubdates.anchors import FULL_DATE, HAPPENING_NOUNS, EventAnchor, event_noun, start_of
from dateline.link.pubdates.calendar import anchors_naming, names_a_day, names_a_week
from dateline.link.pubdates.own_text import OwnWindow
from dateline.lexicons import table
from dateline.models import Article, Timex

WEEK = 7
_NOUN = "(?:" + "|".join(sorted(HAPPENING_NOUNS, key=len, reverse=True)) + ")"
_PLACE = r"(?-i:[A-Z])[\w.'\u2019-]*"
# "the embassy bombings in Kenya and Tanzania " + "last week"; "the bombing on " + "Friday"
_NOUN_BEFORE = re.compile(
    rf"\b(?:([a-z][\w-]*)\s+)?({_NOUN})\b"
    rf"(?:\s+(?:in|at|outside|near)\s+(?:the\s+)?{_PLACE}(?:(?:\s+|,\s*|\s+and\s+)(?:the\s+)?{_PLACE}){{0,4}})?"
    r",?\s+(?:on\s+)?$",
    re.I,
)
# "Friday" + "'s embassy bombing"; "the " + "Friday" + " explosions"
_NOUN_AFTER = re.compile(rf"^(?:'s|\u2019s)?\s+(?:([a-z][\w-]*)\s+)?({_NOUN})\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_HAPPENING_VERBS = table("pubdates/happening_verbs.tsv", 2)
_VERB = "|".join(f"(?P<v{i}>{phrase})" for i, (phrase, _) in enumerate(_HAPPENING_VERBS))
# "bombs exploded outside the U.S. embassies in Karsk " + "Friday": the verb's own clause, no sentence end
_VERB_BEFORE = re.compile(
    rf"\b(?:{_VERB})(?:\s+(?:(?:[A-Z]\.)+|[\w'\u2019-]+,?)){{0,12}}?\s+(?:on\s+)?$", re.I
)


def _attached_noun(text: str, timex: Timex) -> tuple[str, str | None] | None:
    """(noun, modifier) of the one-day happening the expression is attached to, or None."""
    before = _NOUN_BEFORE.search(text[max(0, timex.start - 100) : timex.start])
    if before:
        return event_noun(before.group(1), before.group(2))
    verb = _VERB_BEFORE.search(text[max(0, timex.start - 120) : timex.start])
    if verb:
        index = next(int(name[1:]) for name, value in verb.groupdict().items() if value)
        return event_noun(None, _HAPPENING_VERBS[index][1])
    after = _NOUN_AFTER.match(text[timex.end : timex.end + 60])
    possessive = after is not None and after.group(0)[:1] in ("'", "\u2019")
    if after and (possessive or _THE_BEFORE.search(text[max(0, timex.start - 10) : timex.start])):
        return event_noun(after.group(1), after.group(2))
    return None


def happening_anchors(articles: list[Article], timexes: dict[str, list[Timex]]) -> list[EventAnchor]:
    """One-day happenings dated articles date by a day attached to them ("bombs exploded
    outside the embassy on Friday", "Friday's bombing"): the day the expression names."""
    anchors = []
    for article in articles:
        if not article.published:
            continue
        for timex in timexes.get(article.id, []):
            day = parse_anchor(timex.value) if timex.value and FULL_DATE.match(timex.value) else None
            if day is None or timex.type not in ("DATE", "TIME") or not names_a_day(timex):
                continue
            text = article.title if timex.field == "title" else article.text
            found = _attached_noun(text or "", timex)
            if found:
                anchors.append(EventAnchor(found[0], found[1], day, article.id))
    return anchors


def happening_windows(
    article: Article, article_timexes: list[Timex], anchors: list[EventAnchor], own_years: list[int]
) -> list[OwnWindow]:
    """Windows of at most a week from days attached to happenings the corpus dates (module doc)."""
    windows = []
    for timex in article_timexes:
        if not (names_a_day(timex) or names_a_week(timex)):
            continue
        text = article.title if timex.field == "title" else article.text
        found = _attached_noun(text or "", timex)
        if found is None:
            continue
        start = start_of(found[0], found[1], anchors, own_years)
        if start is None:
            continue
        days = anchors_naming(timex.expression or "", start)
        if (timex.expression or "").split(":")[1:2] in (["-1"], ["-2"]):
            days = frozenset(d for d in days if d >= start)  # told as past: the article is after it
        if not days or len(days) > WEEK:
            continue
        record = {"kind": "happening_day", "text": timex.text, "noun": found[0], "day": start.isoformat()}
        windows.append(OwnWindow(frozenset(days), False, record))
    return windows
