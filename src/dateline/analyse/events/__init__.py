"""Events: who did what to whom (PLOVER categories over CAMEO codes), with actors' countries
and sectors, mode, date and quote. `extract_events` is the extractor; `actor_for` resolves any
phrase to an actor and is shared with the other stages."""

from dateline.analyse.events.actors import ActorRef, acceptable_name, actor_for
from dateline.analyse.events.extract import extract_events

__all__ = ["ActorRef", "acceptable_name", "actor_for", "extract_events"]
