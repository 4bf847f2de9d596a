"""The time-expressions extractor's registry entry."""

from dateline.analyse.registry import Extractor
from dateline.analyse.time import extract_timexes
from dateline.models import Timex

COMPONENT = Extractor(
    name="timexes",
    function=extract_timexes,
    record=Timex,
    table="timexes",
    indexes=(("value",),),
    doc="time expressions normalised to TIMEX3 values",
)
