"""ECB+ story/happening clustering scorer: reading, and (slow) the figures over topics 1-35."""

from __future__ import annotations

import pytest

from conftest import require_shared_data

# measured on this version (dateline eval ecbplus ../shared/data/ecbplus); floors a little under
FLOORS = {
    "all_topic_bcubed_f1": 0.928,  # measured 0.933
    "all_subtopic_bcubed_f1": 0.929,  # measured 0.934
    "odd_topic_bcubed_f1": 0.969,  # measured 0.974
    "odd_subtopic_bcubed_f1": 0.93,  # measured 0.935
    "online_topic_bcubed_f1": 0.884,  # measured 0.889 (batches of 50, shuffled)
    "online_subtopic_bcubed_f1": 0.852,  # measured 0.857
}


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
def test_ecbplus_figures():
    from dateline.evaluate.ecbplus import evaluate, format_figures

    figures = evaluate(require_shared_data("ecbplus"))
    assert "subtopic" in format_figures(figures)
    for run in ("all", "odd", "online"):
        assert figures[run]["topic"]["bcubed_f1"] >= FLOORS[f"{run}_topic_bcubed_f1"], figures[run]
        assert figures[run]["subtopic"]["bcubed_f1"] >= FLOORS[f"{run}_subtopic_bcubed_f1"], figures[run]
