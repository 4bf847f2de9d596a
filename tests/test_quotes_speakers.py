"""Speakers of direct quotes: which mention near the cue speaks (real parse, fictional sentences)."""

from __future__ import annotations

import pytest

from quote_helpers import find_marked, quotes_in


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # "Lenz warned ..., but Halden said ...": a coordinated speech act keeps its own subject
        (
            (
                "His aide had warned him not to be too harsh, to sound “calm,” but Halden said he replied: "
                "“When the river rises, you cannot stay calm.”"
            ),
            "When the river rises",
            "Halden",
        ),
        # the parse hangs the cue from the quote: the clause before the cue speaks
        (
            (
                "Ostrova seemed ready to joke about the incident in Lodz, telling the crowd, "
                "“Some people get a little carried away, have you noticed that?”"
            ),
            "Some people get",
            "Ostrova",
        ),
        # a headline line opened by a name and a colon (title-case quote, colon not next to it)
        (
            "Halden: Ostrova Is a ‘Proven Failure’ in Business.\n\nThe minister spoke in Lodz on Monday.",
            "Proven Failure",
            "Halden",
        ),
        # the name is tagged as a common noun in a headline, but the article names the person
        (
            (
                "Halden: ‘I’m the Worst Thing That Ever Happened to the Old Guard.’\n\n"
                "Interior Minister Piet Halden spoke in Lodz on Monday."
            ),
            "Worst Thing",
            "Halden",
        ),
        # a name with an inner capital opening a headline
        (
            "DeVries: Halden Is ‘A Proven Failure’ in Business.\n\nAnna DeVries spoke in Lodz on Monday.",
            "A Proven Failure",
            "DeVries",
        ),
        # a stray double space after the colon
        (
            (
                "TURNOUT IN THE NORTH DOES NOT RAISE HOPES IN THE SOUTH - Mira Kovach:  “At long last the "
                "contests have started, and we now have a first look at turnout.”"
            ),
            "At long last",
            "Mira Kovach",
        ),
        # a closed question followed by its speaker and any verb
        (
            (
                "The host leaned in.\n\n“Would you cut the budget of the army?” Kovach pressed. "
                "“Maybe by a tenth?”"
            ),
            "Would you cut",
            "Kovach",
        ),
        # the cue the quote follows wins over a speech verb after it
        (
            "Asked about the dam, Ostrova said, “Ask the engineers,” before she stopped answering the reporters.",
            "Ask the engineers",
            "Ostrova",
        ),
        # a cue inside a relative clause whose subject is a thing: the reporting speaker speaks
        (
            "Halden said he had visited schools in the north that reminded him of “a war zone.”",
            "a war zone",
            "Halden",
        ),
        # the quote after "X said, according to Y." is credited to Y as the first one is
        (
            (
                "“We will not sign this treaty,” Halden said on Monday, according to the Veldoria Herald. "
                "“Not this year and not next year.”"
            ),
            "Not this year",
            "the Veldoria Herald",
        ),
        # a subject the parse hung from another verb: "X, who spoke on condition of anonymity, said"
        (
            (
                "One attendee, who like others spoke on the condition of anonymity to discuss the meeting, said the "
                "message was that “this is not going to be over in February.”"
            ),
            "this is not going to be over",
            "One attendee",
        ),
        # the parse takes the quote's own first words as the subject of the verb after it
        (
            (
                "“Very good reporter, very good reporter this guy,” Halden, the party’s candidate and current "
                "polling leader in the north by a wide margin, said when Kovach asked him a question."
            ),
            "Very good reporter",
            "Halden",
        ),
        # a thing as the subject of the cue, inside a report whose own subject the parse lost
        (
            (
                "Halden, meanwhile, who sits at zero such endorsements, said that fact speaks volumes about "
                "which of the two candidates is “prepared to take on the establishment.”"
            ),
            "prepared to take on",
            "Halden",
        ),
        # the people a message went to do not speak; the sender does
        (
            "Interior Minister Piet Halden emailed supporters saying: “The fight goes on” and vowing to run again.",
            "The fight goes on",
            "Interior Minister Piet Halden",
        ),
        # "as X put it"
        (
            "As Mira Kovach, the farm union leader, put it, the budget is “a slap in the face.”",
            "a slap in the face",
            "Mira Kovach",
        ),
        # a paragraph's parse running into the next paragraph does not hand over the speaker
        (
            (
                "Mira Kovach, a farm union leader, said the vote was the clearest sign yet that ''the anger in "
                "the villages is far more real than many ministers are willing to admit.''\n\n"
                "''If the vote was not enough of one, the strike will be a wake-up call,'' Ms. Kovach said."
            ),
            "the anger in the villages",
            "Mira Kovach",
        ),
    ],
)
def test_speaker_mention(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention == mention
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # "her claim that she “...”": the owner of the saying speaks
        (
            "The row started with Ostrova's claim that she had “never signed the order” herself.",
            "never signed the order",
            "Ostrova's",
        ),
        # "in the words of X"
        (
            "The treaty was, in the words of a senior official, “dead on arrival.”",
            "dead on arrival",
            "a senior official",
        ),
    ],
)
def test_nominal_source(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention is not None
    assert mention in quote.speaker_mention or quote.speaker_mention in mention


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a pull quote signed on the same line after the closing mark
        (
            (
                "Voters in Lodz told us what they want.\n\n"
                "“The bridge has been closed for two years and nobody cares.” ― Mira Kovach, 34, teacher\n\n"
                "“We need jobs, not speeches.” — Jan Petrov, Lodz"
            ),
            "The bridge has been closed",
            "Mira Kovach",
        ),
        (
            (
                "Voters in Lodz told us what they want.\n\n"
                "“The bridge has been closed for two years and nobody cares.” ― Mira Kovach, 34, teacher\n\n"
                "“We need jobs, not speeches.” — Jan Petrov, Lodz"
            ),
            "We need jobs",
            "Jan Petrov",
        ),
        # the dash glued to the closing mark, and its name read as a subject of the dash
        (
            (
                "Readers wrote in.\n\n“The new tax is a mistake and it will cost us the harvest, unlike the old one.”― Ana Ruiz.\n\n"
                "Photo: Lodz Daily."
            ),
            "The new tax",
            "Ana Ruiz",
        ),
        # a no-break space after the dash, as web pages often have
        (
            "Readers wrote in.\n“Not a worthy leader for a nation like ours.” ― Oscar Quintana\n“Maybe we can build a wall around Piet Halden.” ―\u00a0Jorge Falconi\n",
            "Maybe we can build",
            "Jorge Falconi",
        ),
        # signed on the next line
        (
            "Readers wrote in.\n\n“The new tax is a mistake and it will cost us the harvest.”\n— Piet Dorn, Lodz",
            "The new tax",
            "Piet Dorn",
        ),
    ],
)
def test_signed_quotes(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.kind == "direct"
    assert quote.speaker_mention == mention
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.slow
def test_masked_signature_names_no_one():
    # a review signed with a name the page hides behind asterisks: a quote, but no speaker
    text = (
        "Readers reviewed the show.\n\n"
        "“A lovely evening, and the dancers were superb.” – Ka**** Ro**\n\n"
        "“Too long, but the music carried it.” – Piet Dorn, Lodz"
    )
    found = quotes_in(text)
    assert find_marked(found, "A lovely evening").speaker is None
    assert find_marked(found, "Too long").speaker == "Piet Dorn"


@pytest.mark.slow
def test_uncued_quote_after_a_sentence_about_a_person():
    text = (
        "“Workers must be heard,” Halden said.\n\n"
        "President Anna Ostrova touted her record as the author of the labour bill. “We need to protect "
        "workers who want a union and we need courts that protect them.”"
    )
    quote = find_marked(quotes_in(text), "We need to protect")
    assert quote.speaker_mention == "President Anna Ostrova"
    assert quote.speaker == "Anna Ostrova"


@pytest.mark.slow
def test_signature_dash_with_a_sentence_is_not_a_signature():
    text = "“We will win,” — Halden told the crowd in Lodz on Monday, to loud cheers."
    quote = find_marked(quotes_in(text), "We will win")
    assert quote.speaker_mention == "Halden"


def _built_doc(words, heads, deps, pos, ents=(), lemmas=None):
    """A hand-parsed doc: the parse a model sometimes gives, fixed so the test does not
    depend on the model's mood."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    glued = {",", ".", ":", "”", "?"}
    spaces = [not (i + 1 < len(words) and words[i + 1] in glued) and w != "“" for i, w in enumerate(words)]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, ents=list(ents) or None)
    for tok in doc:
        tok.lemma_ = (lemmas or {}).get(tok.text, tok.lower_)
    return doc


def test_cue_hung_from_the_quote_takes_the_clause_subject():
    from dateline.analyse.quotes.direct import find_direct

    # "Ostrova smiled, telling the crowd, “Some people get angry.”" with "telling" parsed
    # as hanging from "get", inside the quote
    words = ["Ostrova", "smiled", ",", "telling", "the", "crowd", ",", "“", "Some", "people", "get", "angry", ".", "”"]
    heads = [1, 1, 1, 10, 5, 3, 10, 10, 9, 10, 1, 10, 10, 10]
    deps = ["nsubj", "ROOT", "punct", "advcl", "det", "dobj", "punct", "punct", "det", "nsubj", "ccomp", "acomp"]
    deps += ["punct", "punct"]
    pos = ["PROPN", "VERB", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "ADJ"]
    pos += ["PUNCT", "PUNCT"]
    lemmas = {"smiled": "smile", "telling": "tell", "people": "people", "get": "get"}
    doc = _built_doc(words, heads, deps, pos, ents=["B-PERSON"] + ["O"] * 13, lemmas=lemmas)
    hits = find_direct(doc)
    assert len(hits) == 1
    assert hits[0].attribution is not None and hits[0].attribution.speaker.text == "Ostrova"


@pytest.mark.parametrize(
    ("word", "pos", "expected"),
    [
        ("voter", "NOUN", True),
        ("spokeswoman", "NOUN", True),
        ("danger", "NOUN", False),  # a person-like ending on a thing
        ("comment", "NOUN", False),
        ("agreement", "NOUN", False),
        ("timing", "NOUN", False),
    ],
)
def test_can_speak_nouns(word, pos, expected):
    from dateline.analyse.quotes.speakers import can_speak

    doc = _built_doc([word, "said"], [1, 1], ["nsubj", "ROOT"], [pos, "VERB"])
    assert can_speak(doc[0]) is expected


def test_a_capitalised_word_the_article_names_elsewhere_can_speak():
    from dateline.analyse.quotes.speakers import can_speak

    # "Kovach interjected: ... Mira Kovach": the tagger called the first "Kovach" a noun
    words = ["Kovach", "interjected", ".", "Mira", "Kovach", "left", "."]
    heads = [1, 1, 1, 4, 5, 5, 5]
    deps = ["nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = _built_doc(words, heads, deps, pos, ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert can_speak(doc[0])


def test_subject_hung_elsewhere_is_the_noun_before_the_verb():
    from dateline.analyse.quotes.direct import find_direct

    # "Halden's manager says he is “gratified”." with "manager" parsed as an apposition of an
    # earlier time stamp and "says" left without a subject
    words = ["Update", ":", "Halden", "'s", "manager", "says", "he", "is", "“", "gratified", "”", "."]
    heads = [0, 0, 4, 2, 0, 5, 9, 9, 9, 5, 9, 5]
    deps = ["ROOT", "punct", "poss", "case", "appos", "ROOT", "nsubjpass", "auxpass", "punct", "ccomp", "punct", "punct"]
    pos = ["NOUN", "PUNCT", "PROPN", "PART", "NOUN", "VERB", "PRON", "AUX", "PUNCT", "VERB", "PUNCT", "PUNCT"]
    lemmas = {"says": "say", "manager": "manager", "gratified": "gratify"}
    doc = _built_doc(words, heads, deps, pos, ents=["O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"], lemmas=lemmas)
    hits = find_direct(doc)
    assert len(hits) == 1
    assert hits[0].attribution is not None and hits[0].attribution.speaker.text == "Halden 's manager"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # a few quoted words inside the attribution after the quote do not cut it off;
        # "matter-of-factly" is no name
        (
            (
                "“We have seen better days than this one,” Lodz delegate Jan Petrov, wearing “Vote Halden” "
                "pins, said matter-of-factly."
            ),
            "We have seen better",
            "Lodz delegate Jan Petrov",
        ),
        # quotes side by side in one sentence share the speaker
        (
            "Halden called the plan “reckless” and “a gift to the banks who wrote it for themselves.”",
            "a gift to the banks",
            "Halden",
        ),
        # "as X put it" with a title in the aside
        (
            "As Mira Kovach, author of ''Quiet Rivers,'' put it, ''Voters in Lodz will remember who closed the bridge.''",
            "Voters in Lodz",
            "Mira Kovach",
        ),
        # "tells the Herald": whom the words went to does not speak
        (
            "“We will win in Lodz,” Ana Ostrova, the party leader, tells the Veldoria Herald.",
            "We will win",
            "Ana Ostrova",
        ),
        # "said Wednesday": a day is no speaker
        (
            "“There are talks between the ministries,” an aide to the minister said Wednesday.",
            "There are talks",
            "an aide",
        ),
    ],
)
def test_speaker_around_the_cue(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention == mention
    assert text[quote.speaker_start : quote.speaker_end] == mention


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, mention",
    [
        # "the judge was “hostile”": whoever holds the clause the linking verb sits in speaks
        ("Halden implied the judge was biased and “hostile” because of his views.", "hostile", "Halden"),
    ],
)
def test_linked_words_belong_to_whoever_holds_the_clause(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention is not None and mention in quote.speaker_mention


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, mention",
    [
        # a later quote going on the sentence of an attributed one, nobody else named between
        (
            (
                "Halden went on to say he was “confident” that once the harvest is in, "
                "“the two ministries will work together, at home and abroad.”"
            ),
            "the two ministries",
            "Halden",
        ),
    ],
)
def test_later_quote_in_an_attributed_sentence(text, words, mention):
    quote = find_marked(quotes_in(text), words)
    assert quote.speaker_mention == mention


@pytest.mark.slow
def test_transcript_turns():
    text = (
        "On Sunday, host Lena Marsh asked Governor Piet Halden about the debate. Partial transcript as follows:\n\n"
        '"MARSH: Let us start with the news on the debate. Will she be there?\n\n'
        '"HALDEN: Well, look, the real question is why the other campaign invited him.\n\n'
        '"That is all I will say about it.\n\n'
        '"MARSH: Do you really see those two as equivalent?"'
    )
    found = [q for q in quotes_in(text) if q.kind == "direct"]
    assert [(q.text.split()[0], q.speaker_mention, q.speaker) for q in found] == [
        ("Let", "MARSH", "Lena Marsh"),
        ("Well,", "HALDEN", "Piet Halden"),  # a turn running on over a paragraph: one quote
        ("Do", "MARSH", "Lena Marsh"),
    ]
    assert found[1].text.endswith("invited him. That is all I will say about it.")
    assert all(q.cue == ":" for q in found)
