"""Amounts: numbers with what they count (placeholder until issue 4 lands)."""

from __future__ import annotations

from dateline.analyse.parsed import ParsedArticle
from dateline.models import Amount


def extract_amounts(parsed: ParsedArticle) -> list[Amount]:
    return []
