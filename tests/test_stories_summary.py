"""Timeline summaries and actors as a demanding reader wants them (sentences written for these tests)."""

from dateline.link.identities.clusters import _given_names_agree
from dateline.link.stories.adapter import is_actor_name
from dateline.link.stories.records import StoryDoc
from dateline.link.stories.summary import addresses_reader, is_boilerplate, summary_sentence
from dateline.link.stories.timeline import _most_named, _statement
from dateline.models import Timex
from dateline.vocabulary.names import name_tokens, surname_and_given


def _summary(title, body, *, actors=(), places=(), timexes=(), events=(), dated_by=None, date=None):
    doc = StoryDoc("a", title, body, published="2019-11-19", actors=tuple(actors), resolved_places=tuple(places))
    return summary_sentence(doc, timexes, events, _statement, dated_by, date)


def test_a_disclosure_or_a_reading_time_line_is_no_summary():
    assert is_boilerplate("This post has been compensated by Lakeside Media and its advertiser.")
    assert is_boilerplate("Tempo de leitura: 3 minutos")
    assert is_boilerplate("What's new in 4.1 (spring update)?")
    assert is_boilerplate("quinta-feira, 14 de março de 2019 às 09:40")
    assert not is_boilerplate("The ferry firm disclosed a loss of 40 million euros on Monday.")
    body = ("This shop has been compensated by Brightline Inc. and its advertiser. All opinions are mine alone.\n\n"
            "When you live somewhere this pretty it is hard to stay inside.")
    # nothing in the body reports: the headline says it best
    assert _summary("Easy Lake Picnic Kit", body, actors=("Brightline Inc.",)) == "Easy Lake Picnic Kit"


def test_a_rhetorical_line_gives_way_to_the_sentence_that_reports():
    body = ("Remember the hunt for a state motto?\n\nEnter Vessa to throw down the gauntlet. "
            "The state's new slogan for a road safety drive drew scorn on social media Monday.")
    monday = Timex("a", "Monday", "DATE", "2019-11-18", body.index("Monday"), body.index("Monday") + 6, "x", "text")
    assert _summary("Vessa doubles down on its slogan", body, places=("Vessa",), timexes=[monday]).startswith(
        "The state's new slogan")


def test_the_lead_sentence_says_more_than_its_headline():
    body = ("N.Y. trims deficit to extend streak to 9\n\nOrla Brandt scored twice to lift the Harbor Hawks "
            "over the Lake Kings 4-3 on Tuesday night. Brandt has eleven goals this season.")
    tuesday = Timex("a", "Tuesday night", "TIME", "2019-11-19TNI", body.index("Tuesday"), body.index("Tuesday") + 13,
                    "x", "text")
    title = "Tuesday's hockey: Harbor Hawks edge Lake Kings"
    in_title = Timex("a", "Tuesday", "DATE", "2019-11-19", 0, 7, "x", "title")
    found = _summary(title, body, actors=("Orla Brandt",), timexes=[tuesday, in_title], dated_by=title, date="2019-11-19")
    assert found.startswith("Orla Brandt scored twice")
    # the first sentence that reports, before a later one that reports more
    body = ("Three cases of fever have been confirmed in Vessa, officials said. "
            "Later that evening, Dr Ama Kell said the clinic had closed.")
    assert _summary("Fever cases in Vessa", body, actors=("Ama Kell",), places=("Vessa",)).startswith("Three cases")


def test_advice_to_the_reader_is_no_report_unless_quoted():
    assert addresses_reader("If you have done the plan, you have seen the results.")
    assert not addresses_reader("“You cannot win them all,” coach Ida Varn said on Sunday.")


def test_measures_lower_case_phrases_and_common_words_are_no_actors():
    text = "Our strategy lifted the CTR of the ads. Halden Media said the bird fancier was well."
    assert not is_actor_name("CTR", text)
    assert not is_actor_name("bird fancier", text)
    assert not is_actor_name("Strategy", text)
    assert not is_actor_name("Tomas Veld 1", text)
    assert is_actor_name("Halden Media", text)
    assert is_actor_name("NASA", text)


def test_a_quoted_or_coded_party_ranks_above_a_name_merely_listed():
    rankings = [("Lake Index", "Ida Varn", "Vessa Bank")]
    assert _most_named(rankings, 2, {"Vessa Bank"}) == ["Lake Index", "Vessa Bank"]
    assert _most_named(rankings, 2, {"The police"}) == ["Lake Index", "Ida Varn"]  # no ranked name: nothing shown


def test_a_short_first_name_and_a_generational_suffix_join_one_person():
    assert surname_and_given(name_tokens("Tomas Varga Jr."))[0] == "varga"
    assert _given_names_agree(["pat"], ["patrick"])
    assert not _given_names_agree(["pat"], ["peter"])
