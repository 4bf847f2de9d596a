"""The linkers' plain sentence splitter (dateline.sentences)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
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


# --- the parser's sentences (dateline.analyse.paragraph_breaks): a blank line always ends one


def _parsed_sentences(text: str) -> list[str]:
    from dateline.analyse.pipeline import load_nlp

    return [sent.text.strip() for sent in load_nlp()(text).sents]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a section heading left between two paragraphs stands alone
        ("The fever killed two herders last week.\n\nMost watched in health\n\n"
         "Authorities in Norland imposed a quarantine on the village.",
         ["The fever killed two herders last week.", "Most watched in health",
          "Authorities in Norland imposed a quarantine on the village."]),
        # a paragraph with no closing stop does not run into the next one
        ("Ministers met in Kessa on Friday to discuss the harbour\n\nThe talks ended without a deal.",
         ["Ministers met in Kessa on Friday to discuss the harbour", "The talks ended without a deal."]),
        # a blank line holding spaces is a blank line too
        ("What changes on Monday\n \nThe bridge closes at noon\n\t\nThe ferry runs twice a day",
         ["What changes on Monday", "The bridge closes at noon", "The ferry runs twice a day"]),
    ],
)
def test_parsed_sentences_end_at_every_blank_line(text, expected):
    assert _parsed_sentences(text) == expected


def test_a_single_line_break_is_left_to_the_parser():
    # only blank lines are hard boundaries: a line wrapped inside a paragraph stays one sentence
    assert _parsed_sentences("The minister said the bridge would\nreopen in May.") == [
        "The minister said the bridge would\nreopen in May."
    ]


_PARAGRAPH = st.lists(st.sampled_from(["Police", "said", "the", "port", "Most", "read", "in", "news", "closed", "."]),
                      min_size=1, max_size=8).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PARAGRAPH, min_size=1, max_size=5), st.sampled_from(["\n\n", "\n\n\n", "\n \n"]))
def test_no_parsed_sentence_holds_a_blank_line_and_offsets_stay(paragraphs, gap):
    from dateline.analyse.pipeline import load_nlp

    text = gap.join(paragraphs)
    doc = load_nlp()(text)
    assert doc.text == text  # the component changes boundaries, never the text or its offsets
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)
    assert not any("\n" in s.text.strip() for s in doc.sents)
