"""Per-article records: entity mentions, quotes, time expressions, amounts, places, events and
the ArticleAnalysis that holds an article's records by extractor."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

from dateline.models.common import QuoteKind, TextField, stable_id


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
    measure: str | None = None  # what the count measures: "killed" for "claimed 40 lives" (analyse.amounts.measure)


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
