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

from dateline.printable import printable_text

PublishedFrom = Literal["metadata", "html", "feed", "filename", "inferred"]
QuoteKind = Literal["direct", "indirect", "fragment"]
TextField = Literal["text", "title"]


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from its parts (same parts, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def from_row(cls: type, row: dict[str, Any]) -> Any:
    """A record of `cls` from a stored row, leaving out columns the record has no field for
    (an older table's columns, a linker's additions)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


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

    def __post_init__(self) -> None:
        # One error, one line: a newline in a JSON key quoted in the message must not split it.
        # (read_paths makes origins printable, losslessly; see dateline.printable.)
        object.__setattr__(self, "message", printable_text(self.message))

    def __str__(self) -> str:
        return f"{printable_text(self.origin)}: {self.message}"


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
    # when the date is unknown but bounded by the evidence (dateline.link.pubdates), and the
    # evidence for an inferred date or bounds: [{kind, text, sentence, article_id, day ...}]
    published_earliest: str | None = None
    published_latest: str | None = None
    published_evidence: list[dict[str, Any]] = dataclasses.field(default_factory=list)
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
    sector: str | None = None  # a person's or organisation's sector (GOV, MIL, IGO ...), from its roles
    country_code: str | None = None  # `country` (or the place or group named) as ISO-3, where known


@dataclass
class Quote:
    """Something someone said, direct or reported, with who said it.

    `speaker` is the canonical name once linking has run (the in-article name before);
    `speaker_mention` is the speaker as written where the cue is ("he", "the spokeswoman").

    One record is one utterance: a quotation split by its attribution ("“...,” he said,
    “...”") or continued over paragraphs is one quote. `parts` holds the [start, end] of
    each quoted piece, in order (one piece: [[start, end]]); `start`/`end` span them all,
    attribution included; `text` is the pieces as written, joined by one space.
    """

    id: str
    article_id: str
    text: str  # the quoted words, without quotation marks; pieces joined by one space
    kind: QuoteKind
    speaker: str | None
    speaker_entity_id: str | None
    speaker_mention: str | None
    cue: str | None  # the speech verb or phrase ("said", "according to")
    start: int
    end: int
    sentence: str
    parts: list[list[int]]  # [start, end] of each quoted piece; always filled
    field: TextField = "text"
    speaker_start: int | None = None  # offsets of speaker_mention, when in the same field
    speaker_end: int | None = None
    # the speaker as resolved within the article, before linking swaps in the canonical name
    speaker_in_article: str | None = None
    country: str | None = None  # the speaker's country (ISO-3), from their role or the actor dictionary
    sector: str | None = None  # the speaker's sector (GOV, MIL, IGO ...)

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
class Place:
    """A place named in an article, geocoded offline against GeoNames (see analyse.places).

    `country` is ISO 3166-1 alpha-3, like actors' countries; `country_code2` is alpha-2.
    A mention that cannot be resolved with confidence keeps `text` and `name` with empty
    coordinates: a wrong place is worse than none. Names used as governments ("Paris says")
    are actors, not places, and are left out.
    """

    article_id: str
    text: str  # as written ("the Donetsk region" -> "Donetsk region")
    name: str  # the gazetteer's name when resolved, else the name as the article gives it
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    start: int
    end: int
    field: TextField = "text"
    country_code2: str | None = None
    feature: str | None = None  # country | admin1 | city | continent
    confidence: float | None = None
    evidence: list[str] = dataclasses.field(default_factory=list)


@dataclass
class Actor:
    """Who acts or is acted upon in an event: a person, organisation, country or group.

    `country` is ISO-3 (None for international organisations and unplaced groups); `sector`
    is GOV, MIL, REB, OPP, MED, IGO, BUS, CVL, ETH (an ethnic group) ... (None when the text
    gives none)."""

    name: str
    country: str | None = None
    sector: str | None = None
    entity_id: str | None = None


@dataclass
class Location:
    """Where an event happened, as the places extractor geocoded it."""

    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None


EventMode = Literal["asserted", "offered", "intended", "refused", "denied", "demanded",
                    "threatened", "hypothetical", "negated"]


@dataclass
class Event:
    """Who did what to whom, when and where: one coded action in one sentence.

    `category` is the PLOVER category, `cameo` the CAMEO code it came from, `mode` whether the
    action happened (`asserted`) or was only offered, intended, refused, denied, demanded,
    threatened, supposed (`hypothetical`) or negated. `start`/`end` span the trigger word.
    `date_from` says where `date` came from: a time expression in the clause (`text`) or the
    publication date (`published`). `quote_id`: the quote the event is reported in.
    """

    id: str
    article_id: str
    sentence: str
    start: int
    end: int
    category: str
    cameo: str | None
    mode: str
    source: Actor | None
    target: Actor | None
    date: str | None
    date_from: str | None
    location: Location | None = None
    quote_id: str | None = None
    confidence: float = 0.0
    field: TextField = "text"
    trigger: str = ""  # the verb or noun as written
    plover_mode: str | None = None  # PLOVER's own mode ("heavy-weapons", "visit" ...)
    context: str | None = None  # PLOVER context ("military", "diplomatic" ...)

    @staticmethod
    def make_id(article_id: str, field_name: str, start: int, end: int) -> str:
        return stable_id("event", article_id, field_name, start, end)


class ArticleAnalysis:
    """Everything the per-article step found in one article: the records of each registered
    extractor, by extractor name (`analysis.quotes`, `analysis["places"]`). Pure data, picklable.

    Which names exist is the extractor registry's business (dateline.analyse.registry), not
    this class's: an extractor added to the registry needs no field here.
    """

    __slots__ = ("article_id", "results")

    def __init__(self, article_id: str, results: dict[str, list[Any]] | None = None, **by_extractor: list[Any]):
        self.article_id = article_id
        self.results: dict[str, list[Any]] = {**(results or {}), **by_extractor}

    def __getattr__(self, name: str) -> list[Any]:
        if name.startswith("__") or name in ArticleAnalysis.__slots__:
            raise AttributeError(name)
        return self.results.get(name, [])

    def __getitem__(self, name: str) -> list[Any]:
        return self.results.get(name, [])

    def __getstate__(self) -> tuple[str, dict[str, list[Any]]]:
        return self.article_id, self.results

    def __setstate__(self, state: tuple[str, dict[str, list[Any]]]) -> None:
        self.article_id, self.results = state

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, ArticleAnalysis)
            and (self.article_id, self.results) == (other.article_id, other.results)
        )

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(records)}" for name, records in self.results.items())
        return f"ArticleAnalysis({self.article_id!r}, {counts})"


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
    sector: str | None = None  # GOV, MIL, IGO ...: from its roles, else the actor dictionary
    country_code: str | None = None  # `country` (or a place's own name) as ISO-3, where known

    @staticmethod
    def make_id(entity_type: str, name: str) -> str:
        return stable_id("entity", entity_type, name)


# Linkers never rewrite an extractor's rows: they write their resolution beside them, keyed by
# the extractor row, and reading a table through its overlays (Store.resolved_rows) joins them.


@dataclass
class MentionLink:
    """Which corpus-wide entity one entity mention belongs to (the identities linker)."""

    article_id: str
    field: str
    start: int
    end: int
    type: str
    entity_id: str
    name_key: str = ""  # the folded name the mention was linked under (see EntityName)


@dataclass
class EntityName:
    """The identities linker's running record of one distinct (folded) name: everything the
    corpus's mentions of it say, summed as articles arrive, so linking a batch reads only the
    names it touches."""

    key: str  # folded name
    votes: dict[str, int]  # tagged type -> mentions
    forms: dict[str, int]  # in-article name -> mentions
    countries: dict[str, int]  # body country -> articles (one vote per article)
    mention_countries: dict[str, int]  # every mention's country -> mentions
    texts: list[str]  # as written, and in-article names (the entity's aliases)
    descriptors: list[list[Any]]  # [text, article_id, in_caption]
    article_ids: list[str]
    mentions: int
    first: list[Any]  # sort key of its first mention: [article_id, field, start, end, type]
    first_full: bool  # whether that first mention's name is a full name
    type: str = ""  # the voted type
    block: str = ""  # type and spelling-blind key: names are compared only within a block
    head: str | None = None  # first word of an organisation's name (joins a lone "Kestrel")
    acronym: str | None = None  # type and acronym a name spells or is
    phonetic: str | None = None  # phonetic form of a one-word name (a person's surname?)
    entity_id: str | None = None
    sectors: dict[str, int] = dataclasses.field(default_factory=dict)  # mention's sector -> mentions


@dataclass
class CorpusFact:
    """A fact about the corpus that can retype a name: kind "surname" | "person_word" | "country"."""

    kind: str
    value: str


@dataclass
class LinkedArticle:
    """An article a linker has taken into account, so a batch is never counted twice and an
    interrupted link run is finished by the next."""

    linker: str
    article_id: str


@dataclass
class QuoteSpeaker:
    """A quote's speaker as the corpus knows it: canonical name and entity (the identities linker)."""

    quote_id: str
    article_id: str
    speaker: str | None
    speaker_entity_id: str | None


@dataclass
class TimexAnchor:
    """A time expression resolved again against an inferred publication date (the dates linker)."""

    article_id: str
    field: str
    start: int
    end: int
    value: str | None
    anchor: str | None


# ----------------------------------------------------------------------------- stories (across articles)


@dataclass
class OutletReport:
    """What one outlet reported of a happening: its articles and its key sentence (the lead
    sentence of its articles that best states the happening), with the article it is from.
    `copied`: every article of this outlet is a near-duplicate of another outlet's."""

    source: str | None
    article_ids: list[str]
    sentence: str
    article_id: str
    copied: bool = False


@dataclass
class Happening:
    """One real-world occurrence within a story (one round of talks, one earthquake).
    `reports` holds one entry per outlet that reported it, near-duplicate copies counted once."""

    id: str
    title: str
    article_ids: list[str]
    first_date: str | None
    last_date: str | None
    event_ids: list[str] = dataclasses.field(default_factory=list)
    reports: list[OutletReport] = dataclasses.field(default_factory=list)


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
