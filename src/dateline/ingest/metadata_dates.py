"""Publication dates from metadata values: any common way of writing a date -> ISO "YYYY-MM-DD".

`parse_date` reads the forms news metadata actually uses:

- ISO 8601 and its relatives: "2021-06-14", "2021-06-14T09:12:00Z", "2021-06-14 09:12+02:00",
  "2021/06/14", "20210614";
- day-month-year with a month name: "14 June 2021", "14th Jun. 2021", "Mon, 14 Jun 2021 09:12:00 GMT"
  (RFC 2822, as in RSS), "14. Juni 2021", "14 de junio de 2021", "14 juin 2021";
- month-day-year: "June 14, 2021", "Jun 14 2021 09:12 UTC", "Monday, June 14, 2021";
- numeric day/month/year: "14/06/2021", "14.06.2021", "14-06-21".

Decisions (documented because they change results):

- The date is the one *as written*: "2021-06-14T23:30:00-05:00" is 2021-06-14, not converted to UTC;
  the source's own calendar day is the day it published.
- Numeric dates with slashes or dashes are ambiguous ("05/06/2021"). When one part is over 12 it
  decides ("06/14/2021" is 14 June). Otherwise day-first (as most of the world writes them) unless
  `dayfirst=False`. Dotted numeric dates ("14.06.2021") are always day-first.
- Two-digit years (only in numeric dates, or written '21): 00-69 -> 2000s, 70-99 -> 1900s.
  Years outside 1800-2199 are refused.
- A month without a day ("June 2021") is not a date: None.
- Anything unreadable gives None; the function never raises.
"""

from __future__ import annotations

import datetime as dt
import re

from dateline.vocabulary.calendar import MONTHS as ENGLISH_MONTHS

MIN_YEAR = 1800
MAX_YEAR = 2199
# Metadata values are short; a long value is text, not a date (and caps regex work).
MAX_VALUE_CHARS = 200

MONTHS: dict[str, int] = {}
_MONTH_NAMES_OTHER = {
    # French, Spanish, German, Italian, Portuguese, Dutch (full names and common abbreviations)
    1: ["janvier", "janv", "enero", "ene", "januar", "jän", "gennaio", "gen", "janeiro", "januari"],
    2: ["février", "fevrier", "févr", "fevr", "febrero", "februar", "febbraio", "fevereiro", "fev",
        "februari"],
    3: ["mars", "marzo", "märz", "maerz", "março", "marco", "maart", "mrt"],
    4: ["avril", "avr", "abril", "abr", "aprile"],
    5: ["mai", "mayo", "maggio", "maio", "mei"],
    6: ["juin", "junio", "juni", "giugno", "junho"],
    7: ["juillet", "juil", "julio", "juli", "luglio", "lug", "julho"],
    8: ["août", "aout", "agosto", "ago", "augustus"],
    9: ["septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
    10: ["octobre", "octubre", "oktober", "okt", "ottobre", "ott", "outubro", "out"],
    11: ["novembre", "noviembre", "novembro", "november"],
    12: ["décembre", "decembre", "déc", "diciembre", "dic", "dezember", "dez", "dicembre",
         "dezembro", "december"],
}
MONTHS.update(ENGLISH_MONTHS)
for _number, _names in _MONTH_NAMES_OTHER.items():
    for _name in _names:
        MONTHS.setdefault(_name, _number)

_MONTH = "(?P<month>" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>\d{4}|'\d{2})"

_ISO = re.compile(r"(?<!\d)(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?:T[\d:.+\-Z]*)?\s*$")
_DAY_MONTH_YEAR = re.compile(
    rf"(?<![\w]){_DAY}\s*(?:de\s+|of\s+)?{_MONTH}(?:\s*,?\s*(?:de\s+)?){_YEAR}(?![\w])",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![\w]){_MONTH}\s*{_DAY}\s*,?\s*{_YEAR}(?![\w])", re.IGNORECASE
)
_NUMERIC = re.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d])")


def _year(text: str) -> int:
    text = text.lstrip("'")
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _iso(year: int, month: int, day: int) -> str | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: object, *, dayfirst: bool = True) -> str | None:
    """The calendar date a metadata value gives, as "YYYY-MM-DD", or None.

    Accepts str, datetime.date / datetime.datetime (YAML front matter gives those); anything
    else (numbers, None, lists) is None. Never raises.
    """
    if isinstance(value, dt.datetime):
        return _iso(value.year, value.month, value.day)
    if isinstance(value, dt.date):
        return _iso(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_VALUE_CHARS:
        return None
    match = _ISO.search(text)
    if match:
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    match = _COMPACT.match(text)
    if match:
        return _iso(int(match["year"]), int(match["month"]), int(match["day"]))
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        match = pattern.search(text)
        if match:
            month = MONTHS.get(match["month"].lower().rstrip("."))
            if month is None:
                continue
            return _iso(_year(match["year"]), month, int(match["day"]))
    match = _NUMERIC.search(text)
    if match:
        first, second, year = int(match["a"]), int(match["b"]), _year(match["year"])
        if match["sep"] == "." or first > 12:
            day, month = first, second
        elif second > 12:
            day, month = second, first
        elif dayfirst:
            day, month = first, second
        else:
            day, month = second, first
        return _iso(year, month, day)
    return None


def parse_month_day(value: str, *, year: int) -> str | None:
    """A dateline's day without year ("June 14", "14 June", "Jan. 5") as ISO in `year`, or None."""
    if not isinstance(value, str) or len(value) > MAX_VALUE_CHARS:
        return None
    text = value.strip()
    match = re.fullmatch(rf"{_MONTH}\s*{_DAY}", text, re.IGNORECASE) or re.fullmatch(
        rf"{_DAY}\s*{_MONTH}", text, re.IGNORECASE
    )
    if not match:
        return None
    month = MONTHS.get(match["month"].lower().rstrip("."))
    if month is None:
        return None
    return _iso(year, month, int(match["day"]))
