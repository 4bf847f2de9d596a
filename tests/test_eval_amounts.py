"""The amounts scorer over a tiny gold file (its floors on the sample corpus gold are in the
evaluation baseline, tests/test_eval_gate.py)."""

from __future__ import annotations

import json

import pytest

from dateline.evaluate.amounts import evaluate, format_figures, object_head_matches, same_value


def test_missing_gold_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="gold"):
        evaluate(tmp_path / "absent.json")


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [("workers", "workers on strike", True), ("people", "people displaced", True),
     ("police officers", "officers", True), ("lives", "people killed", False), (None, None, True),
     (None, "people", False)],
)
def test_object_head_matches(predicted, gold, same):
    assert object_head_matches(predicted, gold) is same


def test_same_value():
    assert same_value(3e6, 3_000_000) and same_value(None, None)
    assert not same_value(None, 5) and not same_value(2.5e6, 2.4e6)


@pytest.mark.slow
def test_scores_a_small_gold_file(tmp_path):
    (tmp_path / "txt").mkdir()
    (tmp_path / "txt" / "2021-06-14-floods.txt").write_text(
        "Floods in Veldoria\n\n"
        "More than 3 million people have been displaced, the ministry said. "
        "Officials put the cost at $4.5 billion. Thousands of volunteers helped. "
        "Rescuers saved two dozen fishermen.\n",
        encoding="utf-8",
    )
    gold = {
        "version": 1,
        "articles": [{
            "file": "txt/2021-06-14-floods.txt", "item": None,
            "amounts": [
                {"text": "More than 3 million people", "value": 3000000, "unit": "count",
                 "object": "people displaced", "qualifier": "more than"},
                {"text": "$4.5 billion", "value": 4.5e9, "unit": "USD", "object": "cost", "qualifier": None},
                {"text": "Thousands of volunteers", "value": None, "unit": "count",
                 "object": "volunteers", "qualifier": None},
            ],
        }],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    figures = evaluate(path)
    assert (figures["gold"], figures["predicted"], figures["matched"]) == (3, 4, 3)
    assert figures["span_recall"] == 1.0 and figures["span_precision"] == 0.75
    assert figures["value_accuracy"] == 1.0 and figures["qualifier_accuracy"] == 1.0
    assert figures["object_head_accuracy"] == 1.0
    assert "two dozen fishermen" in figures["spurious"][0]
    assert "span (overlap)" in format_figures(figures)
    json.dumps(figures)
