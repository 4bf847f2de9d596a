"""Plain records of the story linker: its input (`StoryDoc`) and its state rows.

The state is a handful of dataclass rows a store can keep as they are (term weights as
dicts, stored packed: store.packing): clusters (stories and happenings alike, told apart by `level`),
memberships, and document frequencies. Given the same rows and the same batch, the linker
gives the same answer.

A cluster row holds only what stays the same size however large the cluster grows (summed
vectors cut to their strongest terms, a count, a date range, salient terms): which articles
a story or happening holds is told by the memberships alone (one row per article), and which
happenings a story holds by the happenings' `parent_id`. So reading or rewriting a cluster
costs the same at any size; its members are read only where a decision or an output needs them.
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
    language: str | None = None  # ISO 639-1 code of its text (None: English); picks its stop words
    # its people and organisations, and its places the gazetteer resolved (else its wire
    # dateline's place), most named first (adapter.most_named): what a timeline entry shows as
    # its actors and place. None: not ranked, entity_names and place_names stand in
    actors: tuple[str, ...] | None = None
    resolved_places: tuple[str, ...] | None = None


@dataclass
class ArticleTerms:
    """An article as its vectors read it, less the document frequencies they are weighed by
    (features.doc_vectors): its words and names counted, in the order first met (a vector's
    length is summed in that order), its date and the dates it mentions. Kept for each
    linked article, so a story's happenings are formed anew (reform.py) from rows read by
    key, without reading and parsing its articles again."""

    article_id: str
    words: dict[str, int]
    names: dict[str, int]
    published: str | None = None
    dates: tuple[str, ...] = ()

    def doc(self) -> StoryDoc:
        """A StoryDoc of what the vectors read besides the counts (no text: the counts stand for it)."""
        return StoryDoc(self.article_id, "", "", published=self.published, dates=tuple(self.dates))


@dataclass
class ClusterRow:
    """A story or a happening: summed feature vectors of its members (trimmed to the
    strongest terms), the member count, and its date range (its members: MembershipRow).

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
    terms: tuple[str, ...] = ()  # salient terms: the inverted index keys of a story


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
    """Everything the linker keeps between batches.

    Held in memory, a story's articles and happenings are found through indexes built from
    `members` and `clusters` on first use and kept up to date by `place`, `adopt` and `drop`
    (the linker changes memberships and parents through these only). A stored state
    (stored.StoredLinkerState) answers the same questions from the store's indexed tables."""

    clusters: dict[str, ClusterRow] = dataclasses.field(default_factory=dict)
    members: dict[str, MembershipRow] = dataclasses.field(default_factory=dict)
    document_frequency: dict[str, int] = dataclasses.field(default_factory=dict)
    documents: int = 0
    # salient term -> ids of the stories it indexes (ClusterRow.terms inverted); None: the
    # linker builds it from every story. A stored state passes one that reads from the store.
    postings: dict[str, set[str]] | None = None
    # cluster id -> the article ids it holds, and story id -> its happening ids (built on first use)
    _holding: dict[str, set[str]] | None = dataclasses.field(default=None, repr=False, compare=False)
    _children: dict[str, set[str]] | None = dataclasses.field(default=None, repr=False, compare=False)

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
            return [self.clusters[c] for c in self.happening_ids(story_id)]
        return sorted((c for c in self.clusters.values() if c.level == "happening"), key=lambda c: c.id)

    # ------------------------------------------------------------------ membership

    def member_ids(self, cluster_id: str) -> list[str]:
        """The articles a story or happening holds, by id."""
        return sorted(self._holding_index().get(cluster_id, ()))

    def happening_ids(self, story_id: str) -> list[str]:
        """A story's happenings, by id."""
        return sorted(self._children_index().get(story_id, ()))

    def article_terms(self, article_ids: Iterable[str]) -> dict[str, ArticleTerms]:
        """The counted terms of these linked articles, of those the state keeps (a stored state
        keeps every article's; held in memory, none: the linker's document source gives them)."""
        return {}

    def keep_terms(self, terms: Iterable[ArticleTerms]) -> None:
        """Keep these articles' counted terms (a stored state writes them with the batch)."""

    def prefetch_duplicates(self, wanted: Iterable[tuple[str, int]], *, bits: int) -> None:
        """Read the near-duplicate candidates of these (happening id, fingerprint) pairs at once
        (a stored state; one held in memory has every member)."""

    def duplicate_candidates(self, happening_id: str, fingerprint: int, *, bits: int) -> list[MembershipRow]:
        """The members of a happening an article with this fingerprint may be a near-duplicate
        of (within `bits`), by article id: here every member (a stored state leaves out those
        that cannot be: duplicates.py)."""
        return [self.members[a] for a in self.member_ids(happening_id)]

    def place(self, member: MembershipRow) -> None:
        """Record where an article is: a new membership, or one moved to another cluster."""
        index_member(self._holding_index(), self.members.get(member.article_id), member)
        self.members[member.article_id] = member

    def adopt(self, happening_id: str, story_id: str) -> None:
        """A happening (new, or of a story absorbed into this one) now belongs to `story_id`."""
        children = self._children_index()
        happening = self.clusters[happening_id]
        if happening.parent_id is not None:
            children.get(happening.parent_id, set()).discard(happening_id)
        happening.parent_id = story_id
        children.setdefault(story_id, set()).add(happening_id)

    def drop(self, cluster_id: str) -> ClusterRow:
        """A cluster absorbed into another leaves the state (its members and happenings were
        moved first)."""
        row = self.clusters.pop(cluster_id)
        if row.parent_id is not None:
            self._children_index().get(row.parent_id, set()).discard(cluster_id)
        self._holding_index().pop(cluster_id, None)
        return row

    def _holding_index(self) -> dict[str, set[str]]:
        # members moved in place (not through `place`) would leave this stale: the linker
        # moves them through `place` only
        if self._holding is None:
            self._holding = {}
            for member in self.members.values():
                index_member(self._holding, None, member)
        return self._holding

    def _children_index(self) -> dict[str, set[str]]:
        if self._children is None:
            self._children = {}
            for row in self.clusters.values():
                if row.level == "happening" and row.parent_id is not None:
                    self._children.setdefault(row.parent_id, set()).add(row.id)
        return self._children


def index_member(index: dict[str, set[str]], old: MembershipRow | None, member: MembershipRow) -> None:
    """Keep an index of cluster id -> article ids true as `member` takes the place of `old`
    (the article's earlier membership; None: it had none)."""
    if old is not None:
        for cluster_id in (old.story_id, old.happening_id):
            index.get(cluster_id, set()).discard(old.article_id)
    for cluster_id in (member.story_id, member.happening_id):
        index.setdefault(cluster_id, set()).add(member.article_id)
