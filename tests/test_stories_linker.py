"""The story linker over hand-written articles (fictional places and people)."""

from __future__ import annotations

import random
from dataclasses import replace

from dateline.evaluate.clustering import adjusted_rand, bcubed
from dateline.link.stories import LinkerState, StoryDoc, StoryLinker, link_batch
from dateline.link.stories.cluster import Item, agglomerate
from dateline.link.stories.features import hamming, simhash
from dateline.link.stories.linker import LinkerSettings

STRIKE = [
    "Dock workers in Brellin walked out on Monday over pay, halting cranes at the container port.",
    "The Brellin port strike entered its second day as union leader Tova Raske refused a pay offer.",
    "Ships queued outside Brellin harbour as dockers kept up their strike over wages and pensions.",
    "Port operators in Brellin said the dockers' strike had cost millions in lost cargo handling.",
]
VOLCANO = [
    "Mount Karsk erupted overnight, sending ash over the villages of the Orun valley.",
    "Villagers fled the Orun valley as lava from Mount Karsk crept towards farmland.",
    "Ash from the Mount Karsk eruption grounded flights at Orun airport for a second day.",
    "Geologists said Mount Karsk could erupt again as tremors shook the Orun valley.",
]
TRAIN = [
    "Rail workers across Ostmark began a strike over the closure of rural lines.",
    "Trains stood idle across Ostmark as the rail strike against line closures spread.",
    "Ostmark rail unions vowed to continue their strike until rural lines are saved.",
]


def _docs(texts: list[str], *, prefix: str, date: str, source: str = "Wire",
          names: tuple[str, ...] = ()) -> list[StoryDoc]:
    return [
        StoryDoc(article_id=f"{prefix}{n}", title=text.split(",")[0][:60], text=text + " " + text,
                 published=date, source=f"{source} {n}", entity_names=names)
        for n, text in enumerate(texts)
    ]


def corpus() -> tuple[list[StoryDoc], dict[str, str], dict[str, str]]:
    docs = (
        _docs(STRIKE, prefix="s", date="2021-03-01", names=("Tova Raske",))
        + _docs(STRIKE[::-1], prefix="t", date="2024-08-12", names=("Tova Raske",))
        + _docs(VOLCANO, prefix="v", date="2022-05-10")
        + _docs(TRAIN, prefix="r", date="2023-01-09")
    )
    story = {d.article_id: {"s": "port", "t": "port", "v": "volcano", "r": "rail"}[d.article_id[0]] for d in docs}
    happening = {d.article_id: d.article_id[0] for d in docs}
    return docs, story, happening


def _link(docs, *, batch=None):
    linker = StoryLinker()
    rows = []
    step = batch or len(docs)
    for start in range(0, len(docs), step):
        rows.extend(linker.link(docs[start : start + step]))
    return linker, {r.article_id: r.story_id for r in rows}, {r.article_id: r.happening_id for r in rows}


def test_stories_and_happenings_found_without_a_cluster_count():
    docs, gold_story, gold_happening = corpus()
    _, story, happening = _link(docs)
    assert bcubed(story, gold_story)[2] == 1.0
    # the two port strikes share every actor and word and differ only in time
    assert bcubed(happening, gold_happening)[2] == 1.0


def test_same_input_same_result_and_rerun_changes_nothing():
    docs, _, _ = corpus()
    linker, first, _ = _link(docs)
    _, second, _ = _link(list(reversed(docs)))
    assert first == second  # one batch: order inside it does not matter
    assert linker.link(docs) == []  # already linked: nothing new
    assert len(linker.state.members) == len(docs)


def test_order_of_arrival_changes_little():
    """Documented tolerance. In shuffled batches of 5 the stories match the one-batch result
    (adjusted Rand 1.0) in some orders; a first batch whose document frequencies come from a
    handful of articles can join two stories for good (ARI 0.44-0.61 here). Mean ARI over 8
    orders >= 0.65, never below 0.4. On ECB+ (topics 1-35), batches of 50 in a random order cost
    story B-cubed F1 0.926 -> 0.890 (dateline eval ecbplus, "online"); over 8 orders 0.862-0.907,
    mean 0.883 (sub-topic 0.927 -> 0.844-0.880, mean 0.857)."""
    docs, _, _ = corpus()
    _, whole, _ = _link(docs)
    scores = []
    for seed in range(8):
        shuffled = list(docs)
        random.Random(seed).shuffle(shuffled)
        _, online, _ = _link(shuffled, batch=5)
        scores.append(adjusted_rand(online, whole))
    assert min(scores) >= 0.4
    assert sum(scores) / len(scores) >= 0.65
    assert max(scores) == 1.0


def test_a_new_batch_joins_existing_stories_or_opens_new_ones():
    docs, _, _ = corpus()
    state = LinkerState()
    first = link_batch(state, docs[:8])
    later = StoryDoc("late", "Brellin dockers strike again",
                     "Dock workers in Brellin strike again over pay at the container port.",
                     published="2024-08-14", entity_names=("Tova Raske",))
    rows = link_batch(state, [later] + docs[8:])
    stories_before = {r.story_id for r in first}
    assert next(r for r in rows if r.article_id == "late").story_id in stories_before
    assert {r.story_id for r in rows if r.article_id.startswith("v")} - stories_before


def test_candidates_come_from_the_index_not_all_pairs():
    docs, _, _ = corpus()
    linker = StoryLinker()
    linker.link(docs[:4])
    story = linker.state.stories()[0]
    assert story.terms and all(story.id in linker.postings[t] for t in story.terms)
    unrelated = StoryDoc("x", "Chess final", "Grandmaster Pelle Uvin won the chess final in Tarsk.")
    assert linker._candidate_stories([linker._prepare(unrelated)]) == []


def test_near_duplicates_grouped_and_outlets_counted_once():
    text = ("Floodwater rose through the old town of Vesna on Saturday after the river Lume burst its "
            "banks, and hundreds of residents spent the night in the sports hall, the mayor said.")
    copy = StoryDoc("b", "River Lume floods Vesna", text + " Source: Vesna Courier", published="2022-02-05",
                    source="Aggregator")
    original = StoryDoc("a", "River Lume floods Vesna", text, published="2022-02-05", source="Vesna Courier")
    other = StoryDoc("c", "Vesna counts the cost of the Lume flood",
                     "Shopkeepers in Vesna began clearing mud on Sunday as the Lume fell back, and the mayor "
                     "asked for state help to repair the embankment.", published="2022-02-06", source="Radio Nord")
    rows = {r.article_id: r for r in StoryLinker().link([copy, original, other])}
    assert rows["b"].duplicate_of == "a" and rows["a"].duplicate_of is None and rows["c"].duplicate_of is None
    assert hamming(simhash(text), simhash(text + " Source: Vesna Courier")) <= 6


def test_two_existing_clusters_never_merge():
    vectors = {"text": {"w": 1.0}}
    items = [Item("a", 1, vectors, existing=True), Item("b", 1, vectors, existing=True), Item("c", 1, vectors)]
    groups = agglomerate(items, [(0, 1), (0, 2), (1, 2)], weights={"text": 1.0}, threshold=0.5)
    assert sorted(map(len, groups)) == [1, 2]


def test_bcubed_and_adjusted_rand():
    gold = {"a": "1", "b": "1", "c": "2", "d": "2"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    assert adjusted_rand(gold, gold) == 1.0
    merged = {k: "x" for k in gold}
    precision, recall, _ = bcubed(merged, gold)
    assert (precision, recall) == (0.5, 1.0)
    assert adjusted_rand(merged, gold) == 0.0


def test_a_leftover_fragment_joins_its_nearest_larger_group():
    """Three close articles and a stray one less like them: the main pass leaves the stray
    alone, the fragment pass (a looser threshold for groups of one or two) brings it in."""
    close = {"text": {"quake": 0.8, "island": 0.6}}
    stray = {"text": {"quake": 0.5, "aid": 0.866}}
    items = [Item(k, 1, close) for k in "abc"] + [Item("d", 1, stray)]
    pairs = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    alone = agglomerate(items, pairs, weights={"text": 1.0}, threshold=0.6)
    assert sorted(map(len, alone)) == [1, 3]
    joined = agglomerate(items, pairs, weights={"text": 1.0}, threshold=0.6, fragment_size=2, fragment_threshold=0.3)
    assert sorted(map(len, joined)) == [4]
    # two fragments alone never make each other a group in that pass
    assert sorted(map(len, agglomerate(items[2:], [(0, 1)], weights={"text": 1.0}, threshold=0.6,
                                       fragment_size=2, fragment_threshold=0.3))) == [1, 1]


def test_a_lone_late_report_naming_the_days_of_a_happening_bridges_the_gap():
    """A year on, one report that mentions the week of the earlier happening joins it; a
    group of two late reports is a happening of its own (the gap rule holds)."""
    from dateline.link.stories.features import time_vector

    def item(key, own, mentioned=()):
        return Item(key, 1, {"text": {"fire": 1.0}, "time": time_vector(own, mentioned)}, days=_day_range(own))

    early = [item("a", "2020-03-02"), item("b", "2020-03-03")]
    lone = item("c", "2021-04-10", ["2020-03-02"])
    kwargs = {"weights": {"text": 0.5, "time": 0.5}, "threshold": 0.5, "max_gap_days": 90}
    assert sorted(map(len, agglomerate(early + [lone], [(0, 1), (0, 2), (1, 2)], **kwargs,
                                       bridge_lone=True))) == [3]
    assert sorted(map(len, agglomerate(early + [lone], [(0, 1), (0, 2), (1, 2)], **kwargs,
                                       bridge_lone=False))) == [1, 2]
    pair = [lone, item("d", "2021-04-11", ["2020-03-02"])]
    assert sorted(map(len, agglomerate(early + pair, [(i, j) for i in range(4) for j in range(i + 1, 4)],
                                       **kwargs, bridge_lone=True))) == [2, 2]


def _day_range(day: str) -> tuple[int, int]:
    import datetime as dt

    ordinal = dt.date.fromisoformat(day).toordinal()
    return ordinal, ordinal


def test_a_bridging_article_merges_two_stories_an_earlier_batch_never_compared():
    """merge_existing_stories: with posting_cap 1 the first batch pairs no two of its articles
    (every shared term is too common), so the two dock stories stay apart; the bridging article
    of the next batch reaches both, and they are as close as one batch would need: one story."""
    from dateline.link.stories import LinkerSettings

    strike = StoryDoc("a", "Dockers strike at Brellin port",
                      "Dock workers walked out at the Brellin container port over pay and pensions.")
    offer = StoryDoc("b", "Brellin dockers reject pension offer",
                     "Brellin dock workers rejected the pension offer from port operators.")
    bridge = StoryDoc("c", "Brellin dockers on strike reject pension offer", "Brellin dock workers on strike at the "
                      "container port rejected the pension offer over pay.")
    for merge in (False, True):
        linker = StoryLinker(settings=LinkerSettings(story_threshold=0.3, story_size_margin=0.0, posting_cap=1,
                                                     merge_existing_stories=merge))
        first = {r.article_id: r.story_id for r in linker.link([strike, offer, *_UNRELATED])}
        assert first["a"] != first["b"]
        second = {r.article_id: r.story_id for r in linker.link([bridge])}
        stories = {m.article_id: m.story_id for m in linker.state.members.values()}
        if merge:  # the moved memberships come back with the batch's rows
            assert stories["a"] == stories["b"] == stories["c"] and "c" in second and len(second) >= 2
            assert len(linker.state.stories()) == 4
        else:
            assert stories["a"] != stories["b"] and second.keys() == {"c"}


_UNRELATED = [StoryDoc(f"n{i}", text, text) for i, text in enumerate([
    "Mount Karsk erupted overnight over the Orun valley.", "Rail workers in Ostmark began a strike over rural lines.",
    "The chess final in Tarsk was won by Pelle Uvin."])]


def test_a_bridging_article_leaves_apart_two_stories_not_close_on_their_own():
    """merge_existing_stories: an article naming both a strike and a pension offer joins one of
    the two stories, but the two were compared in the first batch and are not alike enough on
    their own: a new article is a reason to compare them again, not evidence they are one."""
    from dateline.link.stories import LinkerSettings

    strike = StoryDoc("a", "Dockers strike at Brellin port", "Dock workers walked out at the Brellin container port over pay.")
    offer = StoryDoc("b", "Union rejects pension offer",
                     "Union leader Tova Raske rejected the pension offer from port operators.")
    bridge = StoryDoc("c", "Brellin dockers reject pension offer", "Brellin dock workers on strike at the container "
                      "port: union leader Tova Raske rejected the pension offer over pay.")
    linker = StoryLinker(settings=LinkerSettings(story_threshold=0.3, story_size_margin=0.0,
                                                 merge_existing_stories=True))
    first = {r.article_id: r.story_id for r in linker.link([strike, offer, *_UNRELATED])}
    assert first["a"] != first["b"]
    linker.link([bridge])
    stories = {m.article_id: m.story_id for m in linker.state.members.values()}
    assert stories["a"] != stories["b"] and stories["c"] in (stories["a"], stories["b"])


def test_a_close_knit_group_keeps_out_a_neighbour_that_only_clears_the_threshold():
    """cohesion_factor: c shares a word with both a and b, so it clears the threshold, but a
    and b share far more with each other than either does with c."""
    a, b = {"w": 0.9, "x": 0.436}, {"w": 0.9, "y": 0.436}
    c = {"w": 0.3, "z": 0.954}
    items = [Item(k, 1, {"text": v}) for k, v in (("a", a), ("b", b), ("c", c))]
    pairs = [(0, 1), (0, 2), (1, 2)]
    assert sorted(map(len, agglomerate(items, pairs, weights={"text": 1.0}, threshold=0.2))) == [3]
    kept = agglomerate(items, pairs, weights={"text": 1.0}, threshold=0.2, cohesion_factor=0.5)
    assert sorted(map(len, kept)) == [1, 2]


def test_an_existing_story_keeps_out_a_new_article_far_less_alike_than_its_own_members():
    """join_cohesion: an earlier batch's story of two close reports (their own similarity 0.81)
    keeps out a new report that clears the threshold (0.27) but not 0.4 of that; in one batch
    (no existing side) the same three join as before."""
    a, b = {"w": 0.9, "x": 0.436}, {"w": 0.9, "y": 0.436}
    c = {"w": 0.3, "z": 0.954}
    story = Item("s", 2, {"text": {"w": 1.8, "x": 0.436, "y": 0.436}}, existing=True)
    online = [story, Item("c", 1, {"text": c})]
    assert sorted(map(len, agglomerate(online, [(0, 1)], weights={"text": 1.0}, threshold=0.2))) == [2]
    held = agglomerate(online, [(0, 1)], weights={"text": 1.0}, threshold=0.2, join_cohesion=0.4)
    assert sorted(map(len, held)) == [1, 1]
    batch = [Item(k, 1, {"text": v}) for k, v in (("a", a), ("b", b), ("c", c))]
    pairs = [(0, 1), (0, 2), (1, 2)]
    assert sorted(map(len, agglomerate(batch, pairs, weights={"text": 1.0}, threshold=0.2, join_cohesion=0.4))) == [3]


def test_two_lone_articles_need_more_than_two_groups_of_the_same_mean_similarity():
    """size_margin: a group average over many member pairs is a steadier estimate than one
    pair's similarity, so two lone articles must clear the threshold by the margin and two
    groups of four by a quarter of it."""
    lone = [Item(k, 1, {"text": {"w": 0.6, k: 0.8}}) for k in ("a", "b")]
    assert sorted(map(len, agglomerate(lone, [(0, 1)], weights={"text": 1.0}, threshold=0.3))) == [2]
    assert sorted(map(len, agglomerate(lone, [(0, 1)], weights={"text": 1.0}, threshold=0.3, size_margin=0.1))) == [1, 1]
    groups = [Item(k, 4, {"text": {"w": 4 * 0.6, k: 4 * 0.8}}) for k in ("a", "b")]
    assert sorted(map(len, agglomerate(groups, [(0, 1)], weights={"text": 1.0}, threshold=0.3, size_margin=0.1))) == [2]


def test_a_lone_new_article_joins_an_existing_happening_loosely_only_when_near_in_time():
    """The fragment pass: a new article alone in its batch may join an existing cluster from the
    looser threshold only when both are dated within `fragment_existing_days`."""
    existing = Item("h", 3, {"text": {"w": 3.0}}, existing=True, days=(1000, 1004))

    def groups(days, within):
        lone = Item("a", 1, {"text": {"w": 0.3, "z": 0.954}}, days=days)
        return sorted(map(len, agglomerate([existing, lone], [(0, 1)], weights={"text": 1.0}, threshold=0.5,
                                           fragment_size=2, fragment_threshold=0.2,
                                           fragment_existing_days=within)))

    assert groups((1030, 1030), None) == [2]
    assert groups((1030, 1030), 7) == [1, 1]
    assert groups((1006, 1006), 7) == [2]
    assert groups(None, 7) == [1, 1]


STRIKE_BEGINS = [
    ("Marvosa unions launch open-ended strike over pensions",
     "Rail and dock unions in Marvosa walked out on Monday in an open-ended strike against the pension reform, "
     "shutting the railways and the port of Selk. Picket lines formed outside every station before dawn, and "
     "commuters crowded onto the few buses still running. Shops near the central station pulled down their "
     "shutters as marchers filled the square.", "2019-06-03"),
    ("Nationwide strike shuts Marvosa's railways and ports",
     "No trains ran across Marvosa on Monday and cranes stood idle at Selk as unions walked out against plans to "
     "raise the pension age. Commuters queued for hours at bus stops, schools closed early and farmers warned "
     "that fruit would rot on the quays. Police watched the picket lines but made no arrests.", "2019-06-03"),
    ("Strike enters third day as picket lines hold at Selk",
     "Striking dockers kept their picket lines at Selk on Wednesday, the third day of the walkout, and lorries "
     "backed up for miles on the coast road. Union leader Ilse Varga told a rally that no train would run until "
     "the reform was withdrawn, and the crowd chanted her name.", "2019-06-05"),
]
STRIKE_ENDS = [
    ("Marvosa unions end 19-day strike after pension deal",
     "Unions in Marvosa called off the strike that began on June 3 after the government agreed on Friday to "
     "keep the pension age at 62. Ministers also promised back pay for the days lost, union leader Ilse Varga "
     "said, calling the deal a victory for every worker.", "2019-06-21"),
    ("Dockers return to work at Selk",
     "Dockers returned to work at Selk on Saturday under the agreement reached on Friday, and the first ships in "
     "three weeks were unloaded. Exporters said clearing the backlog of containers would take a month, and "
     "insurers began counting the cost of the spoiled cargo.", "2019-06-22"),
    ("Marvosa trains run normally again",
     "Trains ran on time across Marvosa on Monday for the first time since June 3, as rail workers returned "
     "under Friday's agreement. Relieved commuters said the settlement had come too late for many small "
     "businesses, and the railway promised refunds on season tickets.", "2019-06-24"),
]


def _strike_docs() -> list[StoryDoc]:
    docs = []
    for prefix, reports in (("b", STRIKE_BEGINS), ("e", STRIKE_ENDS)):
        for n, (title, text, date) in enumerate(reports):
            named = ("2019-06-03",) if prefix == "e" and "June 3" in text else ()
            docs.append(StoryDoc(f"{prefix}{n}", title, text, published=date, source=f"Outlet {n}",
                                 entity_names=("Ilse Varga",) if "Varga" in text else (),
                                 place_names=tuple(p for p in ("Marvosa", "Selk") if p in text),
                                 dates=(date,) + named))
    return docs


def test_a_strike_s_start_and_its_end_weeks_later_are_two_happenings():
    """The reports of its end name the day it began, share its month, unions and places: only
    the fortnight of their own dates and their wording tell them apart."""
    docs = _strike_docs()
    rows = {r.article_id: r for r in StoryLinker().link(docs)}
    assert len({r.story_id for r in rows.values()}) == 1
    happening = {a: r.happening_id for a, r in rows.items()}
    assert bcubed(happening, {a: a[0] for a in happening})[2] == 1.0
    from dateline.link.stories import LinkerSettings

    one_pass = StoryLinker(settings=LinkerSettings(happening_close_days=None)).link(docs)
    assert len({r.happening_id for r in one_pass}) == 1  # the one-pass clustering merged them


def test_groups_weeks_apart_merge_only_on_close_wording_but_a_lone_report_joins():
    def run(text_b: dict[str, float], lone: bool = False) -> list[list[int]]:
        time = {"m:2019-06": 1.0}
        items = [Item("a1", 1, {"text": {"x": 1.0}, "time": time}, days=(100, 100)),
                 Item("a2", 1, {"text": {"x": 1.0}, "time": time}, days=(101, 101)),
                 Item("b1", 1, {"text": text_b, "time": time}, days=(120, 120))]
        if not lone:
            items.append(Item("b2", 1, {"text": text_b, "time": time}, days=(121, 121)))
        pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
        return agglomerate(items, pairs, weights={"text": 0.5, "time": 0.5}, threshold=0.15, max_gap_days=90,
                           close_days=14, across_text=0.15)

    far_wording = {"x": 0.1, "y": 0.995}
    assert run(far_wording) == [[0, 1], [2, 3]]  # shared month alone: 0.5 * 1.0 + 0.5 * 0.1
    assert run({"x": 0.6, "y": 0.8}) == [[0, 1, 2, 3]]
    assert run(far_wording, lone=True) == [[0, 1, 2]]


CHAPEL_FIRE = [
    "Fire gutted the Harrow Hill chapel in Tessby overnight. Pastor Orla Finch said the congregation "
    "would worship in the school hall. Investigators suspect arson.",
    "The Tessby chapel where Pastor Orla Finch preaches was set alight deliberately, investigators in "
    "Tessby said. The Harrow Hill congregation lost its organ and its hymn books.",
    "Arson is suspected in the Harrow Hill chapel fire. Pastor Orla Finch thanked Tessby firefighters "
    "and asked worshippers for patience while the chapel is rebuilt.",
]
MARKET_FIRE = [
    "A fire destroyed the Brandt Foods supermarket on Lindqvist high street overnight. Shoppers "
    "were turned away and police suspect arson.",
    "Police in Lindqvist are treating the Brandt Foods fire as suspicious. The supermarket's staff "
    "of sixty will be paid while the store is closed, Brandt Foods said.",
    "Lindqvist traders said the Brandt Foods fire had closed the high street for a second day; "
    "the supermarket's roof collapsed and arson is not ruled out.",
]


def _fire_docs(texts: list[str], *, prefix: str, date: str, names: tuple[str, ...]) -> list[StoryDoc]:
    # fire reports share their kind's words whatever burned: crews, the night, the damage, arson
    kind = " Fire crews worked through the night; the damage runs to a million and fire investigators suspect arson."
    return [replace(doc, text=doc.text + kind) for doc in _docs(texts, prefix=prefix, date=date, names=names)]


def test_two_subjects_of_one_kind_with_no_name_in_common_are_two_stories():
    chapel = _fire_docs(CHAPEL_FIRE, prefix="c", date="2022-03-04", names=("Harrow Hill", "Orla Finch", "Tessby"))
    market = _fire_docs(MARKET_FIRE, prefix="m", date="2022-03-18", names=("Lindqvist", "Brandt Foods"))
    _, stories, _ = _link(chapel + market)
    assert len({stories[d.article_id] for d in chapel}) == 1
    assert len({stories[d.article_id] for d in market}) == 1
    assert stories["c0"] != stories["m0"]
    # the words alone would have joined them
    without_rule = StoryLinker(settings=LinkerSettings(story_shared_name_size=None))
    joined = {r.article_id: r.story_id for r in without_rule.link(chapel + market)}
    assert joined["c0"] == joined["m0"]


def test_two_groups_of_one_kind_sharing_a_name_are_left_to_their_similarity():
    county = "Ferris County Fire Service"
    chapel = _fire_docs(CHAPEL_FIRE, prefix="c", date="2022-03-04", names=("Harrow Hill", county))
    market = _fire_docs(MARKET_FIRE, prefix="m", date="2022-03-18", names=("Lindqvist", county))
    _, stories, _ = _link(chapel + market)
    assert stories["c0"] == stories["m0"]


def test_a_lone_article_or_one_without_names_is_not_held_to_the_shared_name_rule():
    chapel = _fire_docs(CHAPEL_FIRE, prefix="c", date="2022-03-04", names=("Harrow Hill", "Tessby"))
    unnamed = _fire_docs(MARKET_FIRE, prefix="m", date="2022-03-18", names=())
    without_rule = StoryLinker(settings=LinkerSettings(story_shared_name_size=None))
    expected = {r.article_id: r.story_id for r in without_rule.link(chapel + unnamed)}
    _, stories, _ = _link(chapel + unnamed)
    assert expected["c0"] == expected["m0"]  # joined on their words
    assert stories["c0"] == stories["m0"]


def test_a_name_read_once_as_a_place_and_once_as_a_name_is_one_name():
    def item(key: str, name: str) -> Item:
        return Item(key, 1, {"text": {"fire": 0.8, "arson": 0.6}, "entities": {name: 1.0}})

    weights = {"text": 0.9, "entities": 0.1}
    same = agglomerate([item("a", "e:tessby"), item("b", "p:tessby")], [(0, 1)], weights=weights,
                       threshold=0.04, shared_name_size=1)
    other = agglomerate([item("a", "e:tessby"), item("b", "p:lindqvist")], [(0, 1)], weights=weights,
                        threshold=0.04, shared_name_size=1)
    assert same == [[0, 1]]
    assert other == [[0], [1]]


def test_a_name_one_subject_barely_holds_does_not_join_two_stories():
    # a chapel fire's reports all name its pastor; one of four supermarket-fire reports quotes
    # her in passing: the pastor is the chapel story's subject and nothing of the market's
    def item(key: str, names: dict[str, float]) -> Item:
        return Item(key, 1, {"text": {"fire": 0.8, "arson": 0.6}, "entities": names})

    chapel = [item(f"c{n}", {"e:orla finch": 0.7, "p:tessby": 0.7}) for n in range(3)]
    market = [item("m0", {"e:brandt foods": 0.6, "p:lindqvist": 0.6, "e:orla finch": 0.5})] + [
        item(f"m{n}", {"e:brandt foods": 0.7, "p:lindqvist": 0.7}) for n in range(1, 4)]
    items = chapel + market
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    weights = {"text": 0.9, "entities": 0.1}

    def groups(share: float) -> list[list[int]]:
        return agglomerate(items, pairs, weights=weights, threshold=0.04, shared_name_size=1,
                           shared_name_share=share)

    assert groups(0.25) == [[0, 1, 2], [3, 4, 5, 6]]
    assert groups(0.0) == [[0, 1, 2, 3, 4, 5, 6]]  # any name in common let the words decide


def test_a_foreign_language_s_function_words_are_no_shared_terms():
    # two posts of one German blog about different things: English stop words leave 'und die
    # der für', which in a mostly English corpus are rare and weighty
    from dateline.link.stories.features import term_counts

    health = ("Die elektronische Patientenakte kommt, und die Kliniken sind nicht bereit. Für die Ärzte "
              "ist die Umstellung auf der Station mit viel Aufwand verbunden, und der Datenschutz bleibt offen.")
    fair = ("Auf der Messe in Köln zeigen wir unsere neuen Lösungen für den Handel, und die Besucher "
            "können an unserem Stand mit der Agentur über Werbung und Kampagnen sprechen.")
    german = [StoryDoc(f"g{n}", title, text + " " + text, published="2018-09-0" + str(n + 1), source="Blog",
                       language="de")
              for n, (title, text) in enumerate([("Die Patientenakte", health), ("Auf der Messe", fair)])]
    counted = term_counts(german[0])
    assert "patientenakte" in counted and not {"und", "die", "der", "für", "auf"} & set(counted)
    # the English list stays: 'the' is no term of a German page quoting an English phrase
    assert "the" not in term_counts(replace(german[0], text="the Patientenakte"))
    english = StoryDoc("e0", "Dock strike", " ".join(STRIKE), published="2018-09-01", source="Wire")
    _, stories, _ = _link(german + [english] + _docs(VOLCANO, prefix="v", date="2018-09-02"))
    assert stories["g0"] != stories["g1"]
    # an unknown or missing language reads as English
    assert term_counts(replace(german[0], language="zz")) == term_counts(replace(german[0], language=None))
