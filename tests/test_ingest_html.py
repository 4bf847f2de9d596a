from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.errors import ReadError
from dateline.ingest import read_file
from dateline.ingest.html import html_fragment_to_text, parse_html_article
from dateline.models import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read_one(path):
    items = list(read_file(str(path)))
    assert len(items) == 1 and not isinstance(items[0], IngestError), items
    return items[0]


def test_news_page_with_open_graph_metadata():
    raw = read_one(FIXTURES / "html" / "harbour-gazette-ferry-collision.html")
    assert raw.format == "html"
    assert raw.title == "Two ferries collide off Port Ansel, 12 injured"
    assert (raw.source, raw.published, raw.published_from) == ("Harbour Gazette", "2021-06-19", "html")
    assert raw.url == "https://harbourgazette.example/news/2021/06/19/ferries-collide"
    article = clean(raw)
    assert article.dateline_place == "PORT ANSEL"
    assert article.text.startswith("Two passenger ferries collided in thick fog off Port Ansel")
    assert '"Visibility was under fifty metres," said coastguard commander Rasmus Holt.' in article.text
    assert article.text.endswith("Transport Minister Sofia Drach said an inquiry would report within three months.")
    for furniture in ("Sport", "cookies", "newsletter", "Share on", "Related", "All rights reserved", "Follow us", "Photograph:"):
        assert furniture not in article.text


def test_news_page_with_json_ld_publisher_and_canonical_url():
    raw = read_one(FIXTURES / "html" / "veldoria-times-budget.html")
    assert raw.title == "Ostrova unveils spending plan to end budget stand-off"
    assert (raw.source, raw.published) == ("Veldoria Times", "2021-06-21")
    assert raw.url == "https://www.veldoriatimes.example/politics/ostrova-spending-plan"
    assert raw.metadata["author"] == "Clara Voss"
    article = clean(raw)
    assert article.dateline_place == "VELDA"
    assert article.text.startswith("President Anna Ostrova published the government's full spending plans on Monday")
    assert "The vote could be held as early as Thursday, Speaker Ilse Marek said." in article.text
    for furniture in ("Advertisement", "WATCH:", "Most read", "About us", "Home"):
        assert furniture not in article.text


def test_outlet_falls_back_to_the_domain():
    html = (
        '<html><head><link rel="canonical" href="https://www.portnews.example/a/b"></head>'
        "<body><article><p>Dockers in Kirov walked out on Monday after talks collapsed.</p></article></body></html>"
    )
    raw = parse_html_article(html, origin="a.html")
    assert raw.source == "portnews.example"
    assert raw.text == "Dockers in Kirov walked out on Monday after talks collapsed."


def test_page_without_main_text_is_an_error():
    items = list(read_file(str(FIXTURES / "bad" / "empty-shell.html")))
    assert len(items) == 1 and isinstance(items[0], IngestError)
    assert str(items[0]).endswith("empty-shell.html: no article text found in the HTML page (no body or main text)")


def test_markup_that_is_not_a_page():
    with pytest.raises(ReadError):
        parse_html_article("<html><body></body></html>", origin="a.html")


@pytest.mark.parametrize(
    "fragment, expected",
    [
        ("<p>The <strong>Aurora</strong> was towed.</p><p>Repairs take six weeks.</p>", "The Aurora was towed.\n\nRepairs take six weeks."),
        ("Line one<br>Line two", "Line one\n\nLine two"),
        ("Talks &amp; votes<script>alert(1)</script> resume", "Talks & votes resume"),
        ("Plain text, no markup.", "Plain text, no markup."),
        ("", ""),
    ],
)
def test_html_fragment_to_text(fragment, expected):
    assert html_fragment_to_text(fragment) == expected


# --- hover cards inside running text (dateline.ingest.html_cards)

_CARD_PAGE = (
    "<html><head><title>Port strike</title></head><body><article>"
    "<h1>Dockers strike in Kirov</h1>"
    "<p>Harbour Minister <span class=\"people-rollover\"><a class=\"people-rollover-name\" href=\"/p/ana-ruiz\">Ana Ruiz</a>"
    "<span class=\"people-rollover-card\"><span class=\"rollover-inner\"><img src=\"/ruiz.jpg\" alt=\"\">"
    "<a class=\"name\" href=\"/p/ana-ruiz\">Ana Maria Ruiz</a>"
    "<a href=\"/s/1\">Ruiz promises a second pier for Kirov</a> <a href=\"/s/2\">Ferry fares frozen for a year</a> "
    "<a class=\"more\" href=\"/p/ana-ruiz\">MORE</a></span></span></span> (Lab) said on Monday that the strike "
    "at the container terminal would cost the port two million a day.</p>"
    "<p>Union leader Tomas Bell said the dockers would stay out until the talks on pay resumed.</p>"
    "<p>The terminal handles a third of the country's imports, and ships were already queuing off the "
    "breakwater on Monday evening, harbour officials said.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize("extractor", ["trafilatura", "builtin"])
def test_a_hover_card_inside_a_paragraph_leaves_only_the_name(extractor, monkeypatch):
    import dateline.ingest.html as html_module

    if extractor == "builtin":  # as when trafilatura cannot be imported
        monkeypatch.setattr(html_module, "_trafilatura", lambda: None)
    text = parse_html_article(_CARD_PAGE, origin="a.html").text
    assert "Harbour Minister Ana Ruiz (Lab) said on Monday that the strike at the container" in text
    for card in ("Ana Maria Ruiz", "second pier", "MORE"):
        assert card not in text


def _cards(html: str) -> list[str]:
    import lxml.html

    from dateline.ingest.html_cards import inline_cards

    return [" ".join(c.text_content().split()) for c in inline_cards(lxml.html.fromstring(html))]


@pytest.mark.parametrize(
    "html, expected",
    [
        # a tooltip span inside the link that opens it: the link (the name) stays
        ('<div><p>Senator <a class="tooltip" href="/p/bell">Tom Bell<span class="tooltiptext">'
         '<a href="/s/3">Bell backs ferry bill</a></span></a> voted no.</p></div>', ["Bell backs ferry bill"]),
        # a tooltip with no link or image is a trigger (its text is in a title), not a card
        ('<div><p>The <span class="tooltip" title="Kirov Port Authority">KPA</span> agreed.</p></div>', []),
        # colour classes that merely mention hover are no cards
        ('<div><p>Read <a class="hover-blue" href="/x">the ruling</a> <span class="theme__text-hover">'
         '<a href="/y">here</a></span>.</p></div>', []),
        # a pop-up outside running text is the page's furniture, left to the extractor
        ('<div><div class="popover"><a href="/a">Personal finance</a></div><p>Rates rose.</p></div>', []),
    ],
)
def test_inline_cards_are_the_innermost_card_elements_inside_paragraphs(html, expected):
    assert _cards(html) == expected
