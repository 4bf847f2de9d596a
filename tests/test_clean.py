import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.clean import (
    clean,
    clean_text,
    dateline_date_iso,
    furniture_reason,
    load_furniture,
    parse_furniture,
    split_dateline,
)
from dateline.models import Article, RawArticle


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Sign up for our daily newsletter to get the latest news in your inbox.", "newsletter"),
        ("Get our free Morning Briefing newsletter delivered to your inbox every day", "newsletter"),
        ("By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy.", "consent"),
        ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "consent"),
        ("We use cookies to improve your experience on our site.", "cookie-notice"),
        ("By continuing to browse the site you agree to our use of cookies.", "cookie-notice"),
        ("Read more: Strike spreads to Port Ansel", "read-more"),
        ("READ MORE: Kirov dockers vote on pay offer", "read-more"),
        ("Read more", "read-more"),
        # headings left above a list of links the extractor dropped
        ("Most read in harbour news", "read-more"),
        ("MOST POPULAR", "read-more"),
        ("Trending in Velda", "read-more"),
        ("More:", "read-more"),
        ("Also:", "read-more"),
        ("SEE MORE: Ferry fares frozen for a year", "read-more"),
        ("Story continues below gallery", "read-more"),
        ("Staff Reports", "byline"),
        ("From staff and wire reports", "byline"),
        ("Continue reading the main story", "read-more"),
        ("Related: Port closures hit exports", "related"),
        ("Related articles", "related"),
        ("WATCH: Dockers march through Kirov", "video-prompt"),
        ("Video: Ferry Aurora towed into dry dock", "video-prompt"),
        ("Watch the full interview", "video-prompt"),
        ("Image: Getty", "photo-credit"),
        ("Photo: Tom Ray/Coastline Wire", "photo-credit"),
        ("Photograph: Lena Moss / Getty Images", "photo-credit"),
        ("A docker waves a flag in Kirov on Monday. Photograph: Lena Moss/Getty Images", "photo-credit"),
        ("Photo by Lena Moss/Coastline Wire", "photo-credit"),
        ("AFP via Getty Images", "photo-credit"),
        ("Strikers gather outside the port gates [File: Lena Moss/Coastline Wire]", "file-caption"),
        ("Source: Harbour Gazette Full Article", "aggregator"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("Share this article", "share"),
        ("Share | Tweet | Email", "share"),
        ("Follow us on Twitter", "follow"),
        ("Follow Tom Ray on Twitter for live updates", "follow"),
        ("Click here to subscribe", "click-here"),
        ("Tap here to track ships arriving in Port Ansel", "click-here"),
        ("© 2021 Harbour Gazette Media. All rights reserved.", "copyright"),
        ("(Reporting by Jane Doe; Editing by Tom Ray)", "wire-trailer"),
        ("Updated: June 14, 2021 09:12 UTC", "timestamp"),
        ("Monday 21 June 2021 · 4 min read", "timestamp"),
        ("27/09/2021", "timestamp"),
        ("13.11.2021, 23:06", "timestamp"),
        ("- 2021-09-16", "timestamp"),
        ("7:16 AM EST", "timestamp"),
        ("Updated at 1:23 p.m.", "timestamp"),
        ("May 2021", "timestamp"),
        ("Nov 20", "timestamp"),
        ("16 hours ago", "timestamp"),
        ("• 2 min read", "timestamp"),
        ("(1:12)", "counter"),
        ("4.9K", "counter"),
        ("12 comments", "share"),  # (the share rule, listed first, already knew comment counts)
        ("No comments yet", "counter"),
        ("Comments are closed.", "reader-prompt"),
        ("Your email address will not be published. Required fields are marked *", "comment-form"),
        ("Notify me of new posts by email.", "comment-form"),
        ("Please log in using one of these methods to post your comment:", "comment-form"),
        ("O seu endereço de e-mail não será publicado.", "comment-form"),
        ("The material on this site may not be reproduced without the written permission of the Velda Herald.", "site-notice"),
        ("Photo illustration by Velda Herald. Photo by Lena Moss.", "photo-credit"),
        ("Get our weekly port briefing delivered right to you. No charge.", "newsletter"),
        ("Cranes stand idle at the port of Kirov on Monday. Credit: Lena Moss", "photo-credit"),
        ("Marta Velic, the union's leader, left, and Tom Ray, the port's director, at the talks in Kirov on Monday.", "caption"),
        ("Dockers on the picket line at the port gates (at left; the harbour office at right).", "caption"),
        ("Subscribe to Velda Herald on YouTube for more harbour news:", "follow"),
        ("Yes, reopen the ferry line (29%, 1,186 Votes)", "poll"),
        ("Harbour Gazette is a registered trademark of Velda Media Ltd. All other marks belong to their owners.", "site-notice"),
        ("12 Harbour Road, Suite 4, Springfield, IL 62704", "contact"),
        ("Velda Media Group, Ltd.", "site-notice"),
        ("+41 (0)55 280 43 05", "contact"),
        ("Tel: (509) 459-5382", "contact"),
        ("newsdesk@harbourgazette.example", "contact"),
        ("Beritahu saya pos-pos baru lewat surat elektronik.", "comment-form"),
        ("Prévenez-moi de tous les nouveaux articles par e-mail.", "comment-form"),
        ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "comment-form"),
        ("Harbour Gazette is a subsidiary of Velda Media Group, LLC.", "site-notice"),
        ("CONTINUE TO HARBOUR GAZETTE BUSINESS CONTENT", "read-more"),
        ("Your California Privacy Rights", "site-menu"),
        ("1.204 usuários on-line", "counter"),
        ("Subscribe to the Harbour Daily newsletter for the week's port news", "newsletter"),
        ("Sign up for our daily email.", "newsletter"),
        ("37 commentaires", "counter"),
        ("Do Not Sell My Personal Information", "site-menu"),
    ],
)
def test_furniture_lines_are_recognised(line, reason):
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said she would read more reports.",
        "Read more reports before you decide, the minister urged lawmakers.",
        "The ministry asked citizens to subscribe to its newsletter.",
        "The newsletter, published weekly by the union, called for a strike.",
        "Photographs by a local resident showed the damaged bow.",
        "Pictures of the collision spread quickly on social media.",
        "Related-party transactions rose by 4% last year.",
        "Video-sharing platforms were told to remove the footage.",
        "Like many on Twitter, the mayor was angry.",
        "The EU said websites must ask users to consent to cookies.",
        "Reporting by the agency showed gaps in the safety record.",
        "Published in 2019, the report found serious flaws.",
        "Advertisement spending fell by a third during the strike.",
        "Click-and-collect orders doubled, the retailer said.",
        "Source: the port authority, which gave no figures.",
        "Share prices in Kirov fell 3% on Monday.",
        "Follow-up talks are planned for Friday.",
        "May 2021 was the wettest month on record.",
        "16 hours ago, the ferry left Kirov with 300 passengers.",
        "The union said 12 comments by the minister had angered dockers.",
        "Comments by the mayor were later withdrawn.",
        "The information on the website of the port authority was out of date, the union said.",
        "Photographs by a local resident showed the damaged bow.",
        "Dockers get their pay delivered in cash, the union said.",
        "At 7:16 a.m. the first ship left the harbour.",
        "The union gave the minister credit: he had listened, Velic said.",
        "Call 112 in an emergency, police said.",
        "14 11 6 15 44",
        "1990 - 2020",
        "The minister turned left, then right, at the harbour gate before speaking to reporters.",
        "Parties of the left, right and centre backed the pension deal.",
        "The union asked members to subscribe to its channel for updates on the strike.",
        "In a poll of dockers, 29% voted to return to work.",
        "The logo is a registered design, the court heard.",
        "Velda Media Group, Ltd. bought the paper in 2015.",
        "The office at 12 Harbour Road was closed, police said.",
        "The ferry line is a subsidiary of the port authority, the union said.",
        "Continue to the harbour gate and turn left, the guard told reporters.",
        "Your privacy rights matter, the union's lawyer told dockers.",
        "1.204 usuários on-line assinaram a petição dos estivadores.",
        "Sign up for the ferry pass using the same email as your harbour account",
        "Most read the report before the vote, the union said.",
        "Most popular in Kirov were the night ferries.",
        "Trending upward, port shares rose 3% on Monday.",
        "More: the union wants a 6% rise.",
        "Staff reports from the harbour office were read to the court.",
        "The story continues below the surface, the diver said.",
    ],
)
def test_news_sentences_stay(sentence):
    assert furniture_reason(sentence) is None
    text, removed = clean_text(sentence)
    assert text == sentence and removed == []


def test_clean_text_removes_furniture_and_keeps_reasons():
    raw = (
        "Dockers at the port of Kirov walked out on Monday.\n"
        "Sign up for our daily newsletter to get the latest news in your inbox.\n"
        "Read more: Strike spreads to Port Ansel\n"
        "Advertisement\n"
        "\"We will not back down,\" said Marta Velic.\n"
    )
    text, removed = clean_text(raw)
    assert text == "Dockers at the port of Kirov walked out on Monday.\n\n\"We will not back down,\" said Marta Velic."
    assert [(r.reason, r.text) for r in removed] == [
        ("newsletter", "Sign up for our daily newsletter to get the latest news in your inbox."),
        ("read-more", "Read more: Strike spreads to Port Ansel"),
        ("advertisement", "Advertisement"),
    ]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Dockers\u00a0walked   out.\r\nThe port closed.\r\n", "Dockers walked out.\n\nThe port closed."),
        ("Dockers walked out.\n\n\n\n   The port closed.   ", "Dockers walked out.\n\nThe port closed."),
        ("Kir\u200bov port\ufeff closed.\u2028Talks resume.", "Kirov port closed.\n\nTalks resume."),
        ("\t“Never,” she said.\x00", "“Never,” she said."),  # curly quotes kept as written
        ('"Never," she said.', '"Never," she said.'),
        (
            "The union's leader, who has led the talks for three weeks, said the\n"
            "strike would go on until wages rose.",
            "The union's leader, who has led the talks for three weeks, said the strike would go on until wages rose.",
        ),
        ("Strike shuts Kirov port\nDockers walked out on Monday.", "Strike shuts Kirov port\n\nDockers walked out on Monday."),
        ("Demands:\n- a 9% raise\n- shorter shifts", "Demands:\n\n- a 9% raise\n\n- shorter shifts"),
    ],
)
def test_clean_text_whitespace(raw, expected):
    assert clean_text(raw)[0] == expected


@pytest.mark.parametrize(
    "text, place, date_text, rest",
    [
        ("GENEVA, June 14 (Reuters) - Talks resumed on Monday.", "GENEVA", "June 14", "Talks resumed on Monday."),
        ("Nairobi: Heavy rain closed the airport.", "Nairobi", None, "Heavy rain closed the airport."),
        ("LIMA — The government fell.", "LIMA", None, "The government fell."),
        ("KIROV, Veldoria, March 3 (Coastline Wire) — Dockers walked out.", "KIROV", "March 3", "Dockers walked out."),
        ("THE HAGUE (Harbour Gazette) -- Judges ruled on Friday.", "THE HAGUE", None, "Judges ruled on Friday."),
        ("NEW YORK, Jan. 5 -- Shares rose.", "NEW YORK", "Jan. 5", "Shares rose."),
        ("PARIS/BERLIN, 14 June (Reuters) - Leaders met.", "PARIS/BERLIN", "14 June", "Leaders met."),
        ("SAN JOSÉ, Costa Rica — Voters went to the polls.", "SAN JOSÉ", None, "Voters went to the polls."),
        ("Kirov, Veldoria (Coastline Wire) — Dockers voted.", "Kirov", None, "Dockers voted."),
        ("(Coastline Wire) - Shares rose in Velda.", None, None, "Shares rose in Velda."),
        # a dateline a page set apart by markup alone, glued to the text in plain text
        ("Kirov (CNN Business)Dockers voted to end the strike.", "Kirov", None, "Dockers voted to end the strike."),
        ("Kirov, Veldoria (Reuters)“We will not go back,” a docker said.", "Kirov", None, "“We will not go back,” a docker said."),
    ],
)
def test_split_dateline(text, place, date_text, rest):
    assert split_dateline(text) == (place, date_text, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Rain — and lots of it — fell on Kirov.",
        "Update: The strike is over.",
        "The minister said: no deal.",
        "President Ostrova: We will not back down.",
        "Officials said the port was closed.",
        "BREAKING — Port closed",
        "Halden Motors (HLDN)Shares fell by a tenth.",  # a glued bracket needs an agency's tag
    ],
)
def test_not_a_dateline(text):
    assert split_dateline(text) == (None, None, text)


@pytest.mark.parametrize(
    "date_text, published, expected",
    [
        ("June 14", "2021-06-14", "2021-06-14"),
        ("Dec. 31", "2022-01-02", "2021-12-31"),
        ("June 14", None, "June 14"),
        ("Monday", "2021-06-14", "Monday"),
        (None, "2021-06-14", None),
    ],
)
def test_dateline_date_iso(date_text, published, expected):
    assert dateline_date_iso(date_text, published=published) == expected


def test_clean_builds_the_article():
    raw = RawArticle(
        origin="wire/kirov.txt",
        title="  Dockers shut  Kirov port ",
        text=(
            "Dockers shut Kirov port\n\n"
            "KIROV, Veldoria, June 14 (Coastline Wire) — Dockers at the port of Kirov walked out on Monday.\n\n"
            "Advertisement\n\n"
            "\"We will not go back,\" said Marta Velic."
        ),
        published="2021-06-14",
        published_from="metadata",
        source="Coastline Wire",
        url="https://coastlinewire.example/kirov",
        metadata={"author": "Tom Ray"},
    )
    article = clean(raw)
    assert article is not None
    assert article.text == "Dockers at the port of Kirov walked out on Monday.\n\n\"We will not go back,\" said Marta Velic."
    assert article.id == Article.make_id(article.text)
    assert article.title == "Dockers shut Kirov port"
    assert (article.dateline_place, article.dateline_date) == ("KIROV", "2021-06-14")
    assert article.metadata == {"author": "Tom Ray", "dateline_region": "Veldoria", "dateline_agency": "Coastline Wire"}
    assert [r.reason for r in article.removed] == ["advertisement", "title-repeat"]
    assert article.language == "en"
    assert article.word_count == 18
    assert article.origins == ["wire/kirov.txt"]
    assert (article.published, article.published_from, article.source, article.format) == (
        "2021-06-14", "metadata", "Coastline Wire", "txt",
    )


def test_clean_returns_none_and_logs_when_only_furniture(caplog):
    raw = RawArticle(origin="box.txt", text="Advertisement\n\nShare this article\n\nFollow us on Twitter")
    with caplog.at_level(logging.INFO, logger="dateline.clean"):
        assert clean(raw) is None
    assert "box.txt: no article text left after cleaning (removed: advertisement, follow, share)" in caplog.text


def test_clean_drops_a_publication_date_that_is_not_a_date():
    article = clean(RawArticle(origin="a.txt", text="Dockers walked out.", published="soon", published_from="metadata"))
    assert (article.published, article.published_from) == (None, None)
    assert article.metadata["published_raw"] == "soon"


def test_furniture_file_is_extendable(tmp_path):
    rules_file = tmp_path / "furniture.txt"
    rules_file.write_text("# my outlet's boxes\npodcast-plug Listen to the Harbour Hour.*\n", encoding="utf-8")
    rules = load_furniture(rules_file)
    text, removed = clean_text("Dockers walked out.\nListen to the Harbour Hour on Fridays", rules=rules)
    assert text == "Dockers walked out."
    assert removed[0].reason == "podcast-plug"


@pytest.mark.parametrize("bad", ["no-regex-here", "reason (unclosed"])
def test_bad_furniture_rule_is_reported_with_its_line(bad):
    with pytest.raises(ValueError, match="rules:1"):
        parse_furniture(bad, name="rules")


_furniture_lines = st.sampled_from(
    ["Advertisement", "Read more: Port Ansel", "Share this article", "Photo: Tom Ray/Coastline Wire", "Related: Kirov"]
)
_news_lines = st.sampled_from(
    ["Dockers walked out on Monday.", "The union's leader, who has led the", "talks, said no", "", "  ", "\u00a0", "KIROV —", "“Never,” she said."]
)
_texty = st.lists(st.one_of(_furniture_lines, _news_lines, st.text(max_size=40)), max_size=12).map(
    lambda parts: "\n".join(parts)
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _texty))
def test_clean_text_is_idempotent_and_never_raises(text):
    once, _ = clean_text(text)
    twice, removed_again = clean_text(once)
    assert twice == once
    assert removed_again == []


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _texty), st.one_of(st.none(), st.text(max_size=40)), st.one_of(st.none(), st.text(max_size=30)))
def test_clean_never_raises(text, title, published):
    article = clean(RawArticle(origin="x", text=text, title=title, published=published))
    if article is not None:
        assert article.text.strip()
        assert article.id == Article.make_id(article.text)


def test_a_wire_dateline_alone_on_its_line_is_the_dateline_not_residue():
    from dateline.models import RawArticle

    raw = RawArticle(
        origin="wire.txt", title="Ministers agree on border talks",
        text="KIROV, August 21 (Coastline Wire) --\n\nThe interior ministers of Veldoria and Marenne "
             "agreed on Friday to reopen talks on the border crossings closed since the spring.",
    )
    article = clean(raw)
    assert (article.dateline_place, article.dateline_date) == ("KIROV", "August 21")
    assert not any("KIROV" in line.text for line in article.removed)
