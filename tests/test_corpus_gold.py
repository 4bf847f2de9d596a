"""The sample corpus gold (examples/corpus/gold.json) agrees with the article files it describes.

Reads the raw files with the standard library only, never with dateline's readers: the gold is the
yardstick other tests measure those readers against.
"""

from __future__ import annotations

import html
import json
import re
import typing
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from conftest import CORPUS
from dateline.models import EventMode
GOLD_PATH = CORPUS / "gold.json"
ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT_ENCODED = "{http://purl.org/rss/1.0/modules/content/}encoded"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# TIMEX3-style values used by the gold: dates, months, years, weeks, seasons, parts of day, times, durations.
TIMEX_VALUE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{2}(-WE)?|-(SP|SU|FA|WI))?"
    r"|P(\d+(\.\d+)?[YMWD])+|PT(\d+(\.\d+)?[HMS])+)$"
)
# PLOVER categories as dateline reports them (PLOVER 0.5 names where the 2021 table merged them)
EVENT_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "DEMAND", "DISAPPROVE",
    "ACCUSE", "INVESTIGATE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
}
EVENT_MODES = set(typing.get_args(EventMode))
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json", ".rss": "rss", ".atom": "atom"}


def _gold() -> dict:
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


GOLD = _gold()
ARTICLES = GOLD["articles"]


def _article_id(article: dict) -> str:
    return f'{article["file"]}#{article["item"]}' if article["item"] else article["file"]


def _feed_nodes(raw: str) -> tuple[list[ET.Element], str]:
    root = ET.fromstring(raw)
    if root.tag == "rss":
        return root.find("channel").findall("item"), "rss"
    return root.findall(f"{ATOM}entry"), "atom"


def _items_in(path: Path) -> int | None:
    """How many articles a multi-article file holds (None for one-article files)."""
    raw = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return len([line for line in raw.splitlines() if line.strip()])
    if suffix == ".json":
        data = json.loads(raw)
        return len(data) if isinstance(data, list) else None
    if suffix in (".rss", ".atom", ".xml"):
        return len(_feed_nodes(raw)[0])
    return None


def raw_article(path: Path, item: int | None) -> tuple[str, str]:
    """(title, text) of one article as its file gives it; HTML pages are unescaped but not stripped."""
    raw = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return raw, raw
    if suffix in (".html", ".htm"):
        page = html.unescape(raw)
        return page, page
    if suffix == ".jsonl":
        record = json.loads(raw.splitlines()[item - 1])
        return record.get("title") or "", record["text"]
    if suffix == ".json":
        data = json.loads(raw)
        record = data[item - 1] if isinstance(data, list) else data
        return record.get("title") or "", record["text"]
    nodes, kind = _feed_nodes(raw)
    node = nodes[item - 1]
    if kind == "rss":
        return node.findtext("title"), node.findtext(CONTENT_ENCODED) or node.findtext("description")
    return node.findtext(f"{ATOM}title"), node.findtext(f"{ATOM}content") or node.findtext(f"{ATOM}summary")


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_file_and_item_exist(article):
    path = CORPUS / article["file"]
    assert path.is_file()
    count = _items_in(path)
    if count is None:
        assert article["item"] is None
    else:
        assert 1 <= article["item"] <= count


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_gold_strings_are_exact_substrings_of_the_article(article):
    title, text = raw_article(CORPUS / article["file"], article["item"])
    assert article["title"] in title
    both = title + "\n" + text
    for quote in article["quotes"]:
        where = title if quote.get("field") == "title" else text
        assert quote["text"] in where, quote
        assert quote["text"].strip() == quote["text"] and quote["text"]
        if quote["speaker_mention"]:
            assert quote["speaker_mention"] in both, quote
    for group in ("timexes", "amounts"):
        for found in article[group]:
            assert found["text"] in both, found
    for line in article["removed"]:
        assert line in text, line
    for number in article.get("non_amounts", []):
        assert number in both, number
    for entity in article["entities"]:
        assert entity["mention"] in both, entity


@pytest.mark.parametrize("article", [a for a in ARTICLES if FORMATS[Path(a["file"]).suffix] == "html"], ids=_article_id)
def test_html_gold_strings_do_not_cross_markup(article):
    """A gold string in an HTML page must be plain text inside one element, so cleaned text can hold it."""
    raw = (CORPUS / article["file"]).read_text(encoding="utf-8")
    strings = [q["text"] for q in article["quotes"]] + [t["text"] for t in article["timexes"]]
    strings += [a["text"] for a in article["amounts"]] + article["removed"]
    for string in strings:
        assert string in raw, string


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_article_fields_are_well_formed(article):
    assert article["story"] in GOLD["stories"]
    assert article["happening"] in GOLD["stories"][article["story"]]["happenings"]
    for key in ("published", "published_inferred"):
        assert article[key] is None or ISO_DATE.match(article[key])
    if article["published"] is not None:
        assert article["published_inferred"] is None
    canonical = {entity["name"] for entity in GOLD["entities"]}
    for quote in article["quotes"]:
        assert quote["kind"] in ("direct", "indirect", "fragment")
        assert quote["speaker"] is None or quote["speaker"] in canonical, quote
    for timex in article["timexes"]:
        assert timex["value"] is None or TIMEX_VALUE.match(timex["value"]), timex
    for amount in article["amounts"]:
        assert amount["unit"] and (amount["value"] is None or amount["value"] >= 0), amount
    for entity in article["entities"]:
        assert entity["name"] in canonical, entity


def test_every_article_in_the_corpus_has_gold():
    described = {(a["file"], a["item"]) for a in ARTICLES}
    assert len(described) == len(ARTICLES), "an article is described twice"
    for path in sorted(CORPUS.rglob("*")):
        if not path.is_file() or path.name in ("gold.json", "README.md"):
            continue
        rel = path.relative_to(CORPUS).as_posix()
        count = _items_in(path)
        items = [None] if count is None else range(1, count + 1)
        for item in items:
            assert (rel, item) in described, (rel, item)


def test_corpus_size_outlets_and_formats():
    assert len(ARTICLES) >= 40
    outlets = {a["source"] for a in ARTICLES if a["source"]}
    assert len(outlets) >= 6, outlets
    formats = {FORMATS[Path(a["file"]).suffix] for a in ARTICLES}
    assert formats == {"txt", "html", "jsonl", "json", "rss", "atom"}


def test_stories_have_distinct_happenings_each_reported_by_two_outlets():
    assert len(GOLD["stories"]) >= 4
    per_happening = Counter(a["happening"] for a in ARTICLES)
    for story_id, story in GOLD["stories"].items():
        assert len(story["happenings"]) >= 2, story_id
        dates = sorted(h["date"] for h in story["happenings"].values())
        assert len(set(dates)) == len(dates)
        for happening_id, happening in story["happenings"].items():
            assert ISO_DATE.match(happening["date"])
            assert per_happening[happening_id] >= 2, happening_id
            sources = {a["source"] or a["file"] for a in ARTICLES if a["happening"] == happening_id}
            assert len(sources) >= 2, happening_id


def test_undated_articles_with_and_without_evidence():
    undated = [a for a in ARTICLES if a["published"] is None]
    assert sum(1 for a in undated if a["published_inferred"]) >= 3
    assert sum(1 for a in undated if not a["published_inferred"]) >= 2


def test_duplicates_repeat_the_same_article():
    duplicates = [a for a in ARTICLES if a.get("duplicate_of")]
    assert duplicates
    by_key = {(a["file"], a["item"]): a for a in ARTICLES}
    for copy in duplicates:
        original = by_key[(copy["duplicate_of"]["file"], copy["duplicate_of"]["item"])]
        assert copy["file"] != original["file"]
        _, copy_text = raw_article(CORPUS / copy["file"], copy["item"])
        _, original_text = raw_article(CORPUS / original["file"], original["item"])

        def paragraphs(text: str) -> list[str]:
            return [p.strip() for p in re.split(r"</?p>|\n\n", text) if p.strip()]

        assert paragraphs(copy_text) == paragraphs(original_text)
        for key in ("title", "quotes", "timexes", "amounts", "story", "happening", "events", "non_events"):
            assert copy[key] == original[key], key


def test_figures_and_entities_are_consistent():
    for figure in GOLD["figures"]:
        assert figure["story"] in GOLD["stories"]
        assert len(figure["by_source"]) >= 2
        assert len(set(figure["by_source"].values())) >= 2, "a figure in conflict has differing values"
    names = [entity["name"] for entity in GOLD["entities"]]
    assert len(names) == len(set(names))
    people = [entity for entity in GOLD["entities"] if entity["type"] == "PERSON"]
    assert any(len(entity["aliases"]) >= 5 for entity in people), "spelling variants are listed"


@pytest.mark.parametrize("article", ARTICLES, ids=_article_id)
def test_event_gold_is_well_formed(article):
    """Every article codes its events (issue 17): an exact substring of the body (inside one HTML
    element), a known category and mode, actors named as written or null."""
    title, text = raw_article(CORPUS / article["file"], article["item"])
    raw = (CORPUS / article["file"]).read_text(encoding="utf-8")
    assert isinstance(article["events"], list) and isinstance(article["non_events"], list)
    for event in article["events"]:
        assert set(event) <= {"sentence", "category", "mode", "source", "target",
                              "source_sector", "target_sector", "cameo"}, event
        sentence = event["sentence"]
        assert sentence and sentence.strip() == sentence and sentence in text, event
        assert FORMATS[Path(article["file"]).suffix] != "html" or sentence in raw, event
        assert event["category"] in EVENT_CATEGORIES, event
        assert event["mode"] in EVENT_MODES, event
        for side in ("source", "target"):
            assert event[side] is None or (isinstance(event[side], str) and event[side] in text), event
    for sentence in article["non_events"]:
        assert sentence and sentence.strip() == sentence and sentence in text, sentence
        assert FORMATS[Path(article["file"]).suffix] != "html" or sentence in raw, sentence


def test_event_gold_covers_the_corpus():
    events = [event for article in ARTICLES for event in article["events"]]
    assert len(events) >= 100
    assert len({event["category"] for event in events}) >= 12
    assert sum(len(article["non_events"]) for article in ARTICLES) >= 30
