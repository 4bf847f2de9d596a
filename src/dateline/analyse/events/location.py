"""Where an event happened: the place its own clause names, chosen among the sentence's places.

A sentence often names several places, and the first is not always the event's: "Zambia
extradited him to Britain" names the actor's country first; "a jail in East Timor's capital
Dili" names the country before the city. The places extractor has already left out names used
as governments ("Paris says"); here a place is ranked by

1. whether it stands in the trigger's clause (the subtree of the trigger's verb: "stay in Mali",
   not "speaking in Berlin" of another clause);
2. whether it is not the name of the event's target ("sent inspectors to Bosnia" may still be
   there); the source's own name is never its location ("Zambia extradited him");
3. whether a preposition of place leads to it ("in", "at", "near" ... a few words before);
4. how precise it is (a city over its region over its country);
5. how near it stands to the trigger.

A place outside the clause that names an actor is never the location either: a wrong place
is worse than none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.analyse.places.names import name_key
from dateline.models import Event, Location, Place

# "in", "at", "near" up to four words before the name: "in East Timor's capital Dili"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside|around|across|into|to|throughout|within|off|from|towards?)"
    r"\s+(?:[\w'\u2019.-]+\s+){0,4}$",
    re.I,
)
_PRECISION = {"city": 3, "admin2": 2, "admin1": 2, "country": 1, "continent": 0}
_UNRESOLVED_PRECISION = 2  # "Hostomel village": a place too small for the gazetteer
_BEFORE_WINDOW = 60  # characters read before a name for its preposition


def event_location(event: Event, sent: Span, places: list[Place] | None) -> Location | None:
    """The best place for the event among the sentence's places, or None."""
    trigger = _trigger_token(event, sent)
    clause = _clause_span(trigger) if trigger is not None else None
    actor_keys = {name_key(a.name) for a in (event.source, event.target) if a is not None and a.name}
    source_key = name_key(event.source.name) if event.source is not None and event.source.name else None
    sentence = sent.text  # Span.text joins its tokens on every access: read it once
    ranked = []
    for place in places or ():
        if place.field != "text" or not sent.start_char <= place.start < sent.end_char:
            continue
        keys = {name_key(place.text), name_key(place.name or "")}
        if source_key in keys:
            continue  # "Zambia extradited him": the one acting is not where it acted
        in_clause = clause is not None and clause[0] <= place.start < clause[1]
        not_actor = not (keys & actor_keys)
        if not in_clause and not not_actor:
            continue
        offset = place.start - sent.start_char
        locative = bool(_LOCATIVE_BEFORE.search(sentence[max(0, offset - _BEFORE_WINDOW) : offset]))
        precision = _PRECISION.get(place.feature or "", _UNRESOLVED_PRECISION)
        ranked.append(((in_clause, not_actor, locative, precision, -abs(place.start - event.start)), place))
    if not ranked:
        return None
    place = max(ranked, key=lambda item: item[0])[1]
    return Location(name=place.name or place.text, country=place.country, admin1=place.admin1,
                    lat=place.lat, lon=place.lon, geonameid=place.geonameid)


def _trigger_token(event: Event, sent: Span) -> Token | None:
    span = sent.doc.char_span(event.start, event.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_span(trigger: Token) -> tuple[int, int]:
    """Character range of the clause the trigger heads or stands in: its nearest verb's
    subtree ("talks in Geneva" keeps the noun's own subtree when no verb governs it)."""
    head = trigger
    # a root heads itself; spaCy makes a new Token object on each access, so compare positions
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        head = trigger
    tokens = list(head.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
