"""The one country an article is set in, and the actors that act only at home there.

"Police arrested six people Monday during a narcotics investigation" names no country, but a
local story whose every place lies in one country ("Columbus", "Indiana") is that country's,
and police, courts and legislatures act at home: event data codes them with it. Any sign of
another country (a place elsewhere in the article, a country named in the sentence, a party of
another country on the event's other side) leaves them unplaced: a wrong country is worse
than none.
"""

from __future__ import annotations

from spacy.tokens import Span

from dateline.analyse.events.placement import countries_named
from dateline.models import Event

# police, courts and legislatures: sectors that act only in their own country
HOME_SECTORS = frozenset({"COP", "JUD", "LEG"})
# a story placed by one place name only may be a story that names one foreign place
MIN_PLACES = 2


def article_home(places: list | None, datelined: str | None) -> str | None:
    """The country every place the body names lies in (the dateline's, when it has one)."""
    countries = [p.country for p in places or () if p.field == "text" and p.country]
    if datelined:
        return datelined if all(c == datelined for c in countries) else None
    if len(countries) >= MIN_PLACES and len(set(countries)) == 1:
        return countries[0]
    return None


def placed_at_home(event: Event, home: str | None, sent: Span) -> None:
    """Unplaced police, judges or lawmakers of an article set in one country are its own."""
    if home is None or countries_named(sent) - {home}:
        return
    sides = [a for a in (event.source, event.target) if a is not None]
    if any(a.country and a.country != home for a in sides):
        return
    for actor in sides:
        if not actor.country and actor.sector in HOME_SECTORS and not actor.entity_id:
            actor.country = home
