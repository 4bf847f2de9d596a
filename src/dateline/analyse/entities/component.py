"""The entities extractor's registry entry."""

from dateline.analyse.entities import extract_entities
from dateline.analyse.registry import Extractor
from dateline.models import EntityMention

COMPONENT = Extractor(
    name="entities",
    function=extract_entities,
    record=EntityMention,
    table="entity_mentions",
    key=("article_id", "field", "start", "end", "type"),
    doc="people, organisations, places and groups, resolved within the article",
)
