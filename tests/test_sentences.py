"""The linkers' plain sentence splitter (dateline.sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mira Kovach, 34, was hurt on Oct. 21 in Kirov. Police arrived.",
         ["Mira Kovach, 34, was hurt on Oct. 21 in Kirov.", "Police arrived."]),
        ("Health Minister nominee Dr. Amira Sole spoke first. She was brief.",
         ["Health Minister nominee Dr. Amira Sole spoke first.", "She was brief."]),
        ("The U.S. Navy said so. 21 ships left port.", ["The U.S. Navy said so.", "21 ships left port."]),
        ('"We will rebuild." The crowd cheered.', ['"We will rebuild."', "The crowd cheered."]),
        ("Headline without a stop\nThe body begins here.", ["Headline without a stop", "The body begins here."]),
    ],
)
def test_sentences_end_at_stops_not_at_abbreviations(text, expected):
    assert _sentences(text) == expected


@given(st.text(alphabet=st.sampled_from(list("ab A.D.r?!\"\n 0')")), max_size=80))
def test_spans_are_ordered_within_the_text_and_never_blank(text):
    spans = sentence_spans(text)
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:]))
    assert all(text[a:b].strip() for a, b in spans)
