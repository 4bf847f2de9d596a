"""Quotation marks told apart from apostrophes, paired across paragraphs (no model needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.analyse.quotes.marks import find_marked_spans


def _quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("“We will not back down,” Ostrova said, “not today.”", ["We will not back down,", "not today."]),
        ('"Fine," said Halden.', ["Fine,"]),
        ("''It's over,'' Mr Halden said.", ["It's over,"]),
        ("« Nous restons », a dit Ostrova.", ["Nous restons"]),
        ("'Meet me in Vienna' says Ostrova", ["Meet me in Vienna"]),
        ("Ostrova: ‘We will win’", ["We will win"]),
        ("Ostrova's aides don't play rock 'n' roll from the '90s.", []),
        ("The so-called ‘core four’ met in Ostrova’s office.", ["core four"]),
        ("He said: “Veldoria’s ‘open door’ is shut.”", ["Veldoria’s ‘open door’ is shut."]),
        ('<tweet id="12345">A post</tweet>', []),
        # a quote within a quote in the other style of double marks is part of the outer one
        ('"She thinks this is an episode of “Shark Tank.” It is not," Halden said.', ["She thinks this is an episode of “Shark Tank.” It is not,"]),
        ('“She thinks this is an episode of "Shark Tank." It is not,” Halden said.', ['She thinks this is an episode of "Shark Tank." It is not,']),
        # but styles mixed at one level are two quotes, not one within the other
        ('“Our roads are crumbling," she said. "Families endure blackouts.”', ["Our roads are crumbling,", "Families endure blackouts."]),
    ],
)
def test_marked_spans(text, expected):
    assert _quoted(text) == expected


def test_quote_running_over_paragraphs():
    text = "“The first paragraph stays open.\n\n“The second closes,” Halden said.\n"
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["The first paragraph stays open.", "The second closes,"]
    assert spans[0].close_at is None and spans[1].continues


@given(st.text(alphabet=st.sampled_from(list("ab '\"“”‘’«»\n.,")), max_size=200))
def test_spans_are_inside_the_text_and_ordered(text):
    spans = find_marked_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert span.open_at < span.start
    assert [s.start for s in spans] == sorted(s.start for s in spans)
