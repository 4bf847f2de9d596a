"""The items of a big JSON list, one at a time, without holding the whole file.

A JSON file of many articles is either a list (`[{...}, {...}]`) or an object holding the list
under a key such as "articles" (`{"source": "x", "articles": [...]}`). `list_items` scans the
text in chunks, tracking only strings and brackets, and yields each item's JSON text; an item
longer than `max_chars` is yielded as None (its text is dropped as it is scanned), so memory
stays at one item whatever the file's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from dateline.errors import ReadError

_OUTSIDE = re.compile(r'["\[\]{},:]')
_INSIDE = re.compile(r'["\\]')
# Keys are read to find the list; a longer key is not one of the list keys anyway.
MAX_KEY_CHARS = 64


@dataclass
class _Scan:
    list_keys: frozenset[str]
    max_chars: int
    stack: list[str] = field(default_factory=list)
    in_string: bool = False
    skip_next: bool = False  # an escape's backslash ended the previous chunk
    item_depth: int | None = None  # depth of the list whose items are yielded, once found
    done: bool = False
    parts: list[str] = field(default_factory=list)
    length: int = 0
    too_long: bool = False
    collecting: bool = False
    expect_key: bool = False
    key: list[str] | None = None
    last_key: str | None = None

    def add(self, text: str) -> None:
        if not self.collecting or self.too_long or not text:
            return
        self.length += len(text)
        if self.length > self.max_chars:
            self.too_long, self.parts = True, []
        else:
            self.parts.append(text)

    def take(self) -> tuple[bool, str | None]:
        """(whether there was an item, its text or None when too long); starts the next item."""
        text = "".join(self.parts).strip()
        had = self.too_long or bool(text)
        result = None if self.too_long else text
        self.parts, self.length, self.too_long = [], 0, False
        return had, result


def _punctuation(scan: _Scan, char: str) -> tuple[bool, tuple[bool, str | None] | None]:
    """Update the scan for one bracket, comma or colon outside strings: (whether it delimits
    items, and so is no part of one; the item it ends, if any)."""
    depth = len(scan.stack)
    if char in "[{":
        opens_list = scan.item_depth is None and char == "[" and (
            depth == 0 or (depth == 1 and scan.stack[0] == "{" and scan.last_key in scan.list_keys)
        )
        scan.stack.append(char)
        if opens_list:
            scan.item_depth, scan.collecting = depth + 1, True
            return True, None
        scan.expect_key = scan.expect_key or (depth == 0 and char == "{")
        return False, None
    if char in "]}":
        if scan.stack:
            scan.stack.pop()
        if scan.item_depth is not None and depth == scan.item_depth:
            item = scan.take()
            scan.collecting, scan.done = False, True
            return True, item
        return False, None
    if char == "," and scan.item_depth is not None and depth == scan.item_depth and scan.collecting:
        return True, scan.take()
    if char == "," and depth == 1 and scan.stack[0] == "{":
        scan.expect_key = True
    return False, None


def _scan_chunk(scan: _Scan, chunk: str) -> Iterator[tuple[bool, str | None]]:
    i = 1 if scan.skip_next else 0
    scan.skip_next = False
    start = 0  # where the text not yet added to the current item begins
    n = len(chunk)
    while i < n and not scan.done:
        if scan.in_string:
            match = _INSIDE.search(chunk, i)
            j = match.start() if match else n
            if scan.key is not None:
                scan.key.append(chunk[i:j])
            if match is None:
                break
            if chunk[j] == "\\":
                scan.skip_next = j + 1 >= n
                i = j + 2
                continue
            scan.in_string = False
            if scan.key is not None:
                scan.last_key, scan.key = "".join(scan.key)[:MAX_KEY_CHARS], None
            i = j + 1
            continue
        match = _OUTSIDE.search(chunk, i)
        if match is None:
            break
        j, char = match.start(), match.group()
        i = j + 1
        if char == '"':
            scan.in_string = True
            if scan.expect_key and len(scan.stack) == 1 and scan.stack[0] == "{":
                scan.key, scan.expect_key = [], False
            continue
        scan.add(chunk[start:j])
        start = j
        delimits, item = _punctuation(scan, char)
        if delimits:
            start = j + 1
        if item is not None and item[0]:
            yield item
    if not scan.done:
        scan.add(chunk[start:])


def list_items(
    chunks: Iterable[str], *, max_chars: int, list_keys: Iterable[str]
) -> Iterator[str | None]:
    """Each item's JSON text (None when longer than max_chars), in order. Raises ReadError
    when the text is not a list nor an object holding one under `list_keys`."""
    scan = _Scan(list_keys=frozenset(list_keys), max_chars=max_chars)
    for chunk in chunks:
        for _, text in _scan_chunk(scan, chunk):
            yield text
        if scan.done:
            return
    if scan.item_depth is None:
        raise ReadError("not a JSON list of articles (nor an object with one under "
                        + ", ".join(f'"{k}"' for k in sorted(scan.list_keys)) + ")")
    if not scan.done:
        raise ReadError("the JSON list is cut off: the file ends before it closes")
