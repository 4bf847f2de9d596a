"""Numbers as written in news ("2,50,000", "1.2m", "forty-two", "half a million") to floats.

Pure functions over strings: no spaCy here, so they are cheap to call and to property-test.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dateline.vocabulary.amount_words import lexicon

MAX_CHARS = 200  # longer "numbers" are not numbers a reporter wrote

_DIGITS_WITH_SUFFIX = re.compile(r"(\d+(?:,\d+)*)(\.\d+)?([a-z]*)")
_WESTERN = re.compile(r"\d{1,3}(?:,\d{3})+")
_INDIAN = re.compile(r"\d{1,2}(?:,\d{2})*,\d{3}")
_PLAIN = re.compile(r"\d+")
_RATIO = re.compile(r"(.+?)\s+in\s+(.+)")
_MIXED_FRACTION = re.compile(r"(?:(\d{1,6})\s+)?(\d{1,4})/(\d{1,4})")


def _digits(token: str) -> Decimal | None:
    """'2,50,000' -> 250000; '1.2m' -> 1200000; None when the grouping is not a real one."""
    match = _DIGITS_WITH_SUFFIX.fullmatch(token)
    if not match:
        return None
    whole, fraction, suffix = match.groups()
    if "," in whole and not (_WESTERN.fullmatch(whole) or _INDIAN.fullmatch(whole)):
        return None  # "1,2" is a list, "12,34,5" nothing at all
    if "," not in whole and not _PLAIN.fullmatch(whole):
        return None
    value = Decimal(whole.replace(",", "") + (fraction or ""))
    if suffix:
        scale = lexicon().abbreviations.get(suffix)
        if scale is None:
            return None
        value *= scale
    return value


def _words(tokens: list[str]) -> Decimal | None:
    """Number words and digits together: 'two million', 'one hundred and twenty', '2.5 lakh crore'."""
    lex = lexicon()
    total = Decimal(0)
    current: Decimal | None = None
    last = "start"  # kind of the previous token
    last_scale = 0
    for index, token in enumerate(tokens):
        if token in ("a", "an"):
            following = tokens[index + 1] if index + 1 < len(tokens) else ""
            if last == "and-half":
                last = "a-half"
                continue
            if last == "half":  # half a million
                continue
            if last != "start" or following not in (*lex.multipliers, *lex.scales):
                return None
            current, last = Decimal(1), "a"
        elif token == "and":
            if last in ("multiplier", "scale"):
                last = "and"  # "one hundred and twenty"
            elif last in ("unit", "ten", "digits") and tokens[index + 1 : index + 3] == ["a", "half"]:
                last = "and-half"  # "one and a half million"
            else:
                return None
        elif token == "half":
            if last == "a-half":
                if current is None:
                    return None
                current += Decimal("0.5")
                last = "unit"
            elif last == "start":
                current, last = Decimal("0.5"), "half"
            else:
                return None
        elif token in lex.units or token in lex.tens:
            value = Decimal(lex.units.get(token, lex.tens.get(token, 0)))
            if last == "start":
                current = value
            elif last == "and":
                current = (current or Decimal(0)) + value
            elif last == "multiplier" and current is not None:
                current += value
            elif last == "scale":
                current = value
            elif last == "ten" and token in lex.units and value < 10 and current is not None:
                current += value
            else:
                return None
            last = "ten" if token in lex.tens else "unit"
        elif token in lex.multipliers:
            if last not in ("start", "unit", "ten", "digits", "a", "half"):
                return None
            current = (current if current is not None else Decimal(1)) * lex.multipliers[token]
            last = "multiplier"
        elif token in lex.scales:
            scale = lex.scales[token]
            if current is None:
                if last == "scale" and total > 0 and scale > last_scale:
                    total *= scale  # "2.5 lakh crore", "a thousand million"
                else:
                    return None
            else:
                total += current * scale
            current, last, last_scale = None, "scale", scale
        else:
            value = _digits(token)
            if value is None or last != "start":
                return None
            current, last = value, "digits"
    if last in ("start", "and", "and-half", "a", "a-half"):
        return None
    return total + (current or Decimal(0))


def _fraction(tokens: list[str]) -> Decimal | None:
    """'two thirds' -> 0.666..., 'a quarter' -> 0.25, 'three quarters' -> 0.75."""
    lex = lexicon()
    denominator = lex.fractions.get(tokens[-1])
    if denominator is None or len(tokens) < 2:
        return None
    head = tokens[:-1]
    numerator = Decimal(1) if head in (["a"], ["an"]) else _words(head)
    if numerator is None or numerator <= 0 or numerator >= denominator:
        return None
    if numerator == 1 and tokens[-1].endswith("s") and tokens[-1] not in ("halves",):
        return None  # "one thirds" is not English
    return numerator / denominator


def _parse(text: str) -> Decimal | None:
    lex = lexicon()
    cleaned = text.strip().lower().replace("\u00a0", " ")
    cleaned = re.sub(r"[\u2010-\u2015]", "-", cleaned)
    if not cleaned:
        return None
    ratio = _RATIO.fullmatch(cleaned)
    if ratio:
        part, whole = _parse(ratio.group(1)), _parse(ratio.group(2))
        if part is None or not whole or part > whole:
            return None
        return part / whole
    mixed = _MIXED_FRACTION.fullmatch(cleaned)
    if mixed:  # "2 1/2", "1/2"
        whole, top, bottom = mixed.groups()
        if int(bottom) == 0:
            return None
        return Decimal(whole or 0) + Decimal(top) / Decimal(bottom)
    tokens = [t for t in re.split(r"[\s-]+", cleaned) if t]
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0] == "half":
        return Decimal("0.5")
    if tokens[-1] in lex.fractions and tokens[-1] != "half":
        return _fraction(tokens)
    if tokens in (["a", "half"], ["one", "half"]):
        return Decimal("0.5")
    return _words(tokens)


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None when it is not one number.

    Handles digits with western ("250,000") and Indian ("2,50,000") grouping, decimals,
    glued scales ("1.2m", "4.5bn", "300k"), words ("forty-two", "a hundred", "two dozen",
    "one and a half million", "3 crore", "2.5 lakh crore"), fractions ("two-thirds") and
    ratios ("one in five"). Vague words ("thousands") are None: see `vague_magnitude`.
    Never raises.
    """
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return None
    try:
        value = _parse(text)
    except (InvalidOperation, ArithmeticError, ValueError, IndexError, RecursionError):
        return None
    if value is None:
        return None
    try:
        result = float(value)
    except (OverflowError, ValueError):
        return None
    if result != result or result in (float("inf"), float("-inf")):
        return None
    return result


def vague_magnitude(text: str) -> float | None:
    """The order of magnitude of a vague amount: 'thousands' -> 1000, 'tens of thousands' -> 10000,
    'several hundred' -> 100, 'dozens' -> 12. None when the text is not a vague amount."""
    if not isinstance(text, str) or len(text) > MAX_CHARS:
        return None
    lex = lexicon()
    words = [w for w in re.split(r"\s+", text.strip().lower()) if w]
    if not words:
        return None
    for determiner in sorted(lex.vague_determiners, key=len, reverse=True):
        size = len(determiner.split())
        if words[:size] == determiner.split() and len(words) > size:
            magnitude = 1.0
            for word in words[size:]:
                scale = lex.multipliers.get(word) or lex.scales.get(word)
                if scale is None:
                    return None
                magnitude *= scale
            return magnitude
    if len(words) == 3 and " ".join(words[:2]) in lex.vague_multipliers and words[2] in lex.vague:
        return float(lex.vague_multipliers[" ".join(words[:2])] * lex.vague[words[2]])
    if len(words) == 1 and words[0] in lex.vague:
        return float(lex.vague[words[0]])
    return None


def order_of_magnitude(value: float | None) -> float | None:
    """10 ** floor(log10(value)) for a positive value: 3,400,000 -> 1,000,000."""
    if value is None or value <= 0 or value != value or value == float("inf"):
        return None
    exponent = Decimal(repr(value)).adjusted()
    return float(Decimal(10) ** exponent)
