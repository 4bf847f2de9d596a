"""Themes over hand-written stories (fictional places, people and firms): stories of one kind
join one theme whatever their names; stories of different kinds do not."""

from __future__ import annotations

from dateline.link.stories import StoryDoc, StoryLinker
from dateline.link.stories.themes import form_themes, kind_terms, theme_of_story

QUAKE_NORTH = [
    "A magnitude 6.4 earthquake struck near Vellisk before dawn, collapsing houses and killing at least 12 people.",
    "Rescuers in Vellisk dug through rubble after the earthquake, as aftershocks of magnitude 4 shook the damaged town.",
    "The death toll from the Vellisk earthquake rose to 20; survivors slept outside fearing more aftershocks.",
]
QUAKE_SOUTH = [
    "A strong earthquake of magnitude 5.9 hit the coast near Porto Davra, damaging a hospital and a school.",
    "Aftershocks rattled Porto Davra a day after the earthquake; rescuers searched collapsed houses for survivors.",
    "Porto Davra counted its dead as the earthquake toll reached nine and rubble blocked the coast road.",
]
MERGER = [
    "Halvern Foods agreed to buy the dairy group Oskel for 2.1 billion euros, the companies said in a statement.",
    "Shareholders of Oskel backed the merger with Halvern Foods, which regulators must still approve.",
    "Halvern Foods said the Oskel deal would cut costs by 90 million euros a year within three years.",
]
ELECTION = [
    "Voters in Marrow County elect a new council on Sunday after a campaign dominated by housing.",
    "Mayor Ilse Varga conceded defeat as the Green list won most seats on the Marrow County council.",
]


def _docs(texts: list[str], *, prefix: str, date: str, names: tuple[str, ...], places: tuple[str, ...]) -> list[StoryDoc]:
    return [StoryDoc(article_id=f"{prefix}{n}", title=text.split(",")[0][:70], text=text, published=date,
                     source=f"Outlet {n}", entity_names=names, place_names=places)
            for n, text in enumerate(texts)]


def corpus() -> list[StoryDoc]:
    return (
        _docs(QUAKE_NORTH, prefix="n", date="2022-03-04", names=(), places=("Vellisk", "Kaltland"))
        + _docs(QUAKE_SOUTH, prefix="s", date="2023-10-19", names=(), places=("Porto Davra", "Meridia"))
        + _docs(MERGER, prefix="m", date="2023-10-20", names=("Halvern Foods", "Oskel"), places=())
        + _docs(ELECTION, prefix="e", date="2022-03-06", names=("Ilse Varga",), places=("Marrow County",))
    )


def _themes(docs: list[StoryDoc]):
    linker = StoryLinker()
    rows = linker.link(docs)
    stories = {r.article_id: r.story_id for r in rows}
    themes = form_themes(linker.state.stories())
    of_story = theme_of_story(themes)
    return stories, {article: of_story[story] for article, story in stories.items()}, themes


def test_two_earthquakes_are_two_stories_of_one_theme():
    stories, themes, _ = _themes(corpus())
    assert stories["n0"] != stories["s0"]  # two subjects: different towns, different days
    assert themes["n0"] == themes["n2"] == themes["s0"] == themes["s2"]


def test_an_earthquake_and_a_merger_do_not_share_a_theme():
    _, themes, _ = _themes(corpus())
    assert themes["n0"] != themes["m0"]
    assert themes["m0"] != themes["e0"] != themes["s0"]


def test_a_theme_is_titled_by_its_kind_not_its_names():
    _, themes, groups = _themes(corpus())
    quake = next(t for t in groups if themes["n0"] == t.id)
    assert "earthquake" in quake.terms[:5]
    assert not {"vellisk", "porto", "davra", "kaltland"} & set(quake.terms)


def test_kind_terms_leave_out_a_storys_names():
    linker = StoryLinker()
    linker.link(_docs(MERGER, prefix="m", date="2023-10-20", names=("Halvern Foods", "Oskel"), places=()))
    (story,) = linker.state.stories()
    terms = kind_terms(story)
    assert "merger" in terms and "halvern" not in terms and "oskel" not in terms


def test_same_stories_same_themes_in_any_order():
    linker = StoryLinker()
    linker.link(corpus())
    rows = linker.state.stories()
    assert form_themes(rows) == form_themes(list(reversed(rows)))


def _article(doc: StoryDoc):
    from dateline.models import Article

    return Article(id=doc.article_id, origin=f"{doc.article_id}.txt", title=doc.title, text=doc.text,
                   published=doc.published, published_from="metadata", source=doc.source, url=None,
                   dateline_place=None, language="en", removed=[], word_count=len(doc.text.split()))


def test_themes_are_stored_and_each_story_names_its_theme(tmp_path):
    from dateline.components import DEFAULT
    from dateline.link.registry import LinkBatch
    from dateline.link.stories.component import link_stories
    from dateline.store import BACKENDS

    docs = corpus()
    with BACKENDS["sqlite"](tmp_path / "themes.db", tables=DEFAULT.table_specs) as store:
        store.save_analysed([_article(d) for d in docs], [], tables={}, analysed_with="test")
        first = [d.article_id for d in docs if d.article_id[0] in "nm"]
        link_stories(store, LinkBatch(frozenset(first)))
        link_stories(store, LinkBatch(frozenset(d.article_id for d in docs) - set(first)))
        themes = list(store.rows("themes"))
        stories = list(store.rows("stories"))
        assert {s for t in themes for s in t["story_ids"]} == {s["id"] for s in stories}
        of_story = {s: t["id"] for t in themes for s in t["story_ids"]}
        assert all(s["theme_id"] == of_story[s["id"]] for s in stories)
        assert sorted(a for t in themes for a in t["article_ids"]) == sorted(d.article_id for d in docs)
        by_article = {a: t["id"] for t in themes for a in t["article_ids"]}
        assert by_article["n0"] == by_article["s1"] != by_article["m0"]  # stored articles name nothing here
        link_stories(store, LinkBatch())  # nothing new: nothing changes
        assert list(store.rows("themes")) == themes


def test_stories_of_one_theme_are_listed_under_it():
    from dateline.models import Story, Theme
    from dateline.present.stories import format_stories

    stories = [Story("s1", "Quake hits Vellisk", ["n0"], "2022-03-04", None, ["Outlet 0"], theme_id="t1"),
               Story("s2", "Halvern Foods buys Oskel", ["m0"], "2023-10-20", None, ["Outlet 0"], theme_id="t2"),
               Story("s3", "Quake hits Porto Davra", ["s0"], "2023-10-19", None, ["Outlet 1"], theme_id="t1")]
    themes = [Theme("t1", "earthquake magnitude aftershocks", ["s1", "s3"], ["n0", "s0"]),
              Theme("t2", "merger deal shareholders", ["s2"], ["m0"])]
    text = format_stories(stories, themes=themes)
    lines = text.splitlines()
    assert lines[0] == "theme t1  earthquake magnitude aftershocks (2 stories)"
    assert text.index("s3  Quake hits Porto Davra") < text.index("s2  Halvern Foods")  # together under t1
    assert "    theme: merger deal shareholders" in lines
