"""Find time expressions in a parsed text and turn each into a TIMEX3 reading.

Regular patterns over the text find candidates (the longest wins where they
overlap); the spaCy tokens veto false friends ("may" the verb, ages, names) and
give the tense that points weekdays and year-less dates to the past or future.
A candidate carries either a fixed TIMEX3 value or an anchor spec (see anchor.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc

from dateline.analyse.time.normalise import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    duration_value,
    parse_number,
    unit_of,
)
from dateline.analyse.time.tense import NEAREST, PAST, direction_for, is_past_perfect

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
MOD_VALUES = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "just over": "MORE_THAN", "well over": "MORE_THAN",
    "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
    "just under": "LESS_THAN", "almost": "LESS_THAN", "barely": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "nearly": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX", "close to": "APPROX",
}  # fmt: skip
PRE_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "late": "END", "later": "END", "the end of": "END", "mid": "MID", "mid-": "MID",
    "the middle of": "MID",
}  # fmt: skip


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
        day_match = re.match(rf"\s*({DAYNUM})\b(?!\s*,?\s*\d{{3}}(?!\d))", after)
        if day_match and not (year_match and year_match.start() <= (month_match.end() + day_match.start(1)) < year_match.end()):
            day = int(re.match(r"\d+", day_match.group(1)).group(0))
        else:
            day_match = re.search(rf"({DAYNUM})\s+(?:of\s+)?$", before)
            if day_match:
                day = int(re.match(r"\d+", day_match.group(1)).group(0))
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
        return None, f"md:{ctx.date_direction(start, end, present=NEAREST)}:{month}:{day}"
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
_GENERIC_TODAY_NOUNS = {
    "world", "society", "youth", "young", "generation", "generations", "children", "kids",
    "teenagers", "standards", "terms", "dollars", "technology", "economy", "age", "era",
}  # fmt: skip


def _generic_today(ctx: Context, end: int) -> bool:
    """"today's world", "many of today's computers": the present age, not the day."""
    head = re.match(r"(?:'s|\u2019s)\s+([a-z-]+)", ctx.text[end : end + 40])
    if head is None:
        return False
    if head.group(1) in _GENERIC_TODAY_NOUNS:
        return True
    before = _norm(ctx.text[max(0, end - 30) : end - len("today")])
    return bool(re.search(r"\b(?:many|most|all|some|much)\s+of$", before))


def _day_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    start, end = match.start(), match.end()
    low = _norm(text)
    # "Sun." / "Sat." at a sentence end are rarely days; "May" etc. are not in this pattern
    if low == "today" and _generic_today(ctx, end):
        return None
    value, spec = _resolve_day(text, ctx, start, end)
    if value is None and spec is None:
        return None
    clock = _clock_suffix(text)
    part = _part_suffix(text) if clock is None else None
    mod = None
    head = low.split(" on ")[0] if " on " in low else low
    if re.match(r"(late|later)\b", head):
        mod = "END"
    elif re.match(r"(early|earlier)\b", head) or "early hours" in low:
        mod = "START"
    elif re.match(r"(mid|the middle of)", head):
        mod = "MID"
    # a named day with a part of day ("Friday night") stays a date: TimeBank mostly does
    named_day = bool(re.search(WEEKDAY, text)) or bool(re.search(MONTH, text))
    # ... but an evening or afternoon keeps its part of day ("Friday evening")
    suffix = clock or (part if part and (not named_day or part in ("TEV", "TAF")) else None)
    if "early hours" in low or "small hours" in low or "wee hours" in low:
        suffix = None
    type_ = "TIME" if (clock or suffix) else "DATE"
    if value is not None:
        if suffix:
            value = value + suffix
        return Candidate(start, end, type_, value=value, mod=mod, rule="day")
    if suffix:
        spec = f"{spec}|{suffix}"
    return Candidate(start, end, type_, spec=spec, mod=mod, rule="day")


def _clock_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    clock = _clock_suffix(text)
    if clock is None:
        return None
    if re.search(r"(?i)\bhigh\s+$", ctx.text[max(0, match.start() - 6) : match.start()]):
        return None  # "high noon": the idiom
    low = _norm(text)
    mod = "APPROX" if re.match(r"(about|around|approximately|roughly|at about|at around)\b", low) else None
    # the day may follow a little later: "10:35 a.m. (0735 GMT) Friday", "5 p.m. EST, Nov. 6"
    following = re.match(
        rf"\s*(?:\([^()\n]{{1,24}}\)\s*)?,?\s*(?:on\s+)?({WEEKDAY}|{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?|{DAYNUM}\s+{MONTH}(?:,?\s+{YEAR})?|today|yesterday|tomorrow)(?![\w-])",
        ctx.text[match.end() : match.end() + 60],
    )
    if following:
        day_start = match.end() + following.start(1)
        value, spec = _resolve_day(following.group(1), ctx, day_start, match.end() + following.end(1))
        if value is not None:
            return Candidate(match.start(), match.end(), "TIME", value=value + clock, mod=mod, rule="clock")
        if spec is not None:
            return Candidate(match.start(), match.end(), "TIME", spec=f"{spec}|{clock}", mod=mod, rule="clock")
    # otherwise the clock time is on the day the text last named (see analyse.time)
    return Candidate(match.start(), match.end(), "TIME", spec=f"ana:D:0|{clock}", mod=mod, rule="clock")


def _month_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    start, end = match.start(), match.end()
    month_match = re.search(MONTH, text)
    if month_match is None:
        return None
    word = month_match.group(0)
    month = MONTHS[word.rstrip(".").lower()]
    low = _norm(text)
    year_match = re.search(rf"{YEAR}(?!\d)", text[month_match.end() :])
    spoken = re.search(SPOKEN_YEAR, text[month_match.end() :], re.I)
    if spoken and not year_match:
        reading = _spoken_year_handler(spoken, ctx)
        year_match = re.search(YEAR, reading.value) if reading else None
    mod = _pre_mod(text)
    if word == "May" or word.endswith(".") or word in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"):
        # abbreviations and "May" need a year or a time word around them
        before = ctx.token_before(start + month_match.start())
        token = ctx.token_at(start + month_match.start())
        licensed = bool(year_match) or bool(re.match(r"(last|next|this|early|late|mid|the end|the beginning|the middle|the start|earlier|later)", low))
        if not licensed and before is not None:
            previous = before.lower_
            licensed = previous in (
                "in", "since", "by", "until", "till", "through", "during", "from", "before",
                "after", "of", "early", "late", "mid", "between", "to", "and", "or", "last",
                "next", "this", "each", "every", "-", "around",
            )
            if previous in ("to", "and", "or", "-") and before.i > 0:
                licensed = ctx.doc[before.i - 1].lower_.rstrip(".") in MONTHS or ctx.doc[before.i - 1].like_num
        if token is not None and token.tag_ == "MD":
            licensed = False
        if not licensed:
            return None
    else:
        token = ctx.token_at(start + month_match.start())
        if token is not None and token.ent_type_ in ("PERSON", "ORG") and not year_match:
            return None
    if not year_match and re.match(rf"\s+(?:for|of|on|against)\s+(?:the\s+)?(?!{WEEKDAY}|{MONTH})[A-Z]", ctx.text[end : end + 30]) and low == word.lower():
        return None  # "the March for Life", "the March on Washington": an event's name
    if year_match:
        return Candidate(start, end, "DATE", value=f"{year_match.group(0)}-{month:02d}", mod=mod, rule="month")
    rel_year = re.search(r"\b(last|this|next)\s+year\b", low[low.find(word.lower()) :])
    if rel_year:
        shift = {"last": -1, "this": 0, "next": 1}[rel_year.group(1)]
        return Candidate(start, end, "DATE", spec=f"mym:{shift}:{month}", mod=mod, rule="month")
    if re.search(r"\blast\b|\bpast\b|\bprevious\b", low):
        direction = -2
    elif re.search(r"\bnext\b|\bcoming\b", low):
        direction = 2
    elif re.search(r"\bthis\b", low):
        return Candidate(start, end, "DATE", spec=f"mym:0:{month}", mod=mod, rule="month")
    else:
        direction = ctx.date_direction(start, end, present=NEAREST)
    return Candidate(start, end, "DATE", spec=f"m:{direction}:{month}", mod=mod, rule="month")


def _year_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    start, end = match.start(), match.end()
    year_match = re.search(rf"{YEAR}", text)
    year = year_match.group(0)
    low = _norm(text)
    before_char = ctx.text[start - 1] if start > 0 else " "
    after_text = ctx.text[end : end + 12]
    if before_char in "$£€#/.,-" and not low.startswith(("mid", "post", "pre")):
        return None
    if re.match(r"\s*(%|percent|per\s+cent|[.,]\d|-\d|/\d|:\d)", after_text):
        return None
    mod = _pre_mod(text)
    if low.startswith("post"):
        mod = "AFTER"
    elif low.startswith("pre"):
        mod = "BEFORE"
    if not re.match(r"(early|late|mid|the|fiscal|calendar|post|pre)", low):
        before = ctx.token_before(start)
        after = ctx.token_after(end)
        timely = before is not None and before.lower_ in (
            "in", "since", "of", "by", "until", "till", "before", "after", "from", "to",
            "through", "during", "between", "and", "or", "the", "fiscal", "year", "for",
        )
        if after is not None and after.tag_ in ("NNS",) and not timely and unit_of(after.text) is None:
            return None
        if after is not None and after.like_num and not after.text.startswith("'"):
            return None
        if before is not None and before.like_num and before.text not in ("and", "or"):
            return None
    return Candidate(start, end, "DATE", value=year, mod=mod, rule="year")


_DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip


_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_WORDS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
SPOKEN_YEAR = (
    r"(?:(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten))?"
    r"|nineteen[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))(?![\w-])"
)


def _spoken_year_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    low = _norm(match.group(0)).replace("-", " ")
    words = low.split()
    if "thousand" in words:
        tail = words[words.index("thousand") + 1 :]
        tail = [w for w in tail if w != "and"]
        extra = {"ten": 10, **{w: i + 1 for i, w in enumerate(_UNITS_WORDS)}}.get(tail[0], 0) if tail else 0
        if not low.startswith("the year") and not tail:
            return None  # "two thousand" alone is usually a count
        return Candidate(match.start(), match.end(), "DATE", value=f"{2000 + extra:04d}", rule="year")
    tens = _TENS_WORDS.get(words[1], 0)
    units = _UNITS_WORDS.index(words[2]) + 1 if len(words) > 2 and words[2] in _UNITS_WORDS else 0
    return Candidate(match.start(), match.end(), "DATE", value=f"19{tens}{units}", rule="year")


def _decade_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    low = _norm(text)
    mod = _pre_mod(re.sub(r"^the\s+", "", low))
    full = re.search(r"(1[6-9]\d|20\d)0s", low)
    if full:
        value = full.group(1)
    else:
        short = re.search(r"'(\d)0s", low)
        word = re.search("|".join(_DECADE_WORDS), low)
        digit = int(short.group(1)) if short else (_DECADE_WORDS[word.group(0)] if word else None)
        if digit is None:
            return None
        value = f"19{digit}"
    return Candidate(match.start(), match.end(), "DATE", value=value, mod=mod, rule="decade")


def _century_handler(match: re.Match, ctx: Context) -> Candidate | None:
    low = _norm(match.group(0))
    number = re.search(r"(\d+)(?:st|nd|rd|th)", low)
    if number:
        n = int(number.group(1))
    else:
        words = [w for w in low.split() if w in ORDINALS or w.rstrip("th") in ORDINALS]
        n = ORDINALS.get(words[0], 0) if words else 0
        if not n:
            ordinal_words = {"nineteenth": 19, "twentieth": 20, "eighteenth": 18, "twenty-first": 21}
            n = next((v for k, v in ordinal_words.items() if k in low), 0)
    if not 1 <= n <= 30:
        return None
    return Candidate(match.start(), match.end(), "DATE", value=f"{n - 1:02d}", mod=_pre_mod(low), rule="century")


_REL_WORDS = {
    "this": 0, "the current": 0, "the present": 0, "current": 0, "the": 0,
    "last": -1, "the past": -1, "the last": -1, "the previous": -1, "past": -1, "the prior": -1,
    "previous": -1, "the latest": -1,
    "next": 1, "the next": 1, "the coming": 1, "coming": 1, "the following": 1,
    "the full": 0,  # "earnings for the full year": the year being reported
}  # fmt: skip


def _relative_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """this week, last month, next year, the end of the year, last summer, the weekend."""
    text = match.group(0)
    low = _norm(text)
    mod = _pre_mod(low)
    core = re.sub(rf"^{PRE}\s+", "", low)
    core = re.sub(r"^(the\s+)?(fiscal|calendar)\s+", r"\1", core)
    words = core.split()
    if not words:
        return None
    unit_word = words[-1]
    qualifier = " ".join(words[:-1]).replace(" fiscal", "").replace(" calendar", "")
    if qualifier not in _REL_WORDS:
        return None
    steps = _REL_WORDS[qualifier]
    if qualifier == "the full" and unit_word != "year":
        return None  # "the full week" is a length, not a period
    if qualifier in ("the following",):
        return None  # anaphoric; the article's own chronology decides
    if unit_word in SEASONS:
        season = SEASONS[unit_word]
        direction = {0: 0, -1: -2, 1: 2}[steps]
        if qualifier in ("the",):
            direction = 0
        return Candidate(match.start(), match.end(), "DATE", spec=f"season:{direction}:{season}", mod=mod, rule="season")
    unit = unit_of(unit_word)
    if unit is None:
        return None
    letter = unit[0]
    if letter in ("S", "M") and unit[1] or letter == "H" and unit[1]:
        return None
    if letter == "Q":
        if steps == 0 and qualifier in ("the", "the latest"):
            return Candidate(match.start(), match.end(), "DATE", spec="lastq:0", mod=mod, rule="quarter")
        return Candidate(match.start(), match.end(), "DATE", spec=f"rel:Q:{steps}", mod=mod, rule="quarter")
    if qualifier == "the" and mod is None and re.match(r"\s+(?:ended|ending|ends|to\s+date)\b", ctx.text[match.end() : match.end() + 12]):
        # "the year ended March 31": a fiscal period, i.e. a length
        return Candidate(match.start(), match.end(), "DURATION", value=f"P1{letter}", rule="period")
    if qualifier == "the" and letter in ("D", "M", "C", "E") and mod is None:
        return None  # "the day", "the month": anaphoric
    if qualifier == "the" and letter == "W" and mod is None:
        return None
    if letter == "WE":
        direction = {-1: -2, 1: 2}.get(steps) if qualifier not in ("the", "this") else ctx.direction(match.start(), match.end())
        return Candidate(match.start(), match.end(), "DATE", spec=f"wkend:{direction}", mod=mod, rule="rel")
    return Candidate(match.start(), match.end(), "DATE", spec=f"rel:{letter}:{steps}", mod=mod, rule="rel")


def _season_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """A bare season after a preposition ("by spring"), pointed by the tense."""
    season = SEASONS[_norm(match.group(0))]
    direction = ctx.direction(match.start(), match.end(), present=NEAREST)
    return Candidate(match.start(), match.end(), "DATE", spec=f"season:{direction}:{season}", rule="season")


def _ago_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """two years ago, a year earlier, three days later, a week from now."""
    text = match.group(0)
    low = _norm(text)
    mod_match = re.match(MODS + r"\s+", low)
    mod = MOD_VALUES.get(mod_match.group(0).strip()) if mod_match else None
    core = low[mod_match.end() :] if mod_match else low
    if " or so " in core:
        core = core.replace(" or so ", " ")
        mod = mod or "APPROX"
    parts = re.match(rf"({NUM})\s+({UNIT})\s+(.*)$", core)
    if not parts:
        return None
    amount = parse_number(parts.group(1))
    unit = unit_of(parts.group(2))
    if unit is None or unit[1]:
        return None
    direction_word = parts.group(3)
    sign = -1 if direction_word in ("ago", "earlier", "before", "back") else 1
    letter = unit[0]
    if letter == "WE":
        letter = "W"
    if amount is None:
        return Candidate(match.start(), match.end(), "DATE", value="PAST_REF" if sign < 0 else "FUTURE_REF", mod=mod, rule="ago")
    if amount != int(amount):
        return None
    steps = sign * int(amount) * unit[2]
    if letter == "Y" and steps == -1 and ctx.financial:
        # financial reports: "a year earlier" is the same quarter of the previous year
        return Candidate(match.start(), match.end(), "DATE", spec="lastq:-1", mod=mod, rule="ago")
    if letter == "E":
        letter, steps = "Y", steps * 10
    if letter == "C":
        letter, steps = "Y", steps * 100
    return Candidate(match.start(), match.end(), "DATE", spec=f"rel:{letter}:{steps}", mod=mod, rule="ago")


def _sentence_mentions(ctx: Context, start: int, words: tuple[str, ...]) -> bool:
    span = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    sentence = span[0].sent.text.lower()
    return any(word in sentence for word in words)


def _duration_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    start, end = match.start(), match.end()
    low = _norm(text)
    after = ctx.text[end : end + 16].lower()
    if re.match(r"\s*-?\s*olds?\b", after) or low.endswith("-old"):
        return None  # ages: "a 45-year-old", "five years old"
    before = ctx.token_before(start)
    if before is not None and before.lower_ in ("aged", "age", "ages"):
        return None
    mod_match = re.match(MODS + r"\s+", low)
    mod = MOD_VALUES.get(mod_match.group(0).strip()) if mod_match else None
    core = low[mod_match.end() :] if mod_match else low
    core = re.sub(r"\s+or\s+so$", "", core)
    if low.endswith(" or so"):
        mod = mod or "APPROX"
    core = re.sub(r"-long$", "", core)
    qualifier = re.match(
        r"(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+)?(past|last|next|first|coming|following|previous|final|latest|recent|remaining|initial|ensuing|same)?\s*",
        core,
    )
    has_the = bool(re.match(r"(the|its|their|his|her|our)\s", core))
    qualifier_word = qualifier.group(1) if qualifier else None
    rest = core[qualifier.end() :] if qualifier else core
    unit_match = re.search(rf"({UNIT})$", rest)
    if not unit_match:
        return None
    unit_word = unit_match.group(1)
    unit = unit_of(unit_word)
    if unit is None:
        return None
    amount_text = rest[: unit_match.start()].strip(" -")
    if re.fullmatch(YEAR, amount_text):
        return None  # "the 1988 quarter" names a period, not 1988 of them
    amount_text = re.sub(r"\s+(more|additional|full|straight|consecutive|trading|business|calendar|long|whole|extra)$", "", amount_text)
    amount_text = re.sub(r"^(more|additional|full|straight|consecutive|whole|extra)\s+", "", amount_text)
    plural = unit_word.endswith("s") or unit_word in ("centuries", "millennia")
    if amount_text.endswith(" and a half") or amount_text.endswith(" and one half"):
        base = parse_number(amount_text.rsplit(" and ", 1)[0])
        amount = base + 0.5 if base is not None else None
        amount_text = amount_text or "x"
    elif re.search(r"\s(to|or|and|-)\s", f" {amount_text} ") or re.search(r"\d\s*-\s*\d", amount_text):
        first = re.split(r"\s+(?:to|or|and)\s+|\s*-\s*", amount_text)[0]
        amount = parse_number(first)
        mod = mod or "EQUAL_OR_MORE"
    else:
        amount = parse_number(amount_text) if amount_text else None
    if not amount_text:
        if not plural:
            # a bare singular unit: "the past year" points at a period, not a length
            if qualifier_word in ("past", "last", "previous", "latest") and has_the:
                letter = unit[0]
                if letter in ("S",) or unit[1]:
                    return Candidate(start, end, "DURATION", value=duration_value(1, unit_word), mod=mod, rule="duration")
                if letter == "WE":
                    return None
                return Candidate(start, end, "DATE", spec=f"rel:{letter}:-1", mod=mod, rule="past-unit")
            return None
        if qualifier_word == "recent" and unit[0] == "Y":
            return Candidate(start, end, "DATE", value="PAST_REF", mod=mod, rule="recent")
        if qualifier_word is None and not has_the:
            previous = before.lower_ if before is not None else ""
            if previous not in ("for", "in", "within", "over", "after", "than", "took", "take", "takes", "last", "lasted", "spent", "spend", "through"):
                return None
    if amount_text in ("a", "an", "one") and not plural:
        previous = before.lower_ if before is not None else ""
        if before is not None and (before.like_num or previous in ("times", "once", "twice", "thrice", "per") or before.tag_ == "$" or before.ent_type_ == "MONEY"):
            return None  # "$2 million a year", "four flights a week": a rate, not a time
        if unit[0] == "S" and amount_text == "a":
            return None
    if amount_text and amount is None and parse_number(amount_text) is None:
        vague = re.fullmatch(r"(a\s+few|few|several|many|dozens\s+of|hundreds\s+of|a\s+couple\s+of|a\s+couple)", amount_text)
        if not vague:
            return None
        if "couple" in amount_text:
            amount, mod = 2.0, mod or "APPROX"
    return Candidate(start, end, "DURATION", value=duration_value(amount, unit_word), mod=mod, rule="duration")


_REFERENCE_VALUES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "the moment": "PRESENT_REF", "the present": "PRESENT_REF", "just now": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "more recently": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "lately": "PAST_REF", "soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "the medium term": "FUTURE_REF", "shortly": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "in the near future": "FUTURE_REF",
}  # fmt: skip
_SET_ADVERBS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q", "biweekly": "P2W",
}  # fmt: skip


def _ref_handler(match: re.Match, ctx: Context) -> Candidate | None:
    low = _norm(match.group(0))
    token = ctx.token_at(match.start())
    if low in ("now", "current", "recent", "future", "soon") and token is not None:
        if low == "now" and token.pos_ not in ("ADV",):
            return None
        if low in ("current", "recent", "future") and token.pos_ != "ADJ":
            return None
        if low == "current" and token.head.lower_ in ("account", "accounts", "affairs", "events", "president", "members", "member", "leader", "leaders", "law", "government", "form", "system", "situation"):
            return None
    if low == "overnight" and token is not None and token.pos_ not in ("ADV",):
        return None
    if low == "overnight":
        # news "overnight" is the night running into the publication day
        return Candidate(match.start(), match.end(), "DATE", spec="day:0", rule="ref")
    value = _REFERENCE_VALUES.get(low)
    if value is None:
        return None
    return Candidate(match.start(), match.end(), "DATE", value=value, rule="ref")


def _set_handler(match: re.Match, ctx: Context) -> Candidate | None:
    low = _norm(match.group(0))
    if low in _SET_ADVERBS:
        return Candidate(match.start(), match.end(), "SET", value=_SET_ADVERBS[low], rule="set")
    weekday = _weekday_of(match.group(0))
    if weekday:
        part = _part_suffix(low) or ""
        return Candidate(match.start(), match.end(), "SET", value=f"XXXX-WXX-{weekday}{part if part.startswith('T') else ''}", rule="set")
    month = _month_of(match.group(0)) if re.search(MONTH_FULL, match.group(0)) else None
    if month:
        return Candidate(match.start(), match.end(), "SET", value=f"XXXX-{month:02d}", rule="set")
    unit_match = re.search(rf"({UNIT}|morning|afternoon|evening|night)$", low)
    if not unit_match:
        return None
    word = unit_match.group(1)
    if word in ("morning", "afternoon", "evening", "night"):
        return Candidate(match.start(), match.end(), "SET", value=f"XXXX-XX-XX{PARTS_OF_DAY[word]}", rule="set")
    every_other = "other" in low
    value = duration_value(2 if every_other else 1, word)
    return Candidate(match.start(), match.end(), "SET", value=value, rule="set")


def _quarter_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    low = _norm(text)
    year_match = re.search(rf"{YEAR}", text)
    ordinal = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b", low)
    is_half = "half" in low
    number = None
    if ordinal:
        number = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[ordinal.group(1)]
    if re.search(r"\blast half\b|\bsecond half\b", low):
        number = 2
    if is_half and number and number > 2:
        return None
    letter = "H" if is_half else "Q"
    mod = _pre_mod(low)
    if year_match and number:
        return Candidate(match.start(), match.end(), "DATE", value=f"{year_match.group(0)}-{letter}{number}", mod=mod, rule="quarter")
    if year_match and not is_half and (low.endswith("quarter") or ctx.financial):
        # "the 1988 quarter": the quarter being reported, in that year
        return Candidate(match.start(), match.end(), "DATE", spec=f"yq:{year_match.group(0)}", mod=mod, rule="quarter")
    year_shift = -1 if re.search(r"year-(earlier|ago)|year earlier|year ago|last year|previous year|prior year|comparable|corresponding", low) else (1 if "next year" in low else 0)
    if number:
        if letter == "Q" and year_shift == 0 and not re.search(r"\b(this|current)\b", low):
            # "the fourth quarter" said in January is last year's, if the tense says so
            direction = ctx.direction(match.start(), match.end(), present=NEAREST)
            return Candidate(match.start(), match.end(), "DATE", spec=f"q:0:{number}:{direction}", mod=mod, rule="quarter")
        return Candidate(match.start(), match.end(), "DATE", spec=f"q:{year_shift}:{number}" if letter == "Q" else f"half:{year_shift}:{number}", mod=mod, rule="quarter")
    if is_half:
        return None
    if "current" in low or "this" in low.split():
        return Candidate(match.start(), match.end(), "DATE", spec="rel:Q:0", mod=mod, rule="quarter")
    if "next" in low.split() or "coming" in low:
        return Candidate(match.start(), match.end(), "DATE", spec="rel:Q:1", mod=mod, rule="quarter")
    if "period" in low and not re.search(r"latest|year-earlier|year-ago|comparable|corresponding|same|year earlier|year ago", low):
        return None
    return Candidate(match.start(), match.end(), "DATE", spec=f"lastq:{year_shift}", mod=mod, rule="quarter")


def _fiscal_handler(match: re.Match, ctx: Context) -> Candidate | None:
    year = re.search(rf"{YEAR}|'(\d\d)\b", match.group(0))
    if year is None:
        return None
    value = year.group(0) if not year.group(0).startswith("'") else "19" + year.group(1)
    return Candidate(match.start(), match.end(), "DATE", value=value, rule="fiscal")


_HOLIDAYS = {
    "christmas eve": "christmas_eve", "christmas day": "christmas", "christmas": "christmas",
    "new year's eve": "new_year_eve", "new year's day": "new_year", "new year's": "new_year",
    "independence day": "independence_day", "halloween": "halloween", "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving", "easter": "easter", "easter sunday": "easter",
    "good friday": "good_friday", "labor day": "labor_day", "election day": "election_day",
    "valentine's day": "valentine", "may day": "may_day",
}  # fmt: skip


def _holiday_handler(match: re.Match, ctx: Context) -> Candidate | None:
    text = match.group(0)
    low = _norm(text).replace("\u2019", "'")
    year_match = re.search(rf"{YEAR}", text)
    name = None
    for phrase in sorted(_HOLIDAYS, key=len, reverse=True):
        if phrase in low:
            name = _HOLIDAYS[phrase]
            break
    if name is None:
        return None
    if year_match:
        from dateline.analyse.time.anchor import holiday

        day = holiday(name, int(year_match.group(0)))
        return Candidate(match.start(), match.end(), "DATE", value=day.isoformat() if day else year_match.group(0), rule="holiday")
    if re.search(r"\blast\b", low):
        direction = -2
    elif re.search(r"\bnext\b|\bthis\b|\bcoming\b", low):
        direction = 1
    else:
        direction = ctx.direction(match.start(), match.end())
    return Candidate(match.start(), match.end(), "DATE", spec=f"hol:{direction}:{name}", rule="holiday")


_FUNCTION_WORDS = {"against", "in", "by", "over", "at", "on", "for", "with", "and", "of", "to", "from", "since", "as", "that", "which"}


def _ordinal_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """"the third day of the strike": the anchor day is that day of the event."""
    low = _norm(match.group(0))
    number = None
    found = re.search(r"(\d+)(?:st|nd|rd|th)", low)
    if found:
        number = int(found.group(1))
    else:
        for word in low.replace("-", " ").split():
            if word in ORDINALS and ORDINALS[word] > 0:
                number = ORDINALS[word]
                break
    if not number:
        return None
    unit_match = re.search(r"\b(day|week|month|year)\b", low)
    unit = unit_match.group(1) if unit_match else "day"
    noun_match = re.search(r"\bof\s+(?:the|its|their|this|a|his|her|our)\s+(?:[\w-]+\s+)?([\w-]+)$", low)
    noun = noun_match.group(1) if noun_match else ""
    end = match.end()
    if noun in _FUNCTION_WORDS:
        # "of the strike against ...": the event noun is the word before
        end = match.start() + match.group(0).rstrip().rfind(" ")
        noun_match = re.search(r"\bof\s+(?:the|its|their|this|a|his|her|our)\s+(?:[\w-]+\s+)?([\w-]+)$", _norm(ctx.text[match.start() : end]))
        noun = noun_match.group(1) if noun_match else ""
        if not noun_match:
            end = match.start() + re.search(r"(?i)\b(day|week|month|year)\b", match.group(0)).end()
    if unit == "day":
        return Candidate(match.start(), end, "DATE", spec=f"ord:{number}:{noun}", rule="ordinal")
    letter = {"week": "W", "month": "M", "year": "Y"}[unit]
    if noun_match is None:
        return None  # "the first year" alone is too vague to date
    return Candidate(match.start(), match.end(), "DATE", spec=f"rel:{letter}:0", rule="ordinal")


_ANAPHORIC_STEPS = {"that": 0, "the same": 0, "that same": 0, "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1}


def _anaphoric_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """"that year", "later that day", "the following month": counted from the date the
    text last mentioned (the reference time), not from the publication date."""
    low = _norm(match.group(0))
    low = re.sub(r"^(earlier|later)\s+", "", low)
    words = low.split()
    qualifier, noun = " ".join(words[:-1]), words[-1]
    if qualifier not in _ANAPHORIC_STEPS:
        return None
    unit = {"day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D",
            "week": "W", "month": "M", "year": "Y"}.get(noun)  # fmt: skip
    if unit is None:
        return None
    after = ctx.text[match.end() : match.end() + 12]
    if unit == "D" and re.match(r"\s+(?:of|when|that|before|after)\b", after):
        return None  # "the day of the vote", "that day when ...": the noun is defined there
    type_ = "TIME" if noun in ("morning", "afternoon", "evening", "night") and qualifier.startswith("that") else "DATE"
    spec = f"ana:{unit}:{_ANAPHORIC_STEPS[qualifier]}"
    if type_ == "TIME":
        spec += "|" + PARTS_OF_DAY[noun]
    return Candidate(match.start(), match.end(), type_, spec=spec, rule="anaphoric")


def _in_the_day_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """"later in the day": the day the text last named."""
    return Candidate(match.start(), match.end(), "DATE", spec="ana:D:0", rule="anaphoric")


_YEAR_END_CUES = r"(?:by|at|before|until|till|through|around|near|toward|towards|after|from)"


def _year_end_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """"by year-end", "before year's end": the end of the current year. Only after a
    preposition: "year-end results" names accounts, not a time."""
    before = ctx.text[max(0, match.start() - 12) : match.start()]
    if not re.search(rf"(?i)\b{_YEAR_END_CUES}\s+$", before):
        return None
    return Candidate(match.start(), match.end(), "DATE", spec="rel:Y:0", mod="END", rule="year-end")


def _week_of_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """"the week of March 6": the week that day falls in."""
    day_match = re.search(rf"{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?|{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?", match.group(0))
    if day_match is None:
        return None
    start = match.start() + day_match.start()
    value, spec = _resolve_day(day_match.group(0), ctx, start, match.end())
    if value is not None:
        from dateline.analyse.time.anchor import resolve_spec

        return Candidate(match.start(), match.end(), "DATE", value=resolve_spec("day:0|W", value), rule="week-of")
    if spec is None:
        return None
    return Candidate(match.start(), match.end(), "DATE", spec=f"{spec}|W", rule="week-of")


# ----------------------------------------------------------------------------- patterns

_DAY_CORE = (
    rf"(?:{WEEKDAY}(?:,?\s+(?:{MONTH}\s+{DAYNUM}|{DAYNUM}\s+{MONTH})(?:,?\s+{YEAR})?)?"
    rf"|{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?(?![\d,]*\d)|{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"
    r"|the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)"
)
_DAY = (
    rf"(?:(?:{CLOCK})\s+(?:on\s+)?)?"
    rf"(?:(?:early|late|earlier|later|mid-?)\s+(?:on\s+|in\s+the\s+day\s+)?"
    rf"|the\s+(?:early|small|wee)\s+hours\s+of\s+(?:on\s+)?|the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:(?:last|next|this|coming|past|previous)\s+)?"
    rf"{_DAY_CORE}"
    rf"(?:\s+{PART}|\s+(?:at\s+)?{CLOCK})?"
)
PATTERNS: list[tuple[str, str, Handler]] = [
    ("day", _DAY, _day_handler),
    ("anaphoric", r"(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same|the\s+(?:following|previous|preceding))\s+(?:day|week|month|year|morning|afternoon|evening|night)(?![\w-])|the\s+next\s+(?:day|morning|afternoon|evening|night)(?![\w-])", _anaphoric_handler),
    ("in-the-day", r"(?:earlier|later)\s+in\s+the\s+day(?![\w-])", _in_the_day_handler),
    ("year-end", r"(?:the\s+)?(?:year[- ]end|year's\s+end|year\u2019s\s+end)(?![\w-])", _year_end_handler),
    ("week-of", rf"the\s+week\s+of\s+(?:{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR})?|{DAYNUM}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)", _week_of_handler),
    ("day2", rf"(?:this|last|tomorrow|yesterday)\s+{PART}|tonight", _day_handler),
    ("clock", rf"(?:(?:about|around|approximately|roughly|at\s+about|at\s+around|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+)?{CLOCK}", _clock_handler),
    ("month", rf"(?:{PRE}\s+(?:in\s+)?)?(?:(?:last|next|this|coming|past)\s+)?{MONTH}(?:,?\s+(?:of\s+)?(?:{YEAR}(?!\d)|{SPOKEN_YEAR})|\s+(?:of\s+)?(?:last|this|next)\s+year)?", _month_handler),
    ("spoken-year", SPOKEN_YEAR, _spoken_year_handler),
    ("year", rf"(?:(?:{PRE}|fiscal(?:\s+year)?|calendar(?:\s+year)?|post-|pre-)\s*)?(?<![\d,.$]){YEAR}(?![\d,]\d|s\b|'s\b)", _year_handler),
    ("decade", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:(?:1[6-9]\d|20\d)0s|'\d0s|(?:nineteen-)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", _decade_handler),
    ("century", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[\s-]+century", _century_handler),
    ("relative", rf"(?:{PRE}\s+)?(?:this|last|next|past|previous|coming|current|the(?:\s+(?:current|present|past|last|previous|prior|next|coming|following|latest|full))?)\s+(?:(?:fiscal|calendar)\s+)?(?:week|weekend|month|year|quarter|decade|century|spring|summer|autumn|fall|winter)(?![\w-])", _relative_handler),
    ("relative-bare", rf"(?:{PRE})\s+(?:spring|summer|autumn|fall|winter)\b", _relative_handler),
    ("season-bare", r"(?:(?<=\bin\s)|(?<=\bby\s)|(?<=until\s)|(?<=since\s)|(?<=through\s))(?:spring|summer|autumn|winter)(?![\w-])", _season_handler),
    ("ago", rf"(?:{MODS}\s+)?{NUM}\s+{UNIT}(?:\s+or\s+so)?\s+(?:ago|earlier|later|back|from\s+now|hence|(?:before|after)(?=\s*(?:[,.;:!?)\n]|$|and\b|but\b)))", _ago_handler),
    ("duration", rf"(?:{MODS}\s+(?!the\b|its\b|their\b|his\b|her\b|our\b))?(?:(?:the|its|their|his|her|our)\s+)?(?:(?:past|last|next|first|coming|following|previous|final|latest|recent|remaining|initial|ensuing)\s+)?(?:{NUM}(?:\s*(?:to|or|-|and)\s*{NUM})?(?:\s+and\s+a\s+half)?\s+(?:(?:more|additional|full|straight|consecutive|trading|business|calendar|long|whole|extra)\s+)?)?{UNIT}(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?(?![\w-])", _duration_handler),
    ("duration-adj", rf"(?:{MODS}\s+)?(?:{NUM}|\d+)-{UNIT}(?:-long)?(?![\w-])", _duration_handler),
    ("ref", r"(?:right\s+now|just\s+now|now|currently|current|nowadays|these\s+days|more\s+recently|recently|lately|as\s+soon\s+as\s+possible|(?<=at\s)the\s+moment|(?<=at\s)present|(?<=in\s)the\s+past|the\s+(?:near|distant)\s+future|(?<=in\s)the\s+future|the\s+(?:near|short|long|longer|medium)\s+term|a\s+later\s+date|overnight)(?![\w-])", _ref_handler),
    ("set", rf"(?:daily|weekly|biweekly|monthly|yearly|hourly|nightly|(?:every|each|per)\s+(?:other\s+)?(?:{UNIT}|{WEEKDAY}|{MONTH_FULL}|morning|afternoon|evening|night)|(?-i:(?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays))(?:\s+{PART}s?)?)(?![\w-])", _set_handler),
    ("quarter", rf"(?:{PRE}\s+)?(?:(?:the|its|their|this|last|next|a)\s+)?(?:(?:latest|current|same|comparable|corresponding|year-earlier|year-ago|fiscal|prior|previous|{YEAR}|year's|last\s+year's|next\s+year's|this\s+year's|first|second|third|fourth|1st|2nd|3rd|4th|flat|strong|weak|last)[\s-]+)+(?:quarter|half|period)(?:\s+(?:of|in)\s+(?:fiscal\s+)?{YEAR}|\s+(?:a\s+)?year\s+(?:ago|earlier)|\s+last\s+year)?(?![\w-])", _quarter_handler),
    ("year-earlier", r"year-(?:earlier|ago)(?![\w-])", lambda m, ctx: Candidate(m.start(), m.end(), "DATE", spec="lastq:-1" if ctx.financial else "rel:Y:-1", rule="quarter")),
    ("quarter-bare", r"(?:first|second|third|fourth)-(?:quarter|half)(?![\w-])", _quarter_handler),
    ("fiscal", rf"fiscal(?:\s+year)?\s+(?:{YEAR}|'\d\d)(?!\d)", _fiscal_handler),
    ("holiday", rf"(?:(?:last|next|this)\s+)?(?-i:Christmas(?:\s+(?:Eve|Day))?|New\s+Year's(?:\s+(?:Eve|Day))?|Independence\s+Day|Halloween|Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday)?|Good\s+Friday|Labor\s+Day|Election\s+Day|Valentine's\s+Day)(?:\s+{YEAR})?", _holiday_handler),
    ("ordinal", r"(?:(?:the|its|their|a)\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|week|month|year)(?:\s+of\s+(?:the|its|their|this|a|his|her|our)\s+(?:[\w-]+\s+)?[\w-]+)?(?![\w-])", _ordinal_handler),
]
# A match must start a word (find_candidates drops the rest), so each pattern first
# checks that no letter or digit comes before: the engine then skips the middle of
# words at once instead of trying every alternative there.
_WORD_START = r"(?<![^\W_])"
COMPILED = [(name, re.compile(f"{_WORD_START}(?:{pattern})", re.I), handler) for name, pattern, handler in PATTERNS]


def _strip_of_tail(candidate: Candidate, text: str) -> Candidate:
    """Ordinal phrases may run past the noun ("of the strike against ..."): keep them short."""
    return candidate


_TITLE_TIME_WORD = re.compile(
    r"(?-i:Seconds?|Minutes?|Hours?|Days?|Weeks?|Months?|Years?|Noon|Midnight|Tonight|Today|Now)\b"
)
_OPENING_QUOTE = re.compile(r"(?:[\"\u201c`]|'')((?-i:[A-Z][\w.-]*\s+)*)$")


def _quoted_title(candidate: Candidate, text: str) -> bool:
    """A time word inside a quoted title ("This Week", ''60 Minutes'', ``High Noon''):
    a programme or a film, not a time. A title-case word after the first one, or after
    other title-case words, gives it away; a quoted sentence ("Today we vote") does not."""
    if candidate.rule == "holiday":
        return False
    opening = _OPENING_QUOTE.search(text[max(0, candidate.start - 40) : candidate.start])
    if opening is None:
        return False
    words = text[candidate.start : candidate.end].split()
    if opening.group(1):  # ``High Noon'': a title-case word before the time word
        return bool(words) and _TITLE_TIME_WORD.match(words[0]) is not None
    return any(_TITLE_TIME_WORD.match(word) for word in words[1:])


def find_candidates(doc: Doc, *, text: str | None = None) -> list[Candidate]:
    """Non-overlapping time expression candidates in a parsed text, in text order.

    `text` is doc.text, when the caller has it already (Doc.text is rebuilt on each read).
    """
    text = (doc.text if text is None else text)[:MAX_TEXT]
    ctx = Context(doc, text)
    found: list[Candidate] = []
    for name, pattern, handler in COMPILED:
        for match in pattern.finditer(text):
            if match.start() > 0 and (text[match.start() - 1].isalnum()):
                continue
            if match.end() < len(text) and text[match.end() - 1].isalnum() and text[match.end()].isalnum():
                continue
            try:
                candidate = handler(match, ctx)
            except (ValueError, KeyError, IndexError, AttributeError, TypeError):
                candidate = None
            if candidate is not None and not _quoted_title(candidate, text):
                candidate.rule = candidate.rule or name
                found.append(candidate)
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    # The spans taken so far are disjoint, so sorted by start they are sorted by end too: a
    # candidate overlaps one iff the last span starting before its end ends after its start.
    # (Bisecting keeps this linear-logarithmic: a long hostile text has ~10^5 candidates.)
    starts: list[int] = []
    ends: list[int] = []
    for candidate in found:
        i = bisect.bisect_left(starts, candidate.end)
        if i > 0 and ends[i - 1] > candidate.start:
            continue
        chosen.append(candidate)
        starts.insert(i, candidate.start)
        ends.insert(i, candidate.end)
    chosen.sort(key=lambda c: c.start)
    return chosen
