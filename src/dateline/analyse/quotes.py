"""Quotations and their speakers (placeholder until issue 3 lands)."""

from __future__ import annotations

from dateline.analyse.parsed import ParsedArticle
from dateline.models import EntityMention, Quote


def extract_quotes(parsed: ParsedArticle, entities: list[EntityMention]) -> list[Quote]:
    return []
