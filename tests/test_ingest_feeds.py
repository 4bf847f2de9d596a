from pathlib import Path

import pytest

from dateline.clean import clean
from dateline.ingest import read_file
from dateline.ingest.feeds import looks_like_feed
from dateline.models import RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "feeds"


def test_rss_feed():
    path = FIXTURES / "coastline-wire.rss"
    items = list(read_file(str(path)))
    assert [type(i).__name__ for i in items] == ["RawArticle", "RawArticle", "RawArticle", "IngestError"]
    html_item, encoded, no_link, no_text = items
    assert html_item.origin == "https://coastlinewire.example/ports/aurora-towed"
    assert (html_item.title, html_item.published, html_item.published_from, html_item.source) == (
        "Aurora ferry towed to Kirov dry dock", "2021-06-29", "feed", "Coastline Wire - Ports",
    )
    assert html_item.text.startswith("The damaged ferry Aurora was towed to a dry dock in Kirov on Tuesday.\n\nBlue Strait Lines")
    assert html_item.metadata["author"] == "Tom Ray" and html_item.metadata["tags"] == ["Ferries"]
    assert html_item.format == "feed"
    # content:encoded wins over the description; the date stays the day as written (-05:00)
    assert encoded.text.startswith("VELDA, June 29 (Coastline Wire) - Veldoria's opposition")
    assert encoded.published == "2021-06-29"
    assert no_link.origin == f"{path}#3" and no_link.url is None
    assert str(no_text) == f"{path}#4: feed item has no text (no content, summary or description)"
    article = clean(html_item)
    assert [r.reason for r in article.removed] == ["read-more"]


def test_atom_feed():
    path = FIXTURES / "harbour-gazette.atom"
    first, second = read_file(str(path))
    assert isinstance(first, RawArticle) and isinstance(second, RawArticle)
    assert (first.title, first.published, first.source, first.url) == (
        "Budget passes after month-long stand-off", "2021-07-01", "Harbour Gazette",
        "https://harbourgazette.example/politics/budget-passes",
    )
    assert first.text == (
        "VELDA — Veldoria's parliament passed the 2022 budget on Thursday by 71 votes to 52.\n\n"
        'President Anna Ostrova called the vote "a good day for the ports".'
    )
    assert second.published == "2021-07-02"  # only <updated>
    assert second.text.startswith("The Kirov Dockworkers' Union elected Pavel Orlic")


def test_feed_without_known_extension_is_sniffed(tmp_path):
    path = tmp_path / "wire-feed"
    path.write_bytes((FIXTURES / "coastline-wire.rss").read_bytes())
    assert sum(isinstance(i, RawArticle) for i in read_file(str(path), explicit=False)) == 3


def test_xml_that_is_not_a_feed(tmp_path):
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>', encoding="utf-8")
    [error] = read_file(str(path))
    assert str(error) == f"{path}: .xml file is not an RSS or Atom feed"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', True),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', True),
        (b"<html><body><p>Feed the dockers</p></body></html>", False),
        (b"Dockers walked out.", False),
    ],
)
def test_looks_like_feed(data, expected):
    assert looks_like_feed(data) is expected
