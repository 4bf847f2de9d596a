"""The extractor registry: what each per-article extractor needs, makes, and where it is kept.

An `Extractor` is a small record: a name, a plain function over the shared parse, the names
of the extractors whose output it needs (passed to it as keyword arguments of those names),
the record type it produces and the table that keeps it. `Extractors` orders them so that
every extractor runs after what it requires (like spaCy's `requires`/`assigns`, without a
registry machinery of its own), and everything that used to list the extractors by hand
(the analysis record, the store's tables, export, stats, the benchmark) reads them from here.

    Extractor(name="places", function=extract_places, record=Place, table="places",
              requires=("entities",))

Adding an extractor is one package with a `component.py` holding such an entry, one test
file, and one line in `dateline.analyse.components`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from dateline.analyse.parsed import ParsedArticle
from dateline.errors import RegistryError
from dateline.models import ArticleAnalysis
from dateline.store.schema import TableSpec

OFFSET_KEY = ("article_id", "field", "start", "end")


@dataclass(frozen=True)
class Extractor:
    """One per-article extractor and its table."""

    name: str
    function: Callable[..., list[Any]]
    record: type
    table: str
    requires: tuple[str, ...] = ()
    key: tuple[str, ...] = OFFSET_KEY
    indexes: tuple[tuple[str, ...], ...] = ()
    order: tuple[str, ...] = OFFSET_KEY
    # columns a table made by an earlier release still has, kept out of the record
    exclude: tuple[str, ...] = ()
    doc: str = ""
    # The run's Settings -> keyword arguments for `function`, computed once before any article
    # is analysed (a user's data file read and checked there, so a bad one stops the run at
    # once) and carried to every worker with the function. None: the function takes none.
    configure: Callable[[Any], dict[str, Any]] | None = None

    def configured(self, settings: Any) -> "Extractor":
        """This extractor with its function bound to what `configure` makes of `settings`."""
        options = self.configure(settings) if self.configure else {}
        return replace(self, function=partial(self.function, **options)) if options else self

    def run(self, parsed: ParsedArticle, found: Mapping[str, list[Any]]) -> list[Any]:
        """The extractor's records for one parsed article, given what it requires."""
        return self.function(parsed, **{name: found[name] for name in self.requires})

    @property
    def table_spec(self) -> TableSpec:
        return TableSpec.from_record(
            self.table, self.record, key=self.key, indexes=self.indexes, order=self.order,
            exclude=self.exclude,
        )


@dataclass(frozen=True)
class Extractors:
    """Extractors in an order where each runs after what it requires."""

    components: tuple[Extractor, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        object.__setattr__(self, "components", tuple(_dependency_order(self.components)))

    @classmethod
    def of(cls, *components: Extractor) -> "Extractors":
        return cls(tuple(components))

    def with_(self, *more: Extractor) -> "Extractors":
        """These extractors and `more` (a later one of the same name replaces the earlier)."""
        names = {c.name for c in more}
        return Extractors(tuple(c for c in self.components if c.name not in names) + tuple(more))

    def configured(self, settings: Any) -> "Extractors":
        """Every extractor bound to its options from the run's settings (see `Extractor.configure`)."""
        return Extractors(tuple(c.configured(settings) for c in self.components))

    def __iter__(self) -> Iterator[Extractor]:
        return iter(self.components)

    def __len__(self) -> int:
        return len(self.components)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    def get(self, name: str) -> Extractor:
        for component in self.components:
            if component.name == name:
                return component
        raise RegistryError(f"no extractor named {name!r} (known: {', '.join(self.names)})")

    def subset(self, *names: str) -> "Extractors":
        """The named extractors and everything they require, wired as in the full registry:
        a scorer of quotes runs entities then quotes, and nothing else."""
        wanted = set(names)
        for component in reversed(self.components):  # dependency order: requirers come later
            if component.name in wanted:
                wanted.update(component.requires)
        unknown = wanted - set(self.names)
        if unknown:
            raise RegistryError(f"no extractor named {', '.join(sorted(unknown))} (known: {', '.join(self.names)})")
        return Extractors(tuple(c for c in self.components if c.name in wanted))

    @property
    def table_specs(self) -> tuple[TableSpec, ...]:
        return tuple(c.table_spec for c in self.components)

    def analyse(self, parsed: ParsedArticle) -> ArticleAnalysis:
        """Run every extractor over one parsed article, in dependency order."""
        found: dict[str, list[Any]] = {}
        for component in self.components:
            found[component.name] = component.run(parsed, found)
        return ArticleAnalysis(parsed.article.id, found)


def _dependency_order(components: Iterable[Extractor]) -> list[Extractor]:
    """Registration order, moved only as far as requirements demand; cycles and unknown
    requirements are errors."""
    pending = list(components)
    names = [c.name for c in pending]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise RegistryError(f"extractors registered twice: {', '.join(duplicates)}")
    tables = [c.table for c in pending]
    if len(set(tables)) != len(tables):
        raise RegistryError("two extractors write the same table")
    for component in pending:
        unknown = [r for r in component.requires if r not in names]
        if unknown:
            raise RegistryError(f"extractor {component.name!r} requires unknown {', '.join(unknown)}")
    ordered: list[Extractor] = []
    done: set[str] = set()
    while pending:
        ready = next((c for c in pending if set(c.requires) <= done), None)
        if ready is None:
            raise RegistryError(f"extractors require each other in a cycle: {', '.join(c.name for c in pending)}")
        ordered.append(ready)
        done.add(ready.name)
        pending.remove(ready)
    return ordered
