"""Files -> RawArticles: txt, markdown, HTML, JSON Lines, JSON, RSS/Atom (optionally .gz).

`read_paths` is the entry point: files, folders (recursive, sorted), globs, or "-" for JSON Lines
on stdin. It yields a RawArticle per article and an IngestError per bad input (binary file,
empty file, file over max_bytes, undecodable bytes, malformed JSON line, object without text,
HTML page without main text, missing path, symlink loop, folder that cannot be listed ...),
and never raises for bad input: one bad file never stops a batch.

Formats come from the file extension through READERS (a plain dict: add an entry to read a new
extension). Feeds are sniffed: a .xml file must really be RSS/Atom. Files with an unknown or no
extension are sniffed too: binary -> "binary file" error; RSS/Atom, HTML and JSON by their
content; other text is read as .txt when the file has no extension or was named explicitly,
and reported as an unsupported type when it was found in a folder. See discover.py for what
folder walks skip (hidden files, README/LICENSE, gold.json).
"""

from __future__ import annotations

import dataclasses
import gzip
import logging
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from dateline.errors import ReadError
from dateline.ingest.metadata_dates import parse_date
from dateline.ingest.decode import binary_kind
from dateline.ingest.discover import Candidate, discover
from dateline.ingest.files import GzipGuard, human_size, open_regular, sqlite_kind
from dateline.ingest.feeds import looks_like_feed, read_feed
from dateline.ingest.html import read_html
from dateline.ingest.jsonl import parse_lines, read_json, read_jsonl
from dateline.ingest.streaming import stream_feed, stream_json, stream_jsonl
from dateline.ingest.text import read_text
from dateline.models import IngestError, RawArticle
from dateline.printable import printable_origin

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "read_paths", "read_file", "parse_date", "Reader"]

log = logging.getLogger(__name__)

Reader = Callable[[Path, bytes], Iterator[RawArticle | IngestError]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".markdown": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
# Readers of many-article formats and their streaming twins: a file over max_bytes is read
# article by article with the cap applied to each (JSON Lines are always streamed).
STREAMERS = {read_jsonl: stream_jsonl, read_json: stream_json, read_feed: stream_feed}
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
DEFAULT_MAX_BYTES = 10_000_000


_size = human_size


def _sniff(data: bytes) -> Reader | None:
    """A reader chosen by content, for files whose extension does not say."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if looks_like_feed(data):
        return read_feed
    if head.startswith((b"<!doctype html", b"<html")) or re.search(rb"<(body|head)[\s>]", head):
        return read_html
    if head.startswith(b"["):
        return read_json
    if head.startswith(b"{"):
        lines = [line for line in data[:65536].splitlines() if line.strip()]
        return read_jsonl if len(lines) > 1 and all(l.lstrip().startswith(b"{") for l in lines[:3]) else read_json
    return None


def _choose_reader(path: str, data: bytes, *, explicit: bool) -> Reader:
    name = path.lower()[:-3] if path.lower().endswith(".gz") else path.lower()
    extension = os.path.splitext(name)[1]
    kind = binary_kind(data)
    if kind:
        raise ReadError(f"binary file ({kind}), not an article")
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xfe\xff"):
        raise ReadError("empty file")
    if extension in FEED_EXTENSIONS:
        if looks_like_feed(data):
            return read_feed
        sniffed = _sniff(data)
        if sniffed is read_html:
            return read_html
        raise ReadError(f"{extension} file is not an RSS or Atom feed")
    if extension in READERS:
        return READERS[extension]
    sniffed = _sniff(data)
    if sniffed is not None:
        return sniffed
    if not extension or explicit:
        return read_text
    known = ", ".join(sorted(READERS))
    raise ReadError(f"unsupported file type '{extension}' (dateline reads {known}, and .gz of them)")


def _file_too_large(size: int | None, max_bytes: int) -> ReadError:
    if size is None:
        return ReadError(f"file too large (over the limit of {_size(max_bytes)}, max_bytes)")
    return ReadError(f"file too large ({_size(size)}; the limit is {_size(max_bytes)}, max_bytes)")


def _read_regular(
    path: str, *, explicit: bool, max_bytes: int, skip_databases: bool
) -> Iterator[RawArticle | IngestError]:
    """Articles in one regular file: whole when it fits under max_bytes, streamed when it holds
    many articles (then the cap is per article), refused otherwise. Raises ReadError."""
    gz = path.lower().endswith(".gz")
    with open_regular(path) as raw:
        kind = sqlite_kind(raw.read(16))
        if kind and skip_databases:
            log.debug("skipping %s: %s", path, kind)
            return
        if kind:
            raise ReadError(f"binary file ({kind}), not an article")
        raw.seek(0)
        size = None if gz else os.fstat(raw.fileno()).st_size
        extension = os.path.splitext(path.lower()[:-3] if gz else path.lower())[1]
        if size is not None and size > max_bytes and extension in READERS and READERS[extension] not in STREAMERS:
            raise _file_too_large(size, max_bytes)
        handle = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
        check = GzipGuard(raw, handle).check if gz else (lambda: None)
        data = handle.read(max_bytes + 1)
        reader = _choose_reader(path, data, explicit=explicit)
        streamer = STREAMERS.get(reader)
        if streamer is not None and (len(data) > max_bytes or reader is read_jsonl):
            handle.seek(0)
            yield from streamer(Path(path), handle, max_bytes=max_bytes, check=check)
        elif len(data) > max_bytes:
            raise _file_too_large(size, max_bytes)
        else:
            yield from reader(Path(path), data)


def read_file(
    path: str, *, explicit: bool = True, max_bytes: int = DEFAULT_MAX_BYTES, skip_databases: bool = False,
) -> Iterator[RawArticle | IngestError]:
    """Articles (and per-item errors) in one file. Never raises for bad input. A SQLite file
    is one error, or nothing when `skip_databases` (found in a folder or by a glob)."""
    try:
        yield from _read_regular(path, explicit=explicit, max_bytes=max_bytes, skip_databases=skip_databases)
    except ReadError as exc:
        yield IngestError(origin=path, message=str(exc))
    except PermissionError:
        yield IngestError(origin=path, message="permission denied")
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield IngestError(origin=path, message=f"not a valid gzip file: {exc}")
    except (RecursionError, MemoryError, ValueError, LookupError, UnicodeError) as exc:
        log.debug("reading %s failed", path, exc_info=True)
        yield IngestError(origin=path, message=f"cannot read: {type(exc).__name__}: {exc}")
    except OSError as exc:
        yield IngestError(origin=path, message=f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # a library failing on hostile input must not stop the batch
        # The error line says what failed; the traceback is for a developer's debug log only.
        log.debug("unexpected failure reading %s", path, exc_info=True)
        yield IngestError(origin=path, message=f"cannot read (unexpected {type(exc).__name__}: {exc})")


def _printable(item: RawArticle | IngestError) -> RawArticle | IngestError:
    """The item with its origin safe to store and print (file names may be any bytes)."""
    origin = printable_origin(item.origin)
    if origin == item.origin:
        return item
    if isinstance(item, IngestError):
        return IngestError(origin=origin, message=item.message)
    return dataclasses.replace(item, origin=origin)


def read_paths(
    paths: list[str], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None,
    exclude: Iterable[str] = (),
) -> Iterator[RawArticle | IngestError]:
    """RawArticles and IngestErrors from files, folders, globs and "-" (JSON Lines on stdin).

    Order is deterministic: paths in the order given, folders sorted by name, depth first,
    feed items and JSON lines in file order. Files in `exclude` (real paths: the database
    being written and its side files) are never read. Origins are printable (printable.py).
    """
    for item in _read_paths(paths, max_bytes=max_bytes, stdin=stdin, exclude=exclude):
        yield _printable(item)


def _read_paths(
    paths: list[str], *, max_bytes: int, stdin: TextIO | None, exclude: Iterable[str]
) -> Iterator[RawArticle | IngestError]:
    stdin_read = False
    for item in discover(paths, exclude=exclude):
        if not isinstance(item, Candidate):
            yield item
        elif item.path == "-":
            if stdin_read:
                continue
            stdin_read = True
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, max_bytes=max_bytes)
        else:
            yield from read_file(item.path, explicit=item.explicit, max_bytes=max_bytes, skip_databases=not item.named)


def _read_stdin(stream: TextIO, *, max_bytes: int) -> Iterator[RawArticle | IngestError]:
    failure: list[str] = []

    def lines() -> Iterator[str]:
        try:
            yield from stream
        except (UnicodeDecodeError, OSError) as exc:
            failure.append(str(exc))

    yield from parse_lines(lines(), origin="<stdin>", max_line_chars=max_bytes)
    if failure:
        yield IngestError(origin="<stdin>", message=f"cannot read the rest of stdin: {failure[0]}")
