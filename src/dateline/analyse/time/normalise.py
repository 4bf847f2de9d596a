"""Words to TIMEX3 pieces: numbers, units, months, weekdays, durations, the value validator."""

from __future__ import annotations

import re

from dateline.vocabulary.numbers import parse_number as shared_parse_number

from dateline.lexicons import table, words
from dateline.vocabulary.calendar import MONTHS, WEEKDAYS  # noqa: F401 (the tagger reads them from here)

SEASONS = dict(table("time/seasons.tsv", 2))
PARTS_OF_DAY = dict(table("time/parts_of_day.tsv", 2))
NUMBER_WORDS = {phrase: int(number) for phrase, number in table("time/number_words.tsv", 2)}
VAGUE_NUMBERS = frozenset(words("time/vague_numbers.txt"))
ORDINALS = {word: int(number) for word, number in table("time/ordinals.tsv", 2)}
# unit word -> (TIMEX3 duration letter, is a time-of-day unit, multiplier)
UNITS = {
    word: (letter, time_of_day == "yes", int(multiplier))
    for word, letter, time_of_day, multiplier in table("time/units.tsv", 4)
}

TIMEX3_VALUE = re.compile(
    r"""^(?:
      PRESENT_REF|PAST_REF|FUTURE_REF
    | P(?:\d+(?:\.\d+)?|X+)(?:Y|M|W|D|Q|H|E|C|L|WE)(?:(?:\d+(?:\.\d+)?|X+)(?:M|W|D))*
      (?:T(?:(?:\d+(?:\.\d+)?|X+)[HMS])+)?
    | PT(?:(?:\d+(?:\.\d+)?|X+)[HMS])+
    | (?:\d{4}|\d{3}X?|\d{2}X{0,2}|\d{1,2}|XXXX)
      (?:-(?:(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|W(?:\d{2}|XX)(?:-(?:[1-7]|WE|X))?|Q[1-4X]|H[12X]|SP|SU|FA|WI))?
      (?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?
    )$""",
    re.VERBOSE,
)


def is_timex3_value(value: str | None) -> bool:
    """Whether a string is a well-formed TIMEX3 value (dates, times, durations, refs, sets)."""
    return bool(value) and TIMEX3_VALUE.match(value) is not None


def parse_number(text: str) -> float | None:
    """A count of time units written in digits or words ("48", "twenty-four", "a couple of").

    The phrases only durations use ("a", "a couple of") are read here; every other number
    goes to the one shared number reader (dateline.vocabulary.numbers). None for vague counts
    ("several") and anything unreadable.
    """
    words = text.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    phrase = " ".join(words)
    if phrase in NUMBER_WORDS:
        return float(NUMBER_WORDS[phrase])
    if phrase in VAGUE_NUMBERS:
        return None
    return shared_parse_number(phrase)


def unit_of(word: str) -> tuple[str, bool, int] | None:
    """(letter, time-of-day?, multiplier) for a unit word, singular or plural."""
    word = word.lower().strip()
    if word == "centuries":
        word = "century"
    elif word == "millennia":
        word = "millennium"
    elif word.endswith("s") and word[:-1] in UNITS:
        word = word[:-1]
    return UNITS.get(word)


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3Y, PT48H, P2Y6M for 2.5 years, PXW when the amount is vague."""
    found = unit_of(unit)
    if found is None:
        return "PXX"
    letter, clock, multiplier = found
    prefix = "PT" if clock else "P"
    if letter == "WE":
        letter = "WE"
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= multiplier
    if letter in ("E", "C"):  # TimeBank writes "two decades" as P20Y
        amount, letter = amount * (10 if letter == "E" else 100), "Y"
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    whole, fraction = int(amount), amount - int(amount)
    smaller = {"Y": ("M", 12), "H": ("M", 60), "M": ("S", 60) if clock else ("D", 30), "D": ("H", 24), "W": ("D", 7)}
    if letter in smaller:
        small_letter, factor = smaller[letter]
        rest = round(fraction * factor)
        if letter == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        head = f"{prefix}{whole}{letter}" if whole else prefix
        return f"{head}{rest}{small_letter}"
    return f"{prefix}{amount:g}{letter}"
