"""Year-less days read together: the days of a series announced for the future run forward
from its first day, and a day the article named before is read as it was then."""

from __future__ import annotations

from test_time import _timexes, nlp  # noqa: F401  (the fixture)

from dateline.analyse.time import reanchor


def _values(timexes):
    return {t.text: t.value for t in timexes}


def test_a_future_series_ends_after_it_begins(nlp):  # noqa: F811
    text = ("The band announced a 2024 reunion tour on Monday. The trek kicks off June 12th in Miami, "
            "Florida, and concludes October 4th in Denver, Colorado.")
    values = _values(_timexes(nlp, text, published="2023-11-20"))
    assert values["June 12th"] == "2024-06-12"
    assert values["October 4th"] == "2024-10-04"


def test_a_list_of_dates_repeats_the_days_named_before(nlp):  # noqa: F811
    text = ("The 2024 festival opens June 12th and closes October 4th, organisers said on Monday.\n\n"
            "Dates:\nJune 12 - Miami\nJuly 3 - Atlanta\nSeptember 9 - Austin\nOctober 4 - Denver")
    timexes = _timexes(nlp, text, published="2023-11-20")
    days = [t.value for t in timexes if t.text in ("June 12", "July 3", "September 9", "October 4")]
    assert days == ["2024-06-12", "2024-07-03", "2024-09-09", "2024-10-04"]
    # reanchored on the day after, the series moves as one
    moved = {t.text: t.value for t in reanchor(timexes, "2023-11-21")}
    assert moved["October 4"] == "2024-10-04"


def test_a_past_series_stays_in_the_past(nlp):  # noqa: F811
    text = "The strike began March 3 and ended May 20, the union said."
    values = _values(_timexes(nlp, text, published="2023-11-20"))
    assert values["March 3"] == "2023-03-03"
    assert values["May 20"] == "2023-05-20"


def test_a_new_sentence_starts_another_account(nlp):  # noqa: F811
    text = ("The 2024 tour kicks off June 12th in Miami and concludes October 4th in Denver. The band "
            "announced it at their November 18th concert in Nashville.")
    values = _values(_timexes(nlp, text, published="2023-11-20"))
    assert values["October 4th"] == "2024-10-04"
    assert values["November 18th"] == "2023-11-18"
