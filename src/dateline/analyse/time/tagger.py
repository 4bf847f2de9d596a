"""Find time expressions in a parsed text and turn each into a TIMEX3 reading.

Regular patterns over the text find candidates (the longest wins where they
overlap); the spaCy tokens veto false friends ("may" the verb, ages, names) and
give the tense that points weekdays and year-less dates to the past or future.
A candidate carries either a fixed TIMEX3 value or an anchor spec (see anchor.py).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from dateline.analyse.time.calendar_handlers import (
    SPOKEN_YEAR,
    _century_handler,
    _clock_handler,
    _day_handler,
    _decade_handler,
    _fiscal_handler,
    _holiday_handler,
    _month_handler,
    _quarter_handler,
    _season_handler,
    _spoken_year_handler,
    _week_of_handler,
    _year_end_handler,
    _year_handler,
)
from dateline.analyse.time.candidates import (
    CLOCK,
    Candidate,
    Context,
    DAY_THEN_MONTH,
    Handler,
    MAX_TEXT,
    MODS,
    MONTH,
    MONTH_FULL,
    MONTH_THEN_DAY,
    NUM,
    PART,
    PRE,
    UNIT,
    WEEKDAY,
    YEAR,
)
from dateline.analyse.time.relative_handlers import (
    _ago_handler,
    _anaphoric_handler,
    _duration_handler,
    _in_the_day_handler,
    _ordinal_handler,
    _ref_handler,
    _relative_handler,
    _set_handler,
)


# ----------------------------------------------------------------------------- patterns

_DAY_CORE = (
    rf"(?:{WEEKDAY}(?:,?\s+(?:{MONTH_THEN_DAY}|{DAY_THEN_MONTH})(?:,?\s+{YEAR})?)?"
    rf"|{MONTH_THEN_DAY}(?:,?\s+{YEAR})?(?![\d,]*\d)|{DAY_THEN_MONTH}(?:,?\s+{YEAR})?"
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
    ("week-of", rf"the\s+week\s+of\s+(?:{MONTH_THEN_DAY}(?:,?\s+{YEAR})?|{DAY_THEN_MONTH}(?:,?\s+{YEAR})?)", _week_of_handler),
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
