"""Bytes -> text: binary files refused, encodings detected, never a crash on bad bytes.

Order: a byte-order mark decides (UTF-8/16/32); else strict UTF-8 (most files, and detectors
are unreliable on short UTF-8); else charset-normalizer's best guess (Windows-1252, Latin-1,
UTF-16 without BOM, ...). When nothing fits, the file is refused with a ReadError rather than
read with replacement characters: silently garbled text would poison every later stage.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from dateline.errors import ReadError

# How much of the start of a file the binary check looks at.
SNIFF_BYTES = 8192
# Share of control characters (outside tab/newline/CR/FF) above which bytes are not text.
MAX_CONTROL_SHARE = 0.05

# How much worse (charset-normalizer "chaos") Windows-1252 may score than the best guess and still win.
WESTERN_TIE_CHAOS = 0.02

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# File signatures of formats that are never articles (images, archives, documents, media).
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/ODT/EPUB)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xd0\xcf\x11\xe0", "old Microsoft Office document"),
    (b"SQLite format 3", "SQLite database"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    (b"PAR1", "Parquet file"),
)


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def binary_kind(data: bytes) -> str | None:
    """What kind of binary file `data` starts like ("PNG image", "binary data"), or None for text."""
    if bom_encoding(data):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:SNIFF_BYTES]
    if not head:
        return None
    if b"\x00" in head:
        # UTF-16/32 without a BOM has NULs in every other byte; anything else with NULs is binary.
        guess = from_bytes(head).best()
        if guess is not None and guess.encoding.startswith(("utf_16", "utf_32")):
            return None
        return "binary data"
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if controls / len(head) > MAX_CONTROL_SHARE:
        return "binary data"
    return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """The text in `data` and the encoding used. Raises ReadError when no encoding fits."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            return data.decode(encoding), encoding.replace("-sig", "")
        except UnicodeDecodeError as exc:
            raise ReadError(f"starts with a {encoding} byte-order mark but is not {encoding}: {exc.reason}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = list(from_bytes(data))
    if not matches:
        raise ReadError("undecodable bytes: not UTF-8 and no text encoding fits")
    best = matches[0]
    # Detectors cannot tell Western code pages apart on short texts (é is the same byte in
    # cp1250 and cp1252) and often name a Central European one first. Windows-1252 is by far
    # the most common legacy encoding of news text, so it wins any near tie.
    for match in matches:
        if match.chaos > best.chaos + WESTERN_TIE_CHAOS:
            break
        if "cp1252" in match.could_be_from_charset:
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                break
    return str(best), best.encoding
