"""RSS and Atom feeds (.xml, .rss, .atom, or any file whose content is a feed): one article per item.

Text comes from content:encoded / Atom content, else the summary / description, with HTML
stripped to paragraphs. The title, link and date are the item's; the date (pubDate, published,
updated, dc:date) is read as written (published_from="feed"). The source is the item's own
<source> when the feed aggregates others, else the feed's title. Origin is the item's link, or
path#N (1-based) when it has none. An item without any text is one IngestError; the other items
are read.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser

from dateline.errors import ReadError
from dateline.ingest.metadata_dates import parse_date
from dateline.ingest.decode import bom_encoding
from dateline.ingest.fields import as_text, as_url
from dateline.ingest.html import html_fragment_to_text, looks_like_html
from dateline.models import IngestError, RawArticle

_FEED_ROOT = re.compile(r"<(rss|rdf:RDF|feed)[\s>]", re.IGNORECASE)
# How far into a file the feed sniffer looks for the root element.
SNIFF_CHARS = 4096


def looks_like_feed(data: bytes) -> bool:
    """Whether `data` is an RSS or Atom document (root element <rss>, <rdf:RDF> or <feed>)."""
    head = data[: SNIFF_CHARS * 4]
    encoding = bom_encoding(head)
    try:
        text = head.decode(encoding or "utf-8", errors="ignore") if encoding else head.decode("latin-1")
    except LookupError:
        return False
    text = re.sub(r"<!--.*?-->", "", text[: SNIFF_CHARS * 2], flags=re.DOTALL)
    match = _FEED_ROOT.search(text)
    if not match:
        return False
    if match[1].lower() == "feed":
        return "http://www.w3.org/2005/Atom" in text or "<entry" in text.lower() or "<title" in text.lower()
    return True


def _entry_text(entry: Any) -> str:
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        if isinstance(content, dict) and content.get("value"):
            candidates.append((content["value"], content.get("type", "")))
    for key in ("summary", "description"):
        if entry.get(key):
            detail = entry.get(f"{key}_detail") or {}
            candidates.append((entry[key], detail.get("type", "") if isinstance(detail, dict) else ""))
            break
    for value, kind in candidates:
        text = html_fragment_to_text(value) if "html" in kind or looks_like_html(value) else value
        if text.strip():
            return text
    return ""


def _entry_date(entry: Any) -> str | None:
    for key in ("published", "pubdate", "updated", "created", "dc_date"):
        value = entry.get(key)
        if isinstance(value, str):
            iso = parse_date(value)
            if iso:
                return iso
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed[0], parsed[1], parsed[2]).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def parse_feed(data: bytes) -> Any:
    """feedparser's result for a feed document."""
    # A stream, never a string: feedparser fetches strings that look like URLs.
    return feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)


def read_feed(path: Path, data: bytes) -> Iterator[RawArticle | IngestError]:
    """Reader for RSS / Atom files."""
    parsed = parse_feed(data)
    if not parsed.entries:
        if not parsed.get("version"):
            reason = parsed.get("bozo_exception")
            raise ReadError(f"not an RSS or Atom feed{f' ({reason})' if reason else ''}")
        raise ReadError("feed has no items")
    feed = parsed.get("feed", {})
    for number, entry in enumerate(parsed.entries, start=1):
        yield entry_article(entry, number=number, path=path, feed=feed)


def entry_article(entry: Any, *, number: int, path: Path, feed: Any) -> RawArticle | IngestError:
    """The article in one feed item (the number-th, 1-based), or why there is none."""
    feed_title = as_text(feed.get("title"))
    link = as_url(entry.get("link"))
    origin = link or f"{path}#{number}"
    text = _entry_text(entry)
    if not text.strip():
        return IngestError(origin=f"{path}#{number}", message="feed item has no text (no content, summary or description)")
    title = entry.get("title")
    if isinstance(title, str) and looks_like_html(title):
        title = html_fragment_to_text(title)
    item_source = entry.get("source")
    source = as_text(item_source.get("title")) if isinstance(item_source, dict) else None
    published = _entry_date(entry)
    metadata: dict[str, Any] = {"item": number}
    if feed_title:
        metadata["feed_title"] = feed_title
    if as_url(feed.get("link")):
        metadata["feed_link"] = feed.get("link")
    if entry.get("id"):
        metadata["guid"] = str(entry["id"])
    if entry.get("author"):
        metadata["author"] = as_text(entry["author"])
    tags = [t.get("term") for t in entry.get("tags") or [] if isinstance(t, dict) and t.get("term")]
    if tags:
        metadata["tags"] = tags
    return RawArticle(
        origin=origin,
        text=text,
        title=as_text(title),
        published=published,
        published_from="feed" if published else None,
        source=source or feed_title,
        url=link,
        format="feed",
        metadata=metadata,
    )
