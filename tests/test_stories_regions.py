"""Regions of resolved places as story features: two reports from towns of one state share
its region ("USA/California") though they name no town in common, and one town name in two
countries ("Paris" in Texas and in France) no longer looks like one place."""

from __future__ import annotations

import re

import pytest
import spacy

from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.places import extract_places
from dateline.link.stories import StoryDoc, StoryLinker
from dateline.link.stories.adapter import regions, story_doc
from dateline.link.stories.features import name_terms
from dateline.models import Article, EntityMention, Place


def _place(text: str, country: str | None, admin1: str | None, *, start: int = 0, field: str = "text") -> Place:
    return Place(article_id="a", text=text, name=text, country=country, admin1=admin1, lat=None, lon=None,
                 geonameid=None, start=start, end=start + len(text), field=field)


def _mention(text: str, body: str, kind: str = "GPE", *, caption: bool = False) -> EntityMention:
    start = re.search(rf"\b{re.escape(text)}\b", body).start()
    return EntityMention(article_id="a", text=text, type=kind, start=start, end=start + len(text), name=text,
                         in_caption=caption)


def _places(nlp, text: str, tagged: tuple[str, ...]) -> tuple[Article, list[EntityMention], list[Place]]:
    article = Article.from_text(text)
    parsed = ParsedArticle(article=article, doc=nlp(text), title_doc=None)
    entities = [_mention(name, text) for name in tagged]
    return article, entities, extract_places(parsed, entities=entities)


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


def test_regions_are_first_level_regions_of_resolved_places():
    places = [_place("Redding", "USA", "California"), _place("California", "USA", "California", start=20),
              _place("Chico", "USA", "California", start=40), _place("Mexico", "MEX", None, start=60),
              _place("Brellin", None, None, start=80)]
    # one per region; a country alone, or a place left unresolved, adds none
    assert regions(places) == ("USA/California",)


def test_same_town_name_in_two_countries_has_two_regions(blank):
    _, _, texas = _places(blank, "Storms cut power to thousands of homes in Paris, Texas, on Monday.", ())
    _, _, france = _places(blank, "Storms cut power to thousands of homes in Paris on Monday as the Seine rose.", ())
    assert regions(texas) == ("USA/Texas",)
    assert regions(france) == ("FRA/Île-de-France",)


def test_story_doc_takes_regions_but_not_from_captions():
    text = "Crews fought the fire near Redding overnight. Photo: smoke over Reno."
    entities = [_mention("Redding", text), _mention("Reno", text, caption=True)]
    places = [_place("Redding", "USA", "California", start=text.index("Redding")),
              _place("Reno", "USA", "Nevada", start=text.index("Reno"))]
    doc = story_doc(Article.from_text(text), entities=entities, places=places)
    assert doc.regions == ("USA/California",)
    assert doc.place_names == ("Redding",)
    assert name_terms(doc)["r:usa/california"] == 1


# unrelated reports of the same days, so that document frequencies mean something
BACKGROUND = [
    ("Central bank raises rates", "The central bank raised its main interest rate by a quarter point on Thursday, "
     "citing stubborn inflation in services and rents."),
    ("Striker joins rival club", "The striker signed a four-year contract with the rival club on Friday after a "
     "record transfer fee was agreed."),
    ("Airline cancels flights", "The airline cancelled two hundred flights on Monday as cabin crew walked out over "
     "pay and rosters."),
    ("Museum reopens", "The national museum reopened its west wing on Saturday after a two-year renovation of the "
     "galleries."),
    ("Vaccine approved", "Regulators approved a new vaccine for older adults on Wednesday after trials showed strong "
     "protection."),
    ("Election turnout", "Turnout in the regional election fell to a record low on Sunday, officials said, as voters "
     "stayed home."),
    ("Bridge closed", "The old bridge was closed to lorries on Monday after engineers found cracks in two of its piers."),
    ("Floods hit farms", "Floodwater covered farms across the valley on Monday and officials said the river would rise "
     "again."),
    ("Orchestra tours", "The orchestra began a tour of five countries on Monday with a concert of new works by young "
     "composers."),
]
WILDFIRE = [
    ("Wildfire forces evacuations near Redding", "A fast-moving wildfire forced thousands of residents near Redding "
     "to flee on Tuesday as firefighters battled flames fanned by strong winds.", "Redding", "California"),
    ("Blaze reaches Anderson", "Crews in Anderson cut firebreaks overnight as the wildfire jumped a highway, forced "
     "residents to flee and burned dozens of houses, officials said on Wednesday.", "Anderson", "California"),
]
TWO_PARISES = [
    ("Council approves budget", "The city council of Paris approved a new budget on Monday, with more money for road "
     "repairs, a second fire station and raises for police officers, after a long hearing in which residents asked "
     "for lower property taxes.", "Paris", "Texas"),
    ("Fashion week opens", "Designers showed their spring collections in Paris on Monday as fashion week opened with "
     "a parade of new labels, while buyers from department stores in Asia and America crowded the front rows of the "
     "shows.", "Paris", "Île-de-France"),
]


def _same_story(reports, *, with_regions: bool, dates: tuple[str, str] = ("2023-08-15", "2023-08-15")) -> bool:
    """Whether the two reports land in one story, among the background reports."""
    docs = [StoryDoc(f"b{n}", title, text, published=f"2023-08-1{n}", source="Wire")
            for n, (title, text) in enumerate(BACKGROUND)]
    for n, (title, text, town, region) in enumerate(reports):
        country = "FRA" if region == "Île-de-France" else "USA"
        docs.append(StoryDoc(f"r{n}", title, text, published=dates[n], source=f"Outlet {n}", place_names=(town,),
                             regions=(f"{country}/{region}",) if with_regions else ()))
    story = {row.article_id: row.story_id for row in StoryLinker().link(docs)}
    return story["r0"] == story["r1"]


def test_reports_from_two_towns_of_one_state_join():
    # the fire near Redding and the fire at Anderson, a few miles on: no town in common, few
    # words in common; the state they share is what tells they are one story
    assert _same_story(WILDFIRE, with_regions=True)
    assert not _same_story(WILDFIRE, with_regions=False)


def test_one_town_name_in_two_countries_stays_apart():
    # Paris, Texas's budget and the Paris fashion week: the name alone had joined them
    assert not _same_story(TWO_PARISES, with_regions=True)
    assert _same_story(TWO_PARISES, with_regions=False)


def test_a_region_alone_joins_reports_of_days_apart_not_years():
    # the same two reports a few days apart are one wildfire; years apart, two fires of one
    # state (or a state's school results and a hockey round-up) share the region only
    assert _same_story(WILDFIRE, with_regions=True, dates=("2023-08-15", "2023-08-19"))
    assert not _same_story(WILDFIRE, with_regions=True, dates=("2020-08-15", "2023-08-15"))
