"""A user's own actor dictionary: people, offices and organisations dateline should know.

Three formats, the columns of the shipped `actors_current.tsv` in each:

- TSV: `name<TAB>aliases<TAB>country<TAB>sector<TAB>start<TAB>end<TAB>office`, aliases
  separated by `|`, lines starting with `#` skipped;
- CSV with a header naming those columns (`name` required, the others optional);
- YAML: a list of mappings with those keys (`aliases` a list or a `|`-separated string).

Rows are checked when the file is read, before any article is analysed, so a bad file stops
the run at once with a one-line error naming the file and line (`DataFileError`). A file's
rows come before the shipped dictionary's, so a user's entry wins where both name a person.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

from dateline.errors import DataFileError

COLUMNS = ("name", "aliases", "country", "sector", "start", "end", "office")
MAX_FILE_BYTES = 20_000_000  # a dictionary, not a corpus: bigger is a wrong file
_COUNTRY = re.compile(r"[A-Z]{3}")
_SECTOR = re.compile(r"[A-Z]{3}")
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

ActorRow = tuple[str, str, str, str, str, str, str]  # the COLUMNS, in order


def read_actor_files(paths: tuple[str, ...] | list[str]) -> tuple[ActorRow, ...]:
    """Every row of the user's actor files, checked; () for none."""
    return tuple(row for path in paths for row in read_actor_file(Path(path)))


def read_actor_file(path: Path) -> list[ActorRow]:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DataFileError(f"{path}: actor file larger than {MAX_FILE_BYTES} bytes")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(f"{path}: cannot read the actor file ({exc.__class__.__name__}: {exc})") from None
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        numbered = _yaml_rows(path, text)
    elif suffix == ".csv":
        numbered = _csv_rows(path, text)
    else:
        numbered = _tsv_rows(text)
    return [_checked(path, line, values) for line, values in numbered]


def _tsv_rows(text: str) -> list[tuple[int, dict[str, str]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            rows.append((number, dict(zip(COLUMNS, line.split("\t")))))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict[str, str]]]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return []
    reader = csv.DictReader(line for _n, line in lines)
    if "name" not in (reader.fieldnames or []):
        raise DataFileError(f"{path}:{lines[0][0]}: the CSV header must name the columns ({', '.join(COLUMNS)})")
    return [(number, {k: v or "" for k, v in row.items() if k}) for (number, _line), row in zip(lines[1:], reader)]


def _yaml_rows(path: Path, text: str) -> list[tuple[int, dict[str, str]]]:
    try:
        nodes = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise DataFileError(f"{path}{where}: not valid YAML ({getattr(exc, 'problem', None) or exc})") from None
    if nodes is None:
        return []
    if not isinstance(nodes, yaml.SequenceNode):
        raise DataFileError(f"{path}:{nodes.start_mark.line + 1}: expected a list of actors")
    rows = []
    for node in nodes.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            raise DataFileError(f"{path}:{line}: an actor must be a mapping with a name")
        values = yaml.safe_load(yaml.serialize(node)) or {}
        aliases = values.get("aliases") or ""
        if isinstance(aliases, list):
            aliases = "|".join(str(a) for a in aliases)
        rows.append((line, {k: str(v) if v is not None else "" for k, v in {**values, "aliases": aliases}.items()}))
    return rows


def _checked(path: Path, line: int, values: dict[str, str]) -> ActorRow:
    row = tuple(str(values.get(column) or "").strip() for column in COLUMNS)
    name, _aliases, country, sector, start, end, _office = row
    problem = None
    if not name:
        problem = "an actor needs a name"
    elif country and not _COUNTRY.fullmatch(country):
        problem = f"country {country!r} is not an ISO-3 code (e.g. FRA)"
    elif sector and not _SECTOR.fullmatch(sector):
        problem = f"sector {sector!r} is not a three-letter code (e.g. GOV, MIL, IGO)"
    elif any(d and not _DATE.fullmatch(d) for d in (start, end)):
        problem = f"dates must be YYYY-MM-DD (got {start!r}, {end!r})"
    elif start and end and end < start:
        problem = f"the office ends ({end}) before it starts ({start})"
    if problem:
        raise DataFileError(f"{path}:{line}: {problem}")
    return row  # type: ignore[return-value]
