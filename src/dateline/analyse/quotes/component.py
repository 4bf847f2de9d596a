"""The quotes extractor's registry entry: quotes read the entities to resolve speakers."""

from dateline.analyse.quotes import extract_quotes
from dateline.analyse.registry import Extractor
from dateline.models import Quote

COMPONENT = Extractor(
    name="quotes",
    function=extract_quotes,
    record=Quote,
    table="quotes",
    requires=("entities",),
    key=("id",),
    indexes=(("article_id",),),
    order=("article_id", "field", "start"),
    doc="direct and reported speech with its speaker",
)
