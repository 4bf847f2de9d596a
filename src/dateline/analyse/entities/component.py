"""The entities extractor's registry entry: each person and organisation with its actor sector."""

from dateline.analyse.entities import extract_entities
from dateline.analyse.events.mentions import with_entity_sectors
from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.registry import Extractor
from dateline.models import EntityMention


def entities_with_sectors(parsed: ParsedArticle) -> list[EntityMention]:
    """The article's entity mentions, people and organisations with the sector their roles (or
    the actor dictionary, for the article's date) give them."""
    published = (parsed.article.published or "")[:10] or None
    return with_entity_sectors(extract_entities(parsed), published)


COMPONENT = Extractor(
    name="entities",
    function=entities_with_sectors,
    record=EntityMention,
    table="entity_mentions",
    key=("article_id", "field", "start", "end", "type"),
    doc="people, organisations, places and groups, resolved within the article",
)
