"""The PLOVER scorer: a missing file is a clear error; over the public gold, figures hold a floor."""

from __future__ import annotations

import pytest

from dateline.evaluate.plover import _word_index, evaluate, format_figures

from conftest import require_shared_data

# Measured on this branch (dev part = every record but each fifth; held-out = each fifth).
FLOORS = {"category_accuracy": 0.8845, "actor_f1": 0.897, "mode_accuracy": 0.7019}


def test_missing_gold_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="PLOVER"):
        evaluate(tmp_path / "absent.json")


@pytest.mark.slow
def test_plover_dev_figures_hold_their_floor():
    path = require_shared_data("plover", "PLOVER_GSR_dev.json")
    figures = evaluate(path, split="dev")
    assert figures["records"] == 172
    for name, floor in FLOORS.items():
        assert figures[name] >= floor, (name, figures[name])
    assert "category accuracy" in format_figures(figures)


def test_a_trigger_aligns_with_another_form_of_the_gold_word():
    words = ["refused", "admission"]
    assert _word_index("refusing", words) == 0
    assert _word_index("admittance", words) is None
    assert _word_index("sent", ["send", "troops"]) is None  # too short to tell apart


def test_written_gold_request_and_accuse_score_as_plover_0_5_folds_them():
    from types import SimpleNamespace

    from dateline.evaluate.plover import score

    def event(category):
        return SimpleNamespace(category=category, trigger="urged", confidence=0.9, start=0, plover_mode=None,
                               source=None, target=None, location=None)

    records = [{"id": "a", "text": "x", "event": "REQUEST", "eventText": "urged"},
               {"id": "b", "text": "x", "event": "ACCUSE", "eventText": "urged"}]
    figures = score(records, [[event("DEMAND")], [event("ACCUSE")]])
    assert figures["category_accuracy"] == 1.0
