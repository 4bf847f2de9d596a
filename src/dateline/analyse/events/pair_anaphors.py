"""'The two leaders', 'both sides': a subject that stands for the two parties just named.

"Kenyan President Ruto met Tanzanian President Hassan in Arusha. The two leaders agreed to
reopen the border." The second event's doers are Ruto and Hassan, as a reader takes them; the
phrase alone names no one (a sector at most). Its parties are those of the latest event of the
two sentences before with two distinct real parties (a source and a target, or a joint subject:
two sources on one trigger). As PLOVER codes a joint subject ("Israel and Lebanon renewed
negotiations"), each party is a source of its own event, the target the event's own, if any.
With no such event before it the phrase stays as it was."""

from __future__ import annotations

import re
from dataclasses import replace

from dateline.lexicons import words
from dateline.models import Actor, Event, stable_id

PAIR_NOUNS = frozenset(words("events/pair_nouns.txt"))
# "the two leaders", "both leaders", "both sides", "the two countries' leaders" is not one
PAIR = re.compile(r"^(?:the two|both(?: the)?|both of the two) ([a-z]+)$")
# how far back the pair may have been named: this sentence's and the two before
LOOKBACK_SENTENCES = 2


def pair_named(event: Event, earlier: list[Event], opened: list[int]) -> list[Event]:
    """The event once for each of the two parties its 'the two leaders' source stands for, or
    itself. `earlier`: the article's events so far; `opened`: where its sentences so far start."""
    if not pair_phrase(event.source):
        return [event]
    pair = last_pair(earlier, opened[max(0, len(opened) - 1 - LOOKBACK_SENTENCES)])
    if pair is not None and not _states_for_forces(event.source.name, pair):
        return as_the_pair(event, pair)
    if not (event.source.country or event.source.sector):
        event.source = None  # "both sides" with no two parties before it: no one named
    return [event]


# "both countries", "the two governments": states, not the armed forces that fought
# ("Veldorian and Marennese troops clashed. Both countries claim the valley")
STATE_PAIR_NOUNS = frozenset({"countries", "nations", "states", "governments"})
FORCE_SECTORS = frozenset({"MIL", "REB", "UAF", "COP"})


def _states_for_forces(text: str, pair: tuple[Actor, Actor]) -> bool:
    found = PAIR.match(" ".join(text.lower().split()))
    return found is not None and found.group(1) in STATE_PAIR_NOUNS and any(p.sector in FORCE_SECTORS for p in pair)


def pair_phrase(actor: Actor | None) -> bool:
    return actor is not None and pair_text(actor.name)


def pair_text(text: str) -> bool:
    """'the two leaders', 'Both sides': a phrase standing for two parties named before."""
    found = PAIR.match(" ".join(text.lower().split()))
    return found is not None and found.group(1) in PAIR_NOUNS


def last_pair(earlier: list[Event], since: int) -> tuple[Actor, Actor] | None:
    """The two distinct parties of the latest event (or joint-subject events of one trigger)
    starting at or after `since` (a character offset), or None."""
    recent = [e for e in earlier if e.start >= since]
    for event in reversed(recent):
        if event.source is not None and event.target is not None and event.source.name != event.target.name:
            return event.source, event.target
        joint = {e.source.name: e.source for e in recent
                 if e.start == event.start and e.source is not None and e.target is None}
        if len(joint) == 2:
            first, second = joint.values()
            return first, second
    return None


def as_the_pair(event: Event, pair: tuple[Actor, Actor]) -> list[Event]:
    """The event once for each party of the pair, as its source."""
    out = []
    for party in pair:
        target = event.target
        if target is not None and target.name == party.name:
            target = None
        out.append(replace(event, source=party, target=target,
                           id=stable_id("event", event.article_id, event.field, event.start, event.end,
                                        party.name, target.name if target else "")))
    return out
