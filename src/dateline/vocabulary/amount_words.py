"""The word lists behind amount extraction, loaded once from dateline/data/amounts/."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.lexicons import json_data
from typing import Any


def _load(name: str) -> dict[str, Any]:
    return json_data(f"amounts/{name}")


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, int]  # one .. nineteen
    tens: dict[str, int]  # twenty .. ninety
    multipliers: dict[str, int]  # hundred, dozen: multiply what precedes, below a thousand
    scales: dict[str, int]  # thousand, million, lakh, crore ...
    abbreviations: dict[str, int]  # k, m, bn ... glued to digits
    vague: dict[str, int]  # thousands -> 1000
    vague_multipliers: dict[str, int]  # "hundreds of" -> 100
    vague_determiners: tuple[str, ...]  # several, a few
    fractions: dict[str, int]  # third -> 3
    currency_prefixes: dict[str, str]
    currency_words: dict[str, str]
    measure_units: dict[str, str]
    qualifiers_before: tuple[str, ...]
    qualifiers_after: tuple[str, ...]
    time_units: frozenset[str]
    identifier_words: frozenset[str]
    age_words: frozenset[str]
    score_nouns: frozenset[str]
    nominal_adjectives: frozenset[str]
    change_verbs: frozenset[str]
    compound_modifier_exceptions: frozenset[str]  # "5,000-strong": still counts the noun after
    in_idioms: frozenset[str]  # "in return (for)": not what the money is


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    numbers = _load("numbers.json")
    currencies = _load("currencies.json")
    units = _load("units.json")
    context = _load("context.json")
    return Lexicon(
        units=numbers["units"],
        tens=numbers["tens"],
        multipliers=numbers["multipliers"],
        scales=numbers["scales"],
        abbreviations=numbers["abbreviations"],
        vague=numbers["vague"],
        vague_multipliers=numbers["vague_multipliers"],
        vague_determiners=tuple(numbers["vague_determiners"]),
        fractions=numbers["fractions"],
        currency_prefixes=currencies["prefixes"],
        currency_words={k.lower(): v for k, v in currencies["words"].items()},
        measure_units=units["units"],
        qualifiers_before=tuple(context["qualifiers_before"]),
        qualifiers_after=tuple(context["qualifiers_after"]),
        time_units=frozenset(w.lower() for w in context["time_units"]),
        identifier_words=frozenset(w.lower() for w in context["identifier_words"]),
        age_words=frozenset(context["age_words"]),
        score_nouns=frozenset(context["score_nouns"]),
        nominal_adjectives=frozenset(context["nominal_adjectives"]),
        change_verbs=frozenset(context["change_verbs"]),
        compound_modifier_exceptions=frozenset(context["compound_modifier_exceptions"]),
        in_idioms=frozenset(context["in_idioms"]),
    )


def alternation(phrases: object) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted({str(p) for p in phrases}, key=len, reverse=True)  # type: ignore[union-attr]
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


DIGITS = r"\d+(?:,\d+)*(?:\.\d+)?"


@lru_cache(maxsize=1)
def amount_pattern() -> re.Pattern[str]:
    """One scanning regex: [qualifier|between] [currency] number [range] [% | currency | unit] [or more].

    Context checks that need the parse (dates, ages, identifiers, what is counted)
    happen afterwards, in extract.py; this only finds candidate spans.
    """
    lex = lexicon()
    word = alternation([*lex.units, *lex.tens, *lex.multipliers, *lex.scales])
    number_word = alternation([*lex.units, *lex.tens])
    scale = alternation([*lex.multipliers, *lex.scales])
    and_after_scale = "(?:" + "|".join(f"(?<={re.escape(s)})" for s in [*lex.multipliers, *lex.scales]) + r")\s+and\s+"
    # "MM" is finance's million ("a $200MM deal") only in capitals: "155mm" is a calibre
    abbreviation = r"(?:\s?(?:mn|mln|bn|tn|trn|cr)|(?-i:MM)|k|m|b)(?![^\W_])"
    digit_number = rf"{DIGITS}(?:{abbreviation})?(?:(?:\s+|-)(?:{scale})\b)*"
    word_number = (
        rf"(?:(?:an?|half\s+an?)\s+)?(?:{word})\b"
        rf"(?:(?:\s+|-)(?:{word})\b|{and_after_scale}(?:{word})\b|\s+and\s+a\s+half\b)*"
    )
    fraction_word = alternation(lex.fractions)
    fraction = rf"(?:an?|{number_word}|\d+)(?:\s+|-)(?:{fraction_word})\b"
    ratio = rf"(?:{number_word}|\d+)\s+in\s+(?:{number_word}|\d+)\b"
    vague_scale = alternation([*lex.multipliers, *lex.scales])
    vague = (
        rf"(?:(?:{alternation(lex.vague_multipliers)})\s+)?(?:{alternation(lex.vague)})\b"
        rf"|(?:{alternation(lex.vague_determiners)})\s+(?:{vague_scale})\b(?:\s+(?:{vague_scale})\b)?"
    )
    qualifier = alternation(q for q in lex.qualifiers_before if q != "between")
    currency_prefix = alternation(lex.currency_prefixes)
    percent = r"\s?%|\s+per\s?cent\b|\s+percent\b|\s?pc\b|\s?pct\b|\s+percentage\s+points?\b"
    currency_word = alternation(lex.currency_words)
    unit = alternation(lex.measure_units)
    qualifier_after = alternation(lex.qualifiers_after)
    pattern = (
        rf"(?:(?P<qual>\b(?:{qualifier})\s+)|(?P<between>\bbetween\s+))?"
        rf"(?P<cur>(?-i:{currency_prefix})\s?)?"
        rf"(?P<core>{ratio}|{fraction}|{vague}|{digit_number}|{word_number}|half\b)"
        rf"(?:(?P<conn>\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
        rf"(?P<core2>{digit_number}|{word_number}))?"
        rf"(?:(?P<pct>{percent})|\s+(?P<curword>{currency_word})\b|(?:\s|-)?(?P<unit>{unit})(?![^\W_]))?"
        rf"(?P<qafter>\s*-?\s*(?:{qualifier_after})\b)?"
    )
    return re.compile(pattern, re.IGNORECASE)
