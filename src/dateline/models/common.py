"""What every record module shares: ids, the literal types, reading rows and writing dicts."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any, Literal

PublishedFrom = Literal["metadata", "html", "feed", "filename", "text", "inferred"]
QuoteKind = Literal["direct", "indirect", "fragment"]
TextField = Literal["text", "title"]


def stable_id(*parts: object, length: int = 16) -> str:
    """A short, stable hex id from its parts (same parts, same id, on every machine)."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


def from_row(cls: type, row: dict[str, Any]) -> Any:
    """A record of `cls` from a stored row, leaving out columns the record has no field for
    (an older table's columns, a linker's additions)."""
    names = {f.name for f in dataclasses.fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


def as_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict (nested records and tuples included), ready for JSON."""
    return dataclasses.asdict(record)
