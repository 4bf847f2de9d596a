"""Timeline, figure comparisons, outlet tone and their terminal text (hand-built records)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dateline.link.stories import StoryDoc, StoryLinker
from dateline.link.stories.compare import compare_happening, pair_verdict
from dateline.link.stories.timeline import build_stories, build_timeline, event_date, top_entries
from dateline.link.stories.tone import outlet_tone
from dateline.models import Amount, Quote, Timex
from dateline.present.stories import format_comparisons, format_stories, format_timeline


def _timex(article_id: str, text: str, body: str, value: str, *, field: str = "text") -> Timex:
    start = body.index(text)
    return Timex(article_id, text, "DATE", value, start, start + len(text), "x", field)  # type: ignore[arg-type]


def test_a_year_before_the_noun_it_modifies_names_a_thing_not_a_date():
    body = "Lawmakers ended a third day of hearings in the run-up to the 2027 general election. Both sides claimed victory."
    doc = StoryDoc("a", "Hearings end", body, published="2026-11-20")
    found = event_date(doc, [_timex("a", "2027", body, "2027")])
    assert (found.value, found.planned, found.from_lead) == ("2026-11-20", False, False)
    body = "The band will tour in 2027 for the first time since its breakup. Tickets go on sale soon."
    doc = StoryDoc("b", "Band to tour", body, published="2026-11-20")
    found = event_date(doc, [_timex("b", "2027", body, "2027")])
    assert (found.value, found.planned) == ("2027", True)


def test_event_date_is_when_it_happened_not_when_reported():
    body = "The harbour master of Tessel resigned on Tuesday after the ferry crash. Talks went on."
    doc = StoryDoc("a", "Tessel harbour master quits", body, published="2019-03-14")  # a Thursday
    found = event_date(doc, [_timex("a", "on Tuesday", body, "2019-03-12")])
    assert (found.value, found.precision, found.planned, found.from_lead) == ("2019-03-12", "day", False, True)
    assert "resigned on Tuesday" in found.sentence


def test_future_lead_date_is_planned_and_publication_date_stands_in():
    body = "A summit of the lake states is due to open on Friday in Vessa, officials said."
    doc = StoryDoc("b", "Lake summit", body, published="2019-03-14")
    planned = event_date(doc, [_timex("b", "on Friday", body, "2019-03-15")])
    assert planned.planned and planned.value == "2019-03-15"
    undated = event_date(doc, [])
    assert (undated.value, undated.from_lead) == ("2019-03-14", False)


def test_a_lead_date_that_says_less_than_the_publication_date_gives_way_to_it():
    # background: a career told in the lead is not what the article reports
    body = "Ivan Roth, who ran the Tessel ferry line from 2004, joined the Vessa board on Monday."
    doc = StoryDoc("c", "Vessa board", body, published="2018-07-02")
    found = event_date(doc, [_timex("c", "2004", body, "2004")])
    assert (found.value, found.from_lead) == ("2018-07-02", False)
    # a year holding the publication day says less than the day
    body = "The best ferries of 2019, chosen by our readers."
    doc = StoryDoc("d", "Best ferries", body, published="2019-11-18")
    assert event_date(doc, [_timex("d", "2019", body, "2019")]).value == "2019-11-18"
    # an undated obituary's birth date is background to its happening's first dated report
    body = "Mira Solenz was born on April 22, 1923, in Vessa. She died on Thursday."
    doc = StoryDoc("g", "Mira Solenz dies", body)
    born = [_timex("g", "April 22, 1923", body, "1923-04-22")]
    assert event_date(doc, born).value == "1923-04-22"  # nothing to tell it from
    assert event_date(doc, born, reference="2008-12-12").value is None
    # a month before stays: the happening the article reports
    body = "The Tessel ferry crash in March killed nine people, the inquiry found."
    doc = StoryDoc("e", "Ferry inquiry", body, published="2019-07-02")
    assert event_date(doc, [_timex("e", "March", body, "2019-03")]).value == "2019-03"


def test_a_dateline_line_is_no_summary():
    body = "VESSA, LAKE STATES\nThe lake states signed a water accord on Monday after ten years of talks."
    doc = StoryDoc("f", "Water accord", body, published="2019-07-02")
    assert event_date(doc, []).sentence.startswith("The lake states signed")


def test_a_features_opening_gives_way_to_the_lead_sentence_that_names_what_happened():
    body = ("Remember the long hunt for a state motto? I used to take the Vessa ferry every week. "
            "The Vessa ferry operator cut 40 routes on Monday, blaming fuel costs.")
    doc = StoryDoc("h", "Ferry cuts", body, published="2019-07-02")
    assert event_date(doc, []).sentence.startswith("The Vessa ferry operator cut 40 routes")
    # a lead naming nothing: the headline, else the first statement
    body = "Ferry travel used to be so simple. Now it is anything but that for anyone."
    assert event_date(StoryDoc("i", "Vessa ferries cut routes", body, published="2019-07-02"), []).sentence == (
        "Vessa ferries cut routes")
    assert event_date(StoryDoc("j", "", body, published="2019-07-02"), []).sentence == "Ferry travel used to be so simple."



def test_a_link_to_another_story_left_above_the_text_is_no_summary():
    body = ("Kestrel Singers Added to Vessa Music Awards Performance Lineup\n\n"
            "The Harbour Band will reunite with Ada Morn for a 40-date tour of the lake states.")
    doc = StoryDoc("k", "Harbour Band reunites", body, published="2019-11-19")
    assert event_date(doc, []).sentence.startswith("The Harbour Band will reunite")
    # with nothing but links in the lead, the headline
    links = ("Kestrel Singers Added to Vessa Music Awards Performance Lineup\n\n"
             "Ada Morn to Host Vessa Music Awards, Plus New Performers Announced")
    assert event_date(StoryDoc("l", "Harbour Band reunites", links, published="2019-11-19"), []).sentence == (
        "Harbour Band reunites")

def _summit_docs():
    opening = "Leaders of the lake states will open a summit on Friday in Vessa to discuss water rights."
    confirm = "Leaders of the lake states opened their summit in Vessa on Friday, agreeing on water rights."
    docs = {
        "p": StoryDoc("p", "Lake states to meet in Vessa", opening, published="2019-03-12", source="Lake Post",
                      entity_names=("Ida Morn",), place_names=("Vessa",)),
        "q": StoryDoc("q", "Lake summit opens in Vessa", confirm, published="2019-03-15", source="Vessa Radio",
                      entity_names=("Ida Morn",), place_names=("Vessa",)),
    }
    timexes = {"p": [_timex("p", "on Friday", opening, "2019-03-15")], "q": [_timex("q", "on Friday", confirm, "2019-03-15")]}
    return docs, timexes


def test_planned_entry_is_confirmed_by_a_later_report():
    docs, timexes = _summit_docs()
    linker = StoryLinker()
    linker.link([docs["p"]])
    only_announced = build_timeline(linker.state, docs, timexes=timexes)
    assert [(e.date, e.status) for e in only_announced] == [("2019-03-15", "planned")]
    linker.link([docs["q"]])
    entries = build_timeline(linker.state, docs, timexes=timexes)
    assert [(e.date, e.status) for e in entries] == [("2019-03-15", "happened")]
    entry = entries[0]
    assert entry.article_ids == ["p", "q"] and entry.sources == ["Lake Post", "Vessa Radio"]
    assert entry.actors == ["Ida Morn"] and entry.place == "Vessa" and entry.date_precision == "day"
    assert entry.importance == 2 + 0.5 * 2
    stories = build_stories(linker.state, docs)
    assert len(stories) == 1 and stories[0].first_date == "2019-03-12" and len(stories[0].happenings) == 1
    text = format_timeline(entries, stories=stories)
    assert "2019-03-15" in text and "Lake Post, Vessa Radio" in text
    assert "2 articles" in format_stories(stories)


def test_each_outlet_reports_once_with_its_key_sentence():
    docs, timexes = _summit_docs()
    again = "Leaders of the lake states opened their summit in Vessa on Friday. They agreed on water rights."
    docs["r"] = StoryDoc("r", "Vessa summit: water deal", again, published="2019-03-15", source="Vessa Radio",
                         entity_names=("Ida Morn",), place_names=("Vessa",))
    linker = StoryLinker()
    linker.link(docs.values())
    (story,) = build_stories(linker.state, docs)
    (happening,) = story.happenings
    reports = {r.source: r for r in happening.reports}
    assert sorted(reports) == ["Lake Post", "Vessa Radio"]
    assert reports["Vessa Radio"].article_ids == ["q", "r"] and reports["Lake Post"].article_ids == ["p"]
    assert reports["Lake Post"].sentence in (docs["p"].title, docs["p"].text)
    radio = reports["Vessa Radio"]
    assert radio.sentence in (docs[radio.article_id].title, *docs[radio.article_id].text.split(". "),
                              docs[radio.article_id].text)
    assert not radio.copied
    text = format_stories([story], outlets=True)
    assert "Lake Post: " in text and "Vessa Radio: " in text
    assert "Lake Post: " not in format_stories([story])


def test_an_outlet_that_ran_a_copy_of_the_text_reports_it_as_a_copy():
    # the same wire text read from a second outlet is one article with a copy source: the
    # outlet counts once among the happening's reports and the entry's sources, marked copied
    docs, timexes = _summit_docs()
    docs["q"] = StoryDoc("q", docs["q"].title, docs["q"].text, published="2019-03-15", source="Vessa Radio",
                         entity_names=("Ida Morn",), place_names=("Vessa",), copy_sources=("Ostrel Post",))
    linker = StoryLinker()
    linker.link(docs.values())
    (story,) = build_stories(linker.state, docs)
    reports = {r.source: r for r in story.happenings[0].reports}
    assert sorted(reports) == ["Lake Post", "Ostrel Post", "Vessa Radio"]
    assert reports["Ostrel Post"].copied and reports["Ostrel Post"].article_ids == ["q"]
    assert not reports["Vessa Radio"].copied
    assert story.sources == ["Lake Post", "Ostrel Post", "Vessa Radio"]
    (entry,) = build_timeline(linker.state, docs, timexes=timexes)
    assert entry.sources == ["Lake Post", "Ostrel Post", "Vessa Radio"] and entry.importance == 3 + 0.5 * 2


def test_quotes_raise_importance_and_top_keeps_the_most_important():
    docs, timexes = _summit_docs()
    linker = StoryLinker()
    linker.link(docs.values())
    quote = Quote("q1", "q", "We agreed", "direct", "Ida Morn", None, "she", "said", 0, 9, "We agreed.", [[0, 9]])
    entries = build_timeline(linker.state, docs, timexes=timexes, quotes={"q": [quote]})
    assert entries[0].quote_ids == ["q1"] and entries[0].importance == 3.25
    assert top_entries(entries, 1) == entries[:1]


def _amount(article_id: str, value, text: str, *, qualifier=None, magnitude=None, obj="people", start=0) -> Amount:
    return Amount(article_id, value, magnitude, "count", obj, qualifier, text, start, start + len(text))


def test_figures_compared_within_a_happening():
    sources = {"a": "Lake Post", "b": "Vessa Radio", "c": "Tessel Times"}
    amounts = [
        _amount("a", 3_000_000, "3 million people"),
        _amount("b", 5_000_000, "5 million people"),
        _amount("a", None, "thousands of people", magnitude=1000, start=40),
        _amount("c", 5000, "5,000 people"),
        _amount("b", 2, "two men", obj="men"),
    ]
    comparisons = compare_happening("h", amounts, sources)
    verdicts = {tuple(v.value for v in c.values): c.verdict for c in comparisons}
    assert verdicts == {(3_000_000, 5_000_000): "conflict", (None, 5000): "compatible"}
    assert all(c.quantity == "people (count)" for c in comparisons)
    assert "conflict" in format_comparisons(comparisons) and "Vessa Radio" in format_comparisons(comparisons)


def _money(article_id: str, value, text: str, obj=None, currency="EUR") -> Amount:
    return Amount(article_id, value, None, currency, obj, None, text, 0, len(text))


def test_a_figure_restated_by_another_claimant_is_compared_within_one_article():
    sources = {"a": "Lake Post"}
    said = "The union said 70,000 marched. The police put the number at 40,000."
    amounts = [
        _amount("a", 70_000, "70,000", obj="marchers", start=15),
        _amount("a", 40_000, "40,000", obj="number", start=said.index("40,000")),
    ]
    [comparison] = compare_happening("h", amounts, sources)
    assert comparison.verdict == "conflict" and comparison.quantity == "marcher (count)"
    # a bare count inside reported speech restates too; the same count outside it does not
    reported = Quote("q1", "a", "fewer than 30,000 came", "indirect", "the police", None, "the police", "said",
                     60, 82, "The police said fewer than 30,000 came.", [[60, 82]])
    amounts = [_amount("a", 50_000, "50,000", obj="marchers", start=15),
               _amount("a", 30_000, "fewer than 30,000", obj=None, qualifier="fewer than", start=60)]
    assert [c.verdict for c in compare_happening("h", amounts, sources, {"a": [reported]})] == ["conflict"]
    assert compare_happening("h", amounts, sources) == []


def test_a_score_is_not_a_restatement():
    # "defeated by 112 votes to 89": two figures of one article, neither restating the other
    amounts = [_amount("a", 112, "112 votes", obj="votes", start=20), _amount("a", 89, "89", obj=None, start=33)]
    assert compare_happening("h", amounts, {"a": "Lake Post"}) == []


def test_money_is_one_quantity_per_currency_whatever_it_is_called():
    sources = {"a": "Lake Post", "b": "Vessa Radio", "c": "Tessel Times"}
    amounts = [_money("a", 4.5e9, "$4.5 billion contract", "contract", "USD"), _money("b", 4.6e9, "$4.6 billion", "deal", "USD"),
               _money("c", 4.2e9, "€4.2 billion", None, "EUR")]
    [comparison] = compare_happening("h", amounts, sources)
    assert comparison.quantity == "contract (USD)" and comparison.verdict == "conflict"


def test_figures_reported_on_different_days_are_marked_so():
    sources = {"a": "Lake Post", "b": "Vessa Radio", "c": "Tessel Times"}
    rising = [_amount("a", 23, "23 people"), _amount("b", 31, "31 people"), _amount("c", 37, "37 people")]
    days = {"a": "2020-09-12", "b": "2020-09-13", "c": "2020-09-14"}
    [comparison] = compare_happening("h", rising, sources, dates=days)
    assert comparison.dated_apart and comparison.verdict == "conflict"
    assert [v.published for v in comparison.values] == ["2020-09-12", "2020-09-13", "2020-09-14"]
    assert "different days" in format_comparisons([comparison])
    # two outlets apart on the same day disagree, whatever the third says later
    same_day = dict(days, b="2020-09-12")
    [comparison] = compare_happening("h", rising, sources, dates=same_day)
    assert not comparison.dated_apart
    # ... but two that fit each other on one day ("at least 23" and 31) leave the later rise apart
    bounded = [_amount("a", 23, "at least 23 people", qualifier="at least"), *rising[1:]]
    [comparison] = compare_happening("h", bounded, sources, dates=same_day)
    assert comparison.dated_apart and comparison.verdict == "conflict"


def test_pair_verdicts():
    assert pair_verdict(_amount("a", 400_000, "400,000"), _amount("b", 401_000, "401,000")) == "agree"
    assert pair_verdict(_amount("a", 350_000, "about 350,000", qualifier="about"),
                        _amount("b", 400_000, "400,000")) == "compatible"
    assert pair_verdict(_amount("a", 300_000, "300,000"), _amount("b", 450_000, "450,000")) == "conflict"


def test_outlet_tone_over_headlines_and_leads():
    docs = [
        StoryDoc("a", "Minister slams chaotic ferry plan", "The minister criticised the ferry plan. More text.", source="Lake Post"),
        StoryDoc("b", "Ferry plan criticised", "The minister criticised the ferry plan. It was a disaster, later.", source="Vessa Radio"),
        StoryDoc("c", "Historic ferry deal", "A landmark deal was signed.", source="Tessel Times"),
    ]
    tones = {t.source: t for t in outlet_tone(docs)}
    assert tones["Lake Post"].tone == -1.0 and tones["Lake Post"].examples == ["chaotic", "slams"]
    assert tones["Vessa Radio"].loaded == 0.0  # "disaster" is past the lead sentence
    assert tones["Tessel Times"].tone == 1.0


@pytest.mark.slow
def test_event_date_through_our_time_expressions():
    """With the real parse: a Thursday article's "on Tuesday" is two days before, "late on
    Monday" three, and "due to open on Friday" the day after, planned."""
    from dateline.analyse.pipeline import parse_articles
    from dateline.analyse.time import extract_timexes
    from dateline.link.stories.adapter import story_doc
    from dateline.models import Article

    texts = {
        "The harbour master of Tessel resigned on Tuesday after the ferry crash.": ("2019-03-12", False),
        "A fire broke out in the Vessa grain store late on Monday, the brigade said.": ("2019-03-11", False),
        "A summit of the lake states is due to open on Friday in Vessa.": ("2019-03-15", True),
    }
    articles = [Article.from_text(text, title="Lake news", published="2019-03-14") for text in texts]
    for parsed in parse_articles(articles):
        found = event_date(story_doc(parsed.article), extract_timexes(parsed))
        assert (found.value, found.planned) == texts[parsed.article.text], parsed.article.text


def test_story_outputs_in_one_call():
    from dateline.link.stories.outputs import story_outputs

    docs, timexes = _summit_docs()
    linker = StoryLinker()
    linker.link(docs.values())
    amounts = {"p": [_amount("p", 3_000_000, "3 million people")], "q": [_amount("q", 5_000_000, "5 million people")]}
    outputs = story_outputs(linker.state, docs, timexes=timexes, amounts=amounts)
    assert len(outputs.stories) == 1 and len(outputs.timeline) == 1
    assert [c.verdict for c in outputs.comparisons] == ["conflict"]
    assert {t.source for t in outputs.tones} == {"Lake Post", "Vessa Radio"}


def test_an_outlet_that_only_republished_a_copy_is_marked_copied():
    docs, timexes = _summit_docs()
    copy = docs["q"]
    docs["c"] = StoryDoc("c", copy.title, copy.text, published="2019-03-16", source="Lake Aggregator",
                         entity_names=copy.entity_names, place_names=copy.place_names)
    linker = StoryLinker()
    linker.link([docs["p"], docs["q"], docs["c"]])
    (story,) = build_stories(linker.state, docs)
    reports = {r.source: r for r in story.happenings[0].reports}
    assert reports["Lake Aggregator"].copied and not reports["Vessa Radio"].copied
    assert "Lake Aggregator (copy): " in format_stories([story], outlets=True)


def test_articles_without_headlines_give_their_story_a_first_sentence_as_title():
    """A JSONL or plain-text export without titles: the story and its happening are still named."""
    docs, timexes = _summit_docs()
    untitled = {key: replace(doc, title="") for key, doc in docs.items()}
    linker = StoryLinker()
    linker.link(untitled.values())
    (story,) = build_stories(linker.state, untitled)
    firsts = {doc.text for doc in untitled.values()}  # one sentence each
    assert story.title in firsts and story.happenings[0].title in firsts


def test_undated_reports_take_their_story_dates_from_what_they_say_happened():
    """An export without publication dates: the story is dated by its timeline (the days its
    articles give), not left undated; a planned day does not stretch it."""
    first = "The harbour master of Tessel resigned on 12 March 2019 after the ferry crash at the pier."
    second = "Tessel's harbour master, who resigned on 12 March 2019 after the ferry crash, will testify on 2 April 2019."
    docs = {
        "u": StoryDoc("u", "Tessel harbour master quits", first, entity_names=("Tessel",)),
        "v": StoryDoc("v", "Tessel harbour master to testify", second, entity_names=("Tessel",)),
    }
    timexes = {"u": [_timex("u", "12 March 2019", first, "2019-03-12")],
               "v": [_timex("v", "12 March 2019", second, "2019-03-12"), _timex("v", "2 April 2019", second, "2019-04-02")]}
    linker = StoryLinker()
    linker.link(docs.values())
    entries = build_timeline(linker.state, docs, timexes=timexes)
    assert {e.date for e in entries} == {"2019-03-12"}
    (story,) = build_stories(linker.state, docs, timeline=entries)
    assert (story.first_date, story.last_date) == ("2019-03-12", "2019-03-12")
    assert all(h.first_date == "2019-03-12" for h in story.happenings)
    planned = [replace(entries[0], date="2019-04-02", status="planned")]
    (only_planned,) = build_stories(linker.state, docs, timeline=planned)
    assert only_planned.first_date == "2019-04-02"
    (without,) = build_stories(linker.state, docs)
    assert without.first_date is None


def test_an_undated_happening_passes_over_a_background_year_in_a_lead():
    """No report is dated: the latest day the articles give is the reference, so a lead's
    background year ("first went to rehab in 1999") is no entry and does not stretch the story."""
    first = "Actress Ina Vell checked into a rehab clinic in Tessel on 9 December 2008, her agent said."
    second = "Ina Vell, who first went to rehab in 1999, entered a Tessel clinic again, her agent said."
    docs = {
        "u": StoryDoc("u", "Ina Vell enters rehab", first, entity_names=("Ina Vell",), place_names=("Tessel",)),
        "v": StoryDoc("v", "Ina Vell back in rehab", second, entity_names=("Ina Vell",), place_names=("Tessel",)),
    }
    timexes = {"u": [_timex("u", "9 December 2008", first, "2008-12-09")], "v": [_timex("v", "1999", second, "1999")]}
    linker = StoryLinker()
    linker.link(docs.values())
    entries = build_timeline(linker.state, docs, timexes=timexes)
    assert {e.date for e in entries} == {"2008-12-09", None}
    (story,) = build_stories(linker.state, docs, timeline=entries)
    assert (story.first_date, story.last_date) == ("2008-12-09", "2008-12-09")


def test_an_undated_article_with_nothing_to_weigh_it_against_takes_no_year_alone():
    body = "Police arrested Ada Morn late on Tuesday at 2088 Vessa Street, officials said."
    doc = StoryDoc("y", "Arrest in Vessa", body)
    assert event_date(doc, [_timex("y", "2088", body, "2088")]).value is None
    # ... while a year weighed against a dated report of the happening is taken
    body = "Police reopened the case of Ada Morn, first arrested in 2088, officials said."
    doc = StoryDoc("y", "Arrest in Vessa", body)
    assert event_date(doc, [_timex("y", "2088", body, "2088")]).value is None
    assert event_date(doc, [_timex("y", "2088", body, "2088")], reference="2088-05-02").value == "2088"


def _mention(article, text, type_, field="text", name=None):
    from dateline.models import EntityMention

    source = article.title if field == "title" else article.text
    start = source.index(text)
    return EntityMention(article.id, text, type_, start, start + len(text), name or text, field=field)


def test_an_entry_s_actors_and_place_are_the_most_named_not_the_first_by_name():
    from dateline.link.stories.adapter import story_doc
    from dateline.models import Article, Place

    text = ("Harlow Media agreed to buy Brisk Press, the two chains said on Monday. Brisk Press will keep "
            "its name. Analyst Ada Abernathy called the deal bleak for local news in Vessa. Harlow Media "
            "said Brisk Press papers in Vessa would share a printing plant. The American chains did not "
            "say what Harlow Media paid. Harlow Media owns forty papers near Abbot Lake.")
    article = Article.from_text(text, title="Harlow Media to buy Brisk Press", published="2019-11-19")
    mentions = [_mention(article, "Harlow Media", "ORG", "title"), _mention(article, "Brisk Press", "ORG", "title")]
    for name, type_ in [("Harlow Media", "ORG"), ("Brisk Press", "ORG"), ("Ada Abernathy", "PERSON"),
                        ("American", "NORP")]:
        start = 0
        while (start := text.find(name, start)) >= 0:
            mentions.append(replace(_mention(article, name, type_), start=start, end=start + len(name)))
            start += len(name)
    places = [Place(article.id, "Vessa", "Vessa", "XVA", None, 1.0, 2.0, 101, text.index("Vessa"),
                    text.index("Vessa") + 5),
              Place(article.id, "Vessa", "Vessa", "XVA", None, 1.0, 2.0, 101, text.rindex("Vessa"),
                    text.rindex("Vessa") + 5),
              Place(article.id, "Abbot Lake", "Abbot Lake", None, None, None, None, None,
                    text.index("Abbot Lake"), text.index("Abbot Lake") + 10)]  # not resolved
    doc = story_doc(article, entities=mentions, places=places)
    assert doc.actors == ("Harlow Media", "Brisk Press", "Ada Abernathy")  # no demonym
    assert doc.resolved_places == ("Vessa",)
    linker = StoryLinker()
    linker.link([doc])
    entry, = build_timeline(linker.state, {doc.article_id: doc}, timexes={})
    assert entry.actors[:2] == ["Harlow Media", "Brisk Press"] and entry.place == "Vessa"


def test_story_listing_counts_in_words_and_says_when_no_outlet_is_named():
    from dateline.models import Happening, Story

    lone = Story("s1", "Ferry cuts", ["a"], "2019-07-02", "2019-07-02", [],
                 [Happening("h1", "Ferry cuts", ["a"], "2019-07-02", "2019-07-02", [])])
    text = format_stories([lone])
    assert "1 article ·" in text and "no outlet named" in text and "(1 article)" in text
    pair = Story("s2", "Lake summit", ["p", "q"], "2019-03-12", "2019-03-15", ["Lake Post", "Vessa Radio"], [])
    assert "2 articles · 2 outlets: Lake Post, Vessa Radio" in format_stories([pair])


def test_an_entry_s_place_falls_back_to_the_wire_dateline_not_to_unresolved_names():
    from dateline.link.stories.adapter import story_doc
    from dateline.models import Article, Place

    text = "Dock workers walked out on Monday, and the Stadia service was down in Brellin."
    article = Article.from_text(text, title="Dockers strike", published="2019-06-03", dateline_place="BRELLIN")
    unresolved = Place(article.id, "Stadia", "Stadia", None, None, None, None, None, text.index("Stadia"),
                       text.index("Stadia") + 6)
    assert story_doc(article, places=[unresolved]).resolved_places == ("Brellin",)
    undated_line = Article.from_text(text, title="Dockers strike", published="2019-06-03")
    assert story_doc(undated_line, places=[unresolved]).resolved_places == ()
