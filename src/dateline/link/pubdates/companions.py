"""Companion articles: a dated article that reports the same happening dates an undated one.

A dated article's sentence that names a day ("The bomb went off outside the embassy in
Karsk on Friday", anchored on its own date, is 7 August) and an undated article's sentence
that names a day of the same happening ("the embassy bomb that went off in Karsk on
Friday") say which publication days agree with the undated article: those on which its
expression names that day (see dateline.link.pubdates.calendar). Two sentences report the
same happening when they share enough of their distinctive words, names among them.
Expressions that cannot name that day (a Thursday for a Friday) never match.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from dateline.analyse.time.anchor import parse_anchor
from dateline.link.pubdates.attached import shares_attached_word
from dateline.link.pubdates.calendar import anchors_naming, names_a_day, names_a_week
from dateline.link.pubdates.schedules import sentence_spans
from dateline.models import Article, Timex
from dateline.lexicons import words

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_TIME_WORDS = frozenset(words("pubdates/time_words.txt"))
MIN_SHARED_WORDS = 2  # rare lower-case words (what happened) two sentences must share
RARE_NAME_SHARE = 0.1  # a word in at most this share of the articles (or in 3) tells happenings apart
MIN_OVERLAP = 0.3  # idf-weighted share of the shorter sentence's words
MAX_MATCHES = 3  # best companion sentences kept per undated sentence
SUBJECT_OVERLAP = 0.25  # idf-weighted share of names two articles about one subject share


@dataclass(frozen=True)
class SentenceDay:
    """A sentence of a dated article and the days its expressions name."""

    article_id: str
    sentence: str
    words: frozenset[str]
    names: frozenset[str]
    days: frozenset[dt.date]


@dataclass(frozen=True)
class CompanionMatch:
    """An undated article's expression matched to a dated article's sentence."""

    timex_text: str
    sentence: str  # the undated article's sentence
    companion_id: str
    companion_sentence: str
    day: dt.date  # the day both name
    anchors: frozenset[dt.date]  # publication days on which the expression names that day
    score: float  # how surely both sentences report the same happening
    attached: bool = False  # both sentences attach their day to the same happening word


def _words(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    words, names = set(), set()
    for match in _WORD.finditer(sentence):
        token = match.group(0).strip("'\u2019-")
        lower = token.lower().removesuffix("'s").removesuffix("\u2019s")
        if len(lower) < 3 or lower in STOP_WORDS or lower in _TIME_WORDS:
            continue
        words.add(lower)
        if token[0].isupper() and match.start() > 0:
            names.add(lower)
    return frozenset(words), frozenset(names)


def _sentences_with_timexes(article: Article, timexes: list[Timex]):
    """(sentence, its timexes) over the title and body."""
    for field, text in (("title", article.title or ""), ("text", article.text)):
        field_timexes = [t for t in timexes if t.field == field]
        for start, end in sentence_spans(text):
            inside = [t for t in field_timexes if start <= t.start and t.end <= end]
            if inside:
                yield text[start:end], inside


def dated_sentences(articles: list[Article], timexes: dict[str, list[Timex]]) -> list[SentenceDay]:
    """Sentences of dated articles that name full days (their expressions anchored on the date)."""
    found = []
    for article in articles:
        if not article.published or article.published_from == "inferred":
            continue
        for sentence, inside in _sentences_with_timexes(article, timexes.get(article.id, [])):
            days = frozenset(
                d for d in (parse_anchor(t.value) for t in inside if t.type in ("DATE", "TIME") and t.value
                            and re.match(r"\d{4}-\d{2}-\d{2}", t.value)) if d
            )
            if days:
                words, names = _words(sentence)
                found.append(SentenceDay(article.id, sentence, words, names, days))
    return found


@dataclass(frozen=True)
class WordStats:
    """How many articles use each word: rare words tell happenings apart."""

    articles: int
    counts: dict[str, int]

    def idf(self, word: str) -> float:
        return math.log((1 + self.articles) / (1 + self.counts.get(word, 0))) + 1.0

    def rare(self, word: str) -> bool:
        return self.counts.get(word, 0) <= max(3, RARE_NAME_SHARE * self.articles)


def article_names(article: Article) -> frozenset[str]:
    """The names an article uses (capitalised words inside its sentences, its dateline's
    place), lower-cased."""
    names: set[str] = set(_words(f"in {article.dateline_place}")[1]) if article.dateline_place else set()
    for field_text in (article.title or "", article.text[:20_000]):
        for start, end in sentence_spans(field_text):
            names |= _words(field_text[start:end])[1]
    return frozenset(names)


def shares_subject(names: frozenset[str], other: frozenset[str], stats: WordStats) -> bool:
    """Whether an article may be about the subject of another that uses `other` names: the
    names they share, weighted by how few articles use them, make up SUBJECT_OVERLAP of the
    names of the one naming less. "Police" and "County" weigh little, a victim's name or a
    town much (ECB+: a Greek riot report and a Los Angeles killing share 0.0 to 0.06, two
    reports of one strike or trial 0.29 to 1.0). An article that names nothing, or a source
    stored without its names, says nothing against it."""
    if not names or not other:
        return True
    weight = sum(stats.idf(name) for name in names & other)
    return weight >= SUBJECT_OVERLAP * min(sum(stats.idf(n) for n in names), sum(stats.idf(n) for n in other))


def word_stats(articles: list[Article]) -> WordStats:
    counts: Counter = Counter()
    for article in articles:
        counts.update(_words(f"{article.title or ''}\n{article.text}")[0])
    return WordStats(len(articles), dict(counts))


def overlap(a: frozenset[str], b: frozenset[str], stats: WordStats) -> float:
    shared = sum(stats.idf(w) for w in a & b)
    smaller = min(sum(stats.idf(w) for w in a), sum(stats.idf(w) for w in b))
    return shared / smaller if smaller else 0.0


def same_happening(sentence: SentenceDay, other: SentenceDay, stats: WordStats) -> float:
    """How surely two sentences report the same happening: their overlap, or 0 when they
    share no rare name or too few words saying what happened."""
    shared = sentence.words & other.words
    names = sentence.names & other.names
    happened = {word for word in shared - sentence.names - other.names if stats.rare(word)}
    if len(happened) < MIN_SHARED_WORDS or not any(stats.rare(name) for name in names):
        return 0.0
    score = overlap(sentence.words, other.words, stats)
    return score if score >= MIN_OVERLAP else 0.0


@dataclass(frozen=True)
class SentenceIndex:
    """Dated sentences by the names in them: a sentence's candidates share a rare name."""

    sentences: list[SentenceDay]
    by_name: dict[str, list[int]]

    def candidates(self, names: frozenset[str], stats: WordStats) -> list[SentenceDay]:
        found = sorted({i for name in names if stats.rare(name) for i in self.by_name.get(name, ())})
        return [self.sentences[i] for i in found]


def index_sentences(sentences: list[SentenceDay]) -> SentenceIndex:
    by_name: dict[str, list[int]] = {}
    for i, sentence in enumerate(sentences):
        for name in sentence.names:
            by_name.setdefault(name, []).append(i)
    return SentenceIndex(sentences, by_name)


def companion_matches(
    article: Article, article_timexes: list[Timex], dated: SentenceIndex, stats: WordStats
) -> list[CompanionMatch]:
    """Expressions of an undated article matched to dated sentences of the same happening."""
    matches = []
    for sentence, inside in _sentences_with_timexes(article, article_timexes):
        day_timexes = [t for t in inside if names_a_day(t) or names_a_week(t)]
        if not day_timexes:
            continue
        words, names = _words(sentence)
        own = SentenceDay(article.id, sentence, words, names, frozenset())
        scored = []
        for other in dated.candidates(names, stats):
            if other.article_id != article.id:
                score = same_happening(own, other, stats)
                if score:
                    scored.append((score, other))
        scored.sort(key=lambda item: -item[0])
        for score, other in scored[:MAX_MATCHES]:
            pairs = [
                (timex, day, anchors)
                for timex in day_timexes
                for day in sorted(other.days)
                if (anchors := anchors_naming(timex.expression or "", day))
            ]
            # which of the sentence's expressions names the companion's day must not be a guess
            if len({id(timex) for timex, _, _ in pairs}) != 1:
                continue
            for timex, day, anchors in pairs:
                if (timex.expression or "").split(":")[1:2] in (["-1"], ["-2"]):
                    # told as past ("last Oct. 23", "on Friday" in the past tense): it precedes the article
                    anchors = frozenset(d for d in anchors if d >= day)
                if not anchors:
                    continue
                attached = shares_attached_word(sentence, timex.text, other.sentence)
                matches.append(CompanionMatch(
                    timex.text, sentence, other.article_id, other.sentence, day, anchors, round(score, 3), attached
                ))
    return matches
