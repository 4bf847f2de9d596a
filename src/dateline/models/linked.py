"""Records across articles: identities, links, corpus facts, stories, happenings, the timeline
and figure comparisons."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from dateline.models.common import stable_id


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
    theme_id: str | None = None  # its theme: stories of one kind (link.stories.themes)


@dataclass
class Theme:
    """Stories of one kind ("the earthquake stories"), grouped by the words of their kind, not
    their names (export: themes.jsonl)."""

    id: str
    title: str  # its strongest common terms
    story_ids: list[str]
    article_ids: list[str]
    terms: list[str] = dataclasses.field(default_factory=list)


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
    published: str | None = None  # the reporting article's date


@dataclass
class Comparison:
    """Figures about one quantity within one happening, compared (export: comparisons.jsonl)."""

    happening_id: str
    quantity: str  # what is counted, with its unit ("displaced (count)")
    values: list[ComparedValue]
    verdict: str  # agree | compatible | conflict
    # every pair that sets the verdict was reported on different days: a toll that rose, an estimate
    # revised, may be why (the verdict still says how far apart the figures are)
    dated_apart: bool = False
