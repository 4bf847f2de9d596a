"""Shared test helpers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT / "examples" / "corpus"


def shared_data(*parts: str) -> Path:
    """Where a public evaluation data set lives: $DATELINE_SHARED_DATA, else ../shared/data beside the project.

    The data sets are not shipped with dateline; tests that need one skip when it is absent.
    """
    root = Path(os.environ.get("DATELINE_SHARED_DATA", PROJECT.parent / "shared" / "data"))
    return root.joinpath(*parts)


def require_shared_data(*parts: str) -> Path:
    path = shared_data(*parts)
    if not path.exists():
        pytest.skip(f"{path} not found: set DATELINE_SHARED_DATA to the evaluation data to run this test")
    return path
