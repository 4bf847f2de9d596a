"""Direct quotes: which marked spans are speech, and who speaks (real parse, fictional sentences)."""

from __future__ import annotations

import pytest

from quote_helpers import find_marked, quotes_in


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words",
    [
        # a few quoted words no cue claims name a work or mock something: no speaker
        ("“Silver Harbour” star Mila Dorn opened a theatre in Veldoria on Friday.", "Silver Harbour"),
        ("Ministers met in Lodz.\n\n“Iron Lady” Anna Ostrova arrived late.", "Iron Lady"),
    ],
)
def test_short_unclaimed_quotes_are_fragments(text, words):
    quote = find_marked(quotes_in(text), words)
    assert quote.kind == "fragment"
    assert quote.speaker_mention is None


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, mention, cue",
    [
        # a follow-up cue ("adding") keeps its own cue but the reporting clause's speaker
        (
            "Interior Minister Piet Halden said the talks were “over,” adding, “We will not go back to Vienna.”",
            "We will not go back",
            "Interior Minister Piet Halden",
            "adding",
        ),
        # an uncued quote after a report: the reporter speaks, not the subject inside the report
        (
            (
                "Ostrova said that for years some critics had been predicting a collapse of the coalition.\n\n"
                "“That is not going to happen, not this year and not next year.”"
            ),
            "That is not going to happen",
            "Ostrova",
            None,
        ),
        # a paragraph ending in a colon introduces the quote paragraph after it
        (
            (
                "Interior Minister Piet Halden issued the following statement:\n\n"
                "“We mourn the victims of the flood and we will rebuild every bridge.”"
            ),
            "We mourn the victims",
            "Interior Minister Piet Halden",
            "issued",
        ),
        # a colon after a sentence about a person, whose last verb has no speaker of its own
        (
            "Ostrova has since apologized for what happened: “Yes, I should have used two accounts. Not doing so was a mistake.”",
            "I should have used",
            "Ostrova",
            "apologized",
        ),
        # a mark glued to the comma or colon before it is still a mark, and the verb still a verb
        (
            "Halden said,“Look, these claims have no place in a campaign. The post has been deleted.”",
            "these claims have no place",
            "Halden",
            "said",
        ),
        (
            "Ostrova said:\"We will not sign this treaty.\"Then she left the hall.",
            "We will not sign",
            "Ostrova",
            "said",
        ),
    ],
)
def test_direct_speaker(text, words, mention, cue):
    quote = find_marked(quotes_in(text), words)
    assert quote.kind == "direct"
    assert quote.speaker_mention == mention
    if cue is not None:
        assert quote.cue == cue
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # "according to X" in the quote's sentence: PolNeAR credits X, not the subject
        (
            "“We will not sign this treaty,” Halden said, according to the Veldoria Herald.",
            "We will not sign",
            "the Veldoria Herald",
        ),
        # but not an "according to" inside what a speaker reports
        (
            "Halden said that according to his ministry the dam was safe and “built to last a century.”",
            "built to last",
            "Halden",
        ),
        # a piece, statement or ad "that said": whoever put it out speaks
        (
            "The Veldoria Herald ran an editorial that called the budget “a betrayal of the farmers.”",
            "a betrayal of the farmers",
            "The Veldoria Herald",
        ),
        # a person "who"/"that" speaks through the noun it stands for
        (
            "Ostrova met a farmer that said the river had “never been so low in living memory.”",
            "never been so low",
            "a farmer",
        ),
        # a nested clause: the outer speaker, not the pronoun inside the report
        (
            "Ostrova says she would order the banks to submit adequate “living wills” by March.",
            "living wills",
            "Ostrova",
        ),
        # whose response, whose view: the owner of the saying noun
        (
            "Halden’s response was: “Is the Kessel bridge in Veldoria or in Marsk?” The Kessel bridge is a gift "
            "shop in the capital, which sells crystal and leather goods, according to its website.",
            "Is the Kessel bridge",
            "Halden",
        ),
        (
            "“This is not a problem with one cause – it is an across-the-board failure,” in Halden’s view.",
            "across-the-board failure",
            "Halden",
        ),
        # a headline "X on Y:" quotes X
        (
            "Halden On Ostrova: ‘She Will Not Last The Winter.’\n\nThe minister spoke on Monday.",
            "She Will Not Last",
            "Halden",
        ),
    ],
)
def test_direct_speaker_conventions(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention == mention
    assert text[quote.speaker_start : quote.speaker_end] == mention
