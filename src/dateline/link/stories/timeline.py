"""Stories, happenings and a dated timeline from the linker's state.

The date of an entry is the date of what happened, not of the report: each article's event
date is the first date its headline or lead (first two sentences) gives, as our time
expressions resolved it against the publication date ("on Tuesday" in a Thursday article
is two days before); a lead date after the publication date marks a planned happening
("due to open on Friday"). Without a lead date the publication date stands in. Within a
happening, articles with the same event date make one entry.

An entry is planned while every report of it came before its date; a report of the same
happening published on or after that date confirms it (happened).

importance = outlets + 0.5 * articles dating it in their headline or lead
             + 0.25 * direct quotes (at most 4), so `--top N` keeps the widely reported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from dateline.headline import is_title_case
from dateline.lexicons import words as word_list
from dateline.link.stories.features import parse_date, words
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc
from dateline.link.stories.summary import is_boilerplate, summary_sentence
from dateline.models import Event, Happening, OutletReport, Quote, Story, Timex, TimelineEntry
from dateline.sentences import sentence_spans
from dateline.timestamp_lines import stamp_prefix

LEAD_SENTENCES = 2
# a lead's date this many days or more before the article's own is background ("served as
# CEO from 2004", "born in 1923"), not what the article reports
BACKGROUND_DAYS = 366
SUMMARY_MIN_WORDS = 5  # a shorter lead line is a dateline or a label ("BAAR, SWITZERLAND")
SUMMARY_CHARS = 280
TOP_ACTORS = 3
# a party coded in one of an entry's events, or quoted in it, counts this much more than its
# rank among the names: the entry's reports are about it
ROLE_WEIGHT = 0.5
MAX_QUOTES = 3
_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_FUNCTION_WORDS = frozenset(word_list("function_words.txt"))
_FIRST_PERSON = frozenset(word_list("stories/first_person_words.txt"))
_PUNCTUATION = "\"'“”‘’()[],.;:!?…—–-"


@dataclass(frozen=True)
class EventDate:
    value: str | None
    precision: str | None
    planned: bool
    from_lead: bool  # the headline or lead gave it (else the publication date)
    sentence: str  # the sentence that gives it (the lead sentence when from the date line)


def precision_of(value: str | None) -> str | None:
    parsed = parse_date(value)
    if not parsed:
        return None
    return "day" if parsed[2] else "month" if parsed[1] else "year"


def _sentence_at(text: str, spans: list[tuple[int, int]], offset: int) -> str:
    for start, end in spans:
        if start <= offset < end:
            return text[start:end].strip()
    return ""


def event_date(doc: StoryDoc, timexes: Iterable[Timex], reference: str | None = None) -> EventDate:
    """When what the article reports happened: the most precise past date of its headline or
    lead, else its first future one (planned), else its publication date. A past date that
    says less than the publication date is passed over (_says_less_than); so is one a year or
    more before `reference` (the first dated report of its happening) in an undated article
    ("Page was born on April 22, 1923" in an obituary); an undated article with no reference
    takes no year alone."""
    spans = sentence_spans(doc.text)
    lead_end = spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0
    lead = [
        dataclasses.replace(t, value=t.value.split("T")[0]) for t in timexes
        if t.type in ("DATE", "TIME") and t.value and _DATE_VALUE.match(t.value.split("T")[0])
        and (t.field == "title" or t.start < lead_end)
    ]
    lead = [t for t in lead if not _names_a_thing(doc.title if t.field == "title" else doc.text, t)]
    # the most precise first ("on Monday" before "last year's flood"), then in reading order
    lead.sort(key=lambda t: (-len(t.value), t.field != "title", t.start))
    published = doc.published[:10] if doc.published else None
    if published is None and reference is None:
        # nothing dated to weigh it against: a year alone is as likely background ("since
        # 1967") or a number read as one ("at 2088 Philip Street") as what happened
        lead = [t for t in lead if precision_of(t.value) != "year"]
    past = [t for t in lead if published is None or t.value[: len(published)] <= published[: len(t.value)]]
    future = [t for t in lead if t not in past]
    past = [t for t in past if not _says_less_than(t.value, published) and not _background(t.value, published or reference)]
    for chosen, planned in ((past[:1], False), (future[:1], True)):
        if chosen:
            timex = chosen[0]
            sentence = doc.title if timex.field == "title" else _sentence_at(doc.text, spans, timex.start)
            return EventDate(timex.value, precision_of(timex.value), planned, True, sentence)
    return EventDate(published, precision_of(published), False, False, _first_sentence(doc, spans))


def _names_a_thing(text: str | None, timex: Timex) -> bool:
    """Whether a year alone stands before the noun it modifies: "the 2020 presidential
    election", "2020 Audi e-tron Sportback revealed" name a thing, not when the happening was
    ("a tour in 2020", "in 2020 the firm grew": a function word follows)."""
    if precision_of(timex.value) != "year" or not text:
        return False
    following = _NEXT_WORD.match(text, timex.end)
    return following is not None and following.group(1).lower() not in _FUNCTION_WORDS


def _says_less_than(value: str, published: str | None) -> bool:
    """Whether a lead's past date holds the publication date ("2019" in an article of 18
    November 2019): it says less than the date the article has."""
    return bool(published) and len(value) < len(published) and published.startswith(value)


def _background(value: str, reference: str | None) -> bool:
    """Whether a date ended BACKGROUND_DAYS or more before the reference day."""
    day, end = _last_day(value), _last_day(reference or "")
    return day is not None and end is not None and (end - day).days >= BACKGROUND_DAYS


def _last_day(value: str) -> dt.date | None:
    parsed = parse_date(value)
    if not parsed:
        return None
    year, month, day = parsed
    try:
        if day:
            return dt.date(year, month, day)
        if month:
            return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, 12, 31)
    except ValueError:
        return None


def _first_sentence(doc: StoryDoc, spans: list[tuple[int, int]]) -> str:
    """The lead's first statement that names someone, something or a figure; else the
    headline; else the lead's first statement. A feature's
    opening ("Gaming used to be so simple.", "Remember the state slogan contest?") says
    nothing of what happened, and a dateline line or a label is no sentence."""
    lines = [doc.text[a:b].strip() for a, b in spans[:LEAD_SENTENCES + 1]]
    statements = [line for line in lines if _statement(line)]
    named = [line for line in statements if _names_something(line)]
    if named:
        return named[0]
    return doc.title or next(iter(statements), lines[0] if lines else "")


def _statement(line: str) -> bool:
    """A sentence of SUMMARY_MIN_WORDS words or more that asks nothing, introduces no list
    (ends in a colon: "Final standings after 36 races:"), is no aside in
    brackets or item of a list, is not in the writer's own voice and is not set in title
    case (a link to another story left above the text: "Jonas Brothers Added to 2019
    American Music Awards Performance Lineup")."""
    found = line.split()
    return (len(found) >= SUMMARY_MIN_WORDS and not line.rstrip("\"'”’)» ").endswith(("?", ":"))
            and not line.startswith(("(", "[", "-", "•", "*", "–")) and not _FIRST_PERSON.intersection(w.strip(_PUNCTUATION) for w in found)
            and not is_title_case(line))


def _names_something(line: str) -> bool:
    """Whether a word after the first is capitalised (a name) or holds a figure."""
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in line.split()[1:])


def _central(candidates: list[tuple[str, str]], vector: Mapping[str, float]) -> tuple[str, str]:
    """(article id, sentence) whose words weigh most in the cluster's text vector, per word^0.5."""
    def score(item: tuple[str, str]) -> tuple[float, str]:
        found = words(item[1])
        return (-sum(vector.get(w, 0.0) for w in set(found)) / (len(found) + 1) ** 0.5, item[0])

    return min(candidates, key=score) if candidates else ("", "")


def _summary(sentence: str) -> str:
    """The sentence on one line, cut to SUMMARY_CHARS, without a page's time stamp run into
    its start (text whose stamp shares the first line: "March 8, 2013 5:47 PM Doug McDermott
    scored ..."), unless too little is left."""
    sentence = " ".join(sentence.split())
    rest = sentence[stamp_prefix(sentence):]
    if len(rest.split()) >= SUMMARY_MIN_WORDS:
        sentence = rest
    return sentence if len(sentence) <= SUMMARY_CHARS else sentence[: SUMMARY_CHARS - 1].rstrip() + "…"


def cluster_title(row: ClusterRow, article_ids: Iterable[str], docs: Mapping[str, StoryDoc]) -> str:
    """The member headline (of `article_ids`, its members) that best states what the cluster is
    about; an article without a headline (a plain-text or JSONL export without titles) offers
    its first sentence instead, so no story goes untitled."""
    headlines = [(a, line) for a in article_ids if a in docs and (line := _headline(docs[a]))]
    return _summary(_central(headlines, row.vectors.get("text", {}))[1])


def _headline(doc: StoryDoc) -> str:
    if doc.title.strip():
        return doc.title
    lead = lead_sentences(doc, 1)
    return lead[0] if lead else ""


def _sources(article_ids: Iterable[str], docs: Mapping[str, StoryDoc]) -> list[str]:
    """Every outlet that ran these articles, each once: their own and their copies' outlets."""
    return sorted({s for a in article_ids if a in docs for s in _outlets(docs[a]) if s})


def _outlets(doc: StoryDoc) -> tuple[str | None, ...]:
    return (doc.source, *doc.copy_sources)


def lead_sentences(doc: StoryDoc, count: int = LEAD_SENTENCES) -> list[str]:
    """The headline and the first `count` sentences, those that are not empty."""
    spans = sentence_spans(doc.text)[:count]
    return [s for s in [doc.title] + [doc.text[a:b].strip() for a, b in spans] if s]


def outlet_reports(row: ClusterRow, member_ids: Iterable[str], docs: Mapping[str, StoryDoc],
                   members: Mapping[str, MembershipRow] | None = None) -> list[OutletReport]:
    """One report per outlet of a happening (its articles `member_ids`): its articles and the headline or lead sentence of
    theirs that weighs most in the happening's text vector. Each outlet counts once however
    many articles it ran; an outlet whose articles are all near-duplicate copies of another's
    (republished wire copy) is marked `copied`, so a reader can tell echoes from reporting."""
    members = members if members is not None else {}
    article_ids = sorted(a for a in member_ids if a in docs)
    by_source: dict[str, list[str]] = defaultdict(list)
    for article_id in article_ids:
        by_source[docs[article_id].source or ""].append(article_id)
    # an outlet that ran another's text word for word (a copy of the same article) reports it
    # as a copy: its article is the one it copied
    for article_id in article_ids:
        for source in docs[article_id].copy_sources:
            if article_id not in by_source[source]:
                by_source[source].append(article_id)
    firsts = _first_reports(article_ids, docs, members)
    reports = []
    for source, own in sorted(by_source.items()):
        originals = [a for a in own if a in firsts and docs[a].source == (source or None)]
        candidates = [(a, sentence) for a in originals or own for sentence in lead_sentences(docs[a])
                      if not is_boilerplate(sentence)]
        article_id, sentence = _central(candidates, row.vectors.get("text", {}))
        reports.append(OutletReport(source=source or None, article_ids=own, sentence=_summary(sentence),
                                    article_id=article_id, copied=not originals))
    return reports


def _first_reports(article_ids: list[str], docs: Mapping[str, StoryDoc],
                   members: Mapping[str, MembershipRow]) -> set[str]:
    """The earliest published article of each near-duplicate group (the linker records a
    copy's group as `duplicate_of`); an article in no group is its own first report."""
    groups: dict[str, list[str]] = defaultdict(list)
    for article_id in article_ids:
        member = members.get(article_id)
        groups[(member.duplicate_of if member else None) or article_id].append(article_id)
    return {min(group, key=lambda a: (docs[a].published or "9999", a)) for group in groups.values()}


def build_stories(state: LinkerState, docs: Mapping[str, StoryDoc],
                  event_ids: Mapping[str, list[str]] | None = None,
                  timeline: Iterable[TimelineEntry] = ()) -> list[Story]:
    """The stories.jsonl records. `event_ids` maps an article id to its coded events.

    A story's or happening's dates are those of its reports (publication dates); one whose
    reports are all undated (a JSONL or text export without dates) takes the dates its
    `timeline` entries give for what happened, so "died on December 19, 2005" dates it
    rather than leaving it undated."""
    event_ids = event_ids or {}
    told = _dates_told(timeline)
    stories = []
    for row in state.stories():
        happenings = []
        for h in state.happenings(row.id):
            held = state.member_ids(h.id)  # the export's article_ids, from the memberships
            first, last = (h.first_date, h.last_date) if h.first_date else told.get(h.id, (None, None))
            happenings.append(Happening(
                id=h.id, title=cluster_title(h, held, docs), article_ids=held,
                first_date=first, last_date=last,
                event_ids=sorted({e for a in held for e in event_ids.get(a, [])}),
                reports=outlet_reports(h, held, docs, state.members),
            ))
        happenings.sort(key=lambda h: (h.first_date or "9999", h.id))
        held = state.member_ids(row.id)
        first, last = row.first_date, row.last_date
        if not first:
            dated = [h for h in happenings if h.first_date]
            first = min((h.first_date for h in dated), default=None)
            last = max((h.last_date or h.first_date for h in dated), default=None)
        stories.append(Story(
            id=row.id, title=cluster_title(row, held, docs), article_ids=held,
            first_date=first, last_date=last,
            sources=_sources(held, docs), happenings=happenings,
        ))
    return sorted(stories, key=lambda s: (s.first_date or "9999", s.id))


def _dates_told(timeline: Iterable[TimelineEntry]) -> dict[str, tuple[str, str]]:
    """Each happening's first and last timeline date, of what happened when any entry did
    (a planned summit does not stretch it), else of what was planned; of its most precise
    dates ("2012-07-08", not "2012" beside it)."""
    happened: dict[str, list[str]] = defaultdict(list)
    planned: dict[str, list[str]] = defaultdict(list)
    for entry in timeline:
        if entry.date:
            (happened if entry.status == "happened" else planned)[entry.happening_id].append(entry.date)
    told = {}
    for happening_id, dates in {**planned, **happened}.items():
        longest = max(len(d) for d in dates)
        precise = [d for d in dates if len(d) == longest]
        told[happening_id] = (min(precise), max(precise))
    return told


def build_timeline(
    state: LinkerState,
    docs: Mapping[str, StoryDoc],
    *,
    timexes: Mapping[str, list[Timex]],
    quotes: Mapping[str, list[Quote]] | None = None,
    event_ids: Mapping[str, list[str]] | None = None,
    events: Mapping[str, list[Event]] | None = None,
) -> list[TimelineEntry]:
    """The timeline.jsonl records of every story, in story then date order. `events`, the
    coded events of each article, mark the sentences that report an act and the parties acted."""
    quotes = quotes or {}
    events = events or {}
    event_ids = event_ids or {a: [e.id for e in found] for a, found in events.items()}
    entries: list[TimelineEntry] = []
    story_order = {}
    for story in state.stories():
        story_order[story.id] = (story.first_date or "9999", story.id)
        for happening in state.happenings(story.id):
            entries.extend(_happening_entries(story, happening, state.member_ids(happening.id), docs, timexes,
                                              quotes, event_ids, events))
    return sorted(entries, key=lambda e: (story_order[e.story_id], e.date or "9999", -e.importance, e.happening_id))


def _happening_entries(story, happening, member_ids, docs, timexes, quotes, event_ids, events) -> list[TimelineEntry]:
    by_date: dict[str | None, list[tuple[str, EventDate]]] = defaultdict(list)
    present = [a for a in member_ids if a in docs]
    reference = min((docs[a].published for a in present if docs[a].published), default=None)
    found = {a: event_date(docs[a], timexes.get(a, []), reference) for a in present}
    if reference is None:
        # no report is dated: the latest day its articles give stands in for the first
        # report, so a lead's background ("her first stay in rehab, in 1999") is passed over
        days = [e.value for e in found.values() if e.precision == "day"]
        if days:
            found = {a: event_date(docs[a], timexes.get(a, []), max(days)) for a in present}
    for article_id in present:
        by_date[found[article_id].value].append((article_id, found[article_id]))
    latest_report = max((docs[a].published or "" for a in member_ids if a in docs), default="")
    entries = []
    for value, reports in by_date.items():
        article_ids = sorted(a for a, _ in reports)
        planned = all(e.planned for _, e in reports) and not (value and latest_report[: len(value)] >= value)
        chosen = _central([(a, _summary_of(docs[a], e, timexes.get(a, []), events.get(a, []))) for a, e in reports],
                          happening.vectors.get("text", {}))
        direct = [q for a in article_ids for q in quotes.get(a, []) if q.kind == "direct" and q.speaker][:MAX_QUOTES]
        roles = _parties(article_ids, quotes, events)
        outlets = {source or f"?{a}" for a in article_ids for source in _outlets(docs[a])}
        importance = len(outlets) + 0.5 * sum(e.from_lead for _, e in reports) + 0.25 * min(len(direct), 4)
        entries.append(TimelineEntry(
            story_id=story.id, happening_id=happening.id, date=value, date_precision=precision_of(value),
            status="planned" if planned else "happened", text=_summary(chosen[1]),
            article_ids=article_ids, sources=_sources(article_ids, docs),
            event_ids=sorted({e for a in article_ids for e in event_ids.get(a, [])}),
            quote_ids=[q.id for q in direct], importance=round(importance, 2),
            actors=_most_named([_with_parties(_ranked(docs[a].actors, docs[a].entity_names), docs[a], roles)
                                for a in article_ids], TOP_ACTORS, roles),
            place=next(iter(_most_named([_ranked(docs[a].resolved_places, docs[a].place_names)
                                         for a in article_ids], 1)), None),
            text_article_id=chosen[0] or None,
        ))
    return entries


def _summary_of(doc: StoryDoc, found: EventDate, timexes: list[Timex], events: list[Event]) -> str:
    """The article's summary line (summary.py): the lead sentence reporting most, its coded
    events (those said to have happened) marking acts."""
    acts = [(e.field, e.start) for e in events if e.mode == "asserted"]
    return summary_sentence(doc, timexes, acts, _statement, found.sentence if found.from_lead else None, found.value)


def _parties(article_ids: list[str], quotes: Mapping[str, list[Quote]],
             events: Mapping[str, list[Event]]) -> set[str]:
    """Names of those the entry's articles quote or code as an event's source or target."""
    found = {q.speaker for a in article_ids for q in quotes.get(a, []) if q.speaker}
    for article_id in article_ids:
        for event in events.get(article_id, []):
            found.update(name for actor in (event.source, event.target) if (name := _actor_name(actor)))
    return found


def _with_parties(ranking: tuple[str, ...], doc: StoryDoc, roles: set[str]) -> tuple[str, ...]:
    """An article's ranked names, and after them the names it quotes or codes in an event that
    the ranking left out (named once past the lead: a resident quoted on the flood)."""
    return ranking + tuple(sorted(n for n in roles if n in doc.entity_names and n not in ranking))


def _actor_name(actor) -> str | None:
    """An event actor's name; read back from the store an actor is the dict it was saved as."""
    if isinstance(actor, dict):
        return actor.get("name")
    return actor.name if actor else None


def _ranked(ranking: tuple[str, ...] | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """An article's names most named first; unranked (a StoryDoc built without its mentions),
    its names as listed."""
    return ranking if ranking is not None else names


def _most_named(rankings: list[tuple[str, ...]], keep: int, roles: set[str] = frozenset()) -> list[str]:
    """The names first in the entry's articles' rankings: each article gives its name at rank r
    1/(r + 1), so a name every report leads with comes first, then one each names at all; a
    name in `roles` (quoted, or coded in an event) gains ROLE_WEIGHT once. Only ranked names
    count: an event's "the police" or "China" is no name the entry shows."""
    score: dict[str, float] = defaultdict(float)
    for ranking in rankings:
        for rank, name in enumerate(ranking):
            score[name] += 1.0 / (rank + 1)
    for name in roles & score.keys():
        score[name] += ROLE_WEIGHT
    return sorted(score, key=lambda name: (-score[name], name))[:keep]


def top_entries(entries: list[TimelineEntry], count: int) -> list[TimelineEntry]:
    """The `count` most important entries of each story, still in date order."""
    by_story: dict[str, list[TimelineEntry]] = defaultdict(list)
    for entry in entries:
        by_story[entry.story_id].append(entry)
    kept = []
    for story_entries in by_story.values():
        best = sorted(story_entries, key=lambda e: (-e.importance, e.date or ""))[:count]
        kept.extend(e for e in story_entries if e in best)
    return kept
