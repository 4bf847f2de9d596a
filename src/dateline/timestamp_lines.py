"""A page's own timestamp at the top of an article: "Posted on Thu Jun 13, 2013 08:45 AM PDT",
"21 July 2013 Last updated at 11:11 GMT", "First Posted 23:37:00 05/05/2010".

Scraped text and exports often carry the page's time stamp as a line of its own above or just
below the headline, and no publication date in their metadata. Such a line is residue in the
body, and it is the best evidence of the day the article was published: this module finds it
among an article's first lines and reads its date. A line counts only when it is nothing but a
date with its time, weekday, time zone and words like "posted" or "updated": a sentence that
names a date is no timestamp. A numeric date both of whose parts could be the month
("9/10/2010") is read in the order its time zone's places write dates ("8/2/2013 8:13 AM PDT"
is August 2), and without a zone that tells gives no date (the line still goes): a wrong day is
worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.ingest.metadata_dates import parse_date
from dateline.lexicons import table
from dateline.vocabulary.calendar import MONTHS, WEEKDAYS

TOP_LINES = 6  # non-empty lines from the top where a page puts its time stamp
MAX_LINE_CHARS = 140

_UPDATED = re.compile(r"\b(updated|edited|modified|revised)\b", re.IGNORECASE)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_STAMP_WORDS = re.compile(
    r"\b(?:first|last|posted|published|updated|edited|modified|revised|date|time|on|at|and|hrs|hours|am|pm|"
    + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + "|" + _MONTH_NAMES + r")\b\.?",
    re.IGNORECASE,
)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?|[ap]\b)?", re.IGNORECASE)
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_ZONE = re.compile(r"\b(?:[A-Z]{1,4}T|UTC|Z)\b")  # ET, PDT, IST, BST, HKT, AEST: a zone's abbreviation
_DIGITS_AND_MARKS = re.compile(r"[\d\s:/.,|@()\-–—·•+]+")
_ZONE_ORDER = dict(table("ingest/zone_date_order.tsv", 2))  # zone -> "month" | "day" first
_AMBIGUOUS_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})([/\-])(\d{1,2})\2(\d{2}|\d{4})(?!\d)")


@dataclass(frozen=True)
class TimestampLine:
    line: str  # as it stands in the text
    date: str | None  # ISO day, None when the line's date is ambiguous
    updated: bool  # the stamp of an update, not of publication


def read_timestamp(line: str) -> TimestampLine | None:
    """The line as a page's time stamp, or None when it is anything more than one."""
    text = line.strip()
    if not text or len(text) > MAX_LINE_CHARS or not re.search(r"\d", text):
        return None
    plain = _untokenised(text)
    rest = _ZONE.sub(" ", _STAMP_WORDS.sub(" ", _ORDINAL.sub(" ", _TIME.sub(" ", plain))))
    if _DIGITS_AND_MARKS.sub("", rest):
        return None  # words left over: a sentence, a headline, a byline
    date = parse_date(plain)
    if date is None:
        return None
    first_date_at = _first_date_offset(plain)
    updated = bool(_UPDATED.search(plain[:first_date_at]))
    numeric = _AMBIGUOUS_NUMERIC.search(plain)
    if numeric and int(numeric.group(1)) <= 12 and int(numeric.group(3)) <= 12 and numeric.group(1) != numeric.group(3):
        date = _numeric_in_zone_order(plain, numeric.group(0))
    return TimestampLine(line=line, date=date, updated=updated)


def _numeric_in_zone_order(plain: str, numeric: str) -> str | None:
    """A numeric date either of whose first parts could be the month, read in the order its
    line's time zone writes dates ("08/02/2013 11:10 am EDT" is August 2; "... BST" is 8
    February); with no zone that tells (data/ingest/zone_date_order.tsv), no day: a wrong day
    is worse than none. A month written out elsewhere on the line ("Friday August 2, 2013")
    was read by parse_date before the number."""
    if re.search(rf"\b(?:{_MONTH_NAMES})\b", plain.replace(numeric, " "), re.IGNORECASE):
        return parse_date(plain)
    orders = {_ZONE_ORDER.get(zone) for zone in _ZONE.findall(plain)} - {None}
    if len(orders) != 1:
        return None  # "9/10/2010 @ 1:19PM": September or October, the line does not say
    return parse_date(numeric, dayfirst=orders.pop() == "day")


def publication_stamp(text: str) -> tuple[str | None, list[str]]:
    """(the publication day the article's top lines stamp, or None; every stamp line found).
    A "published" stamp wins over an "updated" one; the first of a kind over later ones."""
    stamps: list[TimestampLine] = []
    for line in [line for line in text.split("\n") if line.strip()][:TOP_LINES]:
        stamp = read_timestamp(line)
        if stamp is not None:
            stamps.append(stamp)
    dated = [s for s in stamps if s.date and not s.updated] or [s for s in stamps if s.date]
    return (dated[0].date if dated else None), [s.line for s in stamps]


STAMP_PREFIX_WORDS = 12  # a stamp run into a sentence is at most this many words


def stamp_prefix(sentence: str) -> int:
    """Where a sentence starts after a page's time stamp run into it on one line ("December
    15th, 2008, 7:35 am Dan Patrick reported ..."), else 0. The stamp must be followed by a
    capitalised word: "On March 5, 2009, the club said" is a sentence that names a date."""
    tokens = list(re.finditer(r"\S+", sentence))
    longest = min(STAMP_PREFIX_WORDS, len(tokens) - 1)
    if longest < 1 or not re.search(r"\d", sentence[: tokens[longest - 1].end()]):
        return 0  # every stamp has a digit: most sentences are done with at one look
    for count in range(longest, 0, -1):
        following = tokens[count].group()
        if not following[:1].isupper():
            continue
        stamp = read_timestamp(sentence[: tokens[count - 1].end()])
        if stamp is not None:  # an ambiguous day ("03/08/2013") is still a stamp
            return tokens[count].start()
    return 0


def _untokenised(text: str) -> str:
    """Spaces a tokeniser put inside numbers taken out ("1: 35 pm", "5 / 5 / 2010",
    "2012 - 04 - 04"), and a dash between parts of a date read as a comma."""
    text = re.sub(r"(?<=\d)\s*([:/])\s*(?=\d)", r"\1", text)
    text = re.sub(r"\b(\d{4})\s+-\s+(\d{1,2})\s+-\s+(\d{1,2})\b", r"\1-\2-\3", text)
    text = re.sub(r"\b([ap])\.\s+m\.", r"\1.m.", text, flags=re.IGNORECASE)
    return re.sub(r"\s+[-–—]\s+", ", ", text)


def _first_date_offset(text: str) -> int:
    found = re.search(r"\d", text)
    month = re.search(rf"\b(?:{_MONTH_NAMES})\b", text, re.IGNORECASE)
    offsets = [m.start() for m in (found, month) if m]
    return min(offsets) if offsets else len(text)
