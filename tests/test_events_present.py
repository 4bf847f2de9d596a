"""`dateline events`: selecting and printing stored event rows."""

from __future__ import annotations

from click.testing import CliRunner

from dateline.cli import cli
from dateline.present.events import format_event, select_events

ROWS = [
    {"category": "DEMAND", "mode": "demanded", "trigger": "demanded", "date": "2024-03-02",
     "sentence": "Kenya demanded that Somalia withdraw its troops.",
     "source": {"name": "Kenya", "country": "KEN", "sector": "GOV", "entity_id": "e1"},
     "target": '{"name": "Somalia", "country": "SOM", "sector": "GOV", "entity_id": null}'},
    {"category": "FIGHT", "mode": "asserted", "trigger": "shelled", "date": None,
     "sentence": "Peruvian troops shelled rebel positions.",
     "source": {"name": "Peruvian troops", "country": "PER", "sector": "MIL"}, "target": None},
]


def test_select_by_actor_and_category():
    assert [r["trigger"] for r in select_events(ROWS, actor="somalia")] == ["demanded"]
    assert [r["trigger"] for r in select_events(ROWS, actor="PER")] == ["shelled"]
    assert [r["trigger"] for r in select_events(ROWS, category="fight")] == ["shelled"]
    assert list(select_events(ROWS, actor="Chile")) == []


def test_format_event_reads_as_a_line():
    text = format_event(ROWS[0])
    assert "DEMAND [demanded]" in text and "Kenya (KEN/GOV) -> Somalia (SOM/GOV)" in text
    assert "undated" in format_event(ROWS[1]) and "-> -" in format_event(ROWS[1])


def test_events_command_without_a_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code != 0
    assert "no database" in result.output and "Traceback" not in result.output
