import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.ingest.metadata_dates import parse_date, parse_month_day


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-06-14", "2021-06-14"),
        ("2021-06-14T09:12:00Z", "2021-06-14"),
        ("2021-06-14T23:30:00-05:00", "2021-06-14"),  # the day as written, not UTC
        ("2021/06/14", "2021-06-14"),
        ("20210614", "2021-06-14"),
        ("14 June 2021", "2021-06-14"),
        ("14th Jun. 2021", "2021-06-14"),
        ("June 14, 2021", "2021-06-14"),
        ("June 14, 2021 09:12 UTC", "2021-06-14"),
        ("Monday, June 14, 2021", "2021-06-14"),
        ("Mon, 14 Jun 2021 09:12:00 GMT", "2021-06-14"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("14 juin 2021", "2021-06-14"),
        ("14 de junio de 2021", "2021-06-14"),
        ("14. Juni 2021", "2021-06-14"),
        ("14/06/2021", "2021-06-14"),
        ("06/14/2021", "2021-06-14"),  # 14 cannot be a month
        ("05/06/2021", "2021-06-05"),  # ambiguous: day first
        ("14.06.2021", "2021-06-14"),
        ("14-06-21", "2021-06-14"),
    ],
)
def test_parse_date_reads_common_forms(value, expected):
    assert parse_date(value) == expected


def test_parse_date_month_first_on_request():
    assert parse_date("05/06/2021", dayfirst=False) == "2021-05-06"


@pytest.mark.parametrize(
    "value",
    ["", "yesterday", "June 2021", "2021-02-30", "31/31/2021", "0999-01-01", "the 14th", "2021", None, 20210614, ["2021-06-14"]],
)
def test_parse_date_refuses_what_is_not_a_full_date(value):
    assert parse_date(value) is None


def test_parse_date_takes_date_objects():
    assert parse_date(dt.date(2021, 6, 14)) == "2021-06-14"
    assert parse_date(dt.datetime(2021, 6, 14, 23, 0)) == "2021-06-14"


@pytest.mark.parametrize(
    "value, year, expected",
    [("June 14", 2021, "2021-06-14"), ("14 June", 2021, "2021-06-14"), ("Jan. 5", 2022, "2022-01-05"), ("Monday", 2021, None)],
)
def test_parse_month_day(value, year, expected):
    assert parse_month_day(value, year=year) == expected


def _valid_or_none(result):
    if result is None:
        return True
    return len(result) == 10 and dt.date.fromisoformat(result).isoformat() == result


@settings(max_examples=400)
@given(st.text(max_size=80))
def test_parse_date_never_raises_on_any_text(value):
    assert _valid_or_none(parse_date(value))


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.integers(min_value=0, max_value=3000).map(str),
            st.sampled_from(["June", "jun.", "Sept", "de", "T", "Z", "/", "-", ".", ",", " ", ":", "+02:00", "th", "'21"]),
        ),
        max_size=8,
    ).map("".join)
)
def test_parse_date_never_raises_on_date_like_text(value):
    assert _valid_or_none(parse_date(value))
    assert _valid_or_none(parse_date(value, dayfirst=False))


@given(st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_parse_date_round_trips_iso_and_written_forms(day):
    assert parse_date(day.isoformat()) == day.isoformat()
    assert parse_date(day.strftime("%d %B %Y")) == day.isoformat()
    assert parse_date(day.strftime("%B %d, %Y")) == day.isoformat()
