"""The events extractor's registry entry (the lead's registry derives table, export and stats)."""

from dateline.analyse.events.actor_files import read_actor_files
from dateline.analyse.events.extract import extract_events
from dateline.analyse.registry import Extractor
from dateline.models import Event


def events_options(settings) -> dict:
    """The user's actor files (`--actors`, $DATELINE_ACTORS), read and checked once a run."""
    rows = read_actor_files(getattr(settings, "actors", ()))
    return {"actors": rows} if rows else {}


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
    configure=events_options,
)
