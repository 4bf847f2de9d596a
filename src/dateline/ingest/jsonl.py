"""JSON Lines (.jsonl, .ndjson; also "-" for stdin) and JSON (.json) articles.

Each object needs `text` (a non-empty string; HTML markup in it is stripped to paragraphs).
Optional: `title`, `published` (ISO or any common date string; `date`, `published_at`,
`pubDate` ... are read too), `source`, `url`, `id`; every other key is kept in metadata.
Origins: path:line for JSONL (1-based), path#index for an item of a JSON list (1-based).
A .json file is one object, a list of objects, or an object with a list under "articles",
"items" or "data". A malformed line or an object without text is one IngestError; the rest of
the file is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dateline.errors import ReadError
from dateline.ingest.decode import decode_bytes
from dateline.ingest.fields import split_fields
from dateline.ingest.html import html_fragment_to_text, looks_like_html
from dateline.models import IngestError, RawArticle

LIST_KEYS = ("articles", "items", "data", "documents", "results")


def parse_record(record: Any, *, origin: str, fmt: str) -> RawArticle | IngestError:
    """One article from one decoded JSON value, or the IngestError saying why not."""
    if not isinstance(record, dict):
        return IngestError(origin=origin, message=f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        keys = ", ".join(sorted(map(str, record))[:8]) or "none"
        what = "no 'text'" if text is None else "an empty or non-string 'text'"
        return IngestError(origin=origin, message=f"object has {what} (keys: {keys})")
    if looks_like_html(text):
        text = html_fragment_to_text(text)
    fields = split_fields({k: v for k, v in record.items() if k != "text"})
    metadata = fields["metadata"]
    return RawArticle(
        origin=origin,
        text=text,
        title=fields["title"],
        published=fields["published"],
        published_from="metadata" if fields["published"] else None,
        source=fields["source"],
        url=fields["url"],
        format=fmt,
        metadata=metadata,
    )


def parse_line(line: str, *, where: str) -> RawArticle | IngestError | None:
    """The article on one JSON line (None for a blank line), or the IngestError saying why not."""
    if not line.strip():
        return None
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return IngestError(origin=where, message=f"malformed JSON: {exc}")
    return parse_record(record, origin=where, fmt="jsonl")


def parse_lines(lines: Iterable[str], *, origin: str, max_line_chars: int | None = None) -> Iterator[RawArticle | IngestError]:
    """Articles from JSONL lines; origins are origin:N."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if max_line_chars is not None and len(line) > max_line_chars:
            yield IngestError(origin=where, message=f"line too long ({len(line):,} characters, limit {max_line_chars:,})")
            continue
        item = parse_line(line, where=where)
        if item is not None:
            yield item


def read_jsonl(path: Path, data: bytes) -> Iterator[RawArticle | IngestError]:
    """Reader for .jsonl / .ndjson files."""
    text, _ = decode_bytes(data)
    if not text.strip():
        raise ReadError("empty file")
    yield from parse_lines(text.lstrip("\ufeff").splitlines(), origin=str(path))


def read_json(path: Path, data: bytes) -> Iterator[RawArticle | IngestError]:
    """Reader for .json files: an object, a list of objects, or {"articles": [...]}."""
    text, _ = decode_bytes(data)
    if not text.strip():
        raise ReadError("empty file")
    try:
        value = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise ReadError(f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    except (ValueError, RecursionError) as exc:
        raise ReadError(f"malformed JSON: {exc}") from exc
    if isinstance(value, dict) and "text" not in value:
        listed = next((value[k] for k in LIST_KEYS if isinstance(value.get(k), list)), None)
        if listed is not None:
            value = listed
    if isinstance(value, list):
        if not value:
            raise ReadError("JSON list is empty")
        for index, record in enumerate(value, start=1):
            yield parse_record(record, origin=f"{path}#{index}", fmt="json")
    else:
        yield parse_record(value, origin=str(path), fmt="json")
