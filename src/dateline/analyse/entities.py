"""Named entities in one article, resolved within it (placeholder until issue 3 lands)."""

from __future__ import annotations

from dateline.analyse.parsed import ParsedArticle
from dateline.models import EntityMention


def extract_entities(parsed: ParsedArticle) -> list[EntityMention]:
    return []
