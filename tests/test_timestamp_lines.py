"""A page's time stamp among an article's first lines: the publication date when metadata has
none, and residue in the body either way."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.clean import clean
from dateline.models import RawArticle
from dateline.timestamp_lines import publication_stamp, read_timestamp, stamp_prefix


@pytest.mark.parametrize(("line", "date", "updated"), [
    ("May 2, 2013 1:35 pm.", "2013-05-02", False),
    ("Posted on Thu Jun 13, 2013 08:45 AM PDT", "2013-06-13", False),
    ("Fri., May. 3, 2013 11:45 AM PDT", "2013-05-03", False),
    ("Posted August 2nd, 2013 at 5:19 pm", "2013-08-02", False),
    ("published: 2012-04-04 11:47:35", "2012-04-04", False),
    ("on Jul 7 2012, 5:55p", "2012-07-07", False),
    ("First Posted 23:37:00 05/05/2010", "2010-05-05", False),
    ("DECEMBER 16, 2008", "2008-12-16", False),
    ("Updated: November 11, 2011 18:50 IST", "2011-11-11", True),
    ("POSTED: 1052 GMT (1852 HKT), April 10, 2007", "2007-04-10", False),
    ("Sunday, November 27 - 2005 at 16:12", "2005-11-27", False),
    ("Monday 16 September 2013 03.31 BST", "2013-09-16", False),
    ("Published: Tuesday, Dec. 20 2005 12:00 a.m. MST", "2005-12-20", False),
    ("Published time: March 12, 2013 02:03 Edited time: March 13, 2013 02:15", "2013-03-12", False),
    ("12/23/12 06:03 PM ET", "2012-12-23", False),  # 23 can only be the day
    # a tokeniser's spaces inside numbers
    ("First Posted 23: 37: 00 05 / 05 / 2010", "2010-05-05", False),
    ("Published: Tuesday, Dec. 20 2005 12: 00 a. m. MST", "2005-12-20", False),
])
def test_stamp_lines_and_their_day(line, date, updated):
    stamp = read_timestamp(line)
    assert stamp is not None and (stamp.date, stamp.updated) == (date, updated)


@pytest.mark.parametrize(("line", "date"), [
    ("8: 13 AM PDT 8 / 2 / 2013", "2013-08-02"),  # North American zones write the month first
    ("Posted: 08/02/2013 11:10 am EDT", "2013-08-02"),
    ("POSTED: 05/02/07, 9:00 PM PDT |", "2007-05-02"),
    ("Updated 08/02/2013 11:10 BST", "2013-02-08"),  # British: the day first
    ("Friday August 2, 2013 8/2/2013 @ 8:13am", "2013-08-02"),  # the month written out
])
def test_a_numeric_date_either_way_round_is_read_in_its_zones_order(line, date):
    assert read_timestamp(line).date == date


@pytest.mark.parametrize("line", ["9/10/2010 @ 1:19PM", "Posted 2/3/2009 11:11 PM", "Posted 2/3/2009 11:11 UTC",
                                  "Posted 2/3/2009 11:11 PDT (10:11 GMT)"])
def test_a_numeric_date_that_could_be_either_month_gives_no_day(line):
    stamp = read_timestamp(line)
    assert stamp is not None and stamp.date is None  # still a stamp: it leaves the body


@pytest.mark.parametrize("line", [
    "The talks ended on May 2, 2013 at 5 pm.",
    "KIROV, May 2, 2013",
    "By Mara Ilves, May 2, 2013",
    "2013 harbour strike results",
    "Updated 5/5/2010 1:41 PM Dockworkers walked out across three ports",
    "June 2013",  # a month is no day
])
def test_a_line_that_says_more_than_a_date_is_no_stamp(line):
    assert read_timestamp(line) is None


def test_published_beats_updated_and_only_the_top_lines_count():
    text = "Updated: June 15, 2024 08:00\nPosted June 14, 2024 17:30\nPort reopens\n" + "Body line.\n" * 3
    assert publication_stamp(text)[0] == "2024-06-14"
    late = "Headline\n" + "A sentence of the story.\n" * 8 + "June 14, 2024\n"
    assert publication_stamp(late) == (None, [])


@given(st.text(max_size=200))
def test_any_line_reads_without_error_and_any_day_is_iso(line):
    stamp = read_timestamp(line)
    assert stamp is None or stamp.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", stamp.date)


def _raw(text: str, published: str | None = None) -> RawArticle:
    return RawArticle(origin="harbour.txt", title="Storm closes the harbour at Kirov", text=text,
                      published=published, published_from="metadata" if published else None)


def test_an_undated_article_takes_its_stamp_and_loses_the_line():
    article = clean(_raw("Posted on Thu Jun 13, 2024 08:45 AM PDT\n\nA storm closed the harbour at Kirov "
                         "on Tuesday, port officials said.\n\nFerries stayed in port."))
    assert (article.published, article.published_from) == ("2024-06-13", "text")
    assert not article.text.startswith("Posted")
    assert ("Posted on Thu Jun 13, 2024 08:45 AM PDT", "timestamp") in [(r.text, r.reason) for r in article.removed]


def test_metadata_wins_over_the_stamp():
    article = clean(_raw("June 13, 2024\n\nA storm closed the harbour at Kirov on Tuesday, port officials "
                         "said.\n\nFerries stayed in port.", published="2024-06-12"))
    assert (article.published, article.published_from) == ("2024-06-12", "metadata")
    assert "June 13, 2024" not in article.text


def test_a_title_that_is_a_stamp_dates_the_article_and_the_headline_below_takes_its_place():
    raw = RawArticle(origin="export.jsonl:3", title="Sunday, March 17, 2024 | 5:00 PM", format="jsonl",
                     text="Vigil in Kirov turns tense\nHundreds gathered in Kirov on Saturday for a vigil, "
                          "police said.\nTwo people were arrested.")
    article = clean(raw)
    assert (article.title, article.published, article.published_from) == (
        "Vigil in Kirov turns tense", "2024-03-17", "text")
    assert article.text.startswith("Hundreds gathered")


@pytest.mark.parametrize(("sentence", "rest"), [
    ("March 8, 2013 5:47 PM Tomas Vell scored 23 points for the Harbour club.", "Tomas Vell scored"),
    ("Posted on Thu Jun 13, 2013 08:45 AM PDT The ferry strike ended on Monday.", "The ferry strike"),
    ("UPDATED 3: 09 AM EST Dec 19, 2008 Despite saying it would not, the club met his agent.", "Despite saying"),
    ("03/08/2013 Tomas Vell became the club's leading scorer.", "Tomas Vell"),
])
def test_a_stamp_run_into_a_sentence_is_found(sentence, rest):
    assert sentence[stamp_prefix(sentence):].startswith(rest)


@pytest.mark.parametrize("sentence", [
    "On March 5, 2009, the club said it would appeal.",  # a sentence that names a date
    "Monday's talks ended without a deal.",
    "The talks ended on 12 March 2019 in Vessa.",
    "2019 Was a year of floods in Vessa.",  # a year alone is no stamp
])
def test_a_sentence_naming_a_date_keeps_its_start(sentence):
    assert stamp_prefix(sentence) == 0


@given(st.text(max_size=120))
def test_a_stamp_prefix_ends_at_a_word(sentence):
    cut = stamp_prefix(sentence)
    assert cut == 0 or (0 < cut < len(sentence) and sentence[cut - 1].isspace() and not sentence[cut].isspace())
