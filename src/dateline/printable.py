"""Paths and messages made safe to store and to print on one line.

A file name on Linux is any bytes but "/" and NUL: it may be invalid UTF-8 (Python holds such
bytes as lone surrogates, which SQLite and terminals refuse) and it may hold newlines, tabs or
terminal escape sequences, which would split an error line in two or drive the terminal.

`printable_origin` is lossless: the name's bytes (`os.fsencode`) are written as text with
backslash escapes, `\\xNN` for undecodable bytes and control characters, `\\n`, `\\r`, `\\t`,
and `\\\\` for a backslash itself, so two different names never print alike.
`printable_text` escapes only what breaks a line (control characters, lone surrogates) and
is idempotent, for messages that were not built from raw names.
"""

from __future__ import annotations

import os
import re

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# C0 and C1 control characters, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_control(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    # C1 characters as \\u: \\xNN with NN >= 80 is kept for bytes that are not UTF-8.
    return f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}"


def printable_origin(name: str) -> str:
    """A file name (or an origin built from one) as lossless, single-line, valid UTF-8 text."""
    if not _CONTROL.search(name) and not _SURROGATE.search(name) and "\\" not in name:
        return name  # the common case: nothing to escape
    # os.fsencode turns the surrogates Python used for undecodable bytes back into those bytes;
    # backslashreplace writes each such byte as \xNN (a literal backslash is doubled first).
    doubled = name.replace("\\", "\\\\")
    try:
        raw = os.fsencode(doubled)
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name
        raw = doubled.encode("utf-8", errors="surrogatepass")
    text = raw.decode("utf-8", errors="backslashreplace")
    return _CONTROL.sub(_escape_control, text)


def printable_text(text: str) -> str:
    """Text with control characters and lone surrogates escaped: one line, valid UTF-8."""
    text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return _CONTROL.sub(_escape_control, text)
