"""Ingest and cleaning records: the raw article as read, ingest errors, the cleaned Article."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from dateline.printable import printable_text
from dateline.models.common import PublishedFrom, stable_id


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
