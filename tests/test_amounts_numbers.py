"""parse_number and vague_magnitude: numbers as reporters write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.analyse.amounts import parse_number, vague_magnitude


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 million", 3_000_000),
        ("two million", 2_000_000),
        ("2,50,000", 250_000),
        ("1,00,00,000", 10_000_000),
        ("250,000", 250_000),
        ("1,234,567.5", 1_234_567.5),
        ("1.2m", 1_200_000),
        ("4.5bn", 4_500_000_000),
        ("300k", 300_000),
        ("forty-two", 42),
        ("Forty-Two", 42),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("two dozen", 24),
        ("half a million", 500_000),
        ("one and a half million", 1_500_000),
        ("3 crore", 30_000_000),
        ("10 lakh", 1_000_000),
        ("2.5 lakh crore", 2_500_000_000_000),
        ("a thousand million", 1_000_000_000),
        ("twenty five", 25),
        ("five hundred twenty", 520),
        ("three-quarters", 0.75),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("one in five", 0.2),
        ("half", 0.5),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["", "thousands", "third", "1,2", "12,34,5", "two and three", "1e5", "10-15", "2.1.3", "ten twenty",
     "million two", "a", "and", "abc", "3 millions of", "one thirds"],
)
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "magnitude"),
    [("thousands", 1000), ("Hundreds of thousands", 100_000), ("tens of thousands", 10_000),
     ("several hundred", 100), ("a few thousand", 1000), ("dozens", 12), ("millions", 1_000_000),
     ("3 million", None), ("people", None)],
)
def test_vague_magnitude(text: str, magnitude: float | None) -> None:
    assert vague_magnitude(text) == magnitude


def indian(n: int) -> str:
    digits = str(n)
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([head, *groups, tail])


@given(st.integers(min_value=0, max_value=10**15))
def test_formatted_integers_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(indian(n)) == n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_round_trip(whole: int, hundredths: int) -> None:
    text = f"{whole:,}.{hundredths:02d}"
    assert parse_number(text) == pytest.approx(whole + hundredths / 100)


@given(st.text(max_size=300))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)
    assert vague_magnitude(text) is None or isinstance(vague_magnitude(text), float)


@given(st.lists(st.sampled_from(["one", "two", "hundred", "thousand", "million", "and", "a", "half", "-",
                                 "lakh", "crore", "dozen", "twenty", "3", "1.5", "thirds", "in", "five"]),
                max_size=8))
def test_parse_number_never_raises_on_number_words(words: list[str]) -> None:
    value = parse_number(" ".join(words))
    assert value is None or value >= 0
