"""ECB+ story/happening clustering scorer: reading, and (slow) the figures over topics 1-35."""

from __future__ import annotations

import pytest

from conftest import require_shared_data

def test_detokenise():
    from dateline.evaluate.ecbplus import detokenise

    assert detokenise(["The", "port", "of", "Vessa", "(", "north", ")", "closed", ",", "officials",
                       "said", "``", "today", "''", "."]) == 'The port of Vessa (north) closed, officials said " today ".'


def test_reads_topics_and_leaves_out_the_url_sentence():
    from dateline.evaluate.ecbplus import read_corpus

    documents = read_corpus(require_shared_data("ecbplus"), split="odd")
    assert {int(d.topic) % 2 for d in documents} == {1}
    plus = [d for d in documents if d.subtopic.endswith("ecbplus")]
    assert plus and not any(d.sentences[0].startswith("http") for d in plus)


@pytest.mark.slow
def test_ecbplus_figures_at_three_levels():
    # the figures' floors are in evaluate/baseline.json (tests/test_eval_gate.py runs them all)
    from dateline.evaluate.ecbplus import evaluate, format_figures, read_corpus, split_subjects

    documents = read_corpus(require_shared_data("ecbplus"))
    assert split_subjects() <= {d.topic for d in documents}
    figures = evaluate(require_shared_data("ecbplus"), split="odd", limit=60)
    text = format_figures(figures)
    for level in ("theme", "topic", "subject", "subtopic"):
        assert f"  {level} " in text
        assert 0.0 <= figures["all"][level]["bcubed_f1"] <= 1.0
    # the subject gold splits topics, never joins them: at least as many gold clusters
    assert figures["all"]["subject"]["gold_clusters"] >= figures["all"]["topic"]["gold_clusters"]


def test_subject_of_splits_only_the_listed_topics():
    from dateline.evaluate.ecbplus import EcbDocument, subject_of

    listed, other = EcbDocument("18_2ecb", "18", "18/ecb", ()), EcbDocument("7_2ecb", "7", "7/ecb", ())
    assert subject_of(listed, frozenset({"18"})) == "18/ecb"
    assert subject_of(other, frozenset({"18"})) == "7"
