"""A small story's happenings formed anew over all its articles when a batch touches it
(link.stories.reform): online arrival gives the one-batch happenings, ids carry over, and a
story past the size limit is never read whole."""

from __future__ import annotations

import random

from dateline.evaluate.clustering import adjusted_rand
from dateline.link.stories import LinkerSettings, StoryDoc, StoryLinker

# one town, two fires: a story of two happenings that share the town and the kind of thing
CHAPEL = [
    "Fire gutted the wooden chapel of St Brede in Tarvik overnight, and pastor Orla Venn said the "
    "congregation would rebuild.",
    "Investigators in Tarvik said the St Brede chapel fire was set deliberately, pastor Orla Venn told "
    "worshippers gathered outside.",
    "The congregation of St Brede met in a school hall in Tarvik on Sunday after the fire that destroyed "
    "their chapel, pastor Orla Venn said.",
    "Police questioned a man over the arson at the St Brede chapel in Tarvik; pastor Orla Venn thanked "
    "firefighters.",
]
GRAIN = [
    "A blaze destroyed the grain store of the Holt farm outside Tarvik, and owner Kasimir Holt said a "
    "season's harvest was lost.",
    "Firefighters fought for nine hours to contain the fire at Kasimir Holt's grain store near Tarvik as "
    "silos collapsed.",
    "Kasimir Holt said faulty wiring in a dryer started the fire that burnt his grain store and two silos "
    "near Tarvik.",
    "Farmers near Tarvik offered barley to Kasimir Holt after fire wiped out the grain in his store.",
]


def _docs() -> list[StoryDoc]:
    """Undated reports (no publication date keeps the fires apart): each names its own person."""
    docs = []
    for prefix, texts, person in (("c", CHAPEL, "Orla Venn"), ("g", GRAIN, "Kasimir Holt")):
        for n, text in enumerate(texts):
            docs.append(StoryDoc(f"{prefix}{n}", text.split(",")[0][:60], text, source=f"Outlet {n}",
                                 entity_names=(person,), place_names=("Tarvik",)))
    return docs


class _Documents:
    """The linked articles' StoryDocs, counting which ones the linker asked for."""

    def __init__(self, docs: list[StoryDoc]):
        self.known = {d.article_id: d for d in docs}
        self.asked: list[str] = []

    def __call__(self, ids):
        ids = list(ids)
        self.asked.extend(ids)
        return {a: self.known[a] for a in ids if a in self.known}


def _online(docs, *, batch: int, settings=None, documents=None):
    linker = StoryLinker(settings=settings, documents=documents)
    rows = {}
    for start in range(0, len(docs), batch):
        rows.update({r.article_id: r for r in linker.link(docs[start : start + batch])})
    return linker, rows


def _happenings(rows) -> dict[str, str]:
    return {a: r.happening_id for a, r in rows.items()}


def test_online_arrival_gives_the_one_batch_happenings():
    docs = _docs()
    whole = _happenings({r.article_id: r for r in StoryLinker().link(docs)})
    assert len(set(whole.values())) == 2 and len({r.story_id for r in StoryLinker().link(docs)}) == 1
    reformed, grown = [], []
    for seed in range(6):
        order = list(docs)
        random.Random(seed).shuffle(order)
        reformed.append(adjusted_rand(_happenings(_online(order, batch=2, documents=_Documents(docs))[1]), whole))
        grown.append(adjusted_rand(_happenings(_online(order, batch=2)[1]), whole))
    assert reformed == [1.0] * 6
    # without the old articles, a first pair of one chapel and one grain report joins for good
    assert min(grown) < 1.0


def test_happening_ids_carry_over_and_only_moved_articles_are_returned():
    docs = _docs()
    documents = _Documents(docs)
    linker, first = _online([d for d in docs if d.article_id not in ("c3", "g3")], batch=10, documents=documents)
    rows = linker.link([d for d in docs if d.article_id == "c3"])
    assert [r.article_id for r in rows] == ["c3"]  # nothing else moved
    assert rows[0].happening_id == first["c0"].happening_id
    assert set(documents.asked) == set(first)  # the story's old articles were read
    assert linker.link([d for d in docs if d.article_id == "c3"]) == []  # linked already


def test_an_early_mistake_is_undone_and_the_moved_article_returned():
    docs = _docs()
    by_id = {d.article_id: d for d in docs}
    documents = _Documents(docs)
    order = [by_id[a] for a in ("c0", "g1", "c1", "c2", "c3", "g0", "g2", "g3")]
    linker, rows = _online(order[:2], batch=2, documents=documents)
    assert rows["c0"].happening_id == rows["g1"].happening_id  # two lone reports join
    later = {r.article_id: r for r in linker.link(order[2:])}
    assert "g1" in later and "c0" not in later  # the moved article is returned, the other stays
    members = linker.state.members
    assert members["g1"].happening_id != members["c0"].happening_id == rows["c0"].happening_id
    assert members["g1"].happening_id == members["g0"].happening_id
    happenings = {c.id for c in linker.state.happenings()}
    assert {m.happening_id for m in members.values()} == happenings  # no id left empty
    for happening in linker.state.happenings():
        assert happening.size == len(linker.state.member_ids(happening.id))


def test_a_story_past_the_limit_grows_without_reading_its_articles():
    docs = _docs()
    documents = _Documents(docs)
    settings = LinkerSettings(reform_happenings_up_to=4)
    linker, _ = _online(docs[:4], batch=4, settings=settings, documents=documents)
    linker.link(docs[4:5])
    assert documents.asked == []  # five articles: past the limit
