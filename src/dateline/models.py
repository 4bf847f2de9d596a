"""The records that pass between dateline's stages.

ingest -> RawArticle -> clean -> Article -> analyse -> ArticleAnalysis -> link -> Entity ...

Every stage takes and returns these plain dataclasses, so each stage can be run,
tested and parallelised on its own. Export field names come from here and are a
contract: fields may be added, never renamed.

Offsets (`start`, `end`) are character offsets into the article's cleaned `text`,
or into its `title` when `field == "title"`.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from typing import Any, Literal

PublishedFrom = Literal["metadata", "html", "feed", "filename", "inferred"]
QuoteKind = Literal["direct", "indirect", "fragment"]
TextField = Literal["text", "title"]


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from its parts (same parts, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def as_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict (nested records and tuples included), ready for JSON."""
    return dataclasses.asdict(record)


# ----------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class RawArticle:
    """One article as a reader found it, before cleaning.

    `metadata` keeps every key the source had that has no field of its own.
    """

    origin: str  # path, path:line for JSONL, path#item for feeds without a link, or URL
    text: str
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when the source gave one
    published_from: PublishedFrom | None = None
    source: str | None = None  # outlet name
    url: str | None = None
    format: str = "txt"  # txt | html | jsonl | json | feed
    dateline_place: str | None = None  # set by readers that know it (rare); clean() finds most
    dateline_date: str | None = None
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class IngestError:
    """A file (or a line of one) that could not be read; the batch goes on without it."""

    origin: str  # path, or path:line
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


# ----------------------------------------------------------------------------- clean


@dataclass(frozen=True)
class RemovedLine:
    """A line that cleaning dropped, and why (users must be able to audit the drop)."""

    text: str
    reason: str  # e.g. "newsletter", "read-more", "photo-credit", "advertisement"


@dataclass
class Article:
    """The cleaned article: the record every later stage builds on.

    `id` is a stable hash of the cleaned text, so the same article read from two
    files is one article with two `origins`.
    """

    id: str
    origin: str  # the first origin it was read from
    title: str | None
    text: str
    published: str | None
    published_from: PublishedFrom | None
    source: str | None
    url: str | None
    dateline_place: str | None
    language: str | None
    removed: list[RemovedLine]
    word_count: int
    dateline_date: str | None = None  # date the wire dateline gave, as written or ISO
    published_confidence: float | None = None  # set when published_from == "inferred"
    format: str = "txt"
    origins: list[str] = dataclasses.field(default_factory=list)
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)

    @staticmethod
    def make_id(text: str) -> str:
        return stable_id("article", text)

    @classmethod
    def from_text(
        cls, text: str, *, origin: str = "<text>", title: str | None = None,
        published: str | None = None, **fields: Any,
    ) -> "Article":
        """An English article straight from text that needs no cleaning (scorers, benchmarks,
        tests): id from the text, `published_from="metadata"` when a date is given; any other
        field may be passed."""
        values: dict[str, Any] = dict(
            id=cls.make_id(text), origin=origin, title=title, text=text, published=published,
            published_from="metadata" if published else None, source=None, url=None,
            dateline_place=None, language="en", removed=[], word_count=len(text.split()),
        )
        values.update(fields)
        return cls(**values)


# ----------------------------------------------------------------------------- analyse (per article)


@dataclass
class EntityMention:
    """A name in one article: a person, organisation or place, resolved within the article.

    `name` is the fullest form the article gives for it ("Mr Halden" -> "Piet Halden").
    `descriptors` are the roles the article gives it ("palace spokeswoman").
    """

    article_id: str
    text: str  # as written
    type: str  # PERSON | ORG | GPE | LOC | NORP | FAC | EVENT ...
    start: int
    end: int
    name: str
    field: TextField = "text"
    descriptors: list[str] = dataclasses.field(default_factory=list)
    country: str | None = None
    in_caption: bool = False  # from a photo caption line: weaker evidence than the body


@dataclass
class Quote:
    """Something someone said, direct or reported, with who said it.

    `speaker` is the canonical name once linking has run (the in-article name before);
    `speaker_mention` is the speaker as written where the cue is ("he", "the spokeswoman").
    """

    id: str
    article_id: str
    text: str  # the quoted words, without quotation marks
    kind: QuoteKind
    speaker: str | None
    speaker_entity_id: str | None
    speaker_mention: str | None
    cue: str | None  # the speech verb or phrase ("said", "according to")
    start: int
    end: int
    sentence: str
    field: TextField = "text"
    speaker_start: int | None = None  # offsets of speaker_mention, when in the same field
    speaker_end: int | None = None
    # the speaker as resolved within the article, before linking swaps in the canonical name
    speaker_in_article: str | None = None

    @staticmethod
    def make_id(article_id: str, field_name: str, start: int, end: int, kind: str) -> str:
        return stable_id("quote", article_id, field_name, start, end, kind)


@dataclass
class Timex:
    """A time expression normalised to a TIMEX3 value, anchored on the publication date."""

    article_id: str
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str | None  # TIMEX3 value; None when it cannot be normalised
    start: int
    end: int
    anchor: str | None  # what it was resolved against (ISO date) or None
    field: TextField = "text"
    mod: str | None = None  # TIMEX3 mod: START, END, MORE_THAN, APPROX ...
    # how to resolve it again against another anchor without reparsing (see analyse.time.anchor)
    expression: str | None = None


@dataclass
class Amount:
    """A number with what it counts ("more than 3 million displaced")."""

    article_id: str
    value: float | None  # None when vague ("thousands")
    magnitude: float | None  # order of magnitude for vague amounts (thousands -> 1000)
    unit: str  # count | percent | currency code (USD, EUR ...) | ...
    object: str | None  # what is counted ("refugees")
    qualifier: str | None  # "more than", "nearly", "about" ...
    text: str
    start: int
    end: int
    field: TextField = "text"
    value_max: float | None = None  # upper bound of a range ("between 200 and 300" -> 300)


@dataclass
class ArticleAnalysis:
    """Everything the per-article step found in one article. Pure data, picklable."""

    article_id: str
    entities: list[EntityMention] = dataclasses.field(default_factory=list)
    quotes: list[Quote] = dataclasses.field(default_factory=list)
    timexes: list[Timex] = dataclasses.field(default_factory=list)
    amounts: list[Amount] = dataclasses.field(default_factory=list)


# ----------------------------------------------------------------------------- link (across articles)


@dataclass
class Entity:
    """One identity across the corpus for a person, organisation or place."""

    id: str
    name: str
    type: str
    aliases: list[str] = dataclasses.field(default_factory=list)
    descriptors: list[dict[str, Any]] = dataclasses.field(default_factory=list)  # {"text", "article_id", "date"}
    country: str | None = None
    article_ids: list[str] = dataclasses.field(default_factory=list)
    mentions: int = 0

    @staticmethod
    def make_id(entity_type: str, name: str) -> str:
        return stable_id("entity", entity_type, name)


# ----------------------------------------------------------------------------- stories (across articles)


@dataclass
class Happening:
    """One real-world occurrence within a story (one round of talks, one earthquake)."""

    id: str
    title: str
    article_ids: list[str]
    first_date: str | None
    last_date: str | None
    event_ids: list[str] = dataclasses.field(default_factory=list)


@dataclass
class Story:
    """One evolving subject across articles, with its happenings (export: stories.jsonl)."""

    id: str
    title: str
    article_ids: list[str]
    first_date: str | None
    last_date: str | None
    sources: list[str]
    happenings: list[Happening] = dataclasses.field(default_factory=list)


@dataclass
class TimelineEntry:
    """A dated entry of a story's timeline (export: timeline.jsonl).

    `date` is when it happened (or is planned), not when it was reported; `text` is the best
    supporting sentence; `importance` ranks entries for `--top N`.
    """

    story_id: str
    happening_id: str
    date: str | None
    date_precision: str | None  # day | month | year
    status: str  # happened | planned
    text: str
    article_ids: list[str]
    sources: list[str]
    event_ids: list[str] = dataclasses.field(default_factory=list)
    quote_ids: list[str] = dataclasses.field(default_factory=list)
    importance: float = 0.0
    actors: list[str] = dataclasses.field(default_factory=list)
    place: str | None = None
    text_article_id: str | None = None  # the article the summary sentence comes from


@dataclass
class ComparedValue:
    value: float | None
    text: str
    article_id: str
    source: str | None


@dataclass
class Comparison:
    """Figures about one quantity within one happening, compared (export: comparisons.jsonl)."""

    happening_id: str
    quantity: str  # what is counted, with its unit ("displaced (count)")
    values: list[ComparedValue]
    verdict: str  # agree | compatible | conflict
