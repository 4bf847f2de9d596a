"""The corpus evidence for publication dates, kept in the store as articles arrive.

Inference (infer.py) weighs an undated article's own words against what the dated articles
offer: event starts, announced visits, sentences naming days, and how many articles use each
word. Each dated article's share of that is worked out once, when it is linked, and kept in
the linker's tables; a link run then reads the undated articles, the compact event records,
and only the dated sentences and word counts the undated articles' words point at (indexed
queries), never every article's text. The result equals inferring over the whole corpus at
once (tested).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dateline.link.pubdates.anchors import EventAnchor, event_anchors
from dateline.link.pubdates.happenings import happening_anchors
from dateline.link.pubdates.companions import SentenceDay, WordStats, _words, article_names, dated_sentences
from dateline.link.pubdates.schedules import ScheduledMention, scheduled_mentions
from dateline.models import Article, Timex
from dateline.store import Store, TableSpec


@dataclass
class DatedSource:
    """What one dated article offers undated ones: its day, event starts and announcements."""

    article_id: str
    day: str
    anchors: list[list[Any]]  # [noun, modifier, day]
    announcements: list[list[Any]]  # [surname, names, kind, place, day, today]
    names: list[str] = field(default_factory=list)  # its names: what it is about (companions.article_names)


@dataclass
class DatedSentence:
    """A dated article's sentence that names full days."""

    article_id: str
    n: int
    published: str
    sentence: str
    words: list[str]
    names: list[str]
    days: list[str]


@dataclass
class SentenceName:
    name: str
    article_id: str
    n: int


@dataclass
class WordCount:
    word: str
    articles: int


TABLES = (
    TableSpec.from_record("pubdate_sources", DatedSource, key=("article_id",), order=("day", "article_id")),
    TableSpec.from_record("pubdate_sentences", DatedSentence, key=("article_id", "n"),
                          order=("published", "article_id", "n")),
    TableSpec.from_record("pubdate_sentence_names", SentenceName, key=("name", "article_id", "n"),
                          indexes=(("article_id",),)),
    TableSpec.from_record("pubdate_words", WordCount, key=("word",), per_article=False),
)


def is_dated(article: Article) -> bool:
    return bool(article.published) and article.published_from != "inferred"


def record_batch(store: Store, articles: list[Article], timexes: dict[str, list[Timex]]) -> None:
    """Add the batch's articles to the word counts and their dated share to the evidence."""
    counts: Counter = Counter()
    for article in articles:
        counts.update(_words(f"{article.title or ''}\n{article.text}")[0])
    if counts:
        known = {row["word"]: row["articles"] for row in store.rows_matching("pubdate_words", "word", counts)}
        store.insert_rows("pubdate_words", [WordCount(w, known.get(w, 0) + n) for w, n in counts.items()])
    dated = [a for a in articles if is_dated(a)]
    sources, sentences, names = [], [], []
    for article in dated:
        own = {article.id: timexes.get(article.id, [])}
        found = event_anchors([article], own) + happening_anchors([article], own)
        anchors = [[a.noun, a.modifier, a.day.isoformat()] for a in found]
        announced = [
            [m.surname, sorted(m.names), m.kind, m.place, m.day.isoformat() if m.day else None, m.today]
            for m in scheduled_mentions(article, own[article.id], announced=True)
        ]
        if anchors or announced:
            sources.append(DatedSource(article.id, article.published, anchors, announced,
                                       sorted(article_names(article)) if anchors else []))
        for n, found in enumerate(dated_sentences([article], own)):
            sentences.append(DatedSentence(article.id, n, article.published, found.sentence, sorted(found.words),
                                           sorted(found.names), sorted(d.isoformat() for d in found.days)))
            names.extend(SentenceName(name, article.id, n) for name in found.names)
    store.insert_rows("pubdate_sources", sources)
    store.insert_rows("pubdate_sentences", sentences)
    store.insert_rows("pubdate_sentence_names", names)


def stored_anchors(
    store: Store,
) -> tuple[list[EventAnchor], list[ScheduledMention], dict[str, frozenset[str]]]:
    """Every dated article's event starts and announcements, in corpus order, and the names
    of the articles with event starts (a store from before names were kept has none)."""
    anchors, announcements, names = [], [], {}
    for row in store.rows("pubdate_sources"):
        if row["anchors"] and row.get("names"):
            names[row["article_id"]] = frozenset(row["names"])
        anchors.extend(EventAnchor(noun, modifier, dt.date.fromisoformat(day), row["article_id"])
                       for noun, modifier, day in row["anchors"])
        announcements.extend(
            ScheduledMention(surname, frozenset(names), kind, place, dt.date.fromisoformat(day) if day else None,
                             today, row["article_id"])
            for surname, names, kind, place, day, today in row["announcements"]
        )
    return anchors, announcements, names


def _in_corpus_order(rows: list[dict], corpus_order: dict[str, int]) -> list[dict]:
    return sorted(rows, key=lambda r: (corpus_order.get(r["article_id"], 0), r["n"]))


@dataclass
class StoredCounts:
    """Word -> articles using it, fetched from the store as words are asked for."""

    store: Store
    cache: dict[str, int] = field(default_factory=dict)

    def prefetch(self, words: set[str]) -> None:
        missing = words - self.cache.keys()
        if missing:
            for row in self.store.rows_matching("pubdate_words", "word", missing):
                self.cache[row["word"]] = row["articles"]
            for word in missing:
                self.cache.setdefault(word, 0)

    def get(self, word: str, default: int = 0) -> int:
        if word not in self.cache:
            self.prefetch({word})
        return self.cache.get(word, default)


@dataclass
class StoredSentenceIndex:
    """Dated sentences by the names in them, read from the store for the names asked for.

    Candidates come in the order the whole-corpus index gives them: by the dated article's
    place in the corpus (publication date, then id), then by sentence."""

    store: Store
    cache: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    sentences: dict[tuple[str, int], SentenceDay] = field(default_factory=dict)
    order: dict[tuple[str, int], tuple[str, str, int]] = field(default_factory=dict)

    def _fetch(self, names: set[str]) -> None:
        missing = names - self.cache.keys()
        if not missing:
            return
        for name in missing:
            self.cache[name] = []
        wanted = set()
        for row in self.store.rows_matching("pubdate_sentence_names", "name", missing):
            self.cache[row["name"]].append((row["article_id"], row["n"]))
            wanted.add((row["article_id"], row["n"]))
        unknown = {a for a, n in wanted if (a, n) not in self.sentences}
        for row in self.store.rows_matching("pubdate_sentences", "article_id", unknown):
            key = (row["article_id"], row["n"])
            self.sentences[key] = SentenceDay(
                row["article_id"], row["sentence"], frozenset(row["words"]), frozenset(row["names"]),
                frozenset(dt.date.fromisoformat(d) for d in row["days"]),
            )
            self.order[key] = (row["published"], row["article_id"], row["n"])

    def candidates(self, names: frozenset[str], stats: WordStats) -> list[SentenceDay]:
        rare = {name for name in names if stats.rare(name)}
        self._fetch(rare)
        keys = {key for name in rare for key in self.cache[name]}
        return [self.sentences[key] for key in sorted(keys, key=lambda k: self.order[k])]
