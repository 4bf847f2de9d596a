"""TIMEX3 values: the validator, numbers and durations, and anchor resolution (no model needed)."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyse.time import reanchor, timexes_in_doc
from dateline.analyse.time.anchor import resolve_spec, unanchored
from dateline.analyse.time.normalise import duration_value, is_timex3_value, parse_number
from dateline.models import Timex


@pytest.mark.parametrize(
    "value",
    ["2019-06-03", "2019-06", "2019", "199", "19", "2019-W23", "2019-W23-WE", "XXXX-WXX-3",
     "2019-Q3", "2019-H1", "2019-SU", "2019-06-03T22:00", "2019-06-03TNI", "XXXX-06-14",
     "P3Y", "PT48H", "P2Y6M", "PT1M30S", "PXW", "P1D", "PRESENT_REF", "PAST_REF", "FUTURE_REF"],
)
def test_valid_timex3_values(value):
    assert is_timex3_value(value)


@pytest.mark.parametrize("value", ["", "June 3", "2019-13-45x", "P", "3Y", "2019-W", "yesterday", None])
def test_invalid_timex3_values(value):
    assert not is_timex3_value(value)


@pytest.mark.parametrize(
    "text, number",
    [("48", 48), ("twenty-four", 24), ("twenty four", 24), ("a couple of", 2), ("2 1/2", 2.5),
     ("a hundred", 100), ("several", None), ("banana", None)],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize(
    "amount, unit, value",
    [(3, "years", "P3Y"), (48, "hours", "PT48H"), (2.5, "years", "P2Y6M"), (None, "weeks", "PXW"),
     (2, "decades", "P20Y"), (1.5, "minutes", "PT1M30S"), (1, "month", "P1M")],
)
def test_duration_value(amount, unit, value):
    assert duration_value(amount, unit) == value


@pytest.mark.parametrize(
    "spec, anchor, value",
    [
        ("day:-1", "2019-06-04", "2019-06-03"),
        ("day:0|TNI", "2019-06-04", "2019-06-04TNI"),
        ("wd:-1:7", "2019-06-04", "2019-06-02"),  # "said on Sunday", Tuesday article
        ("wd:1:1", "2019-06-04", "2019-06-10"),  # "will arrive on Monday"
        ("wd:0:3", "2019-06-04", "2019-06-05"),  # "talks on Wednesday": the coming one
        ("wd:-2:2", "2019-06-04", "2019-05-28"),  # "last Tuesday"
        ("md:0:5:17", "2019-06-04", "2019-05-17"),
        ("md:-1:12:20", "2019-01-05", "2018-12-20"),
        ("m:-1:5", "2019-06-04", "2019-05"),
        ("m:-2:2", "1998-03-01", "1997-02"),  # "last February" said in March
        ("rel:W:-1", "2019-06-04", "2019-W22"),
        ("rel:M:1", "2019-06-04", "2019-07"),
        ("rel:Y:-1", "2019-06-04", "2018"),
        ("rel:E:0", "2019-06-04", "201"),
        ("lastq:0", "1989-10-26", "1989-Q3"),
        ("lastq:-1", "1989-10-26", "1988-Q3"),
        ("q:0:4:-1", "1998-01-26", "1997-Q4"),
        ("season:-2:SU", "2019-06-04", "2018-SU"),
        ("wkend:-1", "1990-08-13", "1990-W32-WE"),
        ("hol:1:christmas", "2019-06-04", "2019-12-25"),
        ("ord:3:strike", "2019-06-05", "2019-06-05"),
    ],
)
def test_resolve(spec, anchor, value):
    assert resolve_spec(spec, anchor) == value


@pytest.mark.parametrize(
    "spec, value",
    [("wd:-1:3", "XXXX-WXX-3"), ("md:0:6:14", "XXXX-06-14"), ("day:0", "PRESENT_REF"),
     ("day:-1", "PAST_REF"), ("rel:M:1", "FUTURE_REF"), ("m:0:5", "XXXX-05")],
)
def test_without_anchor_the_value_is_underspecified(spec, value):
    assert resolve_spec(spec, None) == value == unanchored(spec)


def test_reanchor_resolves_again_without_reparsing():
    timex = Timex("a", "on Sunday", "DATE", "XXXX-WXX-7", 3, 12, None, expression="wd:-1:7")
    fixed = Timex("a", "3 June 2019", "DATE", "2019-06-03", 20, 31, None)
    moved = reanchor([timex, fixed], "2019-06-04")
    assert moved[0].value == "2019-06-02" and moved[0].anchor == "2019-06-04"
    assert moved[1] == fixed
    assert dataclasses.replace(moved[0], value=None) != timex  # a new record, input untouched
    assert timex.value == "XXXX-WXX-7"


SPECS = st.one_of(
    st.builds(lambda d, n: f"day:{d}", st.integers(-400, 400), st.none()),
    st.builds(lambda d, w: f"wd:{d}:{w}", st.sampled_from([-2, -1, 0, 1, 2, 3]), st.integers(1, 7)),
    st.builds(lambda d, m, x: f"md:{d}:{m}:{x}", st.integers(-2, 2), st.integers(1, 12), st.integers(1, 31)),
    st.builds(lambda d, m: f"m:{d}:{m}", st.integers(-2, 2), st.integers(1, 12)),
    st.builds(lambda u, n: f"rel:{u}:{n}", st.sampled_from(["D", "W", "WE", "M", "Q", "H", "Y", "E", "C"]), st.integers(-50, 50)),
    st.builds(lambda d: f"wkend:{d}", st.integers(-1, 1)),
    st.builds(lambda n, q, d: f"q:{n}:{q}:{d}", st.integers(-3, 3), st.integers(1, 4), st.integers(-1, 1)),
    st.builds(lambda u, n, r: f"ana:{u}:{n}@{r}", st.sampled_from(["D", "W", "M", "Y"]), st.integers(-3, 3), st.sampled_from(["", "wd:-1:3", "m:0:7", "rel:Y:-1", "bad"])),
    st.builds(lambda y: f"yq:{y}", st.integers(1000, 2100)),
    st.builds(lambda m, d: f"md:0:{m}:{d}|W", st.integers(1, 12), st.integers(1, 31)),
    st.text(max_size=20),
)


@settings(max_examples=300, deadline=None)
@given(spec=SPECS, anchor=st.one_of(st.none(), st.dates(min_value=__import__("datetime").date(1000, 1, 1), max_value=__import__("datetime").date(9000, 12, 31)).map(str), st.text(max_size=12)))
def test_resolve_never_raises_and_gives_valid_values(spec, anchor):
    value = resolve_spec(spec, anchor)
    assert is_timex3_value(value), (spec, anchor, value)


_NLP = spacy.blank("en")


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            ["on", "Sunday", "May", "17", "2019", "last", "week", "the", "third", "day", "of", "strike",
             "more", "than", "a", "month", "48", "hours", "in", "the", "1990s", "we", "may", "45-year-old",
             "five", "years", "ago", "early", "hours", "Thursday", ",", ".", "Jun", "3", "next", "quarter",
             "every", "Monday", "noon", "p.m.", "10", "yesterday", "late", "fiscal", "'80s", "x"]
        ),
        max_size=25,
    ).map(" ".join)
)
def test_tagging_never_raises_and_values_are_valid(text):
    for anchor in (None, "2019-06-04"):
        for timex in timexes_in_doc(_NLP(text), article_id="a", anchor=anchor):
            assert is_timex3_value(timex.value)
            assert text[timex.start : timex.end] == timex.text
