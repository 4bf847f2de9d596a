"""docs/cli.md is the `--help` of every command; this test fails when it falls behind.

Regenerate it with `make docs`.
"""

import os
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import cli

REFERENCE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def render_cli_reference() -> str:
    runner = CliRunner()
    parts = ["# dateline command reference", "",
             "Generated from each command's `--help` by `make docs`; do not edit by hand.", ""]
    for name in [None, *sorted(cli.commands)]:
        args = ([name] if name else []) + ["--help"]
        result = runner.invoke(cli, args, prog_name="dateline", terminal_width=88)
        assert result.exit_code == 0, result.output
        parts += [f"## dateline {name}" if name else "## dateline", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


def test_cli_reference_is_current():
    rendered = render_cli_reference()
    if os.environ.get("DATELINE_UPDATE_DOCS"):
        REFERENCE.write_text(rendered, encoding="utf-8")
    assert REFERENCE.read_text(encoding="utf-8") == rendered, "docs/cli.md is stale: run `make docs`"
