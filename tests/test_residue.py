"""Page residue judged in context (dateline.residue, through dateline.clean.clean_text).

Every article and residue line here is our own writing (the fictional Veldoria of the sample
corpus); none comes from an evaluation data set.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.clean import clean, clean_text
from dateline.models import RawArticle
from dateline.residue import describe, judge, outlet_repeats, strip_residue

# A story as a paper prints it: paragraphs, a subheading, a list, a quote, one-line paragraphs.
STORY = [
    "Dockers at the port of Kirov walked out on Monday after talks on pay broke down, leaving "
    "dozens of container ships waiting at anchor outside the harbour.",
    "The union, which represents about 4,000 dockers, said the strike would last until the port "
    "authority offered a raise in line with inflation.",
    "Talks collapse",
    "Negotiators for the port authority left the talks on Sunday night after the union rejected "
    "an offer of 4 per cent, officials on both sides said.",
    "\"We will not go back for less than inflation,\" said Marta Velic, the union's leader.",
    "What the union wants:",
    "- a 9 per cent raise for all dockers",
    "- shorter night shifts",
    "- a pension at 60",
    "Ships diverted",
    "Shipping lines began diverting vessels to Port Ansel, 80 km up the coast, where dockers "
    "worked extra shifts to handle the cargo.",
    "The strike continues.",
]

# Lines of the page around and inside such a story, as scraping leaves them.
RESIDUE = {
    "Asia Markets": "site-menu",
    "Terms of Use": "site-menu",
    "Subscriber Services": "site-menu",
    "E-Edition Apps": "site-menu",
    "Velda Herald | Local News": "site-title",
    "13.11.2021, 23:06": "timestamp",
    "Nov 20": "timestamp",
    "7:16 AM EST": "timestamp",
    "16 hours ago": "timestamp",
    "4.9K": "counter",
    "(1:12)": "counter",
}


def _body(lines: list[str]) -> str:
    return "\n\n".join(lines)


def _removed(text: str) -> dict[str, str]:
    return {line.text: line.reason for line in clean_text(text)[1]}


def test_the_story_alone_loses_nothing():
    text, removed = clean_text(_body(STORY))
    assert removed == []
    assert text == _body(STORY)


def test_residue_lines_around_and_inside_the_story_go_with_their_reasons():
    lines = (
        ["Asia Markets", "Velda Herald | Local News"]
        + STORY[:2] + ["4.9K"] + STORY[2:5] + ["Terms of Use"] + STORY[5:11] + ["(1:12)"] + STORY[11:]
        + ["Subscriber Services", "E-Edition Apps", "13.11.2021, 23:06", "Nov 20", "7:16 AM EST", "16 hours ago"]
    )
    text, removed = clean_text(_body(lines))
    assert text == _body(STORY)
    assert {line.text: line.reason for line in removed} == RESIDUE


def test_off_topic_labels_and_teasers_go_subheadings_stay():
    # Between two paragraphs: a label that heads nothing, another story's headline.
    lines = STORY[:1] + ["Celebrity chef opens floating restaurant in Lakeside"] + STORY[1:4] + [
        "Gardening Club Winners"
    ] + STORY[4:]
    removed = _removed(_body(lines))
    assert removed == {
        "Gardening Club Winners": "page-label",
        "Celebrity chef opens floating restaurant in Lakeside": "teaser",
    }


def test_page_edges_lose_labels_and_other_stories_headlines():
    lines = ["Weather Radar", "Horoscopes"] + STORY + [
        "Mayor of Lakeside unveils new tram map for summer festival",
        "Gardening Tips",
    ]
    removed = _removed(_body(lines))
    assert set(removed) == {
        "Weather Radar", "Horoscopes", "Mayor of Lakeside unveils new tram map for summer festival", "Gardening Tips",
    }
    assert set(removed.values()) <= {"page-edge", "teaser", "site-menu"}


def test_a_removed_line_never_takes_body_text_with_it():
    # Residue on its own line between hard-wrapped lines of a paragraph: only the residue goes.
    text = (
        "Dockers at the port of Kirov walked out on Monday after talks on pay broke down, leaving\n"
        "dozens of container ships waiting at anchor outside the harbour.\n\n"
        "Terms of Use\n\n"
        "The union said the strike would last until the port authority offered more."
    )
    cleaned, removed = clean_text(text)
    assert [line.text for line in removed] == ["Terms of Use"]
    assert "leaving dozens of container ships" in cleaned
    assert cleaned.endswith("the port authority offered more.")


def test_lists_tables_and_series_of_subheadings_stay():
    schedule = [
        "The ferry timetable for the strike weeks:",
        "June 10 – Kirov to Port Ansel, 08:00",
        "June 11 – Port Ansel to Lakeside, 09:30",
        "June 12 – Lakeside to Kirov, 07:45",
    ]
    results = ["KIROV WINS", "ANSEL HOLDS ON", "LAKESIDE SLIPS"]
    lines = STORY[:2] + schedule + STORY[3:5] + [results[0]] + STORY[5:6] + [results[1]] + STORY[10:11] + [results[2]] + STORY[11:]
    assert clean_text(_body(lines))[1] == []


def test_repetition_across_an_outlets_articles_is_a_pure_function():
    articles = [
        ["Velda Herald Morning Briefing", f"Story number {n} about the strike in Kirov, the union said."]
        for n in range(4)
    ] + [["A different story about ferries, officials said on Monday."]]
    repeats = outlet_repeats(articles, min_articles=3)
    assert repeats == frozenset({"Velda Herald Morning Briefing"})
    text, removed = clean_text(_body(["Velda Herald Morning Briefing"] + STORY), known_residue=repeats)
    assert text == _body(STORY)
    assert [(line.text, line.reason) for line in removed] == [("Velda Herald Morning Briefing", "outlet-repeat")]


def test_article_removed_lines_keep_reasons_and_text_is_stable():
    raw = RawArticle(origin="x.txt", title="Dockers strike in Kirov", text=_body(["Asia Markets"] + STORY + ["4.9K"]))
    article = clean(raw)
    assert article.text == _body(STORY)
    # Patterns go first, then the judging in context.
    assert [(line.text, line.reason) for line in article.removed] == [("4.9K", "counter"), ("Asia Markets", "site-menu")]


def test_judging_needs_prose_to_judge_against():
    # A page of short lines only (a fact box, a table) is kept whole: there is no story to compare.
    assert judge(["Kirov port", "Ships waiting: 40", "Dockers on strike: 4,000"]) == [None, None, None]


def test_describe_reads_shape():
    line = describe("Dockers at the port of Kirov walked out on Monday.")
    assert line.prose and line.sentence_end and not line.short
    assert describe("Asia Markets").title_case and describe("Asia Markets").short
    assert describe("- a pension at 60").list_item
    assert describe("See you at the rally! 🙂").sentence_end


# --- property: our own gold-like bodies lose nothing

_PARAGRAPHS = [
    "The port authority said it would meet union leaders again on Thursday, the third round of talks this month.",
    "Marta Velic, who has led the dockers' union since 2017, told reporters the offer was an insult.",
    "\"Nobody wants a long strike, but nobody can live on these wages,\" Velic said outside the port gates.",
    "Container traffic through Kirov fell by a third in the first week of the strike, the port authority said.",
    "The government has so far refused to intervene, saying pay is a matter for the port authority and the union.",
    "Shipping lines warned that shelves in Velda could empty within a fortnight if the strike went on.",
    "Dockers voted by 91 per cent to strike in a ballot last month, on a turnout of 78 per cent.",
    "Police said the picket lines at the port had been peaceful and no arrests had been made.",
]
# Subheadings pick up the words of the paragraph they head (as a paper's subheadings do).
_SECTIONS = [
    ("Talks on Thursday", "The port authority said talks on Thursday would be the last before the summer."),
    ("Pension demands", "The union also wants dockers to draw a full pension at 60, five years earlier than now."),
    ("Empty shelves", "Shops in Velda reported empty shelves as imported goods ran short."),
    ("What the ballot said", "The ballot showed 91 per cent of dockers backed the strike."),
]
_ONE_LINERS = ["The strike continues.", "Police are investigating.", "Talks resume on Thursday."]
_BULLETS = ["- 4,000 dockers on strike", "- 40 ships waiting", "- 3 rounds of talks", "• ferries diverted to Port Ansel"]

_section = st.one_of(
    st.sampled_from(_PARAGRAPHS).map(lambda p: [p]),
    st.sampled_from(_SECTIONS).map(list),
    st.lists(st.sampled_from(_BULLETS), min_size=2, max_size=4, unique=True).map(
        lambda items: ["The strike in numbers:"] + items
    ),
)


@settings(max_examples=200, deadline=None)
@given(
    first=st.sampled_from(_PARAGRAPHS),
    sections=st.lists(_section, min_size=1, max_size=8),
    closer=st.one_of(st.none(), st.sampled_from(_ONE_LINERS)),
)
def test_cleaning_gold_like_bodies_removes_nothing(first, sections, closer):
    lines = [first] + [line for section in sections for line in section] + ([closer] if closer else [])
    kept, removed = strip_residue(lines)
    assert removed == []
    assert kept == lines


# --- the story's opening and teasers cut short


def test_lines_above_a_wire_dateline_are_the_pages():
    # A caption and another story's blurb above "KIROV (Coastline Wire) —": the story opens there.
    lines = [
        "Dockers wave flags at the gates of the port of Kirov on Monday, as ships wait at anchor.",
        "Readers can pick the sections they want on the front page of the Velda Herald app.",
        "KIROV (Coastline Wire) — " + STORY[0],
    ] + STORY[1:]
    text, removed = clean_text(_body(lines))
    assert [(line.text, line.reason) for line in removed] == [(lines[0], "before-story"), (lines[1], "before-story")]
    assert text.startswith("KIROV (Coastline Wire) — Dockers")


def test_interview_lines_opening_with_a_name_and_colon_do_not_open_a_story():
    lines = [
        "The union's leader spoke to us on the picket line at the port gates on Monday morning.",
        "Q: How long will the strike last?",
        "Marta Velic: As long as it takes, until the port authority offers a fair raise.",
    ] + STORY[1:]
    assert clean_text(_body(lines))[1] == []


def test_a_blurb_cut_short_by_the_page_is_a_teaser():
    cut = (
        "A new ferry line between Port Ansel and Lakeside starts in June, the operator said. "
        "Tickets go on sale next week, with discounts for the"
    )
    lines = STORY[:3] + [cut + "…"] + STORY[3:] + ["Lakeside mayor unveils plans for a new tram line to the..."]
    removed = _removed(_body(lines))
    assert removed == {cut + "…": "teaser", "Lakeside mayor unveils plans for a new tram line to the...": "teaser"}


def test_an_ellipsis_the_writer_put_stays():
    lines = STORY[:2] + ["The dockers' answer came the next morning…", "So the strike goes on …"] + STORY[2:]
    assert clean_text(_body(lines))[1] == []


def test_a_headline_tells_what_the_story_opens_with():
    from dateline.residue import headline_support

    body = STORY + [
        "Elsewhere in Velda, a new gardening club opened its greenhouse to visitors on Sunday afternoon.",
    ]
    assert headline_support(describe("Dockers shut Kirov port as pay talks fail"), body) > 0.5
    # Another story's headline meets a word of the story only far below its opening.
    assert headline_support(describe("Gardening club opens greenhouse in Velda"), body) == 0.0


def test_top_lines_that_share_only_the_sites_name_are_not_a_list():
    lines = ["Browse Velda Herald", "Velda Herald Archives"] + STORY
    assert set(_removed(_body(lines))) == {"Browse Velda Herald", "Velda Herald Archives"}


def test_a_section_label_before_a_headline_is_no_dateline():
    lines = ["Weekend Magazine: The race to save the old cranes of Lakeside"] + STORY
    assert _removed(_body(lines)) == {"Weekend Magazine: The race to save the old cranes of Lakeside": "page-edge"}
    # "Kirov: ..." opening a sentence of the story is its dateline, kept.
    lines = ["Kirov: " + STORY[0]] + STORY[1:]
    assert clean_text(_body(lines))[1] == []


def test_after_the_story_a_wordy_headline_is_a_teaser_too():
    lines = STORY + ["How to read a port authority's pay offer, explained"]
    assert _removed(_body(lines)) == {"How to read a port authority's pay offer, explained": "teaser"}


def test_labels_a_paragraph_apart_that_share_a_first_word_are_no_list():
    # Two links of the same site left between paragraphs: alike only in their first word.
    lines = STORY[:1] + ["Herald Radio Lakeside"] + STORY[1:2] + ["Herald Podcasts: gardening in a dry summer"] + STORY[3:]
    assert set(_removed(_body(lines))) == {"Herald Radio Lakeside", "Herald Podcasts: gardening in a dry summer"}
    # Items of a list a paragraph apart share their figures: they stay.
    deals = STORY[:1] + ["Harbour cruise for $40"] + STORY[1:2] + ["Lakeside ferry pass for $25"] + STORY[3:]
    assert clean_text(_body(deals))[1] == []


def test_a_label_beside_a_subheading_and_a_one_line_paragraph_is_no_list():
    lines = STORY[:2] + ["Lakeside Boat Show Tickets", "Talks collapse", "The strike continues."] + STORY[3:]
    assert _removed(_body(lines)) == {"Lakeside Boat Show Tickets": "page-label"}


def test_a_subheading_is_on_topic_through_the_stems_of_its_words():
    # "Pension demands" meets "pensions" and "demanded" in the story, not the same words.
    lines = STORY[:2] + [
        "Older dockers demanded that pensions start at 60, five years earlier than the law allows now.",
        "Pension demands",
        "Ferries to Port Ansel ran on time, and the ferry company said bookings were up for the summer.",
    ] + STORY[3:]
    assert clean_text(_body(lines))[1] == []


def test_a_title_case_headline_inside_the_story_is_a_teaser_even_on_topic():
    headline = "Kirov Dockers Reject the Port Authority's Latest Offer"
    lines = STORY[:4] + [headline] + STORY[4:]
    assert _removed(_body(lines)) == {headline: "teaser"}
    # Wordy, but its function words are capitalised too: a headline's style, not a sentence's.
    wordy = "The Strike Is Over, But Not Every Docker Is Happy About It"
    lines = STORY[:4] + [wordy] + STORY[4:]
    assert _removed(_body(lines)) == {wordy: "teaser"}


def test_a_headline_run_into_its_standfirst_is_a_teaser():
    # A sentence ends inside the line, a bare word ends it: another story's link with its dek.
    dek = "Lakeside votes on a new tram line. Shopkeepers are not so sure"
    lines = STORY[:4] + [dek] + STORY[4:]
    assert _removed(_body(lines)) == {dek: "teaser"}
    # The story's own lines that end a sentence inside keep their last one, or end in a tag.
    own = STORY[:4] + ["The dockers cheered. Then they went home.", "Solidarity from Port Ansel. #dockers"] + STORY[4:]
    assert _removed(_body(own)) == {}


def test_a_long_headline_without_a_sentence_end_outside_the_story_is_a_teaser():
    # Long enough to read as prose, but it ends no sentence and stands beyond the story's last one.
    top = "Lakeside council approves new tram line to harbour after decade of bitter disputes over cost overruns"
    bottom = "Retired ferry captain from Port Ansel fined for sailing unlicensed boat across the bay at night during storm"
    lines = [top] + STORY + [bottom]
    assert _removed(_body(lines)) == {top: "teaser", bottom: "teaser"}
    # A last paragraph ending in a link (a tweet) stays.
    tweet = "The dockers of Kirov have shown the whole coast what solidarity looks like https://example.org/x1"
    assert _removed(_body(STORY + [tweet])) == {}


def test_references_and_editors_notes_in_square_brackets_stay():
    lines = [STORY[0], "[Harbour Gazette, issue 12, p. 4]"] + STORY[1:4] + [
        "[Quoted from the port authority's annual report,", "edition of 2019, page 31]",
    ] + STORY[4:] + ["[This story was updated on Tuesday]"]
    assert _removed(_body(lines)) == {}


def test_conventional_subheadings_stay_though_the_story_never_uses_their_words():
    lines = STORY[:2] + ["Background"] + STORY[3:10] + ["The bottom line:"] + STORY[10:]
    assert _removed(_body(lines)) == {}


def test_a_piece_of_a_sentence_whose_start_the_page_took_is_residue():
    lines = STORY[:3] + ["! And if you want the full guide, you can get"] + STORY[3:] + [
        "+Results vary with the weather. Sailing times are not guaranteed."]
    assert _removed(_body(lines)) == {lines[3]: "fragment", lines[-1]: "fragment"}


def test_topic_words_meet_their_family_not_words_that_only_start_alike():
    from dateline.residue import Topic
    topic = Topic([describe(p) for p in STORY])
    assert topic.uses("strikers") and topic.uses("negotiator") and topic.uses("diverted")
    # "international" shares only its first letters with "interview": no kin.
    interview = Topic([describe("The interview with the union's leader ran for an hour on Monday night.")])
    assert interview.uses("interviews") and not interview.uses("international")


def test_a_paragraph_wholly_in_quotation_marks_stays():
    quote = "“Worth every penny, and then some”"
    lines = STORY[:4] + [quote] + STORY[4:]
    assert _removed(_body(lines)) == {}


def test_title_case_subheadings_of_a_sectioned_story_stay():
    # A story in sections: its Title Case subheadings stay when their words are the story's
    # (all of them, or most in a story that has other subheadings); a site's label still goes.
    lines = STORY[:2] + [
        "Talks Collapse Overnight",
        STORY[3],
        "Pay and Pensions",
        "Older dockers want pensions at 60 and a raise in line with inflation, the union said.",
        "Harbour Weekly Podcast",
        "Ships Diverted North",
        STORY[10],
        "Cargo and Trade",
        "Traders in Port Ansel said cargo volumes doubled in a week as ships were diverted north.",
    ] + STORY[11:]
    assert _removed(_body(lines)) == {"Harbour Weekly Podcast": "page-label"}
    # Most of its words the story's, in a story with no other subheading: still a subheading.
    lines = STORY[:5] + ["Pensions, Pay and Harbour Politics", lines[5]] + STORY[10:]
    assert _removed(_body(lines)) == {}


def test_figures_alone_outside_the_story_go_rules_stay():
    lines = ["£3,000.00", "U.S."] + STORY + ["______________"]
    assert set(_removed(_body(lines))) == {"£3,000.00", "U.S."}


def test_a_label_and_colon_inside_the_story_is_no_dateline():
    teaser = "Harbour Weekly: Velda ports test a new way to load ships faster and..."
    lines = STORY[:4] + [teaser] + STORY[4:]
    assert _removed(_body(lines)) == {teaser: "teaser"}


# --- text written without spaces: topic words are pairs of characters

_JA_STORY = [
    "キーロフ港の港湾労働者は月曜日、賃金交渉が決裂したことを受けてストライキに入った。",
    "組合によると、ストライキは港湾当局がインフレに見合う賃上げを提示するまで続くという。",
    "交渉の決裂",
    "交渉は日曜日の夜に決裂し、港湾当局の代表は組合の提案を拒否した。",
    "港の沖には数十隻のコンテナ船が停泊したまま待機している。",
    "ストライキは続く。",
]


def test_unspaced_text_keeps_its_subheadings_and_one_liners():
    assert clean_text(_body(_JA_STORY))[1] == []


def test_unspaced_labels_teasers_and_notes_outside_the_story_go():
    lines = ["大阪在住。1980年生。"] + _JA_STORY[:2] + ["旅行・グルメ"] + _JA_STORY[2:4] + [
        "新型スマートフォンの発売日が決定、価格は据え置きへ"
    ] + _JA_STORY[4:]
    assert _removed(_body(lines)) == {
        "大阪在住。1980年生。": "page-edge",
        "旅行・グルメ": "page-label",
        "新型スマートフォンの発売日が決定、価格は据え置きへ": "teaser",
    }


def test_page_titles_with_a_year_go_spans_of_dates_and_tables_stay():
    lines = STORY + ["Lakeside Boat Show 2021 | dates, tickets and exhibitors", "Kirov Jazz Nights 2020 | Review"]
    assert _removed(_body(lines)) == {
        "Lakeside Boat Show 2021 | dates, tickets and exhibitors": "site-title",
        "Kirov Jazz Nights 2020 | Review": "site-title",
    }
    # (A span of dates is no page title; whether it stays is judged like any short line.)
    span = STORY[:2] + ["3 June 2019 | 21 June 2019"] + STORY[2:]
    assert _removed(_body(span)).get("3 June 2019 | 21 June 2019") != "site-title"
