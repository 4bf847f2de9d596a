"""Indirect attributions beyond "said that": content cues, stance clauses, parentheticals
(real parse, fictional sentences)."""

from __future__ import annotations

import pytest

from dateline.analyse.quotes.lexicon import content_cues
from dateline.models import Article


def _quotes(text: str):
    from dateline.analyse.parsed import ParsedArticle
    from dateline.analyse.pipeline import load_nlp
    from dateline.analyse.quotes import extract_quotes

    article = Article.from_text(text, origin="test")
    parsed = ParsedArticle(article=article, doc=load_nlp()(text), title_doc=None)
    return [q for q in extract_quotes(parsed, []) if q.kind == "indirect"]


def test_content_cue_table_reads_slots():
    table = content_cues()
    assert "for" in table["push"]
    assert "obj" in table["decry"]
    assert "of" in table["critical"]
    assert all(slots for slots in table.values())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # verb + preposition
        ("Senator Mila Dorn pushed for a recount in the northern districts.",
         "a recount in the northern districts", "Senator Mila Dorn"),
        # verb + object
        ("Interior Minister Piet Halden decried the closure of the border crossing.",
         "the closure of the border crossing", "Interior Minister Piet Halden"),
        # verb + clause
        ("Ostrova implied that the election had been rigged.", "that the election had been rigged", "Ostrova"),
        # adjective + preposition, with "be" and as a modifier
        ("The farmers' union has been critical of the new grain tariff.",
         "the new grain tariff", "The farmers' union"),
        ("Senators wary of the treaty delayed the vote.", "the treaty", "Senators"),
        # noun + preposition, held by its possessor
        ("Halden's mention of the pension reform surprised the delegates.", "the pension reform", "Halden"),
    ],
)
def test_content_cues(text, content, speaker):
    hits = [q for q in _quotes(text) if q.text == content]
    assert hits, [q.text for q in _quotes(text)]
    assert hits[0].speaker_mention == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "President Anna Ostrova seems ready to sign the border treaty.",
        "The treaty is widely seen as a victory for Veldoria.",
        "The reform is expected to pass the assembly next week.",
    ],
)
def test_stance_clause_is_the_whole_clause(text):
    """PolNeAR keeps the cue inside such contents and often names no source."""
    quotes = _quotes(text)
    assert [q.text for q in quotes] == [text.rstrip(".")]
    assert quotes[0].speaker_mention is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Halden appeared on television on Monday.",
        "The harbour was seen from the ferry.",
    ],
)
def test_no_stance_clause_without_a_complement(text):
    assert _quotes(text) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Halden described the budget as a betrayal of the farmers.", "the budget as a betrayal of the farmers"),
        ("Ostrova criticized Halden for delaying the harbour project.", "Halden for delaying the harbour project"),
    ],
)
def test_object_keeps_what_is_said_of_it(text, content):
    assert content in [q.text for q in _quotes(text)]


@pytest.mark.slow
def test_parenthetical_cue_reports_its_host_clause():
    quotes = _quotes("The harbour deal, Halden said, will create two thousand jobs.")
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("The harbour deal, Halden said, will create two thousand jobs", "Halden")
    ]


@pytest.mark.slow
def test_content_stays_in_the_cue_paragraph():
    text = "Ports to reopen in May\n\nA report published Monday said the harbour would reopen in May."
    quotes = _quotes(text)
    assert "the harbour would reopen in May" in [q.text for q in quotes]
    assert all("\n" not in q.text for q in quotes)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a trailing phrase hung on the verb stays in the content
        ("Interior Minister Piet Halden said the border would reopen within a week, in a reversal of his earlier stance.",
         "the border would reopen within a week, in a reversal of his earlier stance"),
        # a comma-set apposition closing the content is the writer's aside
        ("The ministry said the talks had stalled over water rights, a dispute that has festered for years.",
         "the talks had stalled over water rights"),
    ],
)
def test_content_boundaries(text, content):
    assert content in [q.text for q in _quotes(text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Ostrova said her government would cut fuel taxes next year, arguing that families needed relief.",
         "her government would cut fuel taxes next year", "that families needed relief"),
        ("Halden said the harbour would stay closed until spring, adding that the repairs were nearly done.",
         "the harbour would stay closed until spring", "that the repairs were nearly done"),
    ],
)
def test_trailing_report_splits_the_content(text, first, second):
    quotes = {q.text: q for q in _quotes(text)}
    assert first in quotes and second in quotes
    assert quotes[second].speaker_mention == quotes[first].speaker_mention


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("In the latest Veldoria Herald poll, Ostrova leads Halden by six points.",
         "Ostrova leads Halden by six points", "the latest Veldoria Herald poll"),
        ("Halden trails Ostrova by six points in the latest Veldoria Herald poll.",
         "Halden trails Ostrova by six points", "the latest Veldoria Herald poll"),
        ("Halden's decision to skip the debate angered his allies.", "to skip the debate", "Halden"),
    ],
)
def test_poll_and_noun_cues(text, content, speaker):
    found = {q.text: q.speaker_mention for q in _quotes(text)}
    assert found.get(content) == speaker


@pytest.mark.slow
def test_in_a_statement_stays_with_its_verb():
    quotes = _quotes("Halden said in a statement that the ferry service would resume.")
    assert [(q.text, q.cue) for q in quotes] == [("that the ferry service would resume", "said")]
