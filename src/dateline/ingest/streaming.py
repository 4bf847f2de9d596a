"""Files of many articles read as streams, so the size cap (max_bytes) applies to each article.

A 20 MB JSON Lines file of 4,000 articles is a corpus, not one oversized article: JSON Lines
are read line by line, JSON lists item by item (json_items.py), RSS/Atom feeds item by item
(feed_items.py), each through the same per-record code as the whole-file readers, so origins
(`path:N`, `path#N`) are the same either way. A line or item over the cap is one IngestError;
the rest of the file is read. Memory holds one article at a time.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from dateline.errors import ReadError
from dateline.ingest.decode import bom_encoding, decode_bytes
from dateline.ingest.feed_items import closing_tags, feed_items
from dateline.ingest.feeds import entry_article, parse_feed
from dateline.ingest.files import human_size
from dateline.ingest.json_items import list_items
from dateline.ingest.jsonl import LIST_KEYS, parse_line, parse_record
from dateline.models import IngestError, RawArticle

CHUNK_BYTES = 1 << 20
HEAD_BYTES = 65536
Check = Callable[[], None]


def _no_check() -> None:
    return None


def text_encoding(head: bytes) -> str:
    """The encoding of a stream, judged on its first bytes (a BOM, UTF-8, else detected)."""
    bom = bom_encoding(head)
    if bom:
        return bom
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut last character is fine
        return "utf-8"
    except UnicodeDecodeError:
        return decode_bytes(head)[1]


def _too_long(what: str, max_bytes: int) -> str:
    return f"{what} too large (over the limit of {human_size(max_bytes)}, max_bytes)"


def _byte_lines(handle: BinaryIO, *, limit: int, check: Check) -> Iterator[bytes | None]:
    """Each line's bytes without its "\\n", or None for a line over `limit` (read past, never
    held). Read in chunks: a file of millions of blank lines must not take a call per line."""
    rest, skipping = b"", False  # the start of a line the chunk cut; inside a line over the limit
    while True:
        data = handle.read(CHUNK_BYTES)
        check()
        if not data:
            break
        *complete, tail = data.split(b"\n")
        for index, line in enumerate(complete):
            if index == 0 and skipping:
                skipping = False
                yield None
                continue
            if index == 0:
                line = rest + line
            yield line if len(line) <= limit else None
        rest = tail if complete else (b"" if skipping else rest + tail)
        if not skipping and len(rest) > limit:
            skipping, rest = True, b""
    if skipping:
        yield None
    elif rest:
        yield rest


def _text_lines(handle: BinaryIO, *, encoding: str, limit: int) -> Iterator[str | None]:
    """Lines of a UTF-16/32 stream (only "\\n" ends a line), None for one over `limit` characters."""
    text = io.TextIOWrapper(handle, encoding=encoding, newline="\n")
    while True:
        line = text.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith("\n"):
            while line and not line.endswith("\n"):
                line = text.readline(CHUNK_BYTES)
            yield None
        else:
            yield line


def _decoded_lines(
    handle: BinaryIO, *, max_bytes: int, check: Check
) -> Iterator[tuple[int, str | ReadError | None]]:
    """(line number, its text, or the ReadError saying why not, or None when over the cap);
    blank lines are counted but not yielded."""
    head = handle.read(HEAD_BYTES)
    handle.seek(0)
    encoding = text_encoding(head)
    if encoding.startswith(("utf-16", "utf-32")):
        yield from enumerate(_text_lines(handle, encoding=encoding, limit=max_bytes), start=1)
        return
    for number, line in enumerate(_byte_lines(handle, limit=max_bytes, check=check), start=1):
        if line is None:
            yield number, None
        elif not line.strip():
            continue
        else:
            try:
                yield number, line.decode(encoding)
            except UnicodeDecodeError:
                try:
                    yield number, decode_bytes(line)[0]
                except ReadError as exc:  # one undecodable line, not the whole file
                    yield number, exc


def stream_jsonl(
    path: Path, handle: BinaryIO, *, max_bytes: int, check: Check = _no_check
) -> Iterator[RawArticle | IngestError]:
    """Articles of a JSON Lines stream; origins path:N (1-based, blank lines counted)."""
    for number, line in _decoded_lines(handle, max_bytes=max_bytes, check=check):
        where = f"{path}:{number}"
        if line is None:
            yield IngestError(origin=where, message=_too_long("line", max_bytes))
        elif isinstance(line, ReadError):
            yield IngestError(origin=where, message=str(line))
        else:
            line = line.rstrip("\r\n")
            item = parse_line(line.lstrip("\ufeff") if number == 1 else line, where=where)
            if item is not None:
                yield item


def _text_chunks(handle: BinaryIO, *, check: Check) -> Iterator[str]:
    head = handle.read(HEAD_BYTES)
    handle.seek(0)
    decoder = codecs.getincrementaldecoder(text_encoding(head))()
    while True:
        data = handle.read(CHUNK_BYTES)
        check()
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise ReadError(f"undecodable bytes in the JSON text ({exc.reason}); the rest of the file is not read") from exc
        if text:
            yield text
        if not data:
            return


def stream_json(
    path: Path, handle: BinaryIO, *, max_bytes: int, check: Check = _no_check
) -> Iterator[RawArticle | IngestError]:
    """Articles of a JSON list (or of the list under "articles", "items" ...); origins path#N."""
    items = list_items(_text_chunks(handle, check=check), max_chars=max_bytes, list_keys=LIST_KEYS)
    for index, text in enumerate(items, start=1):
        where = f"{path}#{index}"
        if text is None:
            yield IngestError(origin=where, message=_too_long("article", max_bytes))
            continue
        try:
            record = json.loads(text)
        except (ValueError, RecursionError) as exc:
            yield IngestError(origin=where, message=f"malformed JSON: {exc}")
            continue
        yield parse_record(record, origin=where, fmt="json")


def stream_feed(
    path: Path, handle: BinaryIO, *, max_bytes: int, check: Check = _no_check
) -> Iterator[RawArticle | IngestError]:
    """Articles of an RSS/Atom stream, each item parsed as a one-item feed; origins as read_feed's."""
    for number, (head, item) in enumerate(feed_items(handle, max_bytes=max_bytes, check=check), start=1):
        where = f"{path}#{number}"
        if item is None:
            yield IngestError(origin=where, message=_too_long("feed item", max_bytes))
            continue
        parsed = parse_feed(head + item + closing_tags(head))
        if not parsed.entries:
            yield IngestError(origin=where, message="feed item could not be read")
            continue
        yield entry_article(parsed.entries[0], number=number, path=path, feed=parsed.get("feed", {}))
