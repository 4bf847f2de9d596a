"""One utterance, one quote record: the pieces of a quotation split by its attribution or
run over paragraphs are one quote with `parts` (fictional sentences, real parse)."""

from __future__ import annotations

import pytest

from quote_helpers import find_marked, quotes_in

SETUP = (
    "Interior Minister Piet Halden met President Anna Ostrova in Vienna on Monday. "
    "Mr Halden said he was tired. Ms Ostrova said she was not.\n\n"
)


def _marked(text: str):
    return [q for q in quotes_in(text) if q.kind != "indirect"]


def _pieces(text: str, quote) -> list[str]:
    return [text[start:end] for start, end in quote.parts]


def _check_record(text: str, quote) -> None:
    """What every record promises: its text is its pieces joined by one space, its span
    runs from the first piece to the last, its id is the one of that span."""
    assert quote.text == " ".join(_pieces(text, quote))
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[-1][1])
    assert quote.parts == sorted(quote.parts)
    assert quote.id == quote.make_id(quote.article_id, quote.field, quote.start, quote.end, quote.kind)


@pytest.mark.slow
@pytest.mark.parametrize(
    "body, pieces, speaker, cue",
    [
        # split by its attribution, mid-sentence
        ("“We will not back down,” Mr Halden said, “not today and not tomorrow.”",
         ["We will not back down,", "not today and not tomorrow."], "Piet Halden", "said"),
        # split by its attribution between two sentences
        ("“The bridge is safe,” Ostrova said. “We inspected every cable ourselves.”",
         ["The bridge is safe,", "We inspected every cable ourselves."], "Anna Ostrova", "said"),
        # an attribution with an aside interrupting the quotation
        ("“The new bridge,” Halden said, pausing to look at the river, “will carry the first trains in June.”",
         ["The new bridge,", "will carry the first trains in June."], "Piet Halden", "said"),
        # a long aside about the speaker, with clauses of its own
        ("“The new bridge,” said Halden, who chairs the transport committee and has fought for the "
         "project since 2015, “will carry the first trains in June.”",
         ["The new bridge,", "will carry the first trains in June."], "Piet Halden", "said"),
        # over three paragraphs: an opening mark at each, the closing one at the end
        ("“The harbour will reopen in May,” Ostrova told reporters. “The cranes arrive next week.\n\n"
         "“After that, the first ships can dock.\n\n“Nobody will be laid off.”",
         ["The harbour will reopen in May,", "The cranes arrive next week.",
          "After that, the first ships can dock.", "Nobody will be laid off."], "Anna Ostrova", "told"),
    ],
)
def test_pieces_of_one_utterance_are_one_quote(body, pieces, speaker, cue):
    text = SETUP + body
    found = _marked(text)
    assert len(found) == 1, [q.text for q in found]
    (quote,) = found
    assert _pieces(text, quote) == pieces
    assert (quote.kind, quote.speaker, quote.cue) == ("direct", speaker, cue)
    _check_record(text, quote)


@pytest.mark.slow
@pytest.mark.parametrize(
    "body, first, second",
    [
        # two speakers, side by side: two utterances
        ("“We won the vote,” Halden said. “You did not,” Ostrova replied.", "Piet Halden", "Anna Ostrova"),
        # the second speaker in the next paragraph
        ("“We won the vote,” Halden said.\n\n“You did not win anything,” Ostrova replied.", "Piet Halden", "Anna Ostrova"),
        # one speaker, but the writer narrates between the pieces
        ("“We won the vote,” Halden said. He then left the hall without another word. “The count is final.”",
         "Piet Halden", "Piet Halden"),
        # one speaker, a second cue: PolNeAR and readers count two attributions
        ("“We won the vote,” Halden said. “The count is final,” he added.", "Piet Halden", "Piet Halden"),
    ],
)
def test_separate_utterances_stay_apart(body, first, second):
    text = SETUP + body
    found = _marked(text)
    assert [q.speaker for q in found] == [first, second]
    assert all(len(q.parts) == 1 for q in found)
    for quote in found:
        assert quote.text == text[quote.start : quote.end]
        _check_record(text, quote)


@pytest.mark.slow
def test_transcript_turns_change_speaker_at_each_turn():
    text = (
        "Host Lena Marsh asked Governor Piet Halden about the debate. A transcript follows:\n\n"
        '"MARSH: Will she be there?\n\n'
        '"HALDEN: She will. The real question is why they invited him.\n\n'
        '"That is all I will say about it.\n\n'
        '"MARSH: Thank you, governor."'
    )
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [(q.speaker_mention, len(q.parts)) for q in found] == [("MARSH", 1), ("HALDEN", 2), ("MARSH", 1)]


@pytest.mark.slow
def test_one_piece_quotes_have_their_own_span_as_parts():
    text = SETUP + "Halden told reporters that the talks had failed. “It is over,” Ostrova said."
    found = quotes_in(text)
    assert {q.kind for q in found} == {"direct", "indirect"}
    for quote in found:
        assert quote.parts == [[quote.start, quote.end]]
        assert quote.text == text[quote.start : quote.end]
    assert find_marked(found, "It is over").text == "It is over,"


@pytest.mark.slow
def test_ids_are_stable_across_runs():
    text = SETUP + "“The bridge is safe,” Ostrova said. “We inspected every cable ourselves.”"
    assert [q.id for q in quotes_in(text)] == [q.id for q in quotes_in(text)]


@pytest.mark.slow
def test_fragments_under_one_cue_in_one_sentence_are_one_quote():
    text = SETUP + "Halden called the plan “reckless” and “a gift to the banks.” Ostrova called it “fair.”"
    found = _marked(text)
    assert [(q.kind, _pieces(text, q), q.speaker) for q in found] == [
        ("fragment", ["reckless", "a gift to the banks."], "Piet Halden"),
        ("fragment", ["fair."], "Anna Ostrova"),
    ]
    for quote in found:
        _check_record(text, quote)
