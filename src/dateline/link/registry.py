"""The linker registry: the stages that work across articles, one level above the extractors.

A `Linker` reads what it requires through the store interface and writes only its own tables.
It never rewrites an extractor's rows: a resolution of them (a quote's canonical speaker, a
time expression re-anchored on an inferred date) goes in a table of its own keyed by the
extractor row, declared as an `Overlay`, and reading the extractor's table through
`Store.resolved_rows` joins the two. The per-article results stay pure and relinking is
repeatable.

Linkers are incremental: each gets a `LinkBatch` naming the articles new or changed in this
run (or `full=True` for `dateline relink`) and fetches its candidates with indexed queries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dateline.errors import RegistryError
from dateline.models import LinkedArticle
from dateline.store.schema import Overlay, TableSpec

if TYPE_CHECKING:
    from dateline.store.interface import Store


@dataclass(frozen=True)
class LinkBatch:
    """The articles a link run is about.

    `article_ids`: articles this linker has not taken into account yet (new in this run, or
    left over from an interrupted one). `revised`: articles already linked whose upstream facts
    an earlier linker of this run changed (an inferred date). `full`: relink everything.
    """

    article_ids: frozenset[str] = frozenset()
    full: bool = False
    revised: frozenset[str] = frozenset()

    @classmethod
    def everything(cls) -> "LinkBatch":
        return cls(frozenset(), full=True)


@dataclass(frozen=True)
class LinkOutcome:
    """What a linker did: its figures, and the articles whose linked facts it changed (the
    linkers after it take them as `revised`)."""

    figures: dict[str, int]
    changed: frozenset[str] = frozenset()


LINKED_ARTICLES = TableSpec.from_record(
    "linked_articles", LinkedArticle, key=("linker", "article_id"), indexes=(("article_id",),)
)


@dataclass
class LinkMark:
    """How far in storage order a linker has taken every article into account (the store's
    `mark_linked`), so finding the articles it has not seen reads only those stored after."""

    linker: str
    article_rowid: int  # the article's place in storage order (SQLite: its rowid)
    article_id: str  # the article at that place, so a reused place is noticed


LINK_MARKS = TableSpec.from_record("link_marks", LinkMark, key=("linker",), per_article=False)


@dataclass(frozen=True)
class Linker:
    """One cross-article stage: its function, what it requires, the tables it owns."""

    name: str
    function: Callable[["Store", LinkBatch], LinkOutcome]
    requires: tuple[str, ...] = ()  # extractor names and earlier linkers' names
    tables: tuple[TableSpec, ...] = ()
    exports: tuple[str, ...] = ()  # its tables a user reads on their own (exported, counted)
    overlays: tuple[Overlay, ...] = ()
    doc: str = ""

    def run(self, store: "Store", batch: LinkBatch) -> LinkOutcome:
        """Link the articles this linker has not seen (all of them when `batch.full`), in one
        transaction with the record of what it has seen, so a crash never counts one twice."""
        with store.transaction():
            if batch.full:
                for spec in self.tables:
                    store.replace_rows(spec.name, [], article_ids=None)
                store.delete_matching("linked_articles", "linker", [self.name])
                store.delete_matching("link_marks", "linker", [self.name])
            pending = store.unlinked_articles(self.name)
            batch = LinkBatch(frozenset(pending), full=batch.full, revised=batch.revised - pending)
            outcome = self.function(store, batch)
            if not isinstance(outcome, LinkOutcome):  # a linker may return its figures alone
                outcome = LinkOutcome(dict(outcome or {}))
            store.insert_rows("linked_articles", [LinkedArticle(self.name, a) for a in sorted(pending)])
            store.mark_linked(self.name)
        return outcome


@dataclass(frozen=True)
class Linkers:
    components: tuple[Linker, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        names = [c.name for c in self.components]
        if len(set(names)) != len(names):
            raise RegistryError("a linker is registered twice")
        done: set[str] = set()
        for component in self.components:
            later = [r for r in component.requires if r in names and r not in done]
            if later:
                raise RegistryError(f"linker {component.name!r} runs before {', '.join(later)}, which it requires")
            done.add(component.name)

    @classmethod
    def of(cls, *components: Linker) -> "Linkers":
        return cls(tuple(components))

    def with_(self, *more: Linker) -> "Linkers":
        return Linkers(self.components + tuple(more))

    def __iter__(self) -> Iterator[Linker]:
        return iter(self.components)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    @property
    def table_specs(self) -> tuple[TableSpec, ...]:
        return (LINKED_ARTICLES, LINK_MARKS, *(spec for c in self.components for spec in c.tables))

    @property
    def exports(self) -> tuple[str, ...]:
        return tuple(name for c in self.components for name in c.exports)

    def overlays_for(self, table: str) -> tuple[Overlay, ...]:
        return tuple(o for c in self.components for o in c.overlays if o.target == table)

    def check(self, available: Iterable[str]) -> None:
        """Every requirement is an extractor or a linker that runs earlier."""
        known = set(available)
        for component in self.components:
            unknown = [r for r in component.requires if r not in known]
            if unknown:
                raise RegistryError(f"linker {component.name!r} requires unknown {', '.join(unknown)}")
            known.add(component.name)

    def run(self, store: "Store", batch: LinkBatch) -> dict[str, dict[str, Any]]:
        """Run every linker in order; their figures by linker name. What one changes reaches
        the linkers after it as revised articles."""
        figures = {}
        for component in self.components:
            outcome = component.run(store, batch)
            figures[component.name] = outcome.figures
            batch = LinkBatch(batch.article_ids, full=batch.full, revised=batch.revised | outcome.changed)
        return figures
