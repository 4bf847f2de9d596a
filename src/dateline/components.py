"""Everything dateline runs, in one place: the extractors and the linkers, and what follows
from them (the tables a database holds, what is exported and counted, the overlays).

The CLI, the Python API, the scorers, the benchmark and the tests all take their wiring from a
`Components`; a test adds a toy extractor or linker with `DEFAULT.with_extractors(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dateline.analyse.components import EXTRACTORS
from dateline.analyse.registry import Extractor, Extractors
from dateline.link.components import LINKERS
from dateline.link.registry import Linker, Linkers
from dateline.store import Overlay, Store, TableSpec, open_store
from dateline.store.tables import CORE_TABLES


@dataclass(frozen=True)
class Components:
    extractors: Extractors
    linkers: Linkers

    def __post_init__(self) -> None:
        self.linkers.check(self.extractors.names)

    def with_extractors(self, *more: Extractor) -> "Components":
        return Components(self.extractors.with_(*more), self.linkers)

    def configured(self, settings) -> "Components":
        """The extractors bound to the run's options (a user's actor files ...)."""
        return Components(self.extractors.configured(settings), self.linkers)

    def with_linkers(self, *more: Linker) -> "Components":
        return Components(self.extractors, self.linkers.with_(*more))

    @property
    def table_specs(self) -> tuple[TableSpec, ...]:
        return self.extractors.table_specs + self.linkers.table_specs

    @property
    def result_tables(self) -> dict[str, str]:
        """Extractor name -> its table."""
        return {c.name: c.table for c in self.extractors}

    @property
    def export_tables(self) -> tuple[str, ...]:
        """Every table a user reads: articles, each extractor's, each linker's exports, origins."""
        return ("articles", *(c.table for c in self.extractors), *self.linkers.exports, "origins")

    def overlays_for(self, table: str) -> tuple[Overlay, ...]:
        return self.linkers.overlays_for(table)

    def open(self, path: str | Path) -> Store:
        """The database at `path` with every declared table in place."""
        return open_store(path, tables=self.table_specs)


DEFAULT = Components(EXTRACTORS, LINKERS)
ALL_TABLES = (*CORE_TABLES, *DEFAULT.table_specs)
