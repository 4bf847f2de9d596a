"""A user's own actor dictionary: read from TSV, CSV or YAML, checked line by line, and used
by the event coder (and its role resolution) before the shipped dictionary."""

from __future__ import annotations

import json
import sqlite3
import pytest
from click.testing import CliRunner

from dateline.analyse.events import actor_for
from dateline.analyse.events import lexicon
from dateline.analyse.events.actor_files import read_actor_file, read_actor_files
from dateline.cli import cli
from dateline.errors import DataFileError

YAML = """\
# ministers of a country our dictionary does not know yet
- name: Zorvan Telek
  aliases: [Telek, Z. Telek]
  country: POL
  sector: GOV
  start: 2024-01-01
  office: foreign minister
- name: Halvard Brenn
  country: NOR
  sector: MIL
"""
CSV = "name,aliases,country,sector,start,end,office\nZorvan Telek,Telek|Z. Telek,POL,GOV,2024-01-01,,foreign minister\n"
TSV = "# name\taliases\tcountry\tsector\tstart\tend\toffice\nZorvan Telek\tTelek|Z. Telek\tPOL\tGOV\t2024-01-01\t\tforeign minister\n"


@pytest.fixture(autouse=True)
def shipped_dictionary_after():
    yield
    lexicon.use_user_actors(())  # no other test codes with these rows


@pytest.mark.parametrize(("suffix", "text"), [(".yaml", YAML), (".csv", CSV), (".tsv", TSV)])
def test_the_three_formats_give_the_same_row(tmp_path, suffix, text):
    path = tmp_path / f"actors{suffix}"
    path.write_text(text, encoding="utf-8")
    rows = read_actor_file(path)
    assert rows[0] == ("Zorvan Telek", "Telek|Z. Telek", "POL", "GOV", "2024-01-01", "", "foreign minister")


@pytest.mark.parametrize(("name", "text", "line", "problem"), [
    ("a.yaml", "- name: Zorvan Telek\n  country: POL\n- name: Ida Marr\n  country: Norway\n", 3, "not an ISO-3 code"),
    ("a.yaml", "- name: Ida Marr\n  start: 2020-02-30x\n", 1, "dates must be YYYY-MM-DD"),
    ("a.yaml", "name: Ida Marr\n", 1, "expected a list of actors"),
    ("a.yaml", "- name: [unclosed\n", 2, "not valid YAML"),
    ("a.tsv", "# header\n\nIda Marr\t\tNOR\tgovernment\n", 3, "not a three-letter code"),
    ("a.csv", "name,country\nIda Marr,NOR\n,NOR\n", 3, "an actor needs a name"),
    ("a.csv", "who,country\nIda Marr,NOR\n", 1, "the CSV header must name"),
    ("a.tsv", "Ida Marr\t\tNOR\tGOV\t2021-01-01\t2020-01-01\n", 1, "ends (2020-01-01) before it starts"),
])
def test_a_bad_row_is_one_error_naming_file_and_line(tmp_path, name, text, line, problem):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        read_actor_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ") and problem in message and "\n" not in message


def test_a_missing_file_is_an_error_naming_it(tmp_path):
    with pytest.raises(DataFileError, match="missing.yaml: cannot read"):
        read_actor_files([str(tmp_path / "missing.yaml")])


def test_the_coder_knows_a_users_actor_and_office_and_forgets_them_when_told(tmp_path):
    assert actor_for("Zorvan Telek", "2025-05-01", person=True) is None
    path = tmp_path / "actors.yaml"
    path.write_text(YAML, encoding="utf-8")
    lexicon.use_user_actors(read_actor_files([str(path)]))
    telek = actor_for("Telek", "2025-05-01", person=True)
    assert telek is not None and (telek.name, telek.country, telek.sector) == ("Zorvan Telek", "POL", "GOV")
    # the office resolves a role to the user's holder for the date
    assert [e.name for e in lexicon.offices()[("POL", "foreign minister")]][0] == "Zorvan Telek"
    lexicon.use_user_actors(())
    assert actor_for("Zorvan Telek", "2025-05-01", person=True) is None


ARTICLE = """Title: Talks stall over the northern border

Published: 2026-03-02

Foreign Minister Zorvan Telek threatened Norland with sanctions on Monday, officials said.
"""


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_analyze_with_actors_gives_the_events_the_users_country(tmp_path, workers):
    for i in range(3):  # several articles, so that two workers each take some
        (tmp_path / f"article{i}.txt").write_text(ARTICLE.replace("Monday", ["Monday", "Tuesday", "Friday"][i]))
    (tmp_path / "actors.yaml").write_text(YAML, encoding="utf-8")
    runner = CliRunner()
    db = str(tmp_path / "d.db")
    result = runner.invoke(cli, ["analyze", *(str(p) for p in sorted(tmp_path.glob("*.txt"))), "--db", db, "-q",
                                 "--workers", str(workers), "--actors", str(tmp_path / "actors.yaml")])
    assert result.exit_code == 0, result.output
    out = tmp_path / "out"
    assert runner.invoke(cli, ["export", "--db", db, "--out", str(out)]).exit_code == 0
    events = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    sources = {(e["source"]["name"], e["source"]["country"], e["source"]["sector"]) for e in events}
    assert sources == {("Zorvan Telek", "POL", "GOV")}


@pytest.mark.slow
def test_a_bad_actor_file_stops_the_run_before_anything_is_stored(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "bad.csv").write_text("name,country\nIda Marr,Norway\n")
    db = tmp_path / "d.db"
    result = CliRunner().invoke(cli, ["analyze", str(tmp_path / "a.txt"), "--db", str(db), "--actors",
                                      str(tmp_path / "bad.csv")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.csv'}:2: country 'Norway' is not an ISO-3 code" in result.output
    if db.exists():
        with sqlite3.connect(db) as connection:
            assert connection.execute("SELECT count(*) FROM articles").fetchone() == (0,)
