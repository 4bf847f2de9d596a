"""Quotes with their speakers, over the real parse (fictional sentences)."""

from __future__ import annotations

import json
import pathlib

import pytest

from dateline.models import Article, EntityMention
from quote_helpers import find, quotes_in

CORPUS_GOLD = pathlib.Path(__file__).resolve().parents[1] / "examples" / "corpus" / "gold.json"


SETUP = (
    "Interior Minister Piet Halden met President Anna Ostrova in Vienna on Monday. "
    "Mr Halden said he was tired. Ms Ostrova said she was not.\n\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, kind, speaker, mention, cue",
    [
        # quote split by its attribution: both halves, one speaker
        (SETUP + "“We will not back down,” Mr Halden said, “not today.”", "We will not back down", "direct", "Piet Halden", "Mr Halden", "said"),
        (SETUP + "“We will not back down,” Mr Halden said, “not today.”", "not today", "direct", "Piet Halden", "Mr Halden", "said"),
        # colon-introduced
        (SETUP + "Ostrova said at the time: “The border stays open.”", "The border stays open", "direct", "Anna Ostrova", "Ostrova", "said"),
        # straight marks and an inverted cue
        (SETUP + '"Nobody asked us," said Halden.', "Nobody asked us", "direct", "Piet Halden", "Halden", "said"),
        # pronouns, by gender
        (SETUP + "“It was a long night,” she told reporters.", "It was a long night", "direct", "Anna Ostrova", "she", "told"),
        (SETUP + "“It was a long night,” he told reporters.", "It was a long night", "direct", "Piet Halden", "he", "told"),
        # a scare-quote fragment, with the sentence's speaker
        (SETUP + "Halden called the offer “unacceptable” and left.", "unacceptable", "fragment", "Piet Halden", "Halden", "called"),
        # indirect speech
        (SETUP + "The minister said today that the talks would resume in June.", "the talks would resume in June", "indirect", None, "The minister", "said"),
        (SETUP + "Halden told reporters that the talks had failed.", "the talks had failed", "indirect", "Piet Halden", "Halden", "told"),
        (SETUP + "According to the interior ministry, 300 people were detained overnight.", "300 people were detained", "indirect", "interior ministry", "the interior ministry", "according to"),
        (SETUP + "Ostrova accused Halden of lying to parliament.", "of lying to parliament", "indirect", "Anna Ostrova", "Ostrova", "accused"),
        (SETUP + "Ostrova urged voters to stay calm.", "to stay calm", "indirect", "Anna Ostrova", "Ostrova", "urged"),
        (SETUP + "Halden denied the report about his finances.", "the report about his finances", "indirect", "Piet Halden", "Halden", "denied"),
        # a relative pronoun speaks for the noun its clause is about
        ("The plan was drafted by Piet Halden, the port's director, who said the new cranes would halve waiting times.",
         "the new cranes would halve", "indirect", "Piet Halden", "who", "said"),
        ("Dockers blocked the gates of the Veldorian Harbour Authority, which said it would seek an injunction.",
         "it would seek an injunction", "indirect", "Veldorian Harbour Authority", "which", "said"),
        ("It was Anna Ostrova who said the deal was dead.", "the deal was dead", "indirect", "Anna Ostrova", "who", "said"),
        # ... but a thing the clause is about speaks for no one
        ("The first clue was the harbour log, which showed the ferry had left early.", "the ferry had left early", "indirect",
         None, "which", "showed"),
    ],
)
def test_quote_and_speaker(text, words, kind, speaker, mention, cue):
    quote = find(quotes_in(text), words, kind)
    if speaker is not None or mention in ("who", "which", "that"):
        assert quote.speaker == speaker
    assert quote.speaker_mention == mention
    assert quote.cue == cue
    assert quote.text == " ".join(text[start:end] for start, end in quote.parts)
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[-1][1])
    assert text[quote.speaker_start : quote.speaker_end] == mention
    assert quote.text in quote.sentence or quote.sentence in text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, speaker",
    [
        # a role resolved to the person the article names in it: apposition before ...
        ("Maria Lenz, the palace spokeswoman, met reporters on Monday.\n\n“There is no crisis,” the spokeswoman said.", "There is no crisis", "Maria Lenz"),
        # ... a title before the name ...
        ("Palace spokeswoman Maria Lenz met reporters on Monday.\n\n“There is no crisis,” the spokeswoman said.", "There is no crisis", "Maria Lenz"),
        # ... or named after the quote
        ("“There is no crisis,” the spokeswoman said.\n\nThe spokeswoman, Maria Lenz, later left for Vienna.", "There is no crisis", "Maria Lenz"),
        # ... or a title written as part of the name, so capitalised
        ("Coroner Ilse Brandt examined the body on Sunday.\n\nThe coroner said the fisherman had drowned before dawn.", "the fisherman had drowned", "Ilse Brandt"),
        # a title alone, capitalised as a name, is the person the article gave it
        ("President Anna Ostrova opened the bridge on Monday.\n\nThe President said the bridge would carry trains by June.", "the bridge would carry trains", "Anna Ostrova"),
        ("Police Constable Tomas Reyes was first at the pier.\n\n“The boat was already sinking,” the constable said.", "The boat was already sinking", "Tomas Reyes"),
        # a person "of" an organisation: the person speaks
        ("“Five per cent of almost nothing is almost nothing,” said Mira Kovach of the Federation of Veldorian Workers.", "almost nothing", "Mira Kovach"),
        # an organisation speaking, then "they"
        ("The Defence Ministry issued a statement on Monday.\n\n“The exercise is routine,” they said.", "The exercise is routine", "The Defence Ministry"),
        # a title the parse ends the phrase at: the name beside it speaks
        ("Veldoria's President Anna Ostrova called the strike “a mistake” on Monday.", "a mistake", "Anna Ostrova"),
        # an organisation named beside "the group", then "the group" again
        ("The group, Citizens for Clean Rivers, said the dam would ruin the valley.", "the dam would ruin the valley", "Citizens for Clean Rivers"),
        ("Citizens for Clean Rivers, a local campaign group, filed the suit on Monday.\n\n“We will not stop,” the group said.", "We will not stop", "Citizens for Clean Rivers"),
        # a definite description whose words are in the organisation's name
        ("The Federation of Veldorian Workers called the strike.\n\nThe federation said the strike would go on until the bill is withdrawn.", "the strike would go on", "Federation of Veldorian Workers"),
        ("The Central Bank of Veldoria left rates unchanged.\n\nThe central bank said inflation would fall next year.", "inflation would fall next year", "Central Bank of Veldoria"),
        # a name set off after the speaker's relative clause
        ("The group that owns most of her songs, Harbour Records, says she may play them at the awards on Sunday.", "she may play them", "Harbour Records"),
        ("The company that runs the awards, Lantern Productions Inc., denies that anything has been agreed.", "anything has been agreed", "Lantern Productions Inc."),
        # "he" is the person named as someone, not the possessor of a thing named after him
        ("Tomas Brel was the third witness who listened in on President Piet Halden's call with the envoy.\n\nHe said he was not worried about the content of the call.", "he was not worried", "Tomas Brel"),
        # "they" and then "it" after an organisation spoke, no one else named between
        ("Harbour Records have twice denied blocking the concert.\n\n“At no point did we refuse a licence,” they said.\n\n“We have agreed to grant every licence,” it says.", "At no point", "Harbour Records"),
        ("Harbour Records have twice denied blocking the concert.\n\n“At no point did we refuse a licence,” they said.\n\n“We have agreed to grant every licence,” it says.", "We have agreed", "Harbour Records"),
        # "it" in the sentence whose subject the organisation is
        ("The Volkov Motor Company says the new van is a preview of a larger model, but it did not say when the model would go on sale.", "when the model would go on sale", "Volkov Motor Company"),
    ],
)
def test_speaker_resolution(text, words, speaker):
    quote = find(quotes_in(text), words)
    assert quote.speaker is not None
    assert quote.speaker.lower().removeprefix("the ") == speaker.lower().removeprefix("the ")


@pytest.mark.slow
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, not_speaker",
    [
        # the possessor is not the speaker, nor is anyone else the article calls a spokesman
        ("Piet Halden met reporters. His spokesman Tomas Brel left early.\n\nMira Kovach's spokesman said the union would not sign.", "the union would not sign", "Piet Halden|Tomas Brel|Mira Kovach"),
        ("China's ambassador said that China would not sit on its hands.", "China would not sit on its hands", "China"),
        # "the company" with nothing tying it to a name: not the last firm named
        ("Kirov Port Logistics signed a deal with Marlow Freight on Monday.\n\n“We are pleased,” the company said.", "We are pleased", "Kirov Port Logistics|Marlow Freight"),
        # "they" after two people joined by "and" is those two, not an organisation before them
        ("The Harbour Board met on Monday. Senators Ana Ruiz and Tom Bell criticised the plan.\n\n“It is a disgrace,” they said.", "It is a disgrace", "(The )?Harbour Board"),
        # an adjective is no antecedent of "they"
        ("Democratic candidates toured the port on Monday.\n\n“We will win this state,” they said.", "We will win this state", "Democratic"),
        # "they" after people who could be meant: analysts, dockers, a named person
        ("Marlow Bank raised its fees in May. Analysts expect more rises this year.\n\nThey say the smaller lenders will follow.", "the smaller lenders will follow", "Marlow Bank"),
        ("The Harbour Board issued a statement on Monday. Dockers in Lodz were angry.\n\n“We were never asked,” they said.", "We were never asked", "(The )?Harbour Board"),
        ("The Lodz Tenants Union said rents would rise. The union's lawyer, Piet Dorn, met the mayor on Monday.\n\n“We will go to court,” they said.", "We will go to court", "(The )?Lodz Tenants Union|Piet Dorn"),
        # an institution named inside the phrase of whoever spoke did not speak itself
        ("The laboratory of Ana Ruiz, who was then at the Lodz Institute of Technology, reported that the cells carried the receptor. Moreover, they showed that the receptor opened the airways.", "the receptor opened the airways", "Lodz Institute of Technology"),
        # an "it" that stands for the clause after it, though the organisation spoke just before
        ("The Lodz Rebel Front released two videos of the hostages. Both men said they were treated well, but it is impossible to know whether they were forced to speak.", "whether they were forced to speak", "Lodz Rebel Front"),
        ("The Harbour Board released a statement on Monday. It is hard to believe that the wall will hold.", "the wall will hold", "(The )?Harbour Board"),
        # the writers' "we" and the article's own "it is hard to"
        ("We tested the new Kirov phone for a week. We found that the battery lasts two days.", "the battery lasts two days", "Kirov.*"),
        ("Marlow Bank opened a branch in Lodz on Monday. It is hard to believe the branch will last.", "the branch will last", "Marlow Bank"),
        # two people joined by "and" speak together: neither alone
        ("The Harbour Board met on Monday. Senators Ana Ruiz and Tom Bell criticised the plan.", "the plan", "Ana Ruiz|Tom Bell"),
    ],
)
def test_speaker_left_empty_rather_than_wrong(text, words, not_speaker):
    import re

    quote = find(quotes_in(text), words)
    assert quote.speaker is None or not re.fullmatch(not_speaker, quote.speaker), quote.speaker


def test_paragraphs_without_attribution_belong_to_the_last_speaker():
    text = (
        SETUP
        + "“We have done our part,” Ostrova said.\n\n"
        + "“Now it is up to parliament.”\n\n"
        + "“The first paragraph of a long answer.\n\n"
        + "“And its second paragraph.”\n"
    )
    quotes = [q for q in quotes_in(text) if q.kind != "indirect"]
    # the long answer runs over two paragraphs: one quote of two pieces
    assert [q.speaker for q in quotes] == ["Anna Ostrova"] * 3
    assert [len(q.parts) for q in quotes] == [1, 1, 2]
    assert len({(q.speaker_start, q.speaker_end) for q in quotes}) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "title, words, speaker",
    [
        ("'Meet me in Vienna' says Ostrova", "Meet me in Vienna", "Ostrova"),
        ("Ostrova: 'We will not back down'", "We will not back down", "Ostrova"),
    ],
)
def test_headline_quotes(title, words, speaker):
    quotes = quotes_in(SETUP, title=title)
    quote = find([q for q in quotes if q.field == "title"], words)
    assert title[quote.start : quote.end] == words
    assert speaker in (quote.speaker or "")
    assert quote.id and quote.speaker_entity_id is None


@pytest.mark.slow
def test_entities_names_are_preferred():
    text = "Halden arrived late.\n\n“We are ready,” Halden said."
    start = text.rindex("Halden")
    entities = [
        EntityMention(article_id="a", text="Halden", type="PERSON", start=0, end=6, name="Piet Halden"),
        EntityMention(article_id="a", text="Halden", type="PERSON", start=start, end=start + 6, name="Piet Halden"),
    ]
    quote = find(quotes_in(text, entities=entities), "We are ready")
    assert quote.speaker == "Piet Halden"


@pytest.mark.slow
def test_apostrophes_are_not_quotes():
    text = "Ostrova's aides don't play rock 'n' roll from the '90s, Halden's office said."
    assert [q for q in quotes_in(text) if q.kind != "indirect"] == []


@pytest.mark.slow
def test_corpus_gold_quotes():
    """Quotes of the sample corpus (plain-text articles, read raw): found, and said by the
    right person. Measured 0.97 found and 0.74 speaker (surname match) on 88 quotes."""
    if not CORPUS_GOLD.exists():
        pytest.skip("examples/corpus/gold.json not written yet")
    from dateline.analyse.components import EXTRACTORS
    from dateline.analyse.pipeline import parse_articles

    gold = json.loads(CORPUS_GOLD.read_text(encoding="utf-8"))
    chosen = [a for a in gold["articles"] if a["file"].startswith("txt/") and a.get("quotes")]
    if not chosen:
        pytest.skip("no quotes in the corpus gold")
    articles = []
    for entry in chosen:
        raw = (CORPUS_GOLD.parent / entry["file"]).read_text(encoding="utf-8")
        articles.append(Article.from_text(raw, origin=entry["file"]))
    total = found = right = 0
    for entry, parsed in zip(chosen, parse_articles(articles)):
        quotes = EXTRACTORS.subset("quotes").analyse(parsed).quotes
        for expected in entry["quotes"]:
            total += 1
            hits = [q for q in quotes if q.text.strip() and (expected["text"] in q.text or q.text in expected["text"])]
            if not hits:
                continue
            found += 1
            want = expected["speaker"]
            if want is None or any(q.speaker and q.speaker.split()[-1] == want.split()[-1] for q in hits):
                right += 1
    assert found / total >= 0.90
    assert right / total >= 0.65


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, words, kind, mention, cue",
    [
        # beliefs and intentions: the infinitive or object is the content ("hopes" lemmatised "hop")
        ("Ostrova hopes to win a second term.", "to win a second term", "indirect", "Ostrova", "hopes"),
        ("Varga wants a recount in the northern districts.", "a recount in the northern districts", "indirect", "Varga", "wants"),
        # a speech verb with an object and no clause
        ("Halden announced his resignation on Friday.", "his resignation", "indirect", "Halden", "announced"),
        # the object of a preposition the verb reports with
        ("Halden talked about the border crisis.", "the border crisis", "indirect", "Halden", "talked"),
        ("Brik warned against cutting the farm subsidies.", "cutting the farm subsidies", "indirect", "Brik", "warned"),
        # noun cues: "criticism of X", "the claim that X", held by the possessor
        ("Ostrova's criticism of the budget surprised nobody.", "the budget", "indirect", "Ostrova", "criticism"),
        ("Halden stood by his claim that the vote was rigged.", "the vote was rigged", "indirect", "his", "claim"),
        # a paragraph opening "Name: what they said"
        ("Anna Ostrova: Border talks will resume in June\n\nThe talks stalled in March.", "Border talks will resume in June", "indirect", "Anna Ostrova", ":"),
        ("Poll: Ostrova leads Halden by six points\n\nThe survey of 900 voters was taken in May.", "Ostrova leads Halden by six points", "indirect", "Poll", ":"),
        # a quote inside a reported clause belongs to the outer speaker
        ("Halden said Ostrova had promised to “fight on” for the farmers.", "fight on", "fragment", "Halden", "said"),
        # the subject in the verb's own paragraph, not a dateline above it
        ("10:30 a.m.\n\nAgriculture Minister Lena Brik once said: “Farms feed the nation.”", "Farms feed the nation", "direct", "Agriculture Minister Lena Brik", "said"),
        # inverted cue with a modifier tagged as a verb, and a name before a parenthesis
        ('"We are not finished," said retired judge Tomas Varga.', "We are not finished", "direct", "retired judge Tomas Varga", "said"),
        ("Senator Mila Dorn (V-North) said “the budget is dead and buried.”", "the budget is dead", None, "Senator Mila Dorn", "said"),
        # a long lead-in before the colon: only the name right before it speaks
        ("BUDGET FIGHT LOOMS IN VELDORIA - Mila Dorn: “The budget is dead and buried.”", "The budget is dead", "direct", "Mila Dorn", ":"),
        # a quote ending in a comma is followed by its attribution, whatever the verb
        ("“We will not be rushed,” Halden fumed on Tuesday.", "We will not be rushed", "direct", "Halden", "fumed"),
        # the name before the verb speaks when the parse hangs it inside the quote
        ("“It is not the position that everything is fine,” Lena Brik, a senior adviser to the palace, said in Lodz.", "everything is fine", "direct", "Lena Brik", "said"),
        ("Mr. Halden, asked about the strike, had said, “We owe the miners nothing.”", "We owe the miners nothing", "direct", "Mr. Halden", "said"),
        # "as X said" after an embedded quote
        ("The talks are “a dead end,” as Ostrova said on Monday.", "a dead end", "direct", "Ostrova", "said"),
        # a quote signed on the next line
        ("Voters in Lodz were tired.\n\n“Five per cent of almost nothing is almost nothing.”\n\n– Mira Kovach, Lodz.", "almost nothing", "direct", "Mira Kovach", "—"),
    ],
)
def test_attribution_rule_classes(text, words, kind, mention, cue):
    quote = find(quotes_in(text), words, kind)
    assert quote.speaker_mention == mention
    assert quote.cue == cue
    assert text[quote.start : quote.end] == quote.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a second clause after the first is the writer's comment, not the report
        ("Forty percent said they would vote for Ostrova, however that share has fallen since May.", "they would vote for Ostrova"),
        # "according to" stays in its paragraph (a title line above is not the content)
        ("Border deal in sight\nThe border will reopen next week, according to the interior ministry.", "The border will reopen next week"),
    ],
)
def test_indirect_content_bounds(text, expected):
    quotes = [q for q in quotes_in(text) if q.kind == "indirect"]
    assert [q.text for q in quotes] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, mention",
    [
        # the subject of a non-speech verb governs an embedded quote only when it can speak
        ("Halden made the deal “a farce” for the farmers.", "Halden"),
        ("The timing of the vote made the deal “a farce” for the farmers.", None),
    ],
)
def test_governing_subject_must_be_able_to_speak(text, mention):
    quote = find(quotes_in(text), "a farce")
    assert quote.speaker_mention == mention


@pytest.mark.slow
def test_mostly_quoted_content_is_a_direct_quote_only():
    text = "Halden said that he was “ready to lead the country from the very first day”."
    quotes = quotes_in(text)
    assert [q.kind for q in quotes] == ["direct"]
    assert quotes[0].speaker_mention == "Halden"
