"""The error contract: a user's mistake is one line on stderr and exit code 1, never a traceback.

Every scorer is held to it through `dateline eval`: missing data, a split its data set does
not have, an option that does not apply."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from dateline.cli import cli
from dateline.evaluate import SCORERS

from conftest import CORPUS


def one_line_error(args: list[str]) -> str:
    """The error line `dateline ARGS` prints; fails when it printed a traceback or more."""
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    # an uncaught exception would be the result's exception; a handled one is SystemExit
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_missing_data_is_one_line(name, tmp_path):
    line = one_line_error(["eval", name, str(tmp_path / "absent")])
    assert "absent" in line


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_a_split_the_data_set_lacks_is_one_line(name, tmp_path):
    line = one_line_error(["eval", name, str(tmp_path), "--split", "no-such-split"])
    assert "split" in line


def test_amounts_has_no_splits():
    line = one_line_error(["eval", "amounts", str(CORPUS / "gold.json"), "--split", "dev"])
    assert "no splits" in line


def test_malformed_gold_file_is_one_line(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text("{not json", encoding="utf-8")
    assert "gold" in one_line_error(["eval", "amounts", str(bad)])
    bad.write_text(json.dumps(["a list"]), encoding="utf-8")
    assert "not a corpus gold file" in one_line_error(["eval", "amounts", str(bad)])


def test_polnear_root_without_a_split_is_one_line(tmp_path):
    assert "pick a split" in one_line_error(["eval", "polnear", str(tmp_path)])
    assert "no PolNeAR split 'dev'" in one_line_error(["eval", "polnear", str(tmp_path), "--split", "dev"])


def test_tempeval_folder_without_timeml_is_one_line(tmp_path):
    assert "no .tml files" in one_line_error(["eval", "tempeval", str(tmp_path)])


def test_unknown_scorer_is_a_usage_error():
    result = CliRunner().invoke(cli, ["eval", "no-such-scorer", "."])
    assert result.exit_code == 2 and "Traceback" not in result.output


@pytest.mark.parametrize("command", ["stats", "relink"])
def test_a_missing_database_is_one_line(command, tmp_path):
    assert "no database" in one_line_error([command, "--db", str(tmp_path / "none.db")])


def test_an_unopenable_database_is_one_line(tmp_path):
    not_sqlite = tmp_path / "text.db"
    not_sqlite.write_text("these are not the bytes of a database\n" * 100, encoding="utf-8")
    one_line_error(["stats", "--db", str(not_sqlite)])
