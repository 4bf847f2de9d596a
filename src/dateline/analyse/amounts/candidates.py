"""Amounts in the text: the candidate record and how a pattern match becomes one (its edges,
ranges, fractions, scales, the checks on the characters around it), before the parse is
consulted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.vocabulary.amount_words import alternation, lexicon
from dateline.vocabulary.numbers import order_of_magnitude, parse_number, vague_magnitude


@dataclass
class _Candidate:
    start: int
    end: int
    core_start: int
    core_end: int
    value: float | None
    value_max: float | None
    magnitude: float | None
    unit: str
    qualifier: str | None
    vague: bool
    is_range: bool
    dash_range: bool
    has_scale: bool
    bare_integer: bool
    million_or_metres: bool = False
    ratio: bool = False  # "one in five"
    singular_vague: bool = False  # "several hundred", which can stand before a noun as "300" can  # "5m": five million people, or a 5m wall


def _is_from_to(text: str, match: re.Match[str]) -> bool:
    before = text[max(0, match.start() - 12) : match.start()].lower()
    return match.group("conn").strip().lower() == "to" and re.search(r"\bfrom\s+$", before) is not None


@lru_cache(maxsize=1)
def _scale_words() -> re.Pattern[str]:
    """Built once per process from the lexicon (a cache, not state the analysis changes)."""
    lex = lexicon()
    words = alternation([*lex.multipliers, *lex.scales])
    return re.compile(rf"(?:\d(?:k|m|mn|mln|bn|b|tn|trn|cr)\b|\b(?:{words})\b)", re.I)


def _unit_of(match: re.Match[str]) -> str:
    """The unit the regex groups name ("count" when none does; "" when the one named is unknown)."""
    lex = lexicon()
    if match.group("cur"):
        return lex.currency_prefixes.get(match.group("cur").strip(), "")
    if match.group("pct"):
        return "percentage point" if "point" in match.group("pct").lower() else "percent"
    if match.group("curword"):
        return lex.currency_words.get(re.sub(r"\s+", " ", match.group("curword").lower()), "")
    if match.group("unit"):
        units_lower = {k.lower(): v for k, v in lex.measure_units.items()}
        return lex.measure_units.get(match.group("unit")) or units_lower.get(
            re.sub(r"\s+", " ", match.group("unit").lower()), ""
        )
    return "count"


def _value_of(
    text: str, match: re.Match[str], core: str, core_end: int, unit: str
) -> tuple[float | None, str, bool, bool] | None:
    """(value, unit, vague, million_or_metres) of the core: a ratio or share turns the unit
    into "fraction"; None when the core is not an amount."""
    lowered = core.lower()
    vague = million_or_metres = False
    if re.search(r"\sin\s", lowered):
        value = parse_number(core)
        if value is None or unit != "count":
            return None
        unit = "fraction"
    elif _is_fraction(lowered):
        if lowered == "half":
            if not _share_of_half(text, match):
                return None  # "the second half", "half-time"
        elif not ("-" in core or re.match(r"\s+of\b", text[core_end : core_end + 6], re.I) or _share_of_half(text, match)):
            return None  # "a third" alone is an ordinal more often than a share
        value = parse_number(core)
        if value is None or unit != "count":
            return None
        unit = "fraction"
    elif vague_magnitude(core) is not None:
        value, vague = None, True
    else:
        value = _digits_or_words(core, unit=unit, text=text, end=core_end)
        if value is None:
            return None
        million_or_metres = isinstance(value, tuple)
        if isinstance(value, tuple):
            value = value[0]
    return value, unit, vague, million_or_metres


def _range_of(match: re.Match[str], core: str, value: float | None) -> tuple[float, float, bool] | None:
    """(lower, upper, dash_range) of "3 to 5", "3-5" (the lower value taking the upper's
    scale); None when the pair is a phone number or a score."""
    upper = parse_number(match.group("core2"))
    if upper is None or value is None:
        return None
    value = _inherit_scale(value, core, match.group("core2"), upper)
    if match.group("core2")[:1] == "0" and match.group("core2")[1:2].isdigit():
        return None  # "555-0123": a phone number
    if value >= upper:
        return None  # "3-1" is a score, not a range
    return value, upper, match.group("conn").strip() in ("-", "–", "—")


def _qualifier_of(match: re.Match[str], *, is_range: bool, first_only: bool) -> str | None:
    if match.group("qual"):
        return re.sub(r"\s+", " ", match.group("qual").strip().lower())
    if match.group("between") and is_range:
        return "between"
    if match.group("qafter") and not first_only:
        return re.sub(r"[\s-]+", " ", match.group("qafter").strip().lower()).strip()
    return None


def _candidate(text: str, match: re.Match[str], *, first_only: bool) -> _Candidate | None:
    """Value, unit and qualifier from the regex groups, with the checks that need only text."""
    core = match.group("core")
    core_start, core_end = match.span("core")
    start = match.start()
    if match.group("between") and (first_only or not match.group("core2")):
        start = match.start("cur") if match.group("cur") else core_start
    end = match.end()
    if first_only:
        end = core_end
    if not _clean_edges(text, start, end, core_start):
        return None

    unit = _unit_of(match)
    if not unit:
        return None
    if unit == "count" and not first_only and _time_unit_follows(text, end):
        return None  # "three days", "a 45-year-old", "10 am": durations, ages and times
    if unit == "count" and first_only and _time_unit_follows(text, core_end):
        return None

    lowered = core.lower()
    read = _value_of(text, match, core, core_end, unit)
    if read is None:
        return None
    value, unit, vague, million_or_metres = read
    magnitude = vague_magnitude(core) if vague else order_of_magnitude(value)

    value_max = None
    is_range = dash_range = False
    if match.group("core2") and not first_only:
        ranged = None if vague else _range_of(match, core, value)
        if ranged is None:
            return None
        value, value_max, dash_range = ranged
        is_range = True
        magnitude = order_of_magnitude(value)

    qualifier = _qualifier_of(match, is_range=is_range, first_only=first_only)
    has_scale = bool(_scale_words().search(core)) or vague
    bare_integer = (
        unit == "count"
        and not vague
        and not is_range
        and re.fullmatch(r"\d+", core) is not None
        and not match.group("cur")
    )
    if lowered in ("one", "zero", "a", "an") and unit == "count":
        return None  # "one of the", "no one": too rarely an amount on its own
    if unit == "count" and not vague and _compound_modifier(text, end):
        return None  # "a 40-page document", "a 10-point plan": a property of the noun, not a count
    return _Candidate(
        start=start,
        end=end,
        core_start=core_start,
        core_end=core_end,
        value=value,
        value_max=value_max,
        magnitude=magnitude,
        unit=unit,
        qualifier=qualifier,
        vague=vague,
        is_range=is_range,
        dash_range=dash_range,
        has_scale=has_scale,
        bare_integer=bare_integer,
        million_or_metres=million_or_metres,
        ratio=unit == "fraction" and re.search(r"\sin\s", lowered) is not None,
        singular_vague=vague and not lowered.endswith("s"),
    )


def _clean_edges(text: str, start: int, end: int, core_start: int) -> bool:
    """Reject numbers glued to other characters: 'COVID-19', 'F-16', '10:30', '2.1.3', '24/7', '1st', phones."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before in "#@/_+:\\$€£¥₹":
        return False
    if before in "-.,'’" and start >= 2 and text[start - 2].isalnum():
        return False
    if re.search(r"\d[ \t]$", text[max(0, start - 2) : start]):
        return False  # "+44 20 7946 0958": a run of digit groups is a phone number
    after = text[end : end + 3]
    if after[:1].isalnum() or after[:1] in "_@":
        return False
    if re.match(r"[.,:/][0-9]", after) or re.match(r"\s?[-–]\s?\d", after):
        return False
    if re.match(r"[ \t]\d", after):
        return False
    # the core itself glued on the left to a letter (the currency prefix may be glued, the core not)
    if core_start > start and text[core_start - 1].isalpha() and not text[start:core_start].strip():
        return False
    return True


def _share_of_half(text: str, match: re.Match[str]) -> bool:
    """'half of the flights', 'half the staff', 'fell by (nearly) half' are shares; 'the second half' is not."""
    after = text[match.end("core") : match.end("core") + 12]
    if re.match(r"\s+(?:of|the|its|their|all|his|her|our)\b", after, re.I):
        return True
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(match.group("qual")) or re.search(r"\bby\s+$", before, re.I) is not None


def _compound_modifier(text: str, end: int) -> bool:
    hyphenated = re.match(r"-([^\W\d_]+)\b", text[end : end + 30])
    return bool(hyphenated) and hyphenated.group(1).lower() not in lexicon().compound_modifier_exceptions


def _time_unit_follows(text: str, end: int) -> bool:
    lex = lexicon()
    following = re.match(r"(?:\s+|-)([A-Za-z][A-Za-z.'’-]*(?:\s+time)?)", text[end : end + 30])
    if not following:
        return False
    word = following.group(1).lower().rstrip(".,") if not following.group(1).lower().endswith("m.") else following.group(1).lower()
    if word in lex.time_units:
        return True
    first = re.split(r"[-\s]", word)[0]
    return first in lex.time_units


def _is_fraction(lowered: str) -> bool:
    lex = lexicon()
    last = re.split(r"[\s-]+", lowered)[-1]
    return last in lex.fractions and (last != "half" or lowered == "half")


def _digits_or_words(core: str, *, unit: str, text: str, end: int) -> float | tuple[float, str] | None:
    glued = re.fullmatch(r"(\d+(?:,\d+)*(?:\.\d+)?)([a-z]+)", core.strip(), re.I)
    if glued and glued.group(2).lower() in ("m", "b") and unit == "count":
        if glued.group(2).lower() == "b":
            return None  # "5b" without a currency is a name ("Route 5b"), not five billion
        number = parse_number(glued.group(1))
        return None if number is None else (number, "m?")  # decided on the parse: million or metres
    return parse_number(core)


def _inherit_scale(lower: float, core: str, core2: str, upper: float) -> float:
    """'3 to 4 million' -> the lower bound is 3 million too."""
    if _scale_words().search(core):
        return lower
    stripped = _scale_words().sub("", core2).strip()
    base = parse_number(re.sub(r"[a-z]+$", "", stripped, flags=re.I)) if stripped else None
    if base and upper / base > 1 and lower < base:
        return lower * (upper / base)
    return lower
