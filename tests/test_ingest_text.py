from pathlib import Path

import pytest

from dateline.errors import ReadError
from dateline.ingest import read_file
from dateline.ingest.fields import filename_date
from dateline.ingest.text import metadata_line, parse_text_article, split_metadata_run_in
from dateline.models import IngestError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest" / "txt"


def read_one(name):
    items = list(read_file(str(FIXTURES / name)))
    assert len(items) == 1 and not isinstance(items[0], IngestError), items
    return items[0]


def test_yaml_front_matter():
    raw = read_one("2021-06-14-harbour-gazette-port-strike.txt")
    assert raw.title == "Dockers shut Kirov port as pay talks collapse"
    assert (raw.source, raw.published, raw.published_from) == ("Harbour Gazette", "2021-06-14", "metadata")
    assert raw.url == "https://harbourgazette.example/news/2021/06/14/kirov-port-strike"
    assert raw.metadata == {"tags": ["strike", "ports", "Veldoria"], "author": "Lena Moss"}
    assert raw.text.startswith("KIROV, Veldoria, June 14 (Harbour Gazette) — Dockers at the port")


def test_metadata_lines_above_and_below_the_headline():
    raw = read_one("coastline-wire-budget-vote.txt")
    assert raw.title == "Veldoria's parliament delays budget vote"
    assert (raw.source, raw.published) == ("Coastline Wire", "2021-06-15")
    assert raw.url == "https://coastlinewire.example/politics/budget-vote-delayed"
    assert raw.metadata["author"] == "Tom Ray"
    assert raw.text.startswith("VELDA, June 15 (Coastline Wire) - Veldoria's parliament")


def test_date_line_without_colon_and_published_line():
    raw = read_one("kirov-strike-day-two.txt")
    assert (raw.title, raw.published, raw.source) == (
        "Kirov strike enters second day with no talks planned", "2021-06-15", "Veldoria Times",
    )
    assert raw.text.startswith("LIMA — Veldoria's trade ambassador")


def test_filename_date_when_metadata_has_none():
    raw = read_one("20210616_port-ansel-delays.txt")
    assert (raw.published, raw.published_from) == ("2021-06-16", "filename")
    assert raw.title == "Port Ansel braces for delays as Kirov strike enters third day"


def test_undated_file():
    raw = read_one("undated-note.txt")
    assert (raw.published, raw.published_from, raw.source) == (None, None, None)


def test_windows_1252_file():
    raw = read_one("kirov-cafes-windows-1252.txt")
    assert raw.title == "Café owners in Kirov count the cost of the strike"
    assert "“Nobody comes to the waterfront any more,” said José Martín" in raw.text
    assert "€2 million" in raw.text
    assert raw.metadata["encoding"] == "cp1252"


def test_utf16_file_with_bom():
    raw = read_one("talks-resume-utf16.txt")
    assert raw.title == "Strike talks to resume on Monday, mediator says"
    assert (raw.source, raw.published) == ("Harbour Gazette", "2021-06-18")
    assert 'agreed to "a cooling-off weekend"' in raw.text
    assert raw.metadata["encoding"] == "utf-16"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("date 2021-06-14", ("date", "2021-06-14")),
        ("Date: 14 June 2021", ("date", "14 June 2021")),
        ("Published: June 14, 2021 09:12 UTC", ("published", "June 14, 2021 09:12 UTC")),
        ("SOURCE: Harbour Gazette", ("source", "Harbour Gazette")),
        ("URL: https://harbourgazette.example/a", ("url", "https://harbourgazette.example/a")),
        ("By Jane Doe", ("author", "Jane Doe")),
        ("By Jane Doe and Tom Ray, Coastline Wire", ("author", "Jane Doe and Tom Ray, Coastline Wire")),
        ("Updated: 15 June 2021", ("updated", "15 June 2021")),
        ("By the time police arrived, the crowd had gone.", None),
        ("Date night in Kirov", None),
        ("Published reports say the port will reopen.", None),
        ("Dockers shut Kirov port", None),
    ],
)
def test_metadata_line(line, expected):
    assert metadata_line(line) == expected


@pytest.mark.parametrize(
    "name, expected",
    [
        ("2021-06-14-slug.txt", "2021-06-14"),
        ("20210614_slug.txt", "2021-06-14"),
        ("kirov_2021_06_14.txt", "2021-06-14"),
        ("report-123456789.txt", None),
        ("2021-13-45-slug.txt", None),
        ("slug.txt", None),
    ],
)
def test_filename_date(name, expected):
    assert filename_date(name) == expected


def test_one_line_file_is_body_without_title():
    raw = parse_text_article("Dockers walked out in Kirov on Monday.\n", origin="a.txt")
    assert (raw.title, raw.text) == (None, "Dockers walked out in Kirov on Monday.")


def test_long_first_sentence_is_not_a_headline():
    first = "Dockers at the port of Kirov walked out on Monday after pay talks with the port authority collapsed overnight."
    raw = parse_text_article(f"{first}\nThe union wants 9%.", origin="a.txt")
    assert raw.title is None and raw.text.startswith(first)


def test_invalid_yaml_front_matter_is_read_line_by_line():
    raw = parse_text_article("---\ntitle: Kirov: port shut\nsource: Harbour Gazette\n---\nDockers walked out.", origin="a.txt")
    assert (raw.source, raw.text) == ("Harbour Gazette", "Dockers walked out.")


def test_metadata_only_file_is_an_error():
    with pytest.raises(ReadError, match="no article text"):
        parse_text_article("Date: 14 June 2021\nSource: Harbour Gazette\n", origin="a.txt")


# --- the headline is the first line that reads as one

_BODY = (
    "Dockers at the port of Kirov walked out on Monday after talks on pay broke down, leaving dozens "
    "of ships waiting outside the harbour.\n\nThe union said the strike would last until the port "
    "authority offered a raise in line with inflation."
)


@pytest.mark.parametrize(
    "top",
    [
        "Asia Markets\nSign In\n",  # menu labels above the headline
        "Celebrity chef opens floating restaurant in Lakeside\n\n",  # another story's headline
        "Weather\n\nGardening Club Winners\n\n",
        "Velda Herald Insider\n\n(Comments are moderated)\n\n",  # a site's label, a bracketed note
        "Harbour Trade Survey 2021\n\n",  # a label with a year is still a label
    ],
)
def test_headline_is_the_first_line_that_reads_as_one(top):
    raw = parse_text_article(f"{top}Dockers strike at Kirov port as pay talks collapse\n\n{_BODY}", origin="x.txt")
    assert raw.title == "Dockers strike at Kirov port as pay talks collapse"
    # The lines above it stay in the body, for cleaning to judge (and record).
    assert raw.text.startswith(top.split("\n")[0])
    assert raw.text.endswith("in line with inflation.")


def test_no_headline_when_the_text_opens_with_prose():
    raw = parse_text_article(_BODY, origin="x.txt")
    assert raw.title is None and raw.text == _BODY


def test_a_date_run_into_the_first_paragraph_is_split():
    raw = parse_text_article(
        "Storm leaves Kirov without power\n\n"
        "Published 2019-06-14 The storm that hit Kirov on Thursday left 3,000 homes without power.\n\n"
        "Repairs will take a week, the utility said.",
        origin="x.txt",
    )
    assert (raw.title, raw.published, raw.published_from) == ("Storm leaves Kirov without power", "2019-06-14", "metadata")
    assert raw.text.startswith("The storm that hit Kirov on Thursday")


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Published 2019-06-14 The storm that hit Kirov.", ("published", "2019-06-14", "The storm that hit Kirov.")),
        ("Updated: June 14, 2019 09:12 UTC Rescuers reached the village.",
         ("updated", "June 14, 2019 09:12 UTC", "Rescuers reached the village.")),
        ("Date 14 June 2019 “We will rebuild,” the mayor said.", ("date", "14 June 2019", "“We will rebuild,” the mayor said.")),
        ("Published in 2019, the report found serious flaws.", None),
        ("Published: June 14, 2021 09:12 UTC", None),  # a plain metadata line
    ],
)
def test_split_metadata_run_in(line, expected):
    assert split_metadata_run_in(line) == expected
