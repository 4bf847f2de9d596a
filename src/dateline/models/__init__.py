"""The records that pass between dateline's stages.

ingest -> RawArticle -> clean -> Article -> analyse -> ArticleAnalysis -> link -> Entity ...

Every stage takes and returns these plain dataclasses, so each stage can be run,
tested and parallelised on its own. Export field names come from here and are a
contract: fields may be added, never renamed.

Offsets (`start`, `end`) are character offsets into the article's cleaned `text`,
or into its `title` when `field == "title"`.

One package, one place: `common` (ids, literal types), `articles` (ingest and cleaning),
`analysis` (per article), `linked` (across articles: identities, stories, the timeline).
Import records from `dateline.models`.
"""

from __future__ import annotations

from dateline.models.analysis import (
    Actor, Amount, ArticleAnalysis, EntityMention, Event, EventMode, Location, Place, Quote, Timex,
)
from dateline.models.articles import Article, IngestError, RawArticle, RemovedLine
from dateline.models.common import PublishedFrom, QuoteKind, TextField, as_dict, from_row, stable_id
from dateline.models.linked import (
    ComparedValue, Comparison, CorpusFact, Entity, EntityName, Happening, LinkedArticle, MentionLink,
    OutletReport, QuoteSpeaker, Story, Theme, TimelineEntry, TimexAnchor,
)

__all__ = [
    "PublishedFrom", "QuoteKind", "TextField", "stable_id", "from_row", "as_dict",
    "RawArticle", "IngestError", "RemovedLine", "Article",
    "EntityMention", "Quote", "Timex", "Amount", "Place", "Actor", "Location", "EventMode", "Event",
    "ArticleAnalysis",
    "Entity", "MentionLink", "EntityName", "CorpusFact", "LinkedArticle", "QuoteSpeaker", "TimexAnchor",
    "OutletReport", "Happening", "Story", "Theme", "TimelineEntry", "ComparedValue", "Comparison",
]
