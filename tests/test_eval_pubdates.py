"""The publication-date scorer: counting outcomes, a run on our own articles, and on TBAQ."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.evaluate.pubdates import evaluate, format_figures, score_articles
from dateline.models import Article

from conftest import require_shared_data

# measured on TBAQ (undated_to_jsonl.py, 103 withheld): precision 1.0, recall 0.087
FLOORS = {"precision": 0.95, "recall": 0.085}


def _article(number: int, published=None, published_from=None, **fields) -> Article:
    article = Article.from_text(f"Article {number}.", origin=f"in.jsonl:{number}", published=published, **fields)
    article.published_from = published_from
    return article


def test_outcomes_are_counted_per_withheld_article():
    articles = [
        _article(1, "2019-06-05", "inferred"),  # right
        _article(2, "2019-06-04", "inferred"),  # near
        _article(3, "2019-06-01", "inferred"),  # wrong
        _article(4, published_earliest="2019-06-01"),  # none, bounds holding the day
        _article(5),  # none
        _article(6, "2019-06-05", "metadata"),  # kept its date: not scored
    ]
    line_ids = ["a", "b", "c", "d", "e", "f"]
    gold = {"dated": ["f"], "undated": {k: "2019-06-05" for k in "abcde"}}
    figures = score_articles(articles, line_ids, gold)
    assert (figures["right"], figures["near"], figures["wrong"], figures["none"]) == (1, 1, 1, 2)
    assert (figures["bounds"], figures["bounds_hold"]) == (1, 1)
    assert figures["precision"] == round(2 / 3, 4) and figures["recall"] == 0.4
    assert "precision 0.667" in format_figures(figures)


def test_a_copy_read_without_a_date_takes_none_from_its_twin():
    # one text in two input lines, the first with a date and the second withheld: the date is
    # the first copy's, so the withheld copy is undated, not dated wrong
    twin = _article(1, "2019-06-01", "metadata")
    twin.origins = ["in.jsonl:1", "in.jsonl:2"]
    figures = score_articles([twin], ["a", "b"], {"dated": ["a"], "undated": {"b": "2019-06-05"}})
    assert (figures["wrong"], figures["none"]) == (0, 1)


def test_articles_known_only_by_their_happening_s_span_count_dates_outside_it():
    articles = [
        _article(1, "2019-06-20", "inferred"),  # inside the span
        _article(2, "2005-06-20", "inferred"),  # years off: another story's day
        _article(3),  # undated: not counted
    ]
    gold = {"dated": [], "undated": {}, "ranges": {k: ["2019-06-01", "2019-07-31"] for k in "abc"}}
    figures = score_articles(articles, ["a", "b", "c"], gold)
    assert (figures["span_dated"], figures["span_outside"]) == (2, 1)
    assert [row["id"] for row in figures["per_article"]] == ["b"]
    assert "2 dated, 1 outside the span" in format_figures(figures)
    assert "span_dated" not in score_articles(articles, ["a", "b", "c"], {"dated": [], "undated": {}})


def test_missing_data_raises_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        evaluate(tmp_path / "none.jsonl")


@pytest.mark.slow
def test_evaluate_on_our_own_articles(tmp_path):
    rows = [
        {"id": "d1", "published": "2024-03-08",
         "text": "A bomb went off outside the Veldorian embassy in Karsk on Friday, killing nine guards."},
        {"id": "d2", "published": "2024-03-09",
         "text": "The embassy bomb that killed nine guards in Karsk on Friday was hidden in a delivery van."},
        {"id": "u1", "text": "Investigators said on Monday that the bomb which killed nine guards at the embassy "
                             "in Karsk on Friday had been assembled in a garage."},
        {"id": "u2", "text": "Farmers in Dovno said the harvest had failed for a second year."},
    ]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    gold = {"dated": ["d1", "d2"], "undated": {"u1": "2024-03-11", "u2": "2024-03-12"}}
    (tmp_path / "articles.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    figures = evaluate(path)
    assert (figures["right"], figures["wrong"], figures["none"]) == (1, 0, 1)


@pytest.mark.slow
def test_evaluate_on_tbaq(tmp_path):
    tml = require_shared_data("tempeval3", "TBAQ-cleaned")
    tool = tml.parents[2] / "tools" / "undated_to_jsonl.py"
    if not tool.exists():
        pytest.skip(f"{tool} not found")
    out = tmp_path / "tbaq.jsonl"
    subprocess.run([sys.executable, str(tool), str(tml), str(out)], check=True, capture_output=True)
    figures = evaluate(out)
    assert figures["precision"] >= FLOORS["precision"], figures
    assert figures["recall"] >= FLOORS["recall"], figures
