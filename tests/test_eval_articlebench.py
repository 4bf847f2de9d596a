"""The articlebench scorer: the benchmark's metric on small texts, and floors on the shared data."""

from __future__ import annotations

import pytest

from dateline.errors import EvaluationError
from dateline.evaluate.articlebench import body_scores, choose_ids, evaluate, format_figures, page_counts, text_outcome
from dateline.models import Article

from conftest import require_shared_data

# Measured on the public half of the benchmark (../shared/data/articlebench), with a margin.
FLOORS = {"html_f1": 0.971, "text_removed": 0.895, "text_kept": 0.98}


def test_page_counts_use_four_word_shingles_as_multisets():
    gold = "Dockers at the port of Kirov walked out on Monday"
    assert page_counts(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = page_counts(gold, gold + " Asia Markets Terms of Use")
    assert tp > 0 and fp > 0 and fn == 0 and abs(tp + fp + fn - 1) < 1e-9
    assert page_counts("", "") == (0.0, 0.0, 0.0)
    assert page_counts(gold, "")[2] == 1.0


def test_body_scores_average_pages_then_take_f1():
    scores = body_scores([(1.0, 0.0, 0.0), (0.5, 0.5, 0.0)])
    assert scores["precision"] == 0.75 and scores["recall"] == 1.0
    assert scores["f1"] == round(2 * 0.75 / 1.75, 4)


def test_text_outcome_counts_residue_gone_and_paragraphs_kept():
    body = "KIROV — Dockers walked out on Monday.\nThe union said the strike would go on."
    article = Article.from_text(
        "Dockers walked out on Monday.\n\nThe union said the strike would go on.", title="Asia Markets"
    )
    outcome = text_outcome(article, body=body, injected=["Asia Markets", "Terms of Use"])
    # The residue title still counts as residue; a paragraph that lost its dateline is kept.
    assert outcome == {"injected": 2, "removed": 1, "paragraphs": 2, "kept": 2, "title_residue": 1}


def test_choose_ids_splits_even_and_odd():
    ids = ["d", "a", "c", "b", "e"]
    assert choose_ids(ids, split="even", limit=None) == ["a", "c", "e"]
    assert choose_ids(ids, split="odd", limit=None) == ["b", "d"]
    assert choose_ids(ids, split=None, limit=2) == ["a", "b"]
    with pytest.raises(EvaluationError):
        choose_ids(ids, split="dev", limit=None)


def test_missing_data_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="ground-truth.json"):
        evaluate(tmp_path / "absent")


@pytest.mark.slow
def test_figures_on_the_shared_benchmark_meet_the_floors():
    figures = evaluate(require_shared_data("articlebench"))
    assert figures["html"]["dateline"]["f1"] >= FLOORS["html_f1"]
    assert figures["text"]["removed"] >= FLOORS["text_removed"]
    assert figures["text"]["kept"] >= FLOORS["text_kept"]
    assert "residue lines removed" in format_figures(figures)
