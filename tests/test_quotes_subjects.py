"""Who or what can hold a report: things that neither speak nor report, colon labels, words
the tagger wrongly calls names, articles in other languages, and "the company" or "the
agency" as the one organisation of that kind the article named (fictional sentences)."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.tokens import Doc

from dateline.analyse.quotes.org_kinds import of_kind, organisation_kinds
from dateline.analyse.quotes.speaker_index import Mention
from dateline.analyse.quotes.speakers import can_report, can_speak, known_name, lowercase_name
from quote_helpers import find, parsed, quotes_in


def _tokens(words: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, lemmas=[w.lower() for w in words])


def test_a_lowercase_proper_noun_is_no_name():
    doc = _tokens(["nordsense", "offers", "Halden", "said"], ["PROPN", "VERB", "PROPN", "VERB"])
    assert lowercase_name(doc[0]) and not can_speak(doc[0]) and not known_name(doc[0])
    assert not lowercase_name(doc[2]) and can_speak(doc[2])


def test_documents_findings_and_counts_can_report():
    doc = _tokens(["audit", "figures", "percent", "ramp", "handles"], ["NOUN"] * 5)
    doc[1].lemma_ = "figure"
    doc[4].lemma_ = "handle"
    assert [can_report(t) for t in doc] == [True, True, True, False, False]


def _org(name: str, start: int, *, sector: str | None = None, descriptors: tuple[str, ...] = ()) -> Mention:
    return Mention(start, start + len(name), "ORG", name, descriptors=descriptors, sector=sector)


def test_organisation_kinds_table_reads_cues():
    kinds = organisation_kinds()
    assert "corp." in kinds["company"].words and "BUS" in kinds["company"].sectors
    assert "GOV" in kinds["agency"].sectors


@pytest.mark.parametrize(
    ("kind", "mentions", "expected"),
    [
        # the one government body named before "the agency"
        ("agency", [_org("NASA", 0, sector="GOV"), _org("Lunar Freight", 40, sector="BUS")], "NASA"),
        # a description the article gives ("Alden Partners, a private equity firm")
        ("firm", [_org("Alden Partners", 0, descriptors=("private equity firm",)), _org("Lodz Council", 30)], "Alden Partners"),
        # two companies named before: either could be meant, so none is
        ("company", [_org("Veldbank Holdings", 0), _org("Norrhaven Corp.", 30)], None),
        # the same company named twice is one company
        ("company", [_org("Norrhaven Corp.", 0), _org("Norrhaven Corp.", 50)], "Norrhaven Corp."),
        # named only after the noun: not what it stands for
        ("company", [_org("Norrhaven Corp.", 500)], None),
        # a kind the table does not know
        ("club", [_org("Lodz Rowing Club", 0)], None),
    ],
)
def test_of_kind(kind, mentions, expected):
    assert of_kind(kind, 200, mentions) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # things described by the writer, with a noun phrase after the verb: nobody's report
        "The new ramp offers step-free access to the upper deck of the ferry.",
        "Sliding doors favor quick boarding at the busiest stops.",
        "The ferry company received a temporary licence allowing its boats to sail at night.",
    ],
)
def test_a_thing_with_no_clause_reports_nothing(text):
    assert [q for q in quotes_in(text) if q.kind == "indirect"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle after its clause borrows that clause's subject, here a thing: no one
        # is named as saying it (PolNeAR often marks such content as someone's all the same)
        ("The crowd cheered for an encore even as the stage lights came up signaling the end of the concert.", "the end of the concert"),
        ("The new frame is light and stiff, allowing the makers a wider range of models.", "a wider range of models"),
    ],
)
def test_a_thing_borrowed_by_a_participle_is_no_speaker(text, content):
    found = [q for q in quotes_in(text) if q.kind == "indirect" and content in q.text]
    assert all(q.speaker is None and q.speaker_mention is None for q in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # a document or finding reports a noun phrase too
        ("The audit found serious failings at the port authority.", "serious failings", "The audit"),
        ("The report criticised the slow repairs to the harbour wall.", "the slow repairs", "The report"),
        # a thing with a clause after it still holds that clause, as PolNeAR marks it
        ("The timing suggests that the minister knew about the leak before the vote.", "the minister knew", "The timing"),
        # people, even ones no word list of speakers names
        ("Striking dockers blamed the port authority for the delays.", "the port authority", "Striking dockers"),
        ("The British royal denied any wrongdoing in the harbour deal.", "any wrongdoing", "The British royal"),
        # a participle after the clause of someone who can speak keeps that speaker
        ("The minister spoke for an hour, promising new roads for the north.", "new roads for the north", "The minister"),
    ],
)
def test_speakers_and_reporters_keep_their_content(text, content, mention):
    quote = find(quotes_in(text), content, "indirect")
    assert quote.speaker_mention == mention


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a topic, a caption and a tip are no sources
        "Harbour chaos: ferries stop as the strike spreads to Lodz\n\nThe port closed on Monday.",
        "Cover photo: the night ferry at the quay in Lodz\n\nThe port closed on Monday.",
        "Disclosure: Lodz Daily may earn a commission from links on this page.\n\nThe port closed on Monday.",
        # a heading in title case over a list or a section, no name in it
        "Weekly Meal Plan: 2 eggs, 1 cup oats and a banana; eat every three hours\n\nDrink water often.",
        "The Build Stage: create something people can buy and keep improving it\n\nThat takes months.",
    ],
)
def test_colon_label_without_a_source(text):
    assert [q for q in quotes_in(text) if q.cue == ":"] == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, content, speaker",
    [
        # a name the tagger knows, or one opened by a title, in a transcript
        ("Piet Halden: the port will reopen on Friday\n\nThe interior minister spoke in Lodz.", "the port will reopen", "Piet Halden"),
        ("Prof. Halden: We open the port on Friday, as planned.\n\nThe interview was recorded in Lodz.", "We open the port", "Halden"),
        # a transcript's speaker in capitals
        ("Partial transcript follows.\n\nLENA MARSH: The port reopens on Friday, and the ferries run again.\n\nThe interview was recorded in Lodz.", "The port reopens", "LENA MARSH"),
    ],
)
def test_colon_label_in_title_case_with_a_name(text, content, speaker):
    quote = find(quotes_in(text), content, "indirect")
    assert quote.speaker == speaker


@pytest.mark.slow
def test_colon_label_with_a_name_and_a_verb():
    text = "Piet Halden: the port will reopen on Friday\n\nThe interior minister spoke in Lodz."
    quote = find(quotes_in(text), "the port will reopen", "indirect")
    assert quote.speaker == "Piet Halden"


@pytest.mark.slow
def test_another_language_keeps_only_marked_quotes():
    text = "Halden said the port would reopen on Friday. “We are ready,” Halden said."
    article = parsed(text)
    article = dataclasses.replace(article, article=dataclasses.replace(article.article, language="de"))
    from dateline.analyse.components import EXTRACTORS

    found = EXTRACTORS.subset("quotes").analyse(article).quotes
    # the quote in marks stays, but "said" is no cue in another language's parse
    assert [(q.kind, q.speaker) for q in found] == [("direct", None)]


@pytest.mark.slow
def test_another_language_keeps_colon_speakers():
    text = "Marta Lopes: “Vamos abrir o porto na sexta-feira.”\n\nPiet Halden: Estamos prontos para isso."
    article = parsed(text)
    article = dataclasses.replace(article, article=dataclasses.replace(article.article, language="pt"))
    from dateline.analyse.components import EXTRACTORS

    found = EXTRACTORS.subset("quotes").analyse(article).quotes
    assert find(found, "Vamos abrir").speaker == "Marta Lopes"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # one company named before "the company": that company
        (
            "Norrhaven Corp. cut 300 jobs at its plant in Lodz on Monday. The company said demand for ferries had fallen.",
            "demand for ferries",
            "Norrhaven Corp.",
        ),
        # two named before: left unresolved rather than guessed
        (
            "Veldbank Holdings and Norrhaven Corp. agreed to merge on Monday. The company said the deal would close in May.",
            "the deal would close",
            None,
        ),
        # "the companies" are several: never one of them
        (
            "Norrhaven Corp. won a contract to build two ferries. The companies said the first would sail in 2027.",
            "the first would sail",
            None,
        ),
    ],
)
def test_role_noun_is_the_one_organisation_of_its_kind(text, content, speaker):
    assert find(quotes_in(text), content, "indirect").speaker == speaker
