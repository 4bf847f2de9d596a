"""Time tagger handlers for expressions read against another time: relative ('next week'), 'ago',
durations, references ('now', 'recently'), sets ('every week'), ordinals, anaphoric ('that day',
'the following year') and 'in the day'.
"""

from __future__ import annotations

import re

from dateline.lexicons import table
from dateline.analyse.time.normalise import (
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    duration_value,
    parse_number,
    unit_of,
)
from dateline.analyse.time.candidates import (
    Candidate,
    Context,
    MODS,
    MOD_VALUES,
    MONTH_FULL,
    NUM,
    PRE,
    UNIT,
    YEAR,
    _month_of,
    _norm,
    _part_suffix,
    _pre_mod,
    _weekday_of,
)


_REL_WORDS = {phrase: int(steps) for phrase, steps in table("time/relative_words.tsv", 2)}


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


_REFERENCE_VALUES = dict(table("time/reference_words.tsv", 2))
_SET_ADVERBS = dict(table("time/set_adverbs.tsv", 2))


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
