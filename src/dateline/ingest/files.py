"""Opening inputs safely: regular files only, never a SQLite file, gzip read with a bomb guard.

- Only regular files are read. A named pipe would block `open()` until a writer comes (forever,
  in a folder walk); a device may never end. Files are opened with O_NONBLOCK and checked with
  fstat on the open descriptor, so a file swapped for a pipe after the folder walk cannot hang
  the run either.
- SQLite databases and their side files (`-wal`, `-shm`, `-journal`) are never articles: they
  are recognised by name and by their magic header. Found in a folder they are skipped silently
  (dateline's own database usually sits in the folder it reads); named explicitly, one error.
- A gzipped file read as a stream (a many-article file) is refused once it decompresses to far
  more than its compressed size: a gzip bomb, not a corpus.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from dateline.errors import ReadError

# Headers of SQLite's main file, write-ahead log (two byte orders) and rollback journal.
SQLITE_MAGICS = (
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x37\x7f\x06\x82", "SQLite write-ahead log"),
    (b"\x37\x7f\x06\x83", "SQLite write-ahead log"),
    (b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", "SQLite rollback journal"),
)
SQLITE_EXTENSIONS = frozenset({".db", ".sqlite", ".sqlite3", ".db3"})
SQLITE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
# A streamed gzip file may decompress to this many times its compressed size (text is ~3-10x;
# a bomb is ~1000x) once it has produced GZIP_RATIO_FLOOR bytes.
MAX_GZIP_RATIO = 200
GZIP_RATIO_FLOOR = 10_000_000


def human_size(n: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def sqlite_kind(head: bytes) -> str | None:
    """What kind of SQLite file `head` (the first 16 bytes) starts, or None."""
    return next((kind for magic, kind in SQLITE_MAGICS if head.startswith(magic)), None)


def is_sqlite_name(path: str) -> bool:
    """Whether the name says SQLite: x.db, x.sqlite ..., their side files, or a side file of a file beside it."""
    lowered = os.path.basename(path).lower()
    for suffix in SQLITE_SIDE_SUFFIXES:
        if lowered.endswith(suffix):
            base = path[: -len(suffix)]
            return os.path.splitext(base.lower())[1] in SQLITE_EXTENSIONS or os.path.isfile(base)
    return os.path.splitext(lowered)[1] in SQLITE_EXTENSIONS


def database_files(db_path: str | None) -> frozenset[str]:
    """Real paths of a database and its side files: never read as input."""
    if not db_path or db_path == ":memory:":
        return frozenset()
    real = os.path.realpath(db_path)
    return frozenset({real, *(real + suffix for suffix in SQLITE_SIDE_SUFFIXES)})


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, kind in (
        (stat.S_ISFIFO, "named pipe"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "character device"),
        (stat.S_ISBLK, "block device"), (stat.S_ISDIR, "folder"),
    ):
        if test(mode):
            return kind
    return "special file"


def not_regular_message(mode: int) -> str:
    return f"not a regular file ({file_kind(mode)}); skipped"


def open_regular(path: str) -> BinaryIO:
    """The file opened for binary reading; ReadError unless it is a regular file. Never blocks."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise ReadError("is a folder")
        if not stat.S_ISREG(mode):
            raise ReadError(not_regular_message(mode))
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


class GzipGuard:
    """Checks a streamed gzip file against MAX_GZIP_RATIO as it is read."""

    def __init__(self, compressed: BinaryIO, decompressed: BinaryIO):
        self.compressed = compressed
        self.decompressed = decompressed

    def check(self) -> None:
        out = self.decompressed.tell()
        if out > GZIP_RATIO_FLOOR and out > MAX_GZIP_RATIO * max(self.compressed.tell(), 1):
            raise ReadError(
                f"gzip file decompresses to over {MAX_GZIP_RATIO} times its size (a gzip bomb?); "
                "the rest of it is not read"
            )
