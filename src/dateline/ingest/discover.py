"""Which files to read: paths, folders and globs -> files, in a deterministic order.

- A file named on the command line is read whatever its name (explicit).
- A folder is walked recursively, entries sorted by name, depth first. Symlinks are followed;
  a symlink that loops (to itself, or to a folder above it) is reported once as an error.
- A glob ("corpus/**/*.txt") expands to its sorted matches, which count as named explicitly
  (except that the folder skip rules below apply to them too).
- Missing paths, globs matching nothing, folders that cannot be listed, broken symlinks:
  one IngestError each.

Inside folders, three kinds of entries are skipped silently, because they are never articles
and reporting them would bury real problems:
- hidden files and folders (".git", ".DS_Store"),
- documentation and housekeeping by name: README*, LICENSE*/LICENCE*, COPYING*, NOTICE*,
  CHANGELOG*, CHANGES*, AUTHORS*, CONTRIBUTING*,
- gold annotation files: gold.json, *.gold.json, *_gold.json,
- SQLite databases and their side files by name (x.db, x.sqlite, x.db-wal, x-shm beside x ...;
  files.py also skips them by their header).
The database being written (and its side files) is never read, even when named.
Only regular files are read: a named pipe, socket or device is one error, never opened.
Everything else found in a folder is a candidate: files in formats dateline does not read
(images, PDFs, spreadsheets ...) are reported as errors, so nothing is dropped unannounced.
A file listed twice (or reached twice through symlinks) is read once.
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import logging
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from dateline.ingest.files import is_sqlite_name, not_regular_message
from dateline.models import IngestError

log = logging.getLogger(__name__)

SKIPPED_IN_FOLDERS = (
    "readme", "readme.*", "license", "license.*", "licence", "licence.*", "copying", "copying.*",
    "notice", "notice.*", "changelog", "changelog.*", "changes", "changes.*", "authors",
    "authors.*", "contributing", "contributing.*", "gold.json", "*.gold.json", "*_gold.json",
)


@dataclass(frozen=True)
class Candidate:
    """A file to read; `explicit` when the user named it (or their glob matched it), `named`
    when they named exactly this path (a SQLite file found otherwise is skipped silently)."""

    path: str
    explicit: bool
    named: bool = False


def skipped_in_folder(name: str) -> bool:
    lowered = name.lower()
    return name.startswith(".") or any(fnmatch.fnmatchcase(lowered, p) for p in SKIPPED_IN_FOLDERS)


def _skipped_file(path: str) -> bool:
    """Whether a file found in a folder (or by a glob) is skipped silently."""
    return skipped_in_folder(os.path.basename(path)) or is_sqlite_name(path)


def _stat_error(path: str, exc: OSError) -> IngestError:
    if exc.errno == errno.ELOOP:
        return IngestError(origin=path, message="symlink loop (the link points back to itself)")
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return IngestError(origin=path, message=f"broken symlink (points to {os.readlink(path)!r}, which does not exist)")
        return IngestError(origin=path, message="no such file or directory")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return IngestError(origin=path, message="permission denied")
    return IngestError(origin=path, message=f"cannot open: {exc.strerror or exc}")


def _walk(folder: str, ancestors: tuple[str, ...], seen_dirs: set[tuple[int, int]]) -> Iterator[Candidate | IngestError]:
    """Files under `folder`; `ancestors` are the real paths of the folders above it."""
    real = os.path.realpath(folder)
    if any(real == above or above.startswith(real + os.sep) for above in ancestors):
        yield IngestError(origin=folder, message="symlink loop (leads back to a folder above it); not followed")
        return
    try:
        info = os.stat(folder)
    except OSError as exc:
        yield _stat_error(folder, exc)
        return
    key = (info.st_dev, info.st_ino)
    if key in seen_dirs:
        return  # reached again through another symlink: already read
    seen_dirs.add(key)
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries)
    except PermissionError:
        yield IngestError(origin=folder, message="permission denied: cannot list this folder")
        return
    except OSError as exc:
        yield IngestError(origin=folder, message=f"cannot list this folder: {exc.strerror or exc}")
        return
    for name in names:
        path = os.path.join(folder, name)
        if skipped_in_folder(name):
            log.debug("skipping %s (hidden or not an article by its name)", path)
            continue
        yield from _entry(path, explicit=False, ancestors=(*ancestors, real), seen_dirs=seen_dirs)


def _entry(
    path: str, *, explicit: bool, ancestors: tuple[str, ...], seen_dirs: set[tuple[int, int]],
    named: bool = False,
) -> Iterator[Candidate | IngestError]:
    """A path as candidates: a folder walked, a file as itself, or why it cannot be read."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        yield _stat_error(path, exc)
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, ancestors, seen_dirs)
    elif not stat.S_ISREG(mode):
        yield IngestError(origin=path, message=not_regular_message(mode))
    elif not explicit and is_sqlite_name(path):
        log.debug("skipping %s (a SQLite file by its name)", path)
    else:
        yield Candidate(path=path, explicit=explicit, named=named)


def _has_magic(path: str) -> bool:
    return glob.has_magic(path)  # type: ignore[attr-defined]


def discover(paths: Iterable[str], *, exclude: Iterable[str] = ()) -> Iterator[Candidate | IngestError]:
    """Files to read under `paths` (files, folders, globs), in order, each once; never a file
    whose real path is in `exclude` (the database being written)."""
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[str] = set()
    excluded = frozenset(os.path.realpath(p) for p in exclude)

    def expand(path: str, *, named: bool) -> Iterator[Candidate | IngestError]:
        yield from _entry(path, explicit=True, ancestors=(), seen_dirs=seen_dirs, named=named)

    for path in paths:
        path = str(path)
        if path == "-":  # stdin: the caller reads it
            yield Candidate(path="-", explicit=True)
            continue
        if os.path.lexists(path) or not _has_magic(path):
            found = expand(path, named=True)
        else:
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield IngestError(origin=path, message="no files match this pattern")
                continue
            # A glob selects like a folder does: README, gold.json and the like stay out.
            matches = [m for m in matches if not _skipped_file(m)]
            if not matches:
                yield IngestError(origin=path, message="only README, gold, hidden or database files match this pattern")
                continue
            found = (item for match in matches for item in expand(match, named=False))
        for item in found:
            if isinstance(item, Candidate):
                real = os.path.realpath(item.path)
                if real in excluded:
                    log.debug("skipping %s: the database being written", item.path)
                    if item.named:
                        yield IngestError(origin=item.path, message="the database dateline is writing to; not read")
                    continue
                if real in seen_files:
                    log.debug("skipping %s: already read", item.path)
                    continue
                seen_files.add(real)
            yield item
