"""Speakers that are no name as written: spokespeople for an organisation, kinds of
organisation ("the news organization"), acronyms read as pronouns, people told something,
things that cannot speak, and charge-sheet listings that are no quotes (real parse,
fictional sentences)."""

from __future__ import annotations

import pytest

from quote_helpers import find, quotes_in

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a spokesperson with no name speaks for the organisation the phrase names
        (
            "Lisbon recalled its envoy last week. A spokesperson for the Veldorian Foreign Office said "
            "the position of the government had not changed.",
            "the position of the government",
            "Veldorian Foreign Office",
        ),
        # ... and for the organisation a definite noun in the phrase stands for
        (
            "The Ministry of Fisheries issued new quotas on Monday. A spokeswoman for the ministry said "
            "the quotas would apply from June.",
            "the quotas would apply",
            "Ministry of Fisheries",
        ),
        # an acronym the tagger reads as a pronoun
        (
            "Cholera outbreaks are rarer than they were. According to WHO, there were 4,100 cases "
            "reported in the region between 2012 and 2016.",
            "there were 4,100 cases",
            "WHO",
        ),
        # a kind of organisation with its modifier: the one named as the sentence's topic before
        (
            "Markets slipped on Tuesday after the Harbour Herald reported that the talks had stalled. "
            "The news organization, citing two officials, reported that the minister was reluctant to sign.",
            "the minister was reluctant",
            "Harbour Herald",
        ),
        # "he" opening a paragraph after a sentence about one person of unknown gender
        (
            "Ridley Vardy has worked with Tamsin Oakes and Lena Brandt in the past.\n\n"
            "He has consistently denied being unfair to the singers.",
            "being unfair",
            "Ridley Vardy",
        ),
    ],
)
def test_role_speaker(text: str, words: str, speaker: str) -> None:
    assert find(quotes_in(text), words).speaker == speaker


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # those told are not the speaker
        (
            "In an email sent by chairman Ruben Oste, employees were told that layoffs will begin "
            "this week and that a meeting will be postponed.",
            "layoffs will begin",
        ),
        # a thing is no speaker where no speech verb makes it one
        (
            "The wagons can be coupled in any order, and the benefits for drivers may include "
            "shorter loading times, supporting better planning of routes.",
            "better planning of routes",
        ),
    ],
)
def test_no_speaker(text: str, words: str) -> None:
    found = [q for q in quotes_in(text) if words in q.text]
    assert all(q.speaker is None for q in found), [(q.text, q.speaker) for q in found]


def test_a_thing_made_to_speak_keeps_its_speaker() -> None:
    text = (
        "Two soldiers were injured near the border on Sunday, the regional military said. "
        "The brigade said the patrol had been ambushed."
    )
    assert find(quotes_in(text), "the patrol had been ambushed").speaker is not None


def test_charge_listing_is_no_quote() -> None:
    text = (
        "Deputies took the four to the county jail, where they were held on the following "
        "preliminary charges:\n\n"
        "Maria L. Fenton: Possession of methamphetamine, held in jail in lieu of $20,000 bond.\n\n"
        "Joseph R. Tamm: Two county warrants, possession of marijuana, held in jail with no bond.\n\n"
        "Aaron P. Lisle: Dealing in cocaine, visiting a common nuisance, held without bond."
    )
    found = quotes_in(text)
    assert not [q for q in found if "Possession" in q.text or "Dealing" in q.text], [q.text for q in found]


def test_transcript_turns_stay_quotes() -> None:
    text = (
        "Piet Halden and Anna Ostrova met on the radio on Sunday.\n\n"
        "HALDEN: We will not close the port this winter.\n\n"
        "OSTROVA: The port is losing money every single week."
    )
    found = quotes_in(text)
    assert find(found, "We will not close").speaker == "Piet Halden"
    assert find(found, "The port is losing").speaker == "Anna Ostrova"


def test_interview_answers_are_the_interviewees() -> None:
    text = (
        "Harbourline is thrilled to have Teodor Vasko as our new chief executive. We asked him "
        "about the road ahead.\n\n"
        "Q: Teodor, what did you feel on your first morning in charge?\n\n"
        "A: Humbled and inspired. I have worked here for six years and I love this company.\n\n"
        "Q: What is next for the business?\n\n"
        "A: We are moving our subscriptions to the next level this spring."
    )
    found = quotes_in(text)
    assert find(found, "Humbled and inspired").speaker == "Teodor Vasko"
    assert find(found, "We are moving our subscriptions").speaker == "Teodor Vasko"
    assert not [q for q in found if "what did you feel" in q.text and q.speaker]


def test_a_nickname_is_no_ones_words() -> None:
    text = (
        'He denied that he, Ambassador Tom Reed and Minister Rick Perro formed an "irregular" '
        'channel, for which they were known as the "Three Amigos."'
    )
    found = [q for q in quotes_in(text) if "Three Amigos" in q.text and q.kind != "indirect"]
    assert found and all(q.speaker is None for q in found)
