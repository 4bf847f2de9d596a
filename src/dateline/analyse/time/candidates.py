"""Time tagger basics: the Candidate record, the regex pieces the pattern table is built from
(numbers, months, weekdays, clock times, modifiers), small readers of matched text, and the
Context a handler reads (text, sentences, tense, nearby words).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc

from dateline.lexicons import table, words
from dateline.analyse.time.normalise import MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, WEEKDAYS
from dateline.analyse.time.tense import NEAREST, PAST, direction_for, is_past_perfect

_YEAR = re.compile(r"(?<![\d$£€.,-])(?:19|20)\d{2}(?![\d%])")


MAX_TEXT = 500_000  # characters scanned per text; longer texts are cut (untrusted input)


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    value: str | None = None  # fixed value, when it needs no anchor
    spec: str | None = None  # anchor spec, when it does
    mod: str | None = None
    rule: str = ""


# ----------------------------------------------------------------------------- vocabulary

_NUM_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)"
)
NUM = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|{_NUM_WORD}(?:[- ]{_NUM_WORD})?(?:\s+hundred)?"
    r"|a\s+hundred|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+dozen|dozens\s+of|hundreds\s+of"
    r"|a\s+few|few|several|many|an?)"
)
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|"
    r"quarters?|years?|decades?|century|centuries|millennium|millennia)"
)
MONTH_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = (
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\.)"
)
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# a day written as an ordinal word: "March eighth", "the twenty-first of May"
DAY_WORD = (
    r"(?:(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth)(?![\w-])"
)
# a month and its day, either order; a word day before its month needs "of" ("the first of May"),
# since "a second March rally" is an ordinal of the rally, not a day
MONTH_THEN_DAY = rf"{MONTH}\s+(?:{DAYNUM}|{DAY_WORD})"
DAY_THEN_MONTH = rf"(?:{DAYNUM}\s+(?:of\s+)?|{DAY_WORD}\s+of\s+){MONTH}"
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
PART = r"(?:morning|afternoon|evening|night)"
CLOCK = (
    r"(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)|\d{1,2}:\d{2}(?=\s*(?:GMT|UTC|local))"
    r"|noon|midnight|midday)"
    r"(?:\s*\(?(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST)\)?|\s+local\s+time)?"
)
PRE = r"(?:early|late|earlier|later|mid-|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of)"
MODS = (
    r"(?:more\s+than|less\s+than|fewer\s+than|longer\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"no\s+less\s+than|up\s+to|nearly|almost|about|around|roughly|approximately|some|over|under|"
    r"just\s+over|just\s+under|well\s+over|only|barely|close\s+to)"
)
MOD_VALUES = dict(table("time/modifiers.tsv", 2))
PRE_MODS = dict(table("time/pre_modifiers.tsv", 2))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower()).strip()


def _pre_mod(text: str) -> str | None:
    text = _norm(text)
    for phrase in sorted(PRE_MODS, key=len, reverse=True):
        if text.startswith(phrase):
            return PRE_MODS[phrase]
    return None


def _month_of(text: str) -> int | None:
    match = re.search(MONTH, text, re.I)
    if not match:
        return None
    return MONTHS.get(match.group(0).rstrip(".").lower())


def _weekday_of(text: str) -> int | None:
    match = re.search(WEEKDAY, text)
    if not match:
        return None
    return WEEKDAYS.get(match.group(0).rstrip(".").lower())


def _clock_suffix(text: str) -> str | None:
    """T22:00 for "10 p.m.", T12:00 for "noon"; None when there is no clock time."""
    low = text.lower()
    match = re.search(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|o'clock)?", low)
    if re.search(r"\b(noon|midday)\b", low):
        return "T12:00"
    if re.search(r"\bmidnight\b", low):
        return "T24:00"
    if not match or not re.search(CLOCK, text, re.I):
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    if meridiem == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"T{hour:02d}:{minute:02d}"


def _part_suffix(text: str) -> str | None:
    low = _norm(text)
    for word in ("early hours", "small hours", "wee hours"):
        if word in low:
            return "TNI"
    for word in ("afternoon", "morning", "evening", "night", "tonight", "overnight"):
        if re.search(rf"\b{word}\b", low):
            return PARTS_OF_DAY[word]
    return None


# ----------------------------------------------------------------------------- handlers


class Context:
    """What handlers need besides the match: the doc and the tense lookup."""

    def __init__(self, doc: Doc, text: str):
        self.doc = doc
        self.text = text
        # an earnings report: "a year ago" there means the same quarter last year
        self.financial = len(re.findall(r"\bquarter\b", text, re.I)) >= 1 and "a share" in text
        self._tokens_by_char: dict[int, int] | None = None  # built on first use
        self._years: tuple[list[int], list[int]] | None = None  # ends and values of the years written out

    def direction(self, start: int, end: int, *, present: int = 1) -> int:
        try:
            return direction_for(self.doc, start, end, present=present)
        except Exception:  # a parse quirk must never cost the article
            return NEAREST

    def date_direction(self, start: int, end: int, *, present: int, weekday: bool = False) -> int:
        """The tense direction, unless a word before the date settles it: "payable Dec. 7",
        "due June 1", "as soon as Tuesday" point ahead; "effective Feb. 1", "through
        January" are the nearest ("until Tuesday" points ahead: a week is short)."""
        before = _norm(self.text[max(0, start - 24) : start])
        if self._past_perfect(start, end):
            return PAST
        if re.search(r"\b(payable|due|expires?|expiring|record|as soon as|as early as)(?:\s+on)?$", before):
            return 1
        if weekday and re.search(r"\b(until|till)(?:\s+on)?$", before):
            return 1
        if re.search(r"\b(effective|until|till|through|starting|beginning)(?:\s+on|\s+in)?$", before):
            return NEAREST
        return self.direction(start, end, present=present)

    def year_before(self, start: int) -> int | None:
        """The year last written out before `start` ("a 2020 tour", "June 9, 2020"), a hint
        for a year-less date the tense leaves open (see anchor._resolve, md)."""
        if self._years is None:  # found once a text: a tour's list of dates asks for each
            found = [(m.end(), int(m.group(0))) for m in _YEAR.finditer(self.text)]
            self._years = ([end for end, _ in found], [year for _, year in found])
        ends, years = self._years
        before = bisect.bisect_right(ends, start)
        return years[before - 1] if before else None

    def _past_perfect(self, start: int, end: int) -> bool:
        try:
            return is_past_perfect(self.doc, start, end)
        except (ValueError, IndexError, AttributeError):  # a parse quirk must never cost the article
            return False

    def token_at(self, char: int):
        if self._tokens_by_char is None:
            # one array read instead of a Python object per token
            starts = self.doc.to_array(IDX).tolist() if len(self.doc) else []
            self._tokens_by_char = {start: i for i, start in enumerate(starts)}
        index = self._tokens_by_char.get(char)
        return self.doc[index] if index is not None else None

    def token_before(self, char: int):
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        return self.doc[span.start - 1]

    def token_after(self, char: int):
        span = self.doc.char_span(max(char - 1, 0), char, alignment_mode="expand")
        if span is None or span.end >= len(self.doc):
            return None
        return self.doc[span.end]


Handler = Callable[[re.Match, Context], Candidate | None]


def day_number(text: str) -> int | None:
    """The day of the month a DAYNUM or DAY_WORD match names: "8th" and "eighth" are 8,
    "twenty-first" is 21; None for a word that names no day."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    total = 0
    for word in re.split(r"[- ]+", text.lower()):
        if word in ORDINALS and ORDINALS[word] > 0:
            total += ORDINALS[word]
        elif word in NUMBER_WORDS:
            total += NUMBER_WORDS[word]
        else:
            return None
    return total or None


def _date_parts(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) written in a date phrase (any may be None)."""
    year_match = re.search(rf"(?<![\d.]){YEAR}(?!\d)", text)
    year = int(year_match.group(0)) if year_match else None
    month = _month_of(text)
    day = None
    if month is not None:
        month_match = re.search(MONTH, text)
        after = text[month_match.end() :] if month_match else ""
        before = text[: month_match.start()] if month_match else ""
        day_match = re.match(rf"\s*({DAYNUM}|{DAY_WORD})\b(?!\s*,?\s*\d{{3}}(?!\d))", after, re.I)
        if day_match and not (year_match and year_match.start() <= (month_match.end() + day_match.start(1)) < year_match.end()):
            day = day_number(day_match.group(1))
        else:
            day_match = re.search(rf"({DAYNUM}|{DAY_WORD})\s+(?:of\s+)?$", before, re.I)
            if day_match:
                day = day_number(day_match.group(1))
    if day is not None and not 1 <= day <= 31:
        day = None
    return year, month, day


def _resolve_day(text: str, ctx: Context, start: int, end: int) -> tuple[str | None, str | None]:
    """(value, spec) for the day a phrase names: a date, a weekday or today/yesterday/tomorrow."""
    low = _norm(text)
    year, month, day = _date_parts(text)
    if month and day:
        if year:
            return f"{year:04d}-{month:02d}-{day:02d}", None
        direction = ctx.date_direction(start, end, present=NEAREST)
        year_said = ctx.year_before(start) if direction == NEAREST else None
        return None, f"md:{direction}:{month}:{day}" + (f":{year_said}" if year_said else "")
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return iso.group(0), None
    numeric = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if numeric:
        m, d, y = int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3))
        if m > 12 >= d:
            m, d = d, m
        if 1 <= m <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}", None
    if "day before yesterday" in low:
        return None, "day:-2"
    if "day after tomorrow" in low:
        return None, "day:2"
    if re.search(r"\byesterday\b", low) or re.search(r"\blast night\b", low):
        return None, "day:-1"
    if re.search(r"\btomorrow\b", low):
        return None, "day:1"
    if re.search(r"\b(today|tonight|this (morning|afternoon|evening))\b", low):
        return None, "day:0"
    weekday = _weekday_of(text)
    if weekday:
        if re.search(r"\blast\b|\bprevious\b|\bpast\b", low):
            direction = -2
        elif re.search(r"\bnext\b|\bcoming\b", low):
            direction = 2
        elif re.search(r"\bthis\b", low):
            direction = 3
        else:
            direction = ctx.date_direction(start, end, present=1, weekday=True)
        return None, f"wd:{direction}:{weekday}"
    return None, None


# nouns that "today's" makes generic: "today's youth" is the present age, not a day
_GENERIC_TODAY_NOUNS = frozenset(words("time/generic_today_nouns.txt"))


def _generic_today(ctx: Context, end: int) -> bool:
    """"today's world", "many of today's computers": the present age, not the day."""
    head = re.match(r"(?:'s|\u2019s)\s+([a-z-]+)", ctx.text[end : end + 40])
    if head is None:
        return False
    if head.group(1) in _GENERIC_TODAY_NOUNS:
        return True
    before = _norm(ctx.text[max(0, end - 30) : end - len("today")])
    return bool(re.search(r"\b(?:many|most|all|some|much)\s+of$", before))


def _sentence_mentions(ctx: Context, start: int, words: tuple[str, ...]) -> bool:
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent.text.lower()
    return any(word in sentence for word in words)
