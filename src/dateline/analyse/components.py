"""The extractors dateline runs on every article: one line each.

A new extractor is registered by adding its `COMPONENT` here; the pipeline, the store's
tables, export, stats and the benchmark all follow from this list.
"""

from dateline.analyse.amounts.component import COMPONENT as AMOUNTS
from dateline.analyse.entities.component import COMPONENT as ENTITIES
from dateline.analyse.events.component import COMPONENT as EVENTS
from dateline.analyse.places.component import COMPONENT as PLACES
from dateline.analyse.quotes.component import COMPONENT as QUOTES
from dateline.analyse.registry import Extractors
from dateline.analyse.time.component import COMPONENT as TIMEXES

EXTRACTORS = Extractors.of(ENTITIES, QUOTES, TIMEXES, AMOUNTS, PLACES, EVENTS)
