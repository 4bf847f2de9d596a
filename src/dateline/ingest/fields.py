"""Small helpers the readers share: metadata keys and values, URLs, dates in file names."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from dateline.ingest.metadata_dates import parse_date
from dateline.lexicons import table


def metadata_keys(field: str) -> tuple[str, ...]:
    """The metadata keys that name `field` (data/ingest/metadata_keys.tsv), in order of preference."""
    return tuple(key for name, key in table("ingest/metadata_keys.tsv", 2) if name == field)


# Metadata keys (lower-cased, spaces and hyphens as "_") that name a field of RawArticle.
TITLE_KEYS = metadata_keys("title")
PUBLISHED_KEYS = metadata_keys("published")
UPDATED_KEYS = metadata_keys("updated")
SOURCE_KEYS = metadata_keys("source")
URL_KEYS = metadata_keys("url")
AUTHOR_KEYS = metadata_keys("author")

_URL = re.compile(r"(https?://|www\.)[^\s<>\"']+", re.IGNORECASE)
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})([-_.]?)(\d{2})\2(\d{2})(?!\d)")
# JSON-safe nesting depth for metadata values taken from untrusted files.
MAX_DEPTH = 8


def normalise_key(key: object) -> str:
    return re.sub(r"[\s\-]+", "_", str(key).strip().lower())


def as_url(value: object) -> str | None:
    """`value` when it is a web address (http(s):// or www.), else None."""
    if isinstance(value, str) and _URL.fullmatch(value.strip()):
        return value.strip()
    return None


def json_safe(value: Any, *, depth: int = 0) -> Any:
    """`value` with dates as ISO strings and anything exotic as str, ready for JSON."""
    if depth > MAX_DEPTH:
        return str(value)
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): json_safe(v, depth=depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v, depth=depth + 1) for v in value]
    return str(value)


def as_text(value: object) -> str | None:
    """A metadata value as one line of text (lists joined with ", "), or None when empty."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [as_text(v) for v in value]
        value = ", ".join(p for p in parts if p)
    elif isinstance(value, dict):
        value = value.get("name") or value.get("@name") or ""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None


def filename_date(name: str) -> str | None:
    """The date in a file name ("2021-06-14-slug.txt", "20210614_slug.txt"), as ISO, or None."""
    for match in _FILENAME_DATE.finditer(name):
        year = int(match[1])
        if 1900 <= year <= 2199:
            iso = parse_date(f"{match[1]}-{match[3]}-{match[4]}")
            if iso:
                return iso
    return None


def split_fields(record: dict[str, Any]) -> dict[str, Any]:
    """Known article fields picked out of a metadata mapping; the rest under "metadata".

    Returns keys title, published, published_raw, source, url, author, metadata.
    """
    fields: dict[str, Any] = {"metadata": {}}
    by_key = {normalise_key(k): (k, v) for k, v in record.items()}
    used: set[str] = set()

    def first(keys: tuple[str, ...]) -> tuple[str | None, Any]:
        for key in keys:
            if key in by_key and by_key[key][1] not in (None, "", []):
                used.add(key)
                return key, by_key[key][1]
        return None, None

    fields["title"] = as_text(first(TITLE_KEYS)[1])
    _, published = first(PUBLISHED_KEYS)
    if published is None:
        _, published = first(UPDATED_KEYS)
    fields["published_raw"] = published
    fields["published"] = parse_date(published) if published is not None else None
    _, source = first(SOURCE_KEYS)
    fields["source"] = as_text(source)
    _, url = first(URL_KEYS)
    fields["url"] = as_url(url)
    _, author = first(AUTHOR_KEYS)
    fields["author"] = as_text(author)
    for key, (original, value) in by_key.items():
        if key not in used:
            fields["metadata"][str(original)] = json_safe(value)
    if fields["author"]:
        fields["metadata"]["author"] = fields["author"]
    if published is not None and fields["published"] is None:
        fields["metadata"]["published_raw"] = json_safe(published)
    if url is not None and fields["url"] is None:
        fields["metadata"]["url_raw"] = json_safe(url)
    return fields
