"""The TempEval-3 scorer: reading TimeML, counting matches, and a run on real data."""

from __future__ import annotations

import pathlib

import pytest

from dateline.evaluate.tempeval import (
    GoldTimex,
    TmlDocument,
    compare,
    evaluate,
    format_figures,
    read_tml,
    score_documents,
    split_files,
)
from dateline.models import Timex

FIXTURES = pathlib.Path(__file__).parent / "fixtures" / "tempeval"


def _timex(start: int, end: int, value: str, type_: str = "DATE") -> Timex:
    return Timex(article_id="a", text="", type=type_, value=value, start=start, end=end, anchor=None)


def test_read_tml_keeps_offsets_into_the_stripped_text():
    document = read_tml(FIXTURES / "veldoria_strike.tml", subcorpus="fixture")
    assert document.dct == "2019-06-05"
    assert [g.text for g in document.gold] == [
        "third day", "Wednesday", "yesterday", "next week", "June 3", "more than two weeks",
    ]
    for gold in document.gold:
        assert document.text[gold.start : gold.end] == gold.text
    assert "&" in document.text and "<" not in document.text
    assert document.gold[-1].mod == "MORE_THAN"


def test_compare_counts_strict_relaxed_type_and_value():
    gold = [GoldTimex(0, 6, "Monday", "DATE", "2019-06-03"), GoldTimex(10, 20, "last week", "DATE", "2019-W22")]
    predicted = [_timex(0, 6, "2019-06-03"), _timex(12, 20, "2019-W21"), _timex(30, 35, "P1D", "DURATION")]
    counts = compare(gold, predicted)
    assert (counts.gold, counts.predicted, counts.strict) == (2, 3, 1)
    assert (counts.relaxed_gold, counts.relaxed_predicted) == (2, 2)
    assert counts.type_correct == 2
    assert (counts.value_correct_gold, counts.value_correct_predicted) == (1, 1)


def test_score_documents_reports_overall_and_per_subcorpus():
    document = TmlDocument("d", "Wire", "2019-06-05", "On Monday.", [GoldTimex(3, 9, "Monday", "DATE", "2019-06-03")])
    figures = score_documents([document], [[_timex(3, 9, "2019-06-03")]])
    assert figures["value_f1"] == 1.0 and figures["Wire_strict_f1"] == 1.0
    assert "overall" in format_figures(figures)


def test_split_is_deterministic_and_disjoint():
    files = [("A", pathlib.Path(f"a{i}.tml")) for i in range(10)] + [("B", pathlib.Path(f"b{i}.tml")) for i in range(5)]
    dev, heldout = split_files(files, "dev"), split_files(files, "heldout")
    assert len(heldout) == 3 and len(dev) == 12
    assert not set(dev) & set(heldout)


def test_missing_path_raises_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="TimeML data not found"):
        evaluate(tmp_path / "absent")


@pytest.mark.slow
def test_evaluate_on_the_fixture_with_the_real_pipeline():
    figures = evaluate(FIXTURES)
    assert figures["documents"] == 1
    assert figures["relaxed_f1"] >= 0.8
    assert figures["value_f1"] >= 0.6
