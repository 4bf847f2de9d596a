"""Office holders named by title and name: 'President Castillo', 'Iraqi Prime Minister al-Sudani'.

The title names an office (offices.tsv), the name one its holder on the article's date bears
(actors_current.tsv): the holder of the date is the person, whoever else shares the surname.
"""

from __future__ import annotations

from dateline.analyse.events import lexicon
from dateline.analyse.events.actor_countries import country_in
from dateline.analyse.events.person_names import EMPTY_WORDS, TITLES
from dateline.lexicons import table, words

# Role words that name an office the dictionary can resolve to its holder on a date.
OFFICES = dict(table("events/offices.tsv", 2))
# Particles before a surname that news writes or drops at will ("al-Sudani", "Sudani").
NAME_PARTICLES = frozenset(words("events/name_particles.txt"))


def titled_holder(words: list[str], date: str | None) -> lexicon.ActorEntry | None:
    """'President Castillo', 'Iraqi Prime Minister al-Sudani': an office's title and a name
    the office's holder on the date bears (surname, or a surname written first: 'President
    Park'). Asked of the office before the name alone, whose owner a shared surname ('Johnson',
    'Sharif') leaves unsure; one holder (or one country's) on the date, else none. Undated
    text: the one person who ever held the office under that name, in their latest term."""
    start = 0
    countries = lexicon.countries()
    while start < len(words) and (words[start] in countries or words[start].removesuffix("'s") in countries):
        start += 1
    country = country_in(words[:start], frozenset())[0] if start else None
    rest = " ".join(words[start:])
    role = next((r for r in sorted(OFFICES, key=len, reverse=True) if rest.startswith(r + " ")), None)
    if role is None:
        return None
    tail = _without_particles(words[start + len(role.split()):])
    if not 1 <= len(tail) <= 3 or all(w in EMPTY_WORDS or w in TITLES for w in tail):
        return None
    found = [entry for names, entry in lexicon.office_names().get(OFFICES[role], ())
             if (not date or entry.start <= date and (not entry.end or date < entry.end))
             and (country is None or entry.country == country)
             and any(_bears(_without_particles(list(name)), tail) for name in names)]
    if len({e.country for e in found}) != 1 or len({e.name for e in found}) != 1:
        return None
    return max(found, key=lambda e: e.start)


def _without_particles(words: list[str]) -> list[str]:
    return [w for w in words if w not in NAME_PARTICLES]


def _bears(name: list[str], tail: list[str]) -> bool:
    """Whether a name ends with the words, or (a longer name) begins with them ('Park Geun-hye')."""
    size = len(tail)
    return name[-size:] == tail or (len(name) > size and name[:size] == tail)
