"""One companion article, copies of one text, and what the lead tells (publication dates)."""

from __future__ import annotations

import dataclasses

import pytest

from dateline.link.pubdates.attached import shares_attached_word, stem

from test_dates_inference import _article, _dated, _found


# Monday 11 March 2024
AUDIENCE = _article(
    "c1",
    "Queen Maren of Osterland, with whom the envoy Halvard Brisk met Monday, carried a message about the border.",
    published="2024-03-11",
)
REPORT = (
    "Envoy Halvard Brisk took a harder line on Thursday in the quarrel over the Osterland border. "
    "Queen Maren of Osterland met this week with the envoy Halvard Brisk at the palace in Dovno, but "
    "carried no written message about the border dispute."
)


@pytest.mark.parametrize(
    "sentence, expression, companion, expected",
    [
        ("The queen met this week with the envoy.", "this week", "The envoy, with whom the queen met Monday, left.",
         True),
        ("The court's ruling on Wednesday angered the family.", "Wednesday",
         "The court made a reasonable decision Wednesday in ruling that the boy must go home.", True),
        # one name and one weekday, two acts: a warrant issued, a name put on a list
        ("Border police issued a warrant Monday for Halvard Brisk.", "Monday",
         "The bureau put Halvard Brisk on its list of wanted fugitives Monday.", False),
        # a paper speaks every day: "reported Friday" attaches the day to no happening
        ("Brisk was seen at the border, the Karsk Herald reported Friday.", "Friday",
         "The Karsk Herald reported Friday that the hair was found in a cap.", False),
    ],
)
def test_days_attached_to_the_same_word(sentence, expression, companion, expected):
    assert shares_attached_word(sentence, expression, companion) is expected


def test_stem_joins_forms_of_a_word():
    assert stem("ruling") == stem("ruled") == stem("rules") == "rul"


def test_one_companion_attaching_its_day_to_the_same_act_bounds_the_article():
    found = _found(AUDIENCE, _article("u", REPORT))["u"]
    # "met this week" holds Monday 11 March from 11 to 17 March; the lead tells a harder line
    # taken on Thursday, a happening the report follows: from the 14th, not on it
    assert (found.date, found.earliest, found.latest) == (None, "2024-03-14", "2024-03-17")
    assert any(r.get("alone") and r["article_id"] == "c1" for r in found.evidence)
    # a day someone spoke on is the day a wire reports: "said on Thursday" dates it
    said = REPORT.replace("took a harder line on Thursday", "said on Thursday he would take a harder line")
    found = _found(AUDIENCE, _article("u", said))["u"]
    assert found.date == "2024-03-14"


def test_one_companion_without_a_lead_weekday_only_bounds_the_date():
    report = REPORT.replace(" on Thursday", "")
    found = _found(AUDIENCE, _article("u", report))["u"]
    assert found.date is None and (found.earliest, found.latest) == ("2024-03-11", "2024-03-17")


def test_one_companion_of_another_act_gives_no_date():
    listed = _article(
        "c1", "The bureau put Halvard Brisk, the border smuggler, on its list of wanted fugitives Monday.",
        published="2024-03-11",
    )
    undated = _article(
        "u",
        "Police in Karsk took a harder line on Thursday. Border police issued a warrant Monday for "
        "Halvard Brisk, the border smuggler on the bureau's list of wanted fugitives.",
    )
    found = _found(listed, undated)
    assert "u" not in _dated(found)


def test_a_text_read_twice_is_only_bounded_by_its_evidence():
    # wires re-send a story: each copy may have its own day, the evidence dates the first
    said = REPORT.replace("took a harder line on Thursday", "said on Thursday he would take a harder line")
    undated = dataclasses.replace(_article("u", said), origins=["feed.jsonl:3", "feed.jsonl:9"])
    found = _found(AUDIENCE, undated)["u"]
    assert found.date is None and (found.earliest, found.latest) == ("2024-03-14", None)
    assert found.evidence[-1]["kind"] == "copies"


def test_last_friday_in_the_lead_is_not_the_report_day():
    dated = _article("d", "Police are still hunting the men behind the 7 August bombings in Karsk.",
                     published="2024-08-09")
    # 7 August 2024 was a Wednesday; "last Wednesday's bombings" holds it from 8 to 14 August
    undated = _article(
        "u", "Minister Orlova said on Monday that she was heartened by help in probing last Wednesday's "
        "bombings in Karsk."
    )
    assert _found(dated, undated)["u"].date == "2024-08-12"


def test_a_weekday_and_a_date_below_the_lead_do_not_put_the_article_in_that_week():
    first = _article("d1", "The harbour strike began on 1 September 2015.", published="2015-09-01")
    second = _article("d2", "The rail strike began on 1 September 2020.", published="2020-09-01")
    undated = _article(
        "u",
        "The council met again to discuss the storm. Crews are still clearing the roads. "
        "The mayor thanked the volunteers. The storm struck the harbour on the night of Monday, Oct. 26.",
    )
    found = _found(first, second, undated)
    assert "u" not in _dated(found)


def test_a_lone_companion_that_is_a_copy_of_the_sentence_is_no_witness():
    # a copy re-sent later resolves its stale weekday on its own date
    copy = _article(
        "u",
        "Envoy Halvard Brisk took a harder line on Thursday. Queen Maren of Osterland, with whom the envoy "
        "Halvard Brisk met Monday, carried a message about the border.",
    )
    found = _found(AUDIENCE, copy)
    assert "u" not in _dated(found)
