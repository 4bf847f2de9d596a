"""The items of a big RSS or Atom feed, one at a time, without holding the whole file.

The feed's bytes are scanned for `<item>`/`<entry>` elements (skipping comments and CDATA
sections, where such tags are only text). Each item is handed back with the feed's head (the
bytes before the first item: channel title, link ...) so that it can be parsed as a one-item
feed by the same code as a whole feed. An item over `max_bytes` is handed back as None and not
held. Memory stays at the head plus one item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from dateline.errors import ReadError

CHUNK_BYTES = 1 << 20
_TOKEN = re.compile(rb"<!\[CDATA\[|<!--|<(/?)(item|entry)(?=[\s>/])")
_SECTION_ENDS = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}
_LONGEST_TOKEN = 16  # bytes kept at a chunk's end, where a token may be cut in two


def closing_tags(head: bytes) -> bytes:
    """What closes a feed whose head is `head`, once one item is put after it."""
    if b"<rdf:RDF" in head:
        return b"</rdf:RDF>"  # RSS 1.0: items follow the channel
    if re.search(rb"<rss[\s>]", head):
        return b"</channel></rss>"
    return b"</feed>"


class _Scan:
    def __init__(self, handle: BinaryIO, *, max_bytes: int, check: Callable[[], None]):
        self.handle, self.max_bytes, self.check = handle, max_bytes, check
        self.buf, self.pos, self.eof = b"", 0, False
        self.head: bytes | None = None
        self.start: int | None = None  # where the current item starts in buf
        self.too_long = False
        self.pending: bytes | None = None  # the end of the comment or CDATA section we are in

    def fill(self) -> None:
        # Called when what is in buf holds no item end (nor, before the first item, a start):
        # so all of it belongs to the head, or to the current item.
        if self.head is None and len(self.buf) > self.max_bytes:
            raise ReadError("the feed's head (before its first item) is over the size limit (max_bytes)")
        if self.start is not None and len(self.buf) - self.start > self.max_bytes:
            self.too_long = True
        data = self.handle.read(CHUNK_BYTES)
        self.check()
        self.eof = not data
        self.buf += data
        if self.head is not None and (self.start is None or self.too_long):
            self.buf, self.pos = self.buf[self.pos:], 0  # nothing before pos is needed any more
            self.start = 0 if self.start is not None else None

    def wait(self, keep: int) -> bool:
        """Read more, keeping the last `keep` bytes scannable; False at the end of the file."""
        if self.eof:
            return False
        self.pos = max(self.pos, len(self.buf) - keep)
        self.fill()
        return True


def feed_items(
    handle: BinaryIO, *, max_bytes: int, check: Callable[[], None] = lambda: None
) -> Iterator[tuple[bytes, bytes | None]]:
    """(the feed's head, each item's bytes or None when over max_bytes), in order."""
    scan = _Scan(handle, max_bytes=max_bytes, check=check)
    scan.fill()
    while True:
        if scan.pending is not None:
            end = scan.buf.find(scan.pending, scan.pos)
            if end < 0:
                if not scan.wait(len(scan.pending)):
                    break
                continue
            scan.pos, scan.pending = end + len(scan.pending), None
            continue
        match = _TOKEN.search(scan.buf, scan.pos)
        if match is None:
            if not scan.wait(_LONGEST_TOKEN):
                break
            continue
        token = match.group()
        if token in _SECTION_ENDS:
            scan.pos, scan.pending = match.end(), _SECTION_ENDS[token]
        elif not match.group(1) and scan.start is None:  # an item begins
            if scan.head is None:
                scan.head = scan.buf[: match.start()]
            scan.start, scan.too_long, scan.pos = match.start(), False, match.end()
        elif match.group(1) and scan.start is not None:  # the item ends at the next ">"
            close = scan.buf.find(b">", match.end())
            if close < 0:
                if not scan.wait(len(scan.buf) - match.start()):
                    break
                continue
            too_long = scan.too_long or close + 1 - scan.start > max_bytes
            yield scan.head or b"", None if too_long else scan.buf[scan.start : close + 1]
            scan.buf, scan.pos, scan.start = scan.buf[close + 1 :], 0, None
        else:
            scan.pos = match.end()  # a stray tag: the feed parser will judge the item
    if scan.head is None:
        raise ReadError("feed has no items")
    if scan.start is not None:
        raise ReadError("the feed is cut off inside an item")
