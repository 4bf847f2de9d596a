"""The places extractor's entry in the extractor registry."""

from dateline.analyse.places.extract import extract_places
from dateline.analyse.registry import Extractor
from dateline.models import Place

COMPONENT = Extractor(
    name="places",
    function=extract_places,
    record=Place,
    table="places",
    requires=("entities",),
    key=("article_id", "field", "start", "end"),
)
