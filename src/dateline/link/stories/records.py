"""Plain records of the story linker: its input (`StoryDoc`) and its state rows.

The state is a handful of dataclass rows a store can keep as they are (term weights as
dicts, stored as JSON): clusters (stories and happenings alike, told apart by `level`),
memberships, and document frequencies. Given the same rows and the same batch, the linker
gives the same answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Level = Literal["story", "happening"]


@dataclass(frozen=True)
class StoryDoc:
    """What the linker needs to know about one article."""

    article_id: str
    title: str
    text: str
    published: str | None = None  # ISO date
    source: str | None = None
    entity_names: tuple[str, ...] = ()  # canonical names of people and organisations
    place_names: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()  # resolved DATE values of its time expressions (TIMEX3)
    # other outlets that ran this same text (copies read from other origins, store `origins`)
    copy_sources: tuple[str, ...] = ()
    # the regions of the places it names that the places extractor resolved: each place's
    # first-level region with its country ("USA/California"); two towns of one state share it
    regions: tuple[str, ...] = ()


@dataclass
class ClusterRow:
    """A story or a happening: summed feature vectors of its members (trimmed to the
    strongest terms), the member count, and its date range.

    `vectors` maps a feature group ("text", "entities", "time") to {term: summed weight};
    the group-average similarity to another cluster is the dot product of the sums
    divided by both counts, which is why the sums and not the means are kept.
    """

    id: str
    level: Level
    parent_id: str | None  # the story of a happening
    size: int
    vectors: dict[str, dict[str, float]]
    first_date: str | None = None
    last_date: str | None = None
    article_ids: list[str] = dataclasses.field(default_factory=list)
    terms: tuple[str, ...] = ()  # salient terms: the inverted index keys of a story
    children: list[str] = dataclasses.field(default_factory=list)  # a story's happenings


@dataclass
class MembershipRow:
    """Where one article went."""

    article_id: str
    story_id: str
    happening_id: str
    duplicate_of: str | None = None  # the first article of its near-duplicate group
    fingerprint: int = 0  # 64-bit simhash of its word shingles (near-duplicate test)
    date: str | None = None  # its publication date, as the happening gap rule used it (a date it
    # only mentions may be of another event)
    source: str | None = None


@dataclass
class LinkerState:
    """Everything the linker keeps between batches."""

    clusters: dict[str, ClusterRow] = dataclasses.field(default_factory=dict)
    members: dict[str, MembershipRow] = dataclasses.field(default_factory=dict)
    document_frequency: dict[str, int] = dataclasses.field(default_factory=dict)
    documents: int = 0
    # salient term -> ids of the stories it indexes (ClusterRow.terms inverted); None: the
    # linker builds it from every story. A stored state passes one that reads from the store.
    postings: dict[str, set[str]] | None = None

    def prefetch(self, *, clusters: Iterable[str] = (), terms: Iterable[str] = ()) -> None:
        """Read these clusters and document frequencies at once, ahead of their use (a stored
        state; one held in memory has them already)."""

    def stories(self) -> list[ClusterRow]:
        return sorted((c for c in self.clusters.values() if c.level == "story"), key=lambda c: c.id)

    def happening_ranges(self, story_id: str, *, near: list[tuple[int, int]] | None = None
                         ) -> dict[str, tuple[str | None, str | None]]:
        """A story's happenings' first and last dates, by id (a stored state reads only these).
        With `near` (day ordinal windows), those whose dates meet none of the windows may be
        left out (a stored state leaves them unread; held in memory, all are given)."""
        return {h.id: (h.first_date, h.last_date) for h in self.happenings(story_id)}

    def happenings(self, story_id: str | None = None) -> list[ClusterRow]:
        if story_id is not None:
            story = self.clusters.get(story_id)
            return [self.clusters[c] for c in sorted(story.children)] if story else []
        return sorted((c for c in self.clusters.values() if c.level == "happening"), key=lambda c: c.id)

