"""Time tagger handlers for calendar expressions: days, clock times, months, years (spoken too),
decades, centuries, seasons, quarters, fiscal years, holidays, year ends and 'the week of'.
"""

from __future__ import annotations

import re

from dateline.lexicons import table, words
from dateline.analyse.time.normalise import MONTHS, ORDINALS, SEASONS, unit_of
from dateline.analyse.time.tense import NEAREST
from dateline.analyse.time.candidates import (
    Candidate,
    Context,
    DAY_THEN_MONTH,
    MONTH,
    MONTH_THEN_DAY,
    WEEKDAY,
    YEAR,
    _clock_suffix,
    _generic_today,
    _norm,
    _part_suffix,
    _pre_mod,
    _resolve_day,
)


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
        rf"\s*(?:\([^()\n]{{1,24}}\)\s*)?,?\s*(?:on\s+)?({WEEKDAY}|{MONTH_THEN_DAY}(?:,?\s+{YEAR})?|{DAY_THEN_MONTH}(?:,?\s+{YEAR})?|today|yesterday|tomorrow)(?![\w-])",
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
        if _clock_or_address(ctx.text[end : end + 60], before.lower_ if before is not None else ""):
            return None
    return Candidate(start, end, "DATE", value=year, mod=mod, rule="year")


_CLOCK_WORDS = frozenset(words("time/clock_words.txt"))
_STREET_WORDS = frozenset(words("time/street_words.txt"))
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_STREET_NAME = re.compile(r"\s+(?:[A-Z][\w'.-]*\s+){0,3}([A-Z][a-z]*)\b")
# words before a number that make it a year whatever follows ("in 2012 Main Street shops",
# "the 2008 Place Vendome raid")
_YEAR_WORDS_BEFORE = frozenset({"in", "since", "during", "until", "till", "by", "before", "after", "the"})


def _clock_or_address(after: str, before: str) -> bool:
    """Whether what follows a four-digit number makes it a 24-hour clock time ("at 2045
    GMT") or a house number ("at 2088 Philip Street"), not a year."""
    word = _NEXT_WORD.match(after)
    if word and word.group(1).lower() in _CLOCK_WORDS:
        return True
    street = _STREET_NAME.match(after)
    return bool(street) and street.group(1).lower() in _STREET_WORDS and before not in _YEAR_WORDS_BEFORE


_DECADE_WORDS = {word: int(digit) for word, digit in table("time/decade_words.tsv", 2)}


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


def _season_handler(match: re.Match, ctx: Context) -> Candidate | None:
    """A bare season after a preposition ("by spring"), pointed by the tense."""
    season = SEASONS[_norm(match.group(0))]
    direction = ctx.direction(match.start(), match.end(), present=NEAREST)
    return Candidate(match.start(), match.end(), "DATE", spec=f"season:{direction}:{season}", rule="season")


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


_HOLIDAYS = dict(table("time/holidays.tsv", 2))


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
    day_match = re.search(rf"{MONTH_THEN_DAY}(?:,?\s+{YEAR})?|{DAY_THEN_MONTH}(?:,?\s+{YEAR})?", match.group(0))
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
