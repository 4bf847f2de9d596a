"""Page titles: the site's name taken off the headline, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.clean import clean
from dateline.headline import without_site_name
from dateline.models import RawArticle


@pytest.mark.parametrize("title, source, url, headline", [
    ("Harbour cranes idle as Brellin dockers strike - Coast Courier", "Coast Courier", None,
     "Harbour cranes idle as Brellin dockers strike"),
    ("Lake states agree on water rights | The Vessa Times", "Vessa Times", None, "Lake states agree on water rights"),
    ("Karsk ash grounds flights at Orun airport – orunpost.com", None, None, "Karsk ash grounds flights at Orun airport"),
    ("Rail strike spreads across Ostmark - RailNews", None, "https://www.railnews.example/a/1",
     "Rail strike spreads across Ostmark"),
    ("Minister resigns over port deal | Harbour Daily | Breaking news", "Harbour Daily | Breaking news", None,
     "Minister resigns over port deal | Harbour Daily"),
    # a section label, a headline's own last clause, or a short head: left as they are
    ("The Courier view on the strike: a port on the brink | Editorial", "The Courier", None,
     "The Courier view on the strike: a port on the brink | Editorial"),
    ("Take C.A.R.E. - Brisk Media at the Vessa fair 2018", "blog.briskmedia.example", None,
     "Take C.A.R.E. - Brisk Media at the Vessa fair 2018"),
    ("Strike - Coast Courier", "Coast Courier", None, "Strike - Coast Courier"),
    ("Brellin strike enters day two - Tova Raske speaks", "Coast Courier", None,
     "Brellin strike enters day two - Tova Raske speaks"),
])
def test_site_name_taken_off_the_headline(title, source, url, headline):
    assert without_site_name(title, source, url)[0] == headline


def test_cleaning_keeps_the_tail_in_metadata_and_the_headline_in_the_title():
    raw = RawArticle(origin="page.html", text="Dock workers in Brellin walked out on Monday over pay.\n\nCranes stood idle.",
                     title="Brellin dockers strike over pay - Coast Courier", source="Coast Courier", format="html")
    article = clean(raw)
    assert article.title == "Brellin dockers strike over pay"
    assert article.metadata["title_site_name"] == "Coast Courier"


@given(st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20)))
def test_the_headline_is_the_title_or_a_prefix_of_it(title, source):
    headline, tail = without_site_name(title, source)
    if tail is None:
        assert headline == title
    else:
        assert title.startswith(headline) and title.rstrip().endswith(tail) and len(headline.split()) >= 2


@pytest.mark.parametrize("source, outlet", [
    ("Coast Courier | The lake states' favourite news site", "Coast Courier"),
    ("Autoracing | F1 | Indy | MotoGP", "Autoracing"),
    ("The Vessa Times – vessatimes.example", "The Vessa Times"),
    ("Business Insider Deutschland", "Business Insider Deutschland"),
    ("Vessa-Orun Post", "Vessa-Orun Post"),  # a hyphen joins a name, it separates nothing
    ("AP | Wire", "AP | Wire"),  # too short a first part to be the name alone
    (None, None),
])
def test_outlet_name_from_a_site_name_with_a_tagline(source, outlet):
    from dateline.headline import outlet_name

    assert outlet_name(source) == outlet


def test_cleaning_keeps_the_site_name_as_given_in_metadata():
    raw = RawArticle(origin="page.html", text="Dock workers in Brellin walked out on Monday over pay.",
                     title="Brellin dockers strike", source="Coast Courier | News of the lake states", format="html")
    article = clean(raw)
    assert article.source == "Coast Courier" and article.metadata["site_name"] == "Coast Courier | News of the lake states"
