"""Publication dates for undated articles, inferred from their text and from the corpus.

A date must agree with everything the text says; when the evidence only bounds it, the
bounds are kept (`earliest`, `latest`) and the date stays empty. Evidence, strongest first
(each gives a date and a confidence in (0, 1], and a record a user can check):

- the wire dateline's date: with its year, or with a year pinned by the weekday the article
  leads with (see dateline.link.pubdates.own_text);
- an event anchor: another article dates an event ("the nationwide strike that began on
  3 June 2019") and this one counts days of it ("the third day of the strike", "a week
  after the flood"): 0.8 / 0.7 (dateline.link.pubdates.anchors);
- a scheduled event fulfilled: a dated article announces an arrival, visit or meeting for
  a day and this one reports it done today: 0.6 (dateline.link.pubdates.schedules);
- companion articles: a dated article's sentence names the day of a happening this one
  names by weekday, "yesterday", "11 days ago", "last week" or month and day; the
  publication days on which this article's words name that day are the ones that agree
  with it (dateline.link.pubdates.companions). Two companion articles naming the same day
  of the happening, on a window of at most a week, date the article when the window leaves
  at most two days, or when its lead names a day someone spoke on ("officials said on
  Tuesday": where a wire tells the day it reports): that day, else the window's first day.
  Otherwise they only bound it, from the latest day its lead names ("died Saturday ... was
  found Tuesday" is reported on any day from Tuesday on: guessing the day was 2 to 7 days
  off for 7 of 29 ECB+ articles). Wider agreement ("Oct. 23" names 23 October 1998 from
  late 1998 to late 1999) bounds it;
- the article's own windows, each at most a week: a weekday and a date in one expression
  ("on Saturday, April 25", own_text), a date it gives and a count from it in another
  sentence of the same happening ("discovered April 8" ... "11 days ago", self_anchored),
  a day attached to a one-day happening the corpus dates ("the bombings in Kenya last
  week", happenings). They must agree with each other and with the companions; a window
  of several days the lead names no weekday of only bounds the date;
- a weekday event start ("since the rail strike began on Monday") confirms evidence within
  the week after it and drops evidence outside it.

Every past event the article reports precedes it: a written-out past date is a lower bound,
and evidence before it is dropped. Agreeing evidence adds up (1 - (1-a)(1-b)); a weekday
the article names that falls on the inferred day or the day before adds 0.1. Given
metadata always wins: only articles with `published is None` are inferred.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from dateline.analyse.time import reanchor
from dateline.analyse.time.anchor import parse_anchor
from dateline.link.pubdates.anchors import count_evidence, event_anchors, ordinal_evidence
from dateline.link.pubdates.calendar import contiguous
from dateline.link.pubdates.companions import (
    CompanionMatch,
    SentenceIndex,
    WordStats,
    _words,
    article_names,
    companion_matches,
    dated_sentences,
    index_sentences,
    shares_subject,
    word_stats,
)
from dateline.link.pubdates.own_text import (
    dateline_evidence, lead_end, lead_weekdays, own_years, past_bounds, past_years, said_weekdays,
    weekday_date_windows,
)
from dateline.link.pubdates.happenings import happening_anchors, happening_windows
from dateline.link.pubdates.self_anchored import self_anchored_windows
from dateline.link.pubdates.schedules import (
    SCHEDULED_CONFIDENCE,
    WINDOW_SUPPORT,
    WINDOW_WEEKDAY_CONFIDENCE,
    ScheduledMention,
    day_in_window,
    scheduled_evidence,
    scheduled_mentions,
    start_windows,
)
from dateline.models import Article, Timex

WEEK = 7
COMPANION_CONFIDENCE = 0.5  # a two-day window narrowed to a day by the article's weekdays
GUESSED_WINDOW = 2  # days a companions' window may span and still date the article (at most a day off)
COMPANION_DAY_CONFIDENCE = 0.7  # the companions leave one day
COMPANION_AGREEING = 0.1  # per further agreeing companion article
COMPANION_ALONE = 0.4  # one companion article alone, its day attached to the same word
NEAR_COPY = 0.8  # share of all their words two sentences share when one is a copy of the other


@dataclass(frozen=True)
class InferredDate:
    """An undated article's inferred date, or only its bounds, with the evidence for them."""

    date: str | None  # ISO day, None when the evidence only bounds it
    confidence: float | None
    earliest: str | None = None
    latest: str | None = None
    evidence: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class CorpusEvidence:
    """What the dated articles offer every undated one (built once per corpus)."""

    anchors: list
    announcements: list[ScheduledMention]
    sentences: SentenceIndex
    stats: WordStats
    days: list[dt.date]
    names: dict[str, frozenset[str]] = field(default_factory=dict)  # dated article id -> its names

    def anchors_for(self, article: Article) -> list:
        """The anchors of dated articles about the same subject as this one: a corpus holds
        many shootings, and "a week since the shooting" names the one its own article's
        people and places share (ECB+: Greek riot reports were dated by a Los Angeles
        killing, a film star's death by a terror attack)."""
        own = article_names(article)
        sources = {a.article_id for a in self.anchors}
        related = {s for s in sources if shares_subject(own, self.names.get(s, frozenset()), self.stats)}
        return [a for a in self.anchors if a.article_id in related]


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


def _match_record(match: CompanionMatch) -> dict[str, Any]:
    return {
        "kind": "companion", "text": match.timex_text, "sentence": match.sentence,
        "article_id": match.companion_id, "companion_sentence": match.companion_sentence,
        "day": match.day.isoformat(),
    }


def _agreed_matches(narrow: list[CompanionMatch]) -> list[CompanionMatch]:
    """The matches whose happening day two companion articles name. One article is not
    enough, not even a near copy: wires re-send a story's paragraphs weeks later, stale
    weekdays and all. Windows of two lone matches that only touch at an edge are no
    agreement either: each may report another happening of the sentence."""
    by_day: dict[dt.date, list[CompanionMatch]] = {}
    for match in narrow:
        by_day.setdefault(match.day, []).append(match)
    return [
        m for day_matches in by_day.values()
        if len({m.companion_id for m in day_matches}) >= 2 and any(m.attached for m in day_matches)
        for m in day_matches
    ]


def _lone_matches(narrow: list[CompanionMatch]) -> list[CompanionMatch]:
    """One companion article's matches, trusted alone only when its sentence attaches its
    day to the word this one attaches it to ("met this week" / "met Monday", see
    dateline.link.pubdates.attached), it is no near copy of this one (a copy re-sent
    weeks later resolves its stale weekday on its own date), and no other companion
    names another day."""
    if len({m.day for m in narrow}) != 1:
        return []
    return [m for m in narrow if m.attached and not _near_copy(m.sentence, m.companion_sentence)]


def _near_copy(sentence: str, other: str) -> bool:
    """Whether two sentences share nearly all their words (either way round)."""
    words, other_words = _words(sentence)[0], _words(other)[0]
    union = words | other_words
    return bool(union) and len(words & other_words) / len(union) >= NEAR_COPY


def companion_window(
    matches: list[CompanionMatch],
) -> tuple[set[dt.date] | None, set[dt.date] | None, list[dict[str, Any]]]:
    """(window of at most a week, wider agreed span, evidence) from companion matches (module doc)."""
    wide = [m for m in matches if len(m.anchors) > WEEK]
    span: set[dt.date] | None = None
    for match in wide:
        narrowed = set(match.anchors) if span is None else span & match.anchors
        if not narrowed:
            span = None  # the companions disagree: no span at all
            break
        span = narrowed
    narrow = [m for m in matches if len(m.anchors) <= WEEK and (span is None or m.anchors & span)]
    evidence = [_match_record(m) for m in wide] if span else []
    agreed = _agreed_matches(narrow) or _lone_matches(narrow)
    window: set[dt.date] | None = None
    for match in agreed:  # every agreed expression must name its day on the article's day
        window = set(match.anchors) if window is None else window & match.anchors
    if not window or not contiguous(window):
        return None, span, evidence
    backers = {m.companion_id for m in agreed}
    against = {m.companion_id for m in narrow if not m.anchors & window} - backers
    if len(against) >= len(backers):
        return None, span, evidence
    lone = len({m.companion_id for m in agreed}) == 1
    evidence += [{**_match_record(m), "alone": True} if lone else _match_record(m) for m in agreed]
    return window, span, evidence


def _latest_named(window: set[dt.date], weekdays: set[int]) -> dt.date | None:
    """The latest day of the window that a weekday the lead names falls on: the report
    follows every happening it tells ("the bombing on Friday ... arrests on Monday")."""
    named = [d for d in window if d.isoweekday() in weekdays]
    return max(named) if named else None


def _day_in_window(
    window: set[dt.date], weekdays: set[int], records: list[dict], backers: int
) -> tuple[dt.date, float]:
    """The day a window dates an article on: its one day; else the latest day in it that a
    weekday the lead names falls on (where a wire tells the day it reports; a weekday
    further down often dates an older happening); else the first day from the happening's
    own day on."""
    if len(window) == 1:
        return next(iter(window)), min(1.0, COMPANION_DAY_CONFIDENCE + COMPANION_AGREEING * (backers - 1))
    happened = [d for d in (parse_anchor(r.get("day")) for r in records) if d and d <= max(window)]
    later = [d for d in window if not happened or d >= max(happened)]
    day = _latest_named(window, weekdays) or min(later or window)
    return day, min(1.0, COMPANION_CONFIDENCE + COMPANION_AGREEING * (max(1, backers) - 1))


def _text_evidence(article: Article, own: list[Timex], corpus: CorpusEvidence, anchors: list):
    """(dated evidence [(day, confidence, record)], lower bounds from reported events);
    `anchors`: the corpus's event starts about the article's subject."""
    years = own_years(own)
    evidence = []
    from_dateline = dateline_evidence(article, own, corpus.days)
    if from_dateline:
        evidence.append(from_dateline)
    evidence += [(d, 0.8, {"kind": "event_day", "text": words, "day": d.isoformat()})
                 for d, words in ordinal_evidence(article, own, anchors, years)]
    evidence += [(d, 0.7, {"kind": "event_count", "text": words, "day": d.isoformat()})
                 for d, words in count_evidence(article, anchors, years)]
    scheduled, bounds = scheduled_evidence(article, own, corpus.announcements) if corpus.announcements else ([], [])
    evidence += [(d, SCHEDULED_CONFIDENCE, {"kind": "scheduled", "day": d.isoformat()}) for d in scheduled]
    lower = [(d, {"kind": "scheduled_done", "day": d.isoformat()}) for d in bounds] + past_bounds(article, own)
    return evidence, lower


def _combine(evidence: list, own: list[Timex]) -> tuple[dt.date, float, list[dict]] | None:
    if not evidence:
        return None
    by_day: dict[dt.date, float] = {}
    for day, confidence, _ in evidence:
        by_day[day] = 1 - (1 - by_day.get(day, 0.0)) * (1 - confidence)
    best_day, confidence = max(by_day.items(), key=lambda item: (item[1], item[0]))
    if _weekday_support(own, best_day):
        confidence = min(1.0, confidence + 0.1)
    return best_day, round(confidence, 3), [record for day, _, record in evidence if day == best_day]


def infer_one(article: Article, own: list[Timex], corpus: CorpusEvidence) -> InferredDate | None:
    """The inferred date (or bounds) of one undated article, or None without evidence.

    An article read from several inputs (the same text sent again, as wires re-send a story
    days or weeks later) may have been published each time: the evidence dates the first
    telling, which bounds every copy from below but dates none of the later ones."""
    found = _infer_one(article, own, corpus)
    if found is None or found.date is None or len(set(article.origins or [])) < 2:
        return found
    record = {"kind": "copies", "origins": len(set(article.origins)), "day": found.date}
    return InferredDate(None, None, found.date, None, found.evidence + (record,))


def _infer_one(article: Article, own: list[Timex], corpus: CorpusEvidence) -> InferredDate | None:
    anchors = corpus.anchors_for(article)
    evidence, lower = _text_evidence(article, own, corpus, anchors)
    floor = max(lower, key=lambda item: item[0]) if lower else None
    if floor:  # every past event it reports precedes it: only a full dateline date outranks that
        evidence = [(d, c, r) for d, c, r in evidence if d >= floor[0] or c >= 0.9]
    matches = companion_matches(article, own, corpus.sentences, corpus.stats)
    window, span, companion_records = companion_window(matches)
    own_windows = (
        weekday_date_windows(own, corpus.days, floor=_year_floor(article, own, floor), lead_end=lead_end(article))
        + self_anchored_windows(article, own, corpus.stats, corpus.days, allowed=_allowed_by(floor, span))
        + happening_windows(article, own, anchors, own_years(own))
    )
    by_companions_only = window is not None and not own_windows
    window, span, agreed = _with_own_windows(own_windows, window, span)
    if not agreed:
        return None  # the article's weekday-and-date and its companions disagree: no date
    companion_records += [w.record for w in own_windows]
    if span and floor:
        span = {d for d in span if d >= floor[0]} or None
    if span:
        evidence = [(d, c, r) for d, c, r in evidence if d in span or c >= 0.9]
    if window and span and not window & span:
        window = None
    if window:
        inside = [(d, c, r) for d, c, r in evidence if d in window]
        if evidence and not inside:
            return None  # the article's own evidence and its companions disagree: no date
        if not inside:
            backers = len({r["article_id"] for r in companion_records if r.get("article_id")})
            weekdays = lead_weekdays(article, own)
            alone = any(r.get("alone") for r in companion_records)
            if (not backers or alone) and len(window) > 1 and not any(d.isoweekday() in weekdays for d in window):
                # the article's own words leave several days and its lead names none of them
                return _window_bounds(window, floor, companion_records)
            after = _latest_named(window, weekdays)
            said = _latest_named(window, said_weekdays(article, own))
            if (by_companions_only and said is None
                    and len({d for d in window if after is None or d >= after}) > GUESSED_WINDOW):
                # "discovered Tuesday" names the happening's day, not the report's: a report
                # of any day of the week after may say it, and a later weekday in the lead
                # ("died Saturday ... found Tuesday") is one more happening before it (ECB+,
                # 148 stamped articles withheld: 7 of 29 dated by such guesses were 2 to 7
                # days off). Only the bounds are sure: from the latest day the lead names.
                # A day someone spoke on ("officials said Tuesday") is the report's own.
                return _window_bounds(window, floor, companion_records, after=after)
            if said is not None:
                weekdays = {said.isoweekday()}
            day, confidence = _day_in_window(window, weekdays, companion_records, backers)
            if alone:
                confidence = COMPANION_ALONE
            if floor is None or day >= floor[0]:
                return InferredDate(day.isoformat(), confidence, evidence=tuple(companion_records))
            window = None
        else:
            evidence = [(d, 1 - (1 - c) * (1 - WINDOW_SUPPORT), r) for d, c, r in inside]
    weekday_windows, window_timexes = start_windows(article, own, anchors, own_years(own))
    if weekday_windows:
        inside = [(d, c, r) for d, c, r in evidence if any(a <= d <= b for a, b in weekday_windows)]
        evidence = [(d, 1 - (1 - c) * (1 - WINDOW_SUPPORT), r) for d, c, r in inside] + [
            item for item in evidence if item not in inside and item[1] >= 0.9
        ]
        if not evidence:
            day = day_in_window(own, weekday_windows[0], window_timexes)
            if day is not None:
                return InferredDate(day.isoformat(), WINDOW_WEEKDAY_CONFIDENCE,
                                    evidence=({"kind": "event_start_week", "day": day.isoformat()},))
    combined = _combine(evidence, own)
    if combined:
        day, confidence, records = combined
        return InferredDate(day.isoformat(), confidence, evidence=tuple(records) + tuple(companion_records))
    return _bounds(floor, span, companion_records)


def _year_floor(article: Article, own: list[Timex], floor) -> dt.date | None:
    """The lower bound, raised to the start of the latest year the article tells as past."""
    years = past_years(article, own)
    days = ([floor[0]] if floor else []) + ([dt.date(max(years), 1, 1)] if years else [])
    return max(days) if days else None


def _allowed_by(floor, span: set[dt.date] | None):
    """Whether a publication day agrees with the lower bound and the companions' span."""

    def allowed(day: dt.date) -> bool:
        return (floor is None or day >= floor[0]) and (span is None or day in span)

    return allowed


def _with_own_windows(windows, window: set[dt.date] | None, span: set[dt.date] | None):
    """(window, span, agreed): companions' window and span narrowed by the article's own
    weekday-and-date windows; one still to come only bounds the date."""
    if not windows:
        return window, span, True
    days = set(windows[0].days)
    for own_window in windows[1:]:
        days &= own_window.days
    if not days:
        return window, span, False
    if any(w.ahead for w in windows):
        span = (span & days) if span else days
        return (window & span if window else None), span or None, bool(span)
    if window is not None:
        window &= days
        return window or None, span, bool(window)
    return days, span, True


def _window_bounds(window: set[dt.date], floor, records: list[dict], *, after: dt.date | None = None) -> InferredDate:
    earliest = max([min(window)] + ([floor[0]] if floor else []) + ([after] if after else []))
    return InferredDate(None, None, earliest.isoformat(), max(window).isoformat(), tuple(records))


def _bounds(floor, span: set[dt.date] | None, companion_records: list[dict]) -> InferredDate | None:
    earliest = floor[0] if floor else None
    records = [floor[1]] if floor else []
    latest = None
    if span:
        earliest = max(earliest, min(span)) if earliest else min(span)
        latest = max(span)
        records += companion_records
    if earliest is None:
        return None
    return InferredDate(None, None, earliest.isoformat(), latest.isoformat() if latest else None, tuple(records))


def corpus_evidence(articles: list[Article], timexes: dict[str, list[Timex]]) -> CorpusEvidence:
    dated = [a for a in articles if a.published and a.published_from != "inferred"]
    anchors = event_anchors(dated, timexes) + happening_anchors(dated, timexes)
    anchored = {a.article_id for a in anchors}
    return CorpusEvidence(
        anchors=anchors,
        names={a.id: article_names(a) for a in dated if a.id in anchored},
        announcements=[
            mention
            for article in dated
            for mention in scheduled_mentions(article, timexes.get(article.id, []), announced=True)
        ],
        sentences=index_sentences(dated_sentences(dated, timexes)),
        stats=word_stats(articles),
        days=[d for d in (parse_anchor(a.published) for a in dated) if d],
    )


def infer_publication_dates(articles: list[Article], timexes: dict[str, list[Timex]]) -> dict[str, InferredDate]:
    """Article id -> InferredDate for undated articles with evidence (see module doc).
    Articles without evidence get no entry: no date beats a guessed one."""
    corpus = corpus_evidence(articles, timexes)
    inferred: dict[str, InferredDate] = {}
    for article in articles:
        if article.published:
            continue
        found = infer_one(article, timexes.get(article.id, []), corpus)
        if found is not None:
            inferred[article.id] = found
    return inferred


def apply_inferred_dates(
    articles: list[Article],
    timexes: dict[str, list[Timex]],
    inferred: dict[str, InferredDate],
) -> dict[str, list[Timex]]:
    """Set the inferred fields on undated articles (in place) and return their timexes
    re-resolved against the inferred dates (left unresolved where only bounds are known)."""
    updated = dict(timexes)
    for article in articles:
        if article.published or article.id not in inferred:
            continue
        found = inferred[article.id]
        article.published_earliest, article.published_latest = found.earliest, found.latest
        article.published_evidence = list(found.evidence)
        if found.date is None:
            continue
        article.published = found.date
        article.published_from = "inferred"
        article.published_confidence = found.confidence
        updated[article.id] = reanchor(timexes.get(article.id, []), found.date)
    return updated
