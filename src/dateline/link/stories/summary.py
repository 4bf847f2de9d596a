"""The one-line summary of a timeline entry: the lead sentence that best reports what happened.

A timeline is read as a list of acts, so an entry's line should be a sentence that reports one:
it holds a coded event (who did what to whom), gives a date, or names one of the parties the
article is about. Pages open with much that does not: a sponsorship disclosure ("This shop has
been compensated by ..."), a reading-time line ("Tempo de leitura: 1 minuto"), a changelog
heading, a page's time stamp, advice to the reader ("If you've done the plan, you've seen
..."), a rhetorical line ("Enter the state to throw down the gauntlet."). Those are skipped; of
the rest, the first lead sentence (of the first SUMMARY_LEAD) that reports anything is taken (a
news lead tells the most first), and the headline only when the body offers nothing that
reports anything (a how-to page: "How to Tackle Game Day Snack Temptations" says it best).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from dateline.lexicons import words as word_list
from dateline.link.stories.records import StoryDoc
from dateline.models import Timex
from dateline.sentences import sentence_spans

SUMMARY_LEAD = 4  # lead sentences weighed: a feature's opening may take the first two
ACTORS_LOOKED_FOR = 5  # the article's most named parties a sentence may name
EVENT_SCORE = 2  # a coded event is the surest sign of an act
_BOILERPLATE = tuple(re.compile(p, re.IGNORECASE) for p in word_list("stories/summary_boilerplate.txt"))
_SECOND_PERSON = frozenset(w.lower() for w in word_list("stories/second_person_words.txt"))
_AUXILIARIES = frozenset(word_list("stories/auxiliary_verbs.txt"))
_PAST = re.compile(r"^[a-z]{3,}ed$")
_SENTENCE_ENDS = tuple(".!?…\"'”’)»。")
_QUOTE_MARKS = "\"“”«»„"
_WORD = re.compile(r"[\w'’-]+")
# a time stamp line: a year and a clock time in a few words ("sexta-feira, 22 de outubro de 2010
# às 20:13"), in whatever language
_STAMP_YEAR = re.compile(r"\b(19|20)\d\d\b")
_STAMP_CLOCK = re.compile(r"\b\d{1,2}[:h.]\d\d\b")
STAMP_MAX_WORDS = 10
_DAY_OR_MONTH = re.compile(r"\d{4}-\d\d")


@dataclass(frozen=True)
class Candidate:
    text: str
    score: int
    in_title: bool
    order: int


def is_boilerplate(sentence: str) -> bool:
    """Whether a sentence is a page's disclosure, reading time, changelog heading, shop
    details or time stamp: never a report of what happened, however it is dated."""
    line = " ".join(sentence.split())
    if any(p.search(line) for p in _BOILERPLATE):
        return True
    return (len(line.split()) <= STAMP_MAX_WORDS and bool(_STAMP_YEAR.search(line))
            and bool(_STAMP_CLOCK.search(line)))


def addresses_reader(sentence: str) -> bool:
    """Whether a sentence speaks to the reader ("you", "your") outside any quotation: advice
    or a feature's opening. A quoted "you" is someone's words and may report plenty."""
    if any(mark in sentence for mark in _QUOTE_MARKS):
        return False
    return any(w.lower() in _SECOND_PERSON for w in _WORD.findall(sentence))


def summary_sentence(doc: StoryDoc, timexes: Iterable[Timex], event_starts: Iterable[tuple[str, int]],
                     usable, dated_by: str | None, date: str | None) -> str:
    """The sentence of `doc` that best reports what happened (see the module's doc).
    `usable(line)` says whether a body line is a statement at all (timeline._statement);
    `dated_by`, the sentence giving the entry's `date` (None: the publication date stands in),
    is the summary when it is in the body and no boilerplate: it tells what the entry dates.
    A headline giving the date gives way to a lead sentence giving the same date."""
    timexes = list(timexes)
    if dated_by and dated_by != doc.title and usable(dated_by) and not is_boilerplate(dated_by):
        return dated_by
    if dated_by and dated_by == doc.title and date:
        same_day = [(t.start, t.end) for t in timexes if t.field == "text" and t.value and t.value.startswith(date)]
        for start, end in sentence_spans(doc.text)[:SUMMARY_LEAD]:
            line = doc.text[start:end].strip()
            if any(start <= a < end for a, _ in same_day) and usable(line) and not is_boilerplate(line):
                return line
    fallback = dated_by or ""
    spans = sentence_spans(doc.text)[:SUMMARY_LEAD]
    # a day or a month: "this year" dates nothing ("As the year comes to an end, ...")
    dated = [(t.field, t.start) for t in timexes
             if t.type in ("DATE", "TIME") and t.value and _DAY_OR_MONTH.match(t.value)]
    events = list(event_starts)
    actors = _actor_words(doc)
    places = _place_words(doc)
    candidates = []
    for order, (start, end) in enumerate(spans):
        line = doc.text[start:end].strip()
        # the headline run again above the text is the headline, not a lead sentence; a line
        # ending no sentence is a headline, a subheading or a label ("N.Y. completes comeback")
        if (usable(line) and not is_boilerplate(line) and not addresses_reader(line)
                and _folded(line) != _folded(doc.title) and line.rstrip().endswith(_SENTENCE_ENDS)):
            candidates.append(Candidate(line, _score(line, "text", start, end, dated, events, actors, places), False, order))
    title = doc.title.strip()
    if title and not is_boilerplate(title):
        candidates.append(Candidate(title, _score(title, "title", 0, len(doc.title), dated, events, actors, places), True, -1))
    reporting = [c for c in candidates if c.score > 0]
    body = [c for c in reporting if not c.in_title]
    if body:
        # a news lead tells the most first: the first sentence that reports anything, before a
        # later one that reports more ("Later that evening, he admitted ...") and before the
        # headline, which a lead sentence says more than
        return body[0].text
    if reporting:
        return reporting[0].text
    if title:
        return title
    return candidates[0].text if candidates else fallback


def _score(line: str, field: str, start: int, end: int, dated, events, actors: frozenset[str],
           places: frozenset[str]) -> int:
    """EVENT_SCORE for a coded event, 1 for a date, 1 for a named party of the article, 1 for
    its place named in a sentence with a finite verb ("Three cases of plague have been
    diagnosed in China"; "Enter South Dakota to ..." has none)."""
    def inside(marks) -> bool:
        return any(f == field and start <= offset < end for f, offset in marks)

    found = [_bare(w) for w in _WORD.findall(line)]
    named = any(w in actors for w in found)
    placed = any(w in places for w in found) and _finite(found[1:])
    return EVENT_SCORE * inside(events) + inside(dated) + (named or placed)


def _folded(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def _bare(word: str) -> str:
    """A word without its possessive ending ("WeWork’s" -> "WeWork")."""
    return re.sub(r"['’]s?$", "", word)


def _finite(found: list[str]) -> bool:
    """Whether words past the first hold an auxiliary or a past form: an English verb."""
    return any(w.lower() in _AUXILIARIES or _PAST.match(w) for w in found)


def _actor_words(doc: StoryDoc) -> frozenset[str]:
    """The capitalised words of the article's most named parties ("Noem" of "Kristi Noem"),
    so a lead naming them by surname alone counts."""
    return _capitalised_words(doc.actors if doc.actors is not None else doc.entity_names)


def _place_words(doc: StoryDoc) -> frozenset[str]:
    """The capitalised words of the article's most named places."""
    return _capitalised_words(doc.resolved_places if doc.resolved_places is not None else doc.place_names)


def _capitalised_words(ranked) -> frozenset[str]:
    """The capitalised words of three letters or more of the first names ranked."""
    return frozenset(w for name in ranked[:ACTORS_LOOKED_FOR] for w in _WORD.findall(name)
                     if w[:1].isupper() and len(w) >= 3)
