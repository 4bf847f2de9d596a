"""RawArticle -> Article: page furniture out (with reasons), whitespace tidied, wire datelines read.

`clean_text` is the pure text step and is idempotent: cleaning cleaned text changes nothing.

1. Whitespace: line endings normalised, zero-width and control characters out, non-breaking and
   other Unicode spaces to plain spaces, runs of spaces collapsed, lines stripped, Unicode NFC.
   Quotation marks are kept exactly as written (no smart-quote conversion).
2. Furniture: every line that fully matches a rule in `dateline/data/furniture.txt` is dropped
   and recorded as a RemovedLine with the rule's reason (newsletter, read-more, photo-credit ...).
   That file is data: users extend it without touching code (see its header).
3. Paragraphs: output paragraphs are separated by exactly one blank line ("\\n\\n"). Blank lines
   separate paragraphs; inside a block, a line break is a paragraph break too (one paragraph per
   line is common), except where the line does not end a sentence (no closing punctuation) and
   is long (>= WRAP_MIN_CHARS), ends with a comma, or the next line starts in lower case: that is
   hard-wrapped text, joined with a space.
4. Residue in context (`judge_residue`; `clean` does it for text, not HTML pages): `dateline.residue` judges the remaining
   paragraphs by shape and place (site labels, other stories' headlines, lines at the page's
   edges), keeping subheadings, lists, tables, quotes and one-line paragraphs; every removal is
   a RemovedLine with its reason (site-menu, site-title, page-label, page-edge, teaser, fragment), and
   lines an outlet repeats across its articles can be passed in as `known_residue`. A paragraph
   a wire dateline opens with a dash starts the story: the lines above it go ("before-story";
   "title-repeat" when one repeats the title).

`clean` also reads the wire dateline at the start of the body ("GENEVA, June 14 (Reuters) -",
"Nairobi:", "LIMA —", "KIROV, Veldoria, March 3 (Coastline Wire) —"): the place is kept as
written ("GENEVA"), the date as ISO when the publication year makes it certain, else as written;
region and agency go to metadata. The dateline is removed so the body starts with its sentence.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.headline import outlet_name, without_site_name
from dateline.ingest.metadata_dates import MONTHS, parse_date, parse_month_day
from dateline.ingest.language import detect_language
from dateline.lexicons import words
from dateline.models import Article, RawArticle, RemovedLine
from dateline.residue import describe, strip_residue
from dateline.timestamp_lines import publication_stamp, read_timestamp

log = logging.getLogger(__name__)

# Lines longer than this are never furniture (and regexes stay cheap on huge lines).
MAX_FURNITURE_LINE = 1000
# A line at least this long that does not end a sentence is hard-wrapped text: join it.
WRAP_MIN_CHARS = 40
# Characters that end a paragraph (so the next line starts a new one).
_PARAGRAPH_END = tuple(".!?:;…\"'”’»)]|*")
_LIST_ITEM = re.compile(r"^([-*•–—·]|\d{1,3}[.)])\s")

_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")
# Zero-width and invisible formatting characters (incl. soft hyphen and BOM).
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(" {2,}")


# ----------------------------------------------------------------------------- furniture rules


@dataclass(frozen=True)
class FurnitureRule:
    reason: str
    pattern: re.Pattern[str]


def parse_furniture(text: str, *, name: str = "furniture") -> list[FurnitureRule]:
    """Rules from the furniture file format: "<reason> <regex>" per line, "#" comments."""
    rules = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        reason, _, pattern = line.partition(" ")
        if not re.fullmatch(r"[\w-]+", reason) or not pattern.strip():
            raise ValueError(f"{name}:{number}: expected '<reason> <regex>', got {line!r}")
        try:
            compiled = re.compile(pattern.strip(), re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"{name}:{number}: bad regular expression: {exc}") from exc
        rules.append(FurnitureRule(reason=reason, pattern=compiled))
    return rules


def load_furniture(path: str | Path | None = None) -> tuple[FurnitureRule, ...]:
    """The furniture rules from `path`, or the shipped dateline/data/furniture.txt."""
    if path is None:
        return _shipped_furniture()
    path = Path(path)
    return tuple(parse_furniture(path.read_text(encoding="utf-8"), name=str(path)))


@lru_cache(maxsize=1)
def _shipped_furniture() -> tuple[FurnitureRule, ...]:
    text = resources.files("dateline").joinpath("data/furniture.txt").read_text(encoding="utf-8")
    return tuple(parse_furniture(text, name="dateline/data/furniture.txt"))


def furniture_reason(line: str, *, rules: tuple[FurnitureRule, ...] | None = None) -> str | None:
    """Why `line` (one tidied line) is page furniture, or None when it is not."""
    if not line or len(line) > MAX_FURNITURE_LINE:
        return None
    for rule in rules if rules is not None else _shipped_furniture():
        if rule.pattern.fullmatch(line):
            return rule.reason
    return None


def _headline_from_body(text: object) -> tuple[str | None, object]:
    """(the headline among the body's first lines, the body without it), or (None, body)."""
    if not isinstance(text, str):
        return None, text
    from dateline.ingest.text import headline_index  # ingest imports clean: import when called

    lines = text.split("\n")
    index = headline_index(lines, 0)
    if index is None:
        return None, text
    return _one_line(lines[index]), "\n".join(lines[:index] + lines[index + 1:])


def _without_lines(text: str, lines: list[str]) -> str:
    """`text` less the first occurrence of each of `lines` (whole lines)."""
    if not lines:
        return text
    kept, left = [], list(lines)
    for line in text.split("\n"):
        if line in left:
            left.remove(line)
        else:
            kept.append(line)
    return "\n".join(kept)


# ----------------------------------------------------------------------------- text


def normalise_whitespace(text: str) -> str:
    """Line endings, invisible characters and spaces tidied; lines stripped; NFC."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_RUN.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _is_wrapped(line: str, next_line: str) -> bool:
    """Whether the break between `line` and `next_line` is a hard wrap inside a paragraph."""
    if line.endswith(_PARAGRAPH_END) or line.isupper() or _LIST_ITEM.match(next_line):
        return False
    return len(line) >= WRAP_MIN_CHARS or line.endswith(",") or next_line[0].islower()


def clean_text(
    text: str,
    *,
    rules: tuple[FurnitureRule, ...] | None = None,
    known_residue: frozenset[str] | None = None,
    judge_residue: bool = True,
) -> tuple[str, list[RemovedLine]]:
    """Furniture and residue out, whitespace tidied; paragraphs separated by "\\n\\n". Never raises.

    `known_residue`: lines known to be page furniture of this outlet (see
    `dateline.residue.outlet_repeats`), removed as "outlet-repeat". `judge_residue=False` keeps
    to the furniture patterns (no judging in context).
    """
    if not isinstance(text, str):
        return "", []
    removed: list[RemovedLine] = []

    def keep(line: str) -> bool:
        reason = furniture_reason(line, rules=rules)
        if reason is None and known_residue and line in known_residue:
            reason = "outlet-repeat"
        if reason is None:
            return True
        removed.append(RemovedLine(text=line, reason=reason))
        return False

    paragraphs: list[str] = []
    for block in re.split(r"\n{2,}", normalise_whitespace(text)):
        lines = [line for line in block.split("\n") if line and keep(line)]
        current: str | None = None
        for line in lines:
            if current is not None and _is_wrapped(current, line):
                current = f"{current} {line}"
            else:
                if current is not None:
                    paragraphs.append(current)
                current = line
        if current is not None:
            paragraphs.append(current)
    # Joined lines are checked again so that cleaning cleaned text finds nothing new.
    paragraphs = [paragraph for paragraph in paragraphs if keep(paragraph)]
    if judge_residue:
        paragraphs, residue = strip_residue(paragraphs, protect=_is_wire_dateline, opens_story=_opens_story)
        removed.extend(RemovedLine(text=line, reason=reason) for line, reason in residue)
    return "\n\n".join(paragraphs), removed


# ----------------------------------------------------------------------------- datelines

_WORD = r"[^\W\d_][\w.'’\-]*"
_MONTH_NAME = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ /]{_WORD}){{0,4}})"
    rf"(?:,[ \t]*(?P<region>{_WORD}(?:[ \t]{_WORD}){{0,3}}))?"
    rf"(?:,?[ \t]*(?P<date>{_MONTH_NAME}[ \t]+\d{{1,2}}(?:,?[ \t]+\d{{4}})?"
    rf"|\d{{1,2}}[ \t]+{_MONTH_NAME}(?:[ \t]+\d{{4}})?|{_WEEKDAY}))?"
    r"(?:[ \t]*\((?P<agency>[^()\n]{1,40})\))?"
    r"[ \t]*(?P<sep>--|[-–—]|:)\s+"
    r"(?=[\"'“‘«(\[]?[^\W_])"
)
# a page that sets the dateline apart by markup alone loses the space in plain text: "Hong Kong
# (CNN Business)A muddled view ..." (a bracket closed right before a capital letter)
_GLUED_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ /]{_WORD}){{0,4}})(?:,[ \t]*(?P<region>{_WORD}(?:[ \t]{_WORD}){{0,3}}))?"
    r"[ \t]*\((?P<agency>[^()\n]{1,40})\)(?=[\"“‘A-Z])"
)
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()\n]{1,40})\)[ \t]*(?:--|[-–—])\s+(?=\S)")
# Labels that open a body like a dateline but are not places.
NOT_PLACES = frozenset(words("clean/not_places.txt"))
AGENCIES = frozenset(words("clean/agencies.txt"))


@dataclass(frozen=True)
class Dateline:
    place: str | None
    region: str | None
    date_text: str | None
    agency: str | None
    rest: str


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline opening `text`, or None when the text does not open with one."""
    if not isinstance(text, str):
        return None
    head = text[:300]
    match = _AGENCY_ONLY.match(head)
    if match:
        return Dateline(None, None, None, match["agency"].strip(), text[match.end():])
    match = _DATELINE.match(head) or _GLUED_DATELINE.match(head)
    if not match or (match.re is _GLUED_DATELINE and match["agency"].split()[0].lower() not in AGENCIES):
        return None
    place, region = match["place"], match["region"]
    date_text = match.groupdict().get("date")
    agency, sep = match["agency"], match.groupdict().get("sep") or ")"
    if region and (region.lower().rstrip(".") in MONTHS or re.fullmatch(_WEEKDAY, region)):
        date_text, region = region if not date_text else date_text, None
    letters = [c for c in place if c.isalpha()]
    all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    if place.lower() in NOT_PLACES or (region and region.lower() in NOT_PLACES):
        return None
    if not all_caps and place.split()[0].lower() in NOT_PLACES:
        return None
    title_case = all(word[0].isupper() for word in re.split(r"[ /]", place))
    if not all_caps:
        if not title_case:
            return None
        words = len(place.split())
        if sep == ":":
            if words > 2 or region or date_text or agency:
                return None
        elif not (date_text or agency or region):
            # "Rain — and lots of it — fell" is not a dateline; "Lima, Peru —" is.
            return None
    return Dateline(place, region, date_text, agency.strip() if agency else None, text[match.end():])


def _is_wire_dateline(paragraph: str) -> bool:
    """A line a wire dateline opens ("NAIROBI, August 21 (Xinhua) --"): the article's place
    and date, not page residue, even standing alone."""
    place, date, rest = split_dateline(paragraph)
    if place or date:
        # "Nairobi: Police said ..." opens a story; "BBC Future: The race to escape sea ice" is a
        # headline with its section's label, judged like any other line.
        return _opens_story(paragraph) or describe(rest).prose
    # a dateline alone on its line is read as one when the body follows it
    place, date, rest = split_dateline(f"{paragraph} Body.")
    return bool(place or date) and rest == "Body."


def _opens_story(paragraph: str) -> bool:
    """A paragraph a wire dateline opens with a dash ("MADRID — ...", "HANOI, Vietnam (AP) —"),
    or such a dateline alone on its line. ("Q:", "Prof. Carlos:" open interview lines, not stories.)"""
    for text in (paragraph, f"{paragraph} Body."):
        found = find_dateline(text)
        if found is not None and (found.place or found.agency):
            opening = text[: len(text) - len(found.rest)].rstrip()
            return opening.endswith(("-", "–", "—"))
    return False


def split_dateline(text: str) -> tuple[str | None, str | None, str]:
    """(place, date as written, rest of the text) when `text` opens with a wire dateline.

    Without a dateline: (None, None, text).
    """
    found = find_dateline(text)
    if found is None:
        return None, None, text
    return found.place, found.date_text, found.rest


def dateline_date_iso(date_text: str | None, *, published: str | None) -> str | None:
    """The dateline's date as ISO when the publication date fixes its year, else as written."""
    if not date_text:
        return None
    full = parse_date(date_text)
    if full:
        return full
    if published:
        year = int(published[:4])
        iso = parse_month_day(date_text, year=year)
        if iso and iso > published and (int(iso[5:7]) - int(published[5:7])) % 12 > 1:
            # "Dec. 31" in a paper dated January 2 is last year's.
            iso = parse_month_day(date_text, year=year - 1)
        if iso:
            return iso
    return date_text


# ----------------------------------------------------------------------------- article


def _one_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    line = normalise_whitespace(value).replace("\n", " ").strip()
    return _SPACE_RUN.sub(" ", line) or None


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()


def clean(
    raw: RawArticle,
    *,
    rules: tuple[FurnitureRule, ...] | None = None,
    known_residue: frozenset[str] | None = None,
) -> Article | None:
    """The cleaned Article, or None (logged) when nothing readable is left."""
    # An HTML page's text comes from trafilatura, which read the page's structure and already left
    # out its menus and boxes; judging the remaining lines again without the page costs more body
    # lines than it finds residue (articlebench HTML path), so HTML keeps to the patterns.
    raw_text, title = raw.text, _one_line(raw.title)
    stamped, stamp_lines = publication_stamp(raw_text) if isinstance(raw_text, str) else (None, [])
    title_stamp = read_timestamp(title) if title else None
    if title_stamp is not None:
        # an export whose "title" is the page's time stamp: the headline is the body's first line
        stamp_lines.insert(0, title)
        stamped = stamped or title_stamp.date
        title, raw_text = _headline_from_body(raw_text)
    title, site_name = without_site_name(title, raw.source, raw.url)
    text, removed = clean_text(
        _without_lines(raw_text, stamp_lines), rules=rules, known_residue=known_residue,
        judge_residue=raw.format != "html",
    )
    removed = [RemovedLine(text=line.strip(), reason="timestamp") for line in stamp_lines] + removed
    paragraphs = text.split("\n\n") if text else []
    if title and paragraphs and _same_words(paragraphs[0], title):
        removed.append(RemovedLine(text=paragraphs.pop(0), reason="title-repeat"))
        text = "\n\n".join(paragraphs)
    if title:  # the headline above a dateline went as "before-story": it repeats the title
        removed = [RemovedLine(text=line.text, reason="title-repeat")
                   if line.reason == "before-story" and _same_words(line.text, title) else line for line in removed]

    metadata = dict(raw.metadata)
    if site_name:
        metadata.setdefault("title_site_name", site_name)  # the page title's tail ("... | Outlet")
    site, source = _one_line(raw.source), outlet_name(_one_line(raw.source))
    if site and source != site:
        metadata.setdefault("site_name", site)  # as the page gave it, tagline and all
    place, date_text = raw.dateline_place, raw.dateline_date
    found = find_dateline(text)
    if found is not None:
        text = found.rest.lstrip()
        place = place or found.place
        date_text = date_text or found.date_text
        if found.region:
            metadata.setdefault("dateline_region", found.region)
        if found.agency:
            metadata.setdefault("dateline_agency", found.agency)

    if not text.strip():
        reasons = sorted({line.reason for line in removed})
        log.info(
            "%s: no article text left after cleaning%s",
            raw.origin,
            f" (removed: {', '.join(reasons)})" if reasons else "",
        )
        return None

    published = parse_date(raw.published) if raw.published else None
    published_from = raw.published_from if published else None
    if raw.published and not published:
        log.info("%s: publication date %r is not a date; ignored", raw.origin, raw.published)
        metadata.setdefault("published_raw", raw.published)
    if not published and stamped:
        published, published_from = stamped, "text"  # the page's own time stamp above the story
    return Article(
        id=Article.make_id(text),
        origin=raw.origin,
        title=title,
        text=text,
        published=published,
        published_from=published_from,
        source=source,
        url=raw.url.strip() if isinstance(raw.url, str) and raw.url.strip() else None,
        dateline_place=place,
        dateline_date=dateline_date_iso(date_text, published=published),
        language=detect_language(f"{title or ''}\n{text}"),
        removed=removed,
        word_count=len(text.split()),
        format=raw.format,
        origins=[raw.origin],
        metadata=metadata,
    )
