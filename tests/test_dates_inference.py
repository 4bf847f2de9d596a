"""Publication dates for undated articles from small hand-built corpora (no model needed)."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.analyse.time import timexes_in_doc
from dateline.link.pubdates.infer import apply_inferred_dates, infer_publication_dates
from dateline.link.pubdates.anchors import event_starts
from dateline.link.pubdates.schedules import SCHEDULED_CONFIDENCE, WINDOW_WEEKDAY_CONFIDENCE
from dateline.models import Article

_NLP = spacy.blank("en")


def _article(article_id, text, published=None, dateline_date=None):
    return Article.from_text(
        text, origin=f"{article_id}.txt", published=published, id=article_id, dateline_date=dateline_date
    )


def _dated(inferred):
    """{id: (date, confidence)} of the articles that got a date (not only bounds)."""
    return {key: (found.date, found.confidence) for key, found in inferred.items() if found.date}


def _timexes(articles):
    return {
        a.id: timexes_in_doc(_NLP(a.text), article_id=a.id, anchor=a.published) for a in articles
    }


STRIKE = _article(
    "dated",
    "The nationwide strike that began on 3 June 2019 has closed every port in Veldoria.",
    published="2019-06-03",
)


def test_event_start_is_read_from_a_dated_article():
    assert event_starts([STRIKE], _timexes([STRIKE])) == {"strike": __import__("datetime").date(2019, 6, 3)}


def test_ordinal_day_of_an_event_dates_the_article():
    undated = _article(
        "undated",
        "Dockworkers marked the third day of the strike on Wednesday. "
        "Police moved in during the early hours of Wednesday.",
    )
    articles = [STRIKE, undated]
    inferred = _dated(infer_publication_dates(articles, _timexes(articles)))
    assert list(inferred) == ["undated"]
    day, confidence = inferred["undated"]
    assert day == "2019-06-05"
    assert 0.8 < confidence <= 1.0  # the weekday agrees with the anchor


def test_no_evidence_no_date():
    undated = _article("undated", "Dockworkers said the talks had failed and would resume soon.")
    articles = [STRIKE, undated]
    assert _dated(infer_publication_dates(articles, _timexes(articles))) == {}


def test_metadata_always_wins():
    dated = _article("dated2", "The third day of the strike passed quietly.", published="2019-06-10")
    articles = [STRIKE, dated]
    assert _dated(infer_publication_dates(articles, _timexes(articles))) == {}


def test_dateline_date_takes_its_year_from_the_text():
    undated = _article(
        "undated", "KARSK, June 14 - The ministry said the 2019 budget would be cut.", dateline_date="June 14"
    )
    inferred = _dated(infer_publication_dates([undated], _timexes([undated])))
    assert inferred["undated"] == ("2019-06-14", 0.75)


def test_dateline_date_takes_its_year_from_the_corpus():
    undated = _article("undated", "KARSK, June 14 - The ministry said the budget would be cut.", dateline_date="June 14")
    articles = [STRIKE, undated]
    day, confidence = _dated(infer_publication_dates(articles, _timexes(articles)))["undated"]
    assert day == "2019-06-14" and confidence == 0.6


def test_full_iso_dateline_date_is_strong_evidence():
    undated = _article("undated", "The ministry said the budget would be cut.", dateline_date="2019-06-14")
    assert _dated(infer_publication_dates([undated], _timexes([undated]))) == {"undated": ("2019-06-14", 0.9)}


def test_past_dates_only_bound_the_date():
    # was: a guess of 15 June (the latest date plus "yesterday"); the text only says "after 14 June"
    undated = _article(
        "undated", "The assembly met on 12 June 2019 and on 14 June 2019. Yesterday it adjourned."
    )
    found = infer_publication_dates([undated], _timexes([undated]))["undated"]
    assert (found.date, found.earliest, found.latest) == (None, "2019-06-14", None)
    assert found.evidence[0]["text"] == "14 June 2019"


def test_apply_sets_the_inferred_fields_and_reanchors_timexes():
    undated = _article("undated", "Yesterday marked the third day of the strike.")
    articles = [STRIKE, undated]
    timexes = _timexes(articles)
    assert {t.text: t.value for t in timexes["undated"]}["Yesterday"] == "PAST_REF"
    inferred = infer_publication_dates(articles, timexes)
    updated = apply_inferred_dates(articles, timexes, inferred)
    assert undated.published == "2019-06-05" and undated.published_from == "inferred"
    assert undated.published_confidence == inferred["undated"].confidence
    assert undated.published_evidence == list(inferred["undated"].evidence)
    assert {t.text: t.value for t in updated["undated"]}["Yesterday"] == "2019-06-04"
    assert STRIKE.published_from == "metadata"


def _infer(*articles):
    return _dated(infer_publication_dates(list(articles), _timexes(list(articles))))


def test_day_count_after_an_event_dated_elsewhere():
    dated = _article("d", "The Tavra flood of 12 September 2020 killed 37 people.", published="2020-09-13")
    undated = _article("u", "Two days after the flood, Zelinograd on the Tavra counts its losses.")
    assert _infer(dated, undated) == {"u": ("2020-09-14", 0.7)}


def test_day_count_after_an_event_verb():
    dated = _article("d", "The Tavra burst its banks in the early hours of Saturday.", published="2020-09-12")
    undated = _article("u", "Three days after the Tavra burst its banks, the mud is still there.")
    assert _infer(dated, undated)["u"][0] == "2020-09-15"


def test_trial_day_from_a_dated_headline():
    dated = _article("d", "Viktor Sarn denied four counts of bribery.", published="2023-05-15")
    dated.title = "Sarn pleads not guilty as corruption trial opens"
    undated = _article("u", "On the second day of his trial, Sarn sat motionless.")
    assert _infer(dated, undated)["u"][0] == "2023-05-16"


def test_event_start_from_a_relative_weekday():
    dated = _article("d", "Witnesses spoke in the trial, which opened on Monday in Kirov.", published="2023-05-17")
    assert event_starts([dated], _timexes([dated])) == {"trial": __import__("datetime").date(2023, 5, 15)}


def test_possessive_date_names_the_event():
    dated = _article("d", "Turnout in Sunday's election was the lowest since 1991.", published="2022-03-07")
    undated = _article("u", "A week after the election, the new assembly met for the first time.")
    assert _infer(dated, undated)["u"][0] == "2022-03-13"


def test_the_modifier_picks_between_two_strikes():
    rail = _article("r", "The rail strike that began on 14 June 2021 has stopped most trains.", published="2021-06-15")
    national = _article("n", "The nationwide strike that began on 3 June 2019 closed every port.", published="2019-06-04")
    national2 = _article("n2", "Talks to end the nationwide strike that began on 3 June 2019 failed.", published="2019-06-06")
    undated = _article("u", "Commuters walked to work on the third day of the rail strike.")
    assert _infer(rail, national, national2, undated)["u"][0] == "2021-06-16"


def test_unknown_events_and_future_weekdays_give_nothing():
    dated = _article("d", "The party that began on 3 June 2019 went on all night.", published="2019-06-04")
    undated = _article("u", "Two days after the party, the hall reopened next Monday.")
    assert _infer(dated, undated) == {}


# -- scheduled events fulfilled -------------------------------------------------

ANNOUNCED = _article(
    "announced",
    "Prime Minister Tomas Reld, who is on a state visit to Chile, is due back in Karsk on Thursday. "
    "His office said he would go straight to the assembly.",
    published="2024-03-04",  # a Monday: Thursday is 7 March
)


@pytest.mark.parametrize(
    "announcement, report, expected_day",
    [
        (ANNOUNCED.text, "Tomas Reld landed in Karsk this morning after a week in Chile.", "2024-03-07"),
        (
            "Prime Minister Tomas Reld will return to Karsk on Thursday.",
            "Reld returned to Karsk tonight.",
            "2024-03-07",
        ),
        ("Reld is expected to arrive in Karsk on 8 March.", "Mr Reld arrived in Karsk earlier today.", "2024-03-08"),
        ("Reld is scheduled to visit Dovno on Friday, aides said.", "Reld visited Dovno today.", "2024-03-08"),
        ("Tomas Reld will meet union leaders on Wednesday.", "Reld met union leaders this afternoon.", "2024-03-06"),
    ],
)
def test_an_announced_event_reported_today_dates_the_article(announcement, report, expected_day):
    dated = _article("d", announcement, published="2024-03-04")
    undated = _article("u", report)
    assert _infer(dated, undated) == {"u": (expected_day, SCHEDULED_CONFIDENCE)}


@pytest.mark.parametrize(
    "announcement, report",
    [
        # another person
        (ANNOUNCED.text, "Ilse Varga landed in Karsk this morning."),
        # another place
        (ANNOUNCED.text, "Tomas Reld landed in Dovno this morning."),
        # another kind of event: a meeting is not an arrival
        ("Tomas Reld will meet union leaders on Thursday.", "Tomas Reld landed in Karsk this morning."),
        # the report says nothing about when
        (ANNOUNCED.text, "Tomas Reld has returned to Karsk."),
        # the report's time is not today
        (ANNOUNCED.text, "Tomas Reld returned to Karsk last week."),
        # the dated article reports a past event, not an announcement
        ("Tomas Reld returned to Karsk on Thursday.", "Tomas Reld landed in Karsk this morning."),
        # a future report is not a fulfilled event
        (ANNOUNCED.text, "Tomas Reld will land in Karsk this morning."),
    ],
)
def test_unmatched_announcements_give_nothing(announcement, report):
    dated = _article("d", announcement, published="2024-03-04")
    undated = _article("u", report)
    assert _infer(dated, undated) == {}


def test_an_announcement_in_an_undated_article_does_not_count():
    first = _article("u1", "Tomas Reld is due back in Karsk on Thursday.")
    second = _article("u2", "Tomas Reld landed in Karsk this morning.")
    assert _infer(first, second) == {}


def test_two_announcing_articles_agree():
    other = _article("d2", "Reld will return to Karsk on Thursday, his office said.", published="2024-03-05")
    undated = _article("u", "Tomas Reld landed in Karsk this morning.")
    day, confidence = _infer(ANNOUNCED, other, undated)["u"]
    assert day == "2024-03-07" and confidence > SCHEDULED_CONFIDENCE


def test_a_report_without_timing_is_a_lower_bound():
    # was: 5 March guessed from the assembly date; now the bounds only: after 5 March, and
    # after 7 March once we know the return announced for 7 March has happened
    undated = _article("u", "The assembly met on 5 March 2024. Tomas Reld has since returned to Karsk.")
    alone = infer_publication_dates([undated], _timexes([undated]))["u"]
    assert (alone.date, alone.earliest) == (None, "2024-03-05")
    both = infer_publication_dates([ANNOUNCED, undated], _timexes([ANNOUNCED, undated]))["u"]
    assert (both.date, both.earliest) == (None, "2024-03-07")


# -- a weekday event start as a window ------------------------------------------

RAIL = _article(
    "rail", "As the second day of Karsk's rail strike begins, commuters are walking.", published="2024-03-05"
)


def test_the_second_day_in_a_dated_article_dates_the_start():
    assert event_starts([RAIL], _timexes([RAIL])) == {"strike": __import__("datetime").date(2024, 3, 4)}


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Unions launched an open-ended nationwide strike on Monday.", "2024-03-04", "2024-03-04"),
        ("Karsk stood still on Monday as unions staged their first general strike.", "2024-03-05", "2024-03-04"),
    ],
)
def test_a_launched_event_is_dated(text, published, expected):
    dated = _article("d", text, published=published)
    starts = event_starts([dated], _timexes([dated]))
    assert starts["strike"].isoformat() == expected


def test_a_weekday_start_alone_gives_nothing():
    undated = _article("u", "Talks have failed since the rail strike began on Monday.")
    assert _infer(RAIL, undated) == {}


def test_a_weekday_start_and_another_weekday_pick_the_day():
    undated = _article("u", "Since the rail strike began on Monday, police cleared the tracks on Wednesday.")
    assert _infer(RAIL, undated) == {"u": ("2024-03-06", WINDOW_WEEKDAY_CONFIDENCE)}


def test_a_weekday_start_confirms_evidence_inside_the_window():
    undated = _article(
        "u",
        "Tomas Reld landed in Karsk this morning. It is his first day home since the rail strike began on Monday.",
    )
    day, confidence = _infer(ANNOUNCED, RAIL, undated)["u"]
    assert day == "2024-03-07" and confidence > SCHEDULED_CONFIDENCE


def test_a_weekday_start_drops_evidence_outside_the_window():
    # the year-less dateline guesses 20 March from the corpus; the strike began on 4 March
    undated = _article(
        "u", "KARSK, March 20 - Trains through Karsk stopped since the rail strike began on Monday.",
        dateline_date="March 20",
    )
    assert _infer(RAIL, undated) == {}
    without_window = _article("u", "KARSK, March 20 - Trains stopped again.", dateline_date="March 20")
    assert _infer(RAIL, without_window)["u"][0] == "2024-03-20"


def test_a_start_on_another_weekday_is_another_event():
    # the dated rail strike began on a Monday; "began on Friday" is not that strike, so no window
    undated = _article(
        "u", "KARSK, March 20 - Trains stopped since the rail strike began on Friday.", dateline_date="March 20"
    )
    assert _infer(RAIL, undated)["u"][0] == "2024-03-20"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Reld", "Tomas", "is", "due", "back", "in", "Karsk", "on", "Thursday", "landed", "this", "morning",
             "since", "the", "rail", "strike", "began", "Monday", ",", "who", ".", "will", "meet", "today", "\n"]
        )
        | st.text(max_size=12),
        max_size=40,
    )
)
def test_inference_never_raises_on_odd_text(words):
    text = " ".join(words)
    dated = _article("d", text, published="2024-03-04")
    undated = _article("u", text[::-1] + " " + text)
    result = _infer(dated, RAIL, undated)
    assert set(result) <= {"u"}


# -- agreeing with everything the text says ---------------------------------------


def _found(*articles):
    return infer_publication_dates(list(articles), _timexes(list(articles)))


def test_a_reported_past_event_bounds_the_date_from_below():
    undated = _article("u", "Dockworkers have not been paid since the strike that began on 3 June 2019.")
    found = _found(undated)["u"]
    assert (found.date, found.earliest, found.latest) == (None, "2019-06-03", None)
    assert found.evidence[0]["kind"] == "past_event"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said the new port would open on 3 June 2031.",
        "Only the second bid requires the company to begin an auction in June 2031.",
        "The mill expects to reopen in March 2031, its owners said.",
    ],
)
def test_a_date_ahead_is_not_a_bound(text):
    assert _found(_article("u", text)) == {}


def test_months_with_their_year_bound_the_date():
    undated = _article("u", "The rounds of talks in March 2019 and April 2019 produced no agreement.")
    assert _found(undated)["u"].earliest == "2019-04-01"


def test_a_weekday_pins_the_year_of_a_dateline():
    # 14 June fell on a Friday in 2019, not in 2021: the corpus allows both years
    first = _article("d1", "The nationwide strike began on 3 June 2019.", published="2019-06-03")
    second = _article("d2", "The rail strike began on 14 June 2021.", published="2021-06-15")
    undated = _article(
        "u", "KARSK, June 14 - The ministry said on Friday that the budget would be cut.", dateline_date="June 14"
    )
    found = _found(first, second, undated)["u"]
    assert found.date == "2019-06-14" and found.evidence[0]["pinned_by"] == "weekday"
    no_weekday = _article("u", "KARSK, June 14 - The ministry said the budget would be cut.", dateline_date="June 14")
    assert _found(first, second, no_weekday) == {}


def test_a_bare_weekday_is_no_evidence():
    undated = _article("u", "The ministry said on Tuesday that the budget would be cut.")
    assert _found(STRIKE, undated) == {}


EMBASSY = _article(
    "e1", "A bomb went off outside the Veldorian embassy in Karsk on Friday, killing nine guards.",
    published="2024-03-08",
)
EMBASSY2 = _article(
    "e2", "The embassy bomb that killed nine guards in Karsk on Friday was hidden in a delivery van.",
    published="2024-03-09",
)


def test_companion_articles_of_the_same_happening_date_the_article():
    undated = _article(
        "u",
        "Investigators said on Monday that the bomb which killed nine guards at the embassy in Karsk "
        "on Friday had been assembled in a garage.",
    )
    found = _found(EMBASSY, EMBASSY2, undated)["u"]
    # Friday is 8 March; of the days from 8 to 14 March, Monday 11 March is the one it names
    assert found.date == "2024-03-11"
    assert {r["article_id"] for r in found.evidence} == {"e1", "e2"}
    assert all(r["kind"] == "companion" and r["sentence"] for r in found.evidence)


def test_one_companion_sentence_is_enough_only_when_it_attaches_the_day_to_the_same_act():
    undated = _article(
        "u", "Investigators said on Monday that the bomb which killed nine guards in Karsk on Friday was small."
    )
    # "killed nine guards ... on Friday" / "on Friday, killing nine guards": one act, one companion
    found = _found(EMBASSY, undated)["u"]
    assert found.date == "2024-03-11" and all(r.get("alone") for r in found.evidence)
    # a day attached to another act: see test_pubdates_lone_companion


def test_yesterday_counts_from_the_companions_day():
    undated = _article("u", "The embassy bomb that killed nine guards in Karsk yesterday was hidden in a van.")
    found = _found(EMBASSY, EMBASSY2, undated)["u"]
    assert found.date == "2024-03-09"


def test_a_week_that_holds_the_companions_day_dates_the_article():
    undated = _article(
        "u",
        "Investigators said on Tuesday that the embassy bomb which killed nine guards in Karsk "
        "last week had been assembled in a garage.",
    )
    found = _found(EMBASSY, EMBASSY2, undated)["u"]
    # Friday 8 March falls in "last week" when published from 11 to 17 March; Tuesday is the 12th
    assert found.date == "2024-03-12"
    assert {r["text"] for r in found.evidence} == {"last week"}
    lone = _article("u", "Investigators said on Tuesday that the guards in Karsk were questioned last week.")
    assert _dated(_found(EMBASSY, lone)) == {}


def test_another_happening_on_the_same_weekday_does_not_match():
    undated = _article("u", "Farmers in Dovno said on Friday that the harvest had failed for a second year.")
    assert _found(EMBASSY, EMBASSY2, undated) == {}


def test_bounds_leave_time_expressions_unresolved():
    undated = _article("u", "Yesterday dockworkers marked time since the strike that began on 3 June 2019.")
    timexes = _timexes([STRIKE, undated])
    inferred = infer_publication_dates([STRIKE, undated], timexes)
    updated = apply_inferred_dates([STRIKE, undated], timexes, inferred)
    assert undated.published is None and undated.published_earliest == "2019-06-03"
    assert {t.text: t.value for t in updated["u"]}["Yesterday"] == "PAST_REF"


BLOCKADE = _article(
    "b", "The port blockade that began on 2 May 2022 has stopped all grain ships in Karsk.",
    published="2022-05-03",
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Grain prices doubled during the week-old blockade of the port.", "2022-05-09"),
        ("Traders waited out the three-day-old blockade in their offices.", "2022-05-05"),
        ("Sailors marked the fourth day of the blockade with a silent protest.", "2022-05-05"),
        ("After 48 hours of blockade, the first ship turned back.", "2022-05-04"),
    ],
)
def test_counts_from_an_event_start_date_the_article(text, expected):
    undated = _article("u", text)
    found = _found(BLOCKADE, undated)["u"]
    assert found.date == expected
    assert found.evidence[0]["kind"] in ("event_count", "event_day") and found.evidence[0]["text"]


def test_a_weekday_and_a_date_in_one_expression_pin_the_year_and_the_week():
    # 9 March was a Tuesday in 2021 (not in 2022): the article is from the days around it
    first = _article("d1", "The harbour strike began on 1 March 2021.", published="2021-03-01")
    second = _article("d2", "The rail strike began on 14 March 2022.", published="2022-03-15")
    undated = _article("u", "The assembly said on Tuesday, 9 March, that the vote had been held.")
    found = _found(first, second, undated)["u"]
    assert found.date == "2021-03-09"
    assert found.evidence[-1] == {"kind": "weekday_date", "text": "Tuesday, 9 March", "day": "2021-03-09"}
    ahead = _article("u", "The assembly will vote on Tuesday, 9 March, the speaker said.")
    timexes = _timexes([first, second, ahead])
    # the blank pipeline reads no tense; the real model's reading of "will vote" points ahead
    timexes["u"] = [dataclasses.replace(t, expression="md:1:3:9") for t in timexes["u"]]
    found = infer_publication_dates([first, second, ahead], timexes)["u"]
    assert found.date is None and found.latest == "2021-03-09"  # before the vote, not dated by it


ORCHARD = _article("d1", "The orchard strike began on 1 March 2021.", published="2021-03-01")


def test_a_date_the_article_gives_and_a_count_from_it_date_the_article():
    undated = _article(
        "u",
        "Prosecutors in Dovno will present the case to a grand jury. The hunting rifle was discovered "
        "April 8 buried behind the farmhouse. With the finding of the buried hunting rifle 11 days ago, "
        "the police say the case is nearly complete.",
    )
    found = _found(ORCHARD, undated)["u"]
    assert found.date == "2021-04-19"  # 8 April 2021 is the one candidate within reach of the corpus
    record = next(r for r in found.evidence if r["kind"] == "own_count")
    assert record["text"] == "11 days ago" and record["date_text"] == "April 8"


def test_a_weekday_in_another_sentence_does_not_pin_the_year():
    # 7 August was a Friday in 2020, a Saturday in 2021; but Friday is the strikes' day, not the bombings'
    first = _article("d1", "The harbour strike began on 1 June 2020.", published="2020-06-01")
    second = _article("d2", "The rail strike began on 1 June 2021.", published="2021-06-01")
    undated = _article(
        "u",
        "The embassy bombings in Karsk on Aug. 7 killed nine guards. Thirteen days after the embassy "
        "bombings in Karsk, the army struck the camps on Friday.",
    )
    assert _dated(_found(first, second, undated)) == {}


def test_companion_windows_that_only_touch_are_no_agreement():
    tuesday = _article("c1", "Minister Orlova said on Tuesday that the embassy bombing in Karsk was planned abroad.",
                       published="2024-03-12")
    wednesday = _article("c2", "Orlova met her aides on Wednesday after the embassy bombing in Karsk killed nine.",
                         published="2024-03-13")
    undated = _article(
        "u",
        "Minister Orlova said on Tuesday that the embassy bombing in Karsk was planned abroad. "
        "The embassy bombing in Karsk last week killed nine, Orlova said.",
    )
    # Tuesday 12 March puts it in 12-18 March, the Wednesday in last week in 18-24 March: one day in common
    assert _dated(_found(tuesday, wednesday, undated)) == {}


@pytest.mark.parametrize(
    "text",
    [
        # the dated sentence looks ahead: a deadline, not a happening
        "The offer to buy Karsk Mills was extended until Nov. 6. The offer to buy Karsk Mills was "
        "mailed to holders last Friday.",
        # two happenings: nothing shared but the town
        "The harvest festival in Dovno opened on Aug. 7. Farmers in Dovno said on Friday that rain ruined the barley.",
    ],
)
def test_a_date_and_a_count_of_other_happenings_give_nothing(text):
    first = _article("d1", "The harbour strike began on 1 June 2020.", published="2020-06-01")
    second = _article("d2", "The rail strike began on 1 June 2021.", published="2021-06-01")
    assert _dated(_found(first, second, _article("u", text))) == {}


def test_a_year_told_as_past_rules_out_an_earlier_candidate_and_the_lead_picks_the_day():
    # 26 October was a Monday in 2015 and in 2020; the barrier built in 2017 rules out 2015
    first = _article("d1", "The harbour strike began on 1 September 2015.", published="2015-09-01")
    second = _article("d2", "The rail strike began on 1 September 2020.", published="2020-09-01")
    undated = _article(
        "u",
        "The council said in a statement on Monday, Oct. 26: the town must rebuild. "
        "The flood barrier built in 2017 gave way. Nobody was hurt. "
        "The storm reached the coast on Friday night.",
    )
    found = _found(first, second, undated)["u"]
    # Monday is the day the lead tells; Friday night is the storm's, further down
    assert found.date == "2020-10-26"
    undated_without_year = _article("u", "The council said in a statement on Monday, Oct. 26: the town must rebuild.")
    assert _dated(_found(first, second, undated_without_year)) == {}


def test_days_after_a_one_day_happening_date_the_article():
    dated = _article("d", "Police are still hunting the men behind the 7 August bombings in Karsk.", published="2024-08-09")
    undated = _article("u", "13 days after the deadly embassy bombings, police in Karsk made the first arrests.")
    found = _found(dated, undated)["u"]
    assert found.date == "2024-08-20"
    assert found.evidence[0]["kind"] == "event_count"


KARSK_BOMBING = _article(
    "d", "Police are still hunting the men behind the 7 August bombings in Karsk.", published="2024-08-09"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # 7 August 2024 was a Wednesday: "last week" names it from 12 to 18 August; the lead says Tuesday
        ("Minister Orlova said on Tuesday that the bombings in Karsk last week were planned abroad.", "2024-08-13"),
        ("Minister Orlova said on Friday that the Wednesday bombings in Karsk had been planned abroad.", "2024-08-09"),
        ("Police said Wednesday's bombing in Karsk was planned abroad. Minister Orlova spoke on Friday.",
         "2024-08-09"),
    ],
)
def test_a_day_attached_to_a_dated_happening_dates_the_article(text, expected):
    found = _found(KARSK_BOMBING, _article("u", text))["u"]
    assert found.date == expected
    assert any(r["kind"] == "happening_day" and r["day"] == "2024-08-07" for r in found.evidence)


def test_a_day_attached_to_another_verb_does_not_date_the_happening():
    undated = _article("u", "Minister Orlova on Tuesday condemned the bombings in Karsk.")
    assert _dated(_found(KARSK_BOMBING, undated)) == {}


def test_a_happening_window_without_a_lead_weekday_only_bounds_the_date():
    undated = _article("u", "The bombings in Karsk last week were planned abroad, the minister said.")
    found = _found(KARSK_BOMBING, undated)["u"]
    assert found.date is None and (found.earliest, found.latest) == ("2024-08-12", "2024-08-18")


def test_a_verb_reporting_the_happening_and_another_noun_of_its_kind_date_the_article():
    # the dated article calls it a bombing; this one says the bombs exploded
    undated = _article("u", "Two bombs exploded outside the embassy in Karsk on Wednesday, killing nine guards.")
    found = _found(KARSK_BOMBING, undated)["u"]
    assert found.date == "2024-08-07"
    blast = _article("u", "Minister Orlova said on Friday that the Wednesday blast in Karsk had been planned abroad.")
    assert _found(KARSK_BOMBING, blast)["u"].date == "2024-08-09"


def test_a_span_around_a_happening_is_no_count_from_it():
    undated = _article("u", "Police made arrests within two weeks of the bombing in Karsk.")
    assert _dated(_found(KARSK_BOMBING, undated)) == {}


def test_a_happening_a_dated_article_reports_by_its_verb_is_dated_too():
    dated = _article("d", "Two bombs exploded outside the embassy in Karsk on Wednesday.", published="2024-08-08")
    undated = _article(
        "u", "Minister Orlova said on Friday that the Wednesday blast in Karsk had been planned abroad."
    )
    found = _found(dated, undated)["u"]
    assert found.date == "2024-08-09"


def test_the_corpus_picks_the_year_of_a_weekday_and_date_it_surrounds():
    # 26 October was a Monday in 2015 and in 2020: a dated article a week from the 2020 one,
    # none within three months of the 2015 one (the spring article is four months off)
    autumn = _article("d1", "The harbour strike began on 19 October 2020.", published="2020-10-20")
    spring = _article("d2", "The rail strike began on 15 June 2015.", published="2015-06-15")
    undated = _article("u", "The council said in a statement on Monday, Oct. 26: the town must rebuild.")
    found = _found(autumn, spring, undated)["u"]
    assert found.date == "2020-10-26"
    assert found.evidence[-1]["kind"] == "weekday_date" and found.evidence[-1]["day"] == "2020-10-26"


def test_a_weekday_and_date_told_as_coming_only_bounds_the_date_from_above():
    autumn = _article("d1", "The harbour strike began on 19 October 2020.", published="2020-10-20")
    undated = _article("u", "Harvest Day in Dovno is this coming Sunday, Oct. 25. Farmers are busy.")
    found = _found(autumn, undated)["u"]
    assert found.date is None and found.latest is not None and found.latest <= "2020-10-25"


# -- the corpus holds many happenings: an anchor dates only an article about its subject ------


def test_a_happening_of_another_subject_dates_nothing():
    # "the bombings" in Dovno are not the 7 August bombings in Karsk, however alike the words
    undated = _article("u", "A week after the bombings, crowds in Dovno marched past the ruined Solenz barracks.")
    assert _dated(_found(KARSK_BOMBING, undated)) == {}
    same_subject = _article("u", "A week after the bombings, crowds in Karsk marched past the ruined Solenz barracks.")
    assert _dated(_found(KARSK_BOMBING, same_subject))["u"][0] == "2024-08-14"


def test_a_heart_attack_is_no_happening():
    dated = _article("d", "Police are still hunting the men behind the 7 August attack in Karsk.", published="2024-08-09")
    undated = _article("u", "The singer Mira Kovach died in Karsk nine days after a heart attack.")
    assert _dated(_found(dated, undated)) == {}
    attack = _article("u", "The singer Mira Kovach left Karsk nine days after the attack.")
    assert _dated(_found(dated, attack))["u"][0] == "2024-08-16"


def test_a_day_after_a_comma_belongs_to_its_own_clause():
    # the companion's Monday is the trial's, not the shooting's: "killing both" is another clause
    companion = _article(
        "d", "The trial of the Karsk mill worker accused of shooting two colleagues, killing both, starts Monday.",
        published="2024-03-07",
    )
    undated = _article("u", "A mill worker opened fire in Karsk last night, killing two colleagues.")
    assert _dated(_found(companion, undated)) == {}
