"""Time expressions normalised to TIMEX3 (placeholder until issue 4 lands)."""

from __future__ import annotations

from dateline.analyse.parsed import ParsedArticle
from dateline.models import Timex


def extract_timexes(parsed: ParsedArticle) -> list[Timex]:
    return []
