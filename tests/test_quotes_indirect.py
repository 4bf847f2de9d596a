"""Indirect attributions beyond "said that": content cues, stance clauses, parentheticals
(real parse, fictional sentences)."""

from __future__ import annotations

import pytest

from dateline.analyse.quotes.lexicon import content_cues
from quote_helpers import quotes_in


def _quotes(text: str):
    return [q for q in quotes_in(text) if q.kind == "indirect"]


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


def _found(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker_mention for q in _quotes(text)}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a relative pronoun stays the speaker mention, as PolNeAR marks it
        ("The fishermen's league, which has long opposed the tariff, called a strike.", "the tariff", "which"),
        # a gerund after a preposition borrows the subject of what it modifies
        ("Halden began his speech by praising the new harbour plan.", "the new harbour plan", "Halden"),
    ],
)
def test_speaker_of_relative_clauses_and_gerunds(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # phrases the parse hangs on the cue verb that continue the content
        ("Ostrova urged the governors to reopen the schools.", "the governors to reopen the schools"),
        ("The minister asked reporters if the strike had ended.", "if the strike had ended"),
        ("Halden refused to testify because the inquiry was biased.", "to testify because the inquiry was biased"),
        ("The ministry said that the ferries would resume and that fares would fall.",
         "that the ferries would resume and that fares would fall"),
        # "according to" is the attribution, never part of a stance clause
        ("Halden seemed ready to quit, according to two aides.", "Halden seemed ready to quit"),
        # a phrase after the complement, set off by a comma, is not part of a stance clause
        ("Halden seemed ready to quit, telling aides he was tired.", "Halden seemed ready to quit"),
    ],
)
def test_content_runs_over_continuing_phrases(text, content):
    assert content in _found(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The official spoke on condition of anonymity about the harbour deal.",
        "The minister spoke on Monday.",
        "The rescue teams were trying to find a way through the pass.",
    ],
)
def test_how_and_when_one_spoke_is_no_content(text):
    assert _found(text) == {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The harbour plan was criticized by the fishermen's league.", "The harbour plan", "the fishermen's league"),
        ("The tariff was opposed by three regional governors.", "The tariff", "three regional governors"),
        ("Halden, backed by the farmers' union, won the vote.", "Halden", "the farmers' union"),
    ],
)
def test_passive_object_cues_report_their_subject(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Halden echoed the concerns of the farmers.", "the concerns of the farmers", "Halden"),
        ("The senator is eager to end the strike.", "to end the strike", "The senator"),
        ("Halden vouched for the new governor.", "the new governor", "Halden"),
        ("The opposition leader cast Halden as a weak negotiator.", "a weak negotiator", "The opposition leader"),
        ("Governors are looking to cut the fuel tax.", "to cut the fuel tax", "Governors"),
    ],
)
def test_more_content_cues(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Halden: Border will reopen in May\n\nThe ferry sails at noon.", "Border will reopen in May", "Halden"),
        # title case hides a common-noun source from the tagger
        ("Insiders: Ostrova will win the runoff\n\nThe vote is on Sunday.", "Ostrova will win the runoff", "Insiders"),
    ],
)
def test_colon_headlines(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # stance nouns report without a named holder
        ("Support for the tariff has collapsed in the north.", "the tariff", None),
        ("Questions about the harbour contract have dogged the ministry.", "the harbour contract", None),
        ("Her response to the ruling surprised the court.", "the ruling", "Her"),
    ],
)
def test_noun_cues_with_and_without_holder(text, content, speaker):
    found = _found(text)
    assert content in found and found[content] == speaker


@pytest.mark.slow
def test_markup_tag_is_no_cue():
    assert _found('<tweet author="ostrova">The harbour will reopen.</tweet>') == {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the attribution closes the sentence after a comma
        ("As the ferry left the harbour, a protester was pushed into the water, police said.",
         "As the ferry left the harbour, a protester was pushed into the water", "police"),
        ("The border will reopen within a week, said Piet Halden, the interior minister.",
         "The border will reopen within a week", "Piet Halden"),
    ],
)
def test_report_closing_its_sentence(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Ask any farmer about the tariff.", "Read the rest of the statement on the ministry website."],
)
def test_imperative_is_no_report(text):
    assert _found(text) == {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # "it" standing for a document speaks; an empty "it" names no one
        ("The ministry published a memorandum on Friday. It says foreign trawlers will be barred from the bay.",
         "foreign trawlers will be barred from the bay", "It"),
        ("It is expected that the assembly will approve the budget.",
         "that the assembly will approve the budget", None),
        # an "as" clause reports the clause it hangs on, before or after it
        ("As the Veldoria Herald reported on Monday, the ferry company has run out of money.",
         "the ferry company has run out of money", "the Veldoria Herald"),
        ("The ferry company has run out of money, as the Veldoria Herald reported on Monday.",
         "The ferry company has run out of money", "the Veldoria Herald"),
        ("Halden will be remembered for his defence of the harbour workers.",
         "Halden will be remembered for his defence of the harbour workers", None),
    ],
)
def test_document_speakers_and_host_clauses(text, content, speaker):
    found = _found(text)
    assert content in found and found[content] == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The unions disagreed with the tariff.", "the tariff", "The unions"),
        ("The unions agreed with the minister's plan.", "the minister's plan", "The unions"),
        ("The senator focused on the cost of the bridge.", "the cost of the bridge", "The senator"),
        ("The report underscored the risks of the new dam.", "the risks of the new dam", "The report"),
        ("Stories about the minister's health have circulated for weeks.", "the minister's health", None),
    ],
)
def test_stance_cues_from_train_rates(text, content, speaker):
    found = _found(text)
    assert content in found and found[content] == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first", "second", "cue"),
    [
        ("Halden said the ferry would resume in May and promised to cut fares.",
         "the ferry would resume in May", "to cut fares", "promised"),
        ("Ostrova said the harbour would stay open and warned that the strike was illegal.",
         "the harbour would stay open", "that the strike was illegal", "warned"),
    ],
)
def test_second_report_joined_by_and(text, first, second, cue):
    quotes = {q.text: q for q in _quotes(text)}
    assert first in quotes and second in quotes
    assert quotes[second].cue == cue
    assert quotes[second].speaker_mention == quotes[first].speaker_mention


@pytest.mark.slow
def test_hearsay_adverb_reports_its_clause():
    found = _found("Halden reportedly met the envoy in secret last week.")
    assert found == {"Halden reportedly met the envoy in secret last week": None}
    assert _found("The allegedly stolen files were returned to the ministry.") == {}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content"),
    [
        # where the words were said is not part of them
        ("Halden denied the accusations through a spokeswoman.", "the accusations"),
        ("Ostrova praised the harbour workers in an interview on Sunday.", "the harbour workers"),
    ],
)
def test_medium_after_the_content_is_left_out(text, content):
    assert content in _found(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Her message has been that the harbour must stay public.",
         {"that the harbour must stay public": "Her"}),
        # the writer's own question reports nothing
        ("The question is whether the ferries will run in winter.", {}),
    ],
)
def test_noun_cue_before_be(text, found):
    assert _found(text) == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The farmers compared the tariff to a blockade.", "a blockade", "The farmers"),
        ("The governor embraced the new pension plan.", "the new pension plan", "The governor"),
    ],
)
def test_comparison_and_embrace_cues(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
def test_contrasting_report_after_while_stands_alone():
    found = _found("Among farmers, 74 percent said they backed Ostrova, while 22 percent said they might change their minds.")
    assert found == {"they backed Ostrova": "74 percent", "they might change their minds": "22 percent"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The unions are confident that the strike will end soon.", "that the strike will end soon", "The unions"),
        ("Halden touched on the pension reform in his speech.", "the pension reform", "Halden"),
    ],
)
def test_adjective_clause_and_touch_on_cues(text, content, speaker):
    assert _found(text).get(content) == speaker


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a participle cue may report with no one named
        ("For those focused on the harbour budget, the vote was a relief.", {"the harbour budget": None}),
        ("Speculation about the minister's health has grown.", {"the minister's health": None}),
        # "compared with" as a measure is no stance
        ("Ferry traffic rose by a tenth, compared with last year.", {}),
    ],
)
def test_cues_with_no_one_named(text, found):
    assert _found(text) == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # with no owner, "the support of" names who supports, not what is supported
        ("Ostrova won the support of the farmers' union.", {}),
        ("Halden's support of the tariff angered the farmers.", {"the tariff": "Halden"}),
    ],
)
def test_support_of(text, found):
    assert _found(text) == found


@pytest.mark.slow
def test_reported_clause_may_open_with_a_quoted_word():
    text = "“Reckless” tariffs will ruin the farmers of the northern valleys, Halden said."
    assert _found(text) == {"“Reckless” tariffs will ruin the farmers of the northern valleys": "Halden"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the object of "maintain", "add", "speak", "continue" is a thing, not a report
        ("Ostrova maintains a comfortable lead in the northern provinces.", {}),
        ("The harbour authority added 600 jobs last year.", {}),
        ("Halden speaks Veldorian and French.", {}),
        # "maintained that ..." still reports
        ("Halden maintained that the border crossing would stay open.",
         {"that the border crossing would stay open": "Halden"}),
        # "found" reports a finding when a survey or court found it, not a person finding a way
        ("Halden found a way to keep the ferry running.", {}),
        ("A survey by the Veldoria Institute found broad support for the ferry link.",
         {"broad support for the ferry link": "A survey"}),
    ],
)
def test_objects_that_report_nothing(text, found):
    assert _found(text) == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "told reporters": the person spoken to is not what was said
        ("The strike will end soon, Halden told reporters.", {"The strike will end soon": "Halden"}),
        ("Halden told Ostrova about the harbour budget.", {"the harbour budget": "Halden"}),
        # a story told is what was said
        ("Ostrova told a different story.", {"a different story": "Ostrova"}),
    ],
)
def test_addressee_is_not_the_content(text, found):
    assert _found(text) == found


@pytest.mark.slow
def test_every_content_drops_a_closing_aside():
    found = _found("Halden pushed for a recount in Tarsk, which has voted for Ostrova twice.")
    assert found == {"a recount in Tarsk": "Halden"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an unowned noun cue is held by the subject of its clause
        ("Halden spoke out in favor of the ferry link.", {"the ferry link": "Halden"}),
        # or by the agent after "by"
        ("One sticking point is a demand by Senator Mila Dorn that the budget include the harbour.",
         {"that the budget include the harbour": "Senator Mila Dorn"}),
    ],
)
def test_noun_cue_holder_from_its_clause(text, found):
    assert _found(text) == found
