"""The quotes extractor's registry entry: quotes read the entities to resolve speakers."""

from dateline.analyse.events.speakers import with_speaker_actors
from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.quotes import extract_quotes
from dateline.analyse.registry import Extractor
from dateline.models import EntityMention, Quote


def quotes_with_speakers(parsed: ParsedArticle, *, entities: list[EntityMention]) -> list[Quote]:
    """The article's quotes, each speaker with the country and sector of the actor it is."""
    published = (parsed.article.published or "")[:10] or None
    return with_speaker_actors(extract_quotes(parsed, entities), entities, published)


COMPONENT = Extractor(
    name="quotes",
    function=quotes_with_speakers,
    record=Quote,
    table="quotes",
    requires=("entities",),
    key=("id",),
    indexes=(("article_id",),),
    order=("article_id", "field", "start"),
    doc="direct and reported speech with its speaker",
)
