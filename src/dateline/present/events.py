"""Events as readable lines: `dateline events [--actor NAME] [--category C]`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


def _actor(value: Any) -> dict | None:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    return value if isinstance(value, dict) else None


def _label(actor: dict | None) -> str:
    if not actor:
        return "-"
    code = "/".join(part for part in (actor.get("country"), actor.get("sector")) if part)
    return f"{actor.get('name') or '?'} ({code})" if code else actor.get("name") or "?"


def _matches_actor(row: dict, needle: str) -> bool:
    needle = needle.lower()
    for side in ("source", "target"):
        actor = _actor(row.get(side)) or {}
        if any(needle in str(actor.get(key) or "").lower() for key in ("name", "country", "entity_id")):
            return True
    return False


def select_events(rows: Iterable[dict], *, actor: str | None = None,
                  category: str | None = None) -> Iterator[dict]:
    """The event rows involving an actor (name, ISO-3 country or entity id, on either side)
    and of a category (PLOVER name, case-insensitive)."""
    for row in rows:
        if category and str(row.get("category", "")).upper() != category.upper():
            continue
        if actor and not _matches_actor(row, actor):
            continue
        yield row


def format_event(row: dict) -> str:
    """'2024-03-02  DEMAND (demanded)  Veldoria (VLD/GOV) -> Ostmark (OST/GOV)  "...sentence..."'."""
    mode = "" if row.get("mode") in (None, "asserted") else f" [{row['mode']}]"
    date = row.get("date") or "undated"
    sentence = " ".join(str(row.get("sentence") or "").split())
    if len(sentence) > 160:
        sentence = sentence[:157] + "..."
    return (f"{date}  {row.get('category')}{mode} ({row.get('trigger') or row.get('cameo')})  "
            f"{_label(_actor(row.get('source')))} -> {_label(_actor(row.get('target')))}\n"
            f"    {sentence}")
