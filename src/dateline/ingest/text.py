"""Plain-text articles (.txt, .md): metadata at the top, headline, body.

Metadata comes in the forms people actually have, any order, keys case-insensitive:

- a YAML front-matter block at the very top (`---` ... `---`): title, source, published|date,
  url, author ...; every other key is kept in metadata;
- metadata lines: `date 2021-06-14`, `Date: 14 June 2021`, `Published: June 14, 2021 09:12 UTC`,
  `Source: Harbour Gazette` (or `source Harbour Gazette`), `URL: https://...`, `Updated: ...`,
  and a byline `By Jane Doe`
  (-> metadata["author"]). They may sit above the headline or right below it.

The first other non-empty line is the headline, unless it reads like body text (very long, or a
long sentence ending with a full stop): then the article has no title. A date in the file name
("2021-06-14-slug.txt", "20210614_slug.txt") is the publication date when metadata gives none
(published_from="filename"). When only an "Updated:" date is given, it stands in for the
publication date.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from dateline.errors import ReadError
from dateline.ingest.metadata_dates import parse_date
from dateline.ingest.decode import decode_bytes
from dateline.ingest.fields import filename_date, normalise_key, split_fields
from dateline.models import RawArticle

log = logging.getLogger(__name__)

# Front matter longer than this many lines is not front matter.
MAX_FRONT_MATTER_LINES = 200
# A first line longer than this is body text, not a headline.
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS_WITH_PERIOD = 15
# The headline is looked for among this many lines at the top (menus and labels may come first).
MAX_HEADLINE_SCAN = 8
# Shorter lines at the top are labels ("Family Meals"), not headlines; so are Title Case lines of
# up to MAX_TITLE_CASE_LABEL_WORDS words.
MIN_HEADLINE_WORDS = 3
MAX_TITLE_CASE_LABEL_WORDS = 3
# Share of a headline's topic words the body must use ("Dockers shut Kirov port" -> "dockers").
MIN_HEADLINE_SUPPORT = 0.25

_KEYED_LINE = re.compile(
    r"(?P<key>date|dated|published|published on|publication date|pub date|pubdate|posted|"
    r"posted on|updated|last updated|modified|source|outlet|publisher|publication|url|link|"
    r"canonical|author|authors|byline|title|headline|section|category|categories|tags|keywords|"
    r"language|lang|dateline|location|id)\s*:\s*(?P<value>\S.*)",
    re.IGNORECASE,
)
# "date 2021-06-14", "Published June 14, 2021": no colon, so the value must be a date.
_DATE_LINE = re.compile(
    r"(?P<key>date|dated|published|posted|updated|last updated)\s+(?P<value>\S.*)", re.IGNORECASE
)
# "source Kirov Daily", "url https://...": no colon, so the value must look like a name or a URL.
_SOURCE_LINE = re.compile(
    r"(?P<key>(?i:source|outlet|publisher))\s+(?P<value>[A-Z][\w.'’&\-]*(?:\s+[A-Z&][\w.'’&\-]*){0,5})"
)
_URL_LINE = re.compile(r"(?P<key>(?i:url|link))\s+(?P<value>https?://\S+)")
_NAME = r"(?:[A-Z][\w.'’\-]*|[A-Z]\.)"
_CONNECTOR = r"(?:and|&|de|da|dos|das|van|von|der|den|al|el|bin|la|le|del|della|di|du|y|in)"
_BYLINE = re.compile(
    rf"(?i:by)\s+(?P<value>{_NAME}(?:\s+(?:{_NAME}|{_CONNECTOR}))*(?:\s*,\s*[^,.!?]{{1,60}}){{0,3}})"
)
_RUN_IN_KEY = re.compile(
    r"(?P<key>(?i:published|posted|updated|last updated|date|dated))(?: (?i:on))?\s*:?\s+(?P<rest>.+)"
)
_RUN_IN_TIME = re.compile(r"(?:at )?\d{1,2}[:.]\d{2}(?:\s?(?:[ap]\.?m\.?|[AP]M))?(?:\s?[A-Z]{2,4}\b)?\s*[,|·–—-]?\s*")
MAX_RUN_IN_DATE_WORDS = 6
_FRONT_MATTER_END = re.compile(r"^(---|\.\.\.)\s*$", re.MULTILINE)


def metadata_line(line: str) -> tuple[str, str] | None:
    """(key, value) when `line` is a metadata line, else None."""
    line = line.strip()
    if not line or len(line) > 300 or split_metadata_run_in(line):
        return None  # (a date run into the first paragraph is split by the caller)
    match = _KEYED_LINE.fullmatch(line)
    if match:
        return normalise_key(match["key"]), match["value"].strip()
    match = _DATE_LINE.fullmatch(line)
    if match and parse_date(match["value"]):
        return normalise_key(match["key"]), match["value"].strip()
    match = _SOURCE_LINE.fullmatch(line) or _URL_LINE.fullmatch(line)
    if match:
        return normalise_key(match["key"]), match["value"].strip()
    match = _BYLINE.fullmatch(line)
    if match and len(match["value"].split()) <= 12:
        return "author", match["value"].strip()
    return None


def split_metadata_run_in(line: str) -> tuple[str, str, str] | None:
    """(key, date, rest) when a date field runs into the first paragraph on one line.

    "Published 2019-06-14 The storm that hit ..." -> ("published", "2019-06-14", "The storm that
    hit ..."). The date is the shortest run of words after the key that reads as a full date (a
    clock time after it goes with it); the rest must start like a sentence.
    """
    match = _RUN_IN_KEY.match(line.strip())
    if not match:
        return None
    words = match["rest"].split()
    for count in range(1, min(len(words), MAX_RUN_IN_DATE_WORDS + 1)):
        value = " ".join(words[:count])
        if not parse_date(value):
            continue
        rest = " ".join(words[count:])
        time = _RUN_IN_TIME.match(rest)
        if time:
            value, rest = f"{value} {time.group().strip()}", rest[time.end():]
        if rest and (rest[0].isupper() or rest[0] in "\"“‘'("):
            return normalise_key(match["key"]), value, rest
        return None
    return None


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    """(front-matter mapping, text after it); ({}, text) when there is none."""
    stripped = text.lstrip("\n")
    if not re.match(r"---[ \t]*\n", stripped):
        return {}, text
    body_start = stripped.index("\n") + 1
    end = _FRONT_MATTER_END.search(stripped, body_start)
    if end is None or stripped.count("\n", body_start, end.start()) > MAX_FRONT_MATTER_LINES:
        return {}, text
    block = stripped[body_start : end.start()]
    rest = stripped[end.end():]
    try:
        loaded = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        log.warning("front matter is not valid YAML (%s); reading it line by line", exc)
        loaded = None
    if isinstance(loaded, dict):
        return loaded, rest
    # Not a mapping: read it as "key: value" lines, keeping what reads.
    pairs = dict(filter(None, (metadata_line(line) for line in block.splitlines())))
    return pairs, rest


def _looks_like_title(line: str) -> bool:
    if len(line) > MAX_TITLE_CHARS:
        return False
    return not (line.rstrip().endswith(".") and len(line.split()) > MAX_TITLE_WORDS_WITH_PERIOD)


def _reads_as_headline(line: str, following: list[str]) -> bool | None:
    """True: a headline for the text that follows; False: page residue above it; None: body text.

    A headline is a title-length line that is not furniture, not a site label ("Asia Markets")
    and shares words with the story below it (a teaser for another story does not).
    """
    from dateline.clean import furniture_reason  # clean imports ingest: import when called
    from dateline.residue import describe, headline_support, is_site_label

    shape = describe(line)
    if shape.prose or not _looks_like_title(line):
        return None
    if furniture_reason(" ".join(line.split())) or is_site_label(shape):
        return False
    if shape.n_words < MIN_HEADLINE_WORDS or not (line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'"):
        return False  # a label, a line in lower case, a bracketed note
    if shape.title_case and sum(not w.isdigit() for w in shape.words) <= MAX_TITLE_CASE_LABEL_WORDS:
        # "Personal Finance Insider", "Native Advertising Survey 2015": a site's label (a year or
        # an issue number does not make a label a headline)
        return False
    share = headline_support(shape, following)
    return share is None or share >= MIN_HEADLINE_SUPPORT


def headline_index(lines: list[str], start: int) -> int | None:
    """Index of the headline among the lines before the first paragraph of prose, or None."""
    candidates = [i for i in range(start, len(lines)) if lines[i].strip()][:MAX_HEADLINE_SCAN]
    for i in candidates:
        verdict = _reads_as_headline(lines[i].strip(), [line for line in lines[i + 1:] if line.strip()])
        if verdict is None:
            return None
        if verdict:
            return i
    return None


def parse_text_article(
    text: str, *, origin: str, filename: str | None = None, fmt: str = "txt"
) -> RawArticle:
    """One article from the text of a .txt file. Raises ReadError when it holds no text."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    record, text = _front_matter(text)
    record = dict(record)
    lines = text.split("\n")
    index, title = 0, None

    def take_metadata() -> None:
        nonlocal index
        while index < len(lines):
            line = lines[index]
            if not line.strip():
                index += 1
                continue
            pair = metadata_line(line)
            if pair is None:
                run_in = split_metadata_run_in(line)
                if run_in is not None:  # "Published 2019-06-14 The storm that ..."
                    record.setdefault(run_in[0], run_in[1])
                    lines[index] = run_in[2]
                return
            key, value = pair
            if key == "title" and title is not None:
                return  # a "Title:" line after the headline is body text
            record.setdefault(key, value)
            index += 1

    take_metadata()
    above: list[str] = []
    headline = headline_index(lines, index)
    if headline is not None:
        title = lines[headline].strip()
        # Lines above the headline stay in the body: cleaning judges them (menus, labels).
        above = lines[index:headline]
        index = headline + 1
        take_metadata()
    body = "\n".join(above + lines[index:]).strip()
    fields = split_fields(record)
    if fields["title"]:
        if title is not None:
            body = f"{title}\n\n{body}".strip()  # the metadata title wins; the line is body
        title = fields["title"]
    if not body and title and not fields["title"]:
        body, title = title, None  # a one-line file is a body without a headline
    if not body.strip():
        raise ReadError("no article text (only metadata or a headline)")
    published, published_from = fields["published"], "metadata" if fields["published"] else None
    if published is None and filename:
        published = filename_date(filename)
        published_from = "filename" if published else None
    metadata = fields["metadata"]
    dateline_place = metadata.pop("dateline", None)
    return RawArticle(
        origin=origin,
        text=body,
        title=title,
        published=published,
        published_from=published_from,
        source=fields["source"],
        url=fields["url"],
        format=fmt,
        dateline_place=dateline_place if isinstance(dateline_place, str) else None,
        metadata=metadata,
    )


def read_text(path: Path, data: bytes) -> Iterator[RawArticle]:
    """Reader for .txt / .md files."""
    text, encoding = decode_bytes(data)
    if not text.strip():
        raise ReadError("empty file")
    article = parse_text_article(text, origin=str(path), filename=path.name)
    if encoding not in ("utf-8", "ascii"):
        article.metadata["encoding"] = encoding
    yield article
