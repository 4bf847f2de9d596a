"""The events extractor's registry entry (the lead's registry derives table, export and stats)."""

from dateline.analyse.events.extract import extract_events
from dateline.analyse.registry import Extractor
from dateline.models import Event

COMPONENT = Extractor(
    name="events",
    function=extract_events,
    record=Event,
    table="events",
    requires=("entities", "quotes", "timexes", "places"),
    indexes=(("article_id",),),
    order=("article_id", "field", "start", "end", "id"),
    doc="who did what to whom: PLOVER/CAMEO events with mode, date and place",
    key=("id",),
)
