"""Which real place a name means, judged by the whole article.

Each name gets a score per gazetteer candidate: a prior (countries and continents first,
then cities by population, capitals and how widely known they are) plus the article's
evidence: the country its other places and its actors are in, the region its other places
are in, the place an apposition names ("Paris, Texas"), and the kind of place the text says
("the Georgia region"). One name means one place throughout an article. A name whose best
candidate does not clearly beat a rival elsewhere stays unresolved: a wrong place is worse
than none.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from dateline.analyse.places.lexicon import celestial_bodies
from dateline.analyse.places.gazetteer import Gazetteer, GazPlace
from dateline.analyse.places.names import name_key, spelt_alike

SAME_PLACE_KM = 161.0  # the geoparsing convention: within 100 miles is the same place
MIN_MARGIN = 0.5  # score lead over the best rival elsewhere needed to name a place
SMALL_CITY = 50_000
BIG_CITY = 1_000_000
WELL_KNOWN_NAMES = 50
REGION_BONUS = 2.5  # another name in the same first-level region
ACTOR_WEIGHT = 0.5  # a country named as an actor, against 1 for a place named
LISTED_BONUS = 1.0  # per other name of the same kind and country in the sentence, up to 3
NEAR_BONUS = 1.5  # a name in the same sentence in the same or a neighbouring country  # alternate names GeoNames lists for internationally known places


@dataclass
class Resolution:
    place: GazPlace | None
    confidence: float
    evidence: list[str] = field(default_factory=list)


@dataclass
class NameUse:
    """Everything the article says about one name: its kind and what encloses it."""

    key: str
    hint: str | None = None
    containers: set[str] = field(default_factory=set)  # names after a comma: "Paris, Texas"
    near: set[str] = field(default_factory=set)  # other names in the same sentences
    actor_only: bool = False  # every use is a government ("Washington warned")


@dataclass
class Context:
    """Countries and regions the article is about, by who contributed them, so a name is
    never its own evidence."""

    contributions: dict[str, list[tuple[str | None, str | None, float]]] = field(default_factory=lambda: defaultdict(list))
    features: dict[str, str] = field(default_factory=dict)  # name -> kind of place it resolved to
    unknown_world: bool = False  # the article's own country is not in the gazetteer

    def add(self, source: str, country3: str | None, admin1: str | None, weight: float) -> None:
        self.contributions[source].append((country3, admin1, weight))

    def near(self, use: "NameUse", place: GazPlace, gaz: Gazetteer) -> bool:
        """A name in the same sentence is in the place's country or a neighbour of it
        ("the suburbs of St. Petersburg" beside Estonia)."""
        if not place.country3:
            return False
        countries = {place.country3} | gaz.neighbours.get(place.country3, frozenset())
        return any(
            country3 in countries
            for key in use.near
            for country3, _, _ in self.contributions.get(key, ())
        )

    def listed_with(self, use: "NameUse", place: GazPlace) -> int:
        """How many other names in the sentence are the same kind of place in the same
        country: "Connecticut, Delaware, Maryland and Rhode Island" are all states."""
        return sum(
            self.features.get(key) == place.feature
            and any(country3 == place.country3 for country3, _, _ in self.contributions.get(key, ()))
            for key in use.near
        )

    def support(self, key: str, place: GazPlace) -> tuple[float, int, bool]:
        """(share of the article's country evidence for the place's country, how many other
        names and actors give that country, its region named by something else)."""
        countries: Counter[str] = Counter()
        sources: Counter[str] = Counter()
        admin1s: set[str] = set()
        for source, items in self.contributions.items():
            if source == key:
                continue
            for country3, admin1, weight in items:
                if country3:
                    countries[country3] += weight
                    sources[country3] += 1
                if admin1 and admin1 != key:
                    admin1s.add(admin1)
        total = sum(countries.values())
        share = countries[place.country3] / total if total and place.country3 else 0.0
        return share, sources[place.country3] if place.country3 else 0, place.admin1_code in admin1s

    def regions_in(self, key: str, country3: str | None) -> set[str]:
        """The first-level regions of that country other names put the article in."""
        return {
            admin1
            for source, items in self.contributions.items() if source != key
            for country, admin1, _ in items if admin1 and country == country3
        }


def prior(place: GazPlace) -> float:
    """In log10 units: population, and how many languages name the place (Geneva, 200,000
    people and 60 names, before Geneva, Illinois, 20,000 people and 11 names)."""
    if place.feature in ("country", "continent"):
        return 10.0
    if place.feature == "admin1":
        # its population counts only its cities of 15,000 or more, so it weighs in full
        return math.log10(place.population + 10) + math.log10(place.names_known + 1)
    fame = 1.5 * math.log10(min(place.names_known, 100) + 1)
    return math.log10(place.population + 10) + (1.0 if place.capital else 0.0) + fame


def country_bonus(share: float, sources: int) -> float:
    """Each other name or actor in the same country makes the reading likelier; so does the
    country's share of the article ("Tripoli" among Beirut, Sidon and Lebanon)."""
    if not sources:
        return 0.0
    return 0.5 + 1.0 * share + 0.25 * min(sources, 4)


def score(place: GazPlace, use: NameUse, candidates: list[GazPlace], gaz: Gazetteer, ctx: Context) -> tuple[float, list[str]]:
    value, evidence = prior(place), []
    if use.hint:
        if use.hint == place.feature:
            value, evidence = value + 3.0, [f"kind:{use.hint}"]
        else:
            value -= 3.0  # "Washington state" is not the city
    if place.feature == "admin1" and use.hint != "admin1" and any(
        c.feature == "city" and c.admin1_code == place.admin1_code
        and (name_key(c.name) == use.key or c.population >= 0.2 * place.population)
        for c in candidates
    ):
        value -= 3.0  # "Kyiv", "Donetsk": the city, unless the text says region
    if place.feature == "city" and use.hint != "city" and any(
        c.feature == "country" and c.country3 == place.country3 for c in candidates
    ):
        value -= 3.0  # "Mexico", "Djibouti": the country, unless the text says city
    inside = _inside(place, use, gaz)
    if inside:
        value, evidence = value + inside, evidence + ["apposition"]
    if place.feature in ("city", "admin1", "admin2"):
        share, present, region = ctx.support(use.key, place)
        value += country_bonus(share, present) + (REGION_BONUS if region else 0.0)
        # the sentence's own places, once: they are the same evidence seen closer
        listed = ctx.listed_with(use, place)
        if listed:
            value, evidence = value + min(listed, 3) * LISTED_BONUS, evidence + ["listed with its kind"]
        elif ctx.near(use, place, gaz):
            value, evidence = value + NEAR_BONUS, evidence + ["same sentence"]
        if present:
            evidence.append(f"country:{place.country3}")
        if region:
            evidence.append("region")
    return value, evidence


def _inside(place: GazPlace, use: NameUse, gaz: Gazetteer) -> float:
    best = 0.0
    for container in use.containers:
        for c in gaz.lookup(container):
            if c.feature == "country" and c.country3 == place.country3 and place.feature != "country":
                best = max(best, 4.0)
            elif c.feature == "admin1" and c.admin1_code == place.admin1_code and place.feature == "city":
                best = max(best, 5.0)
            elif c.feature == "admin2" and c.admin1_code == place.admin1_code and place.feature == "city":
                best = max(best, 4.0)  # "Wellington, Somerset": a county of the town's region
    return best


def resolve_name(use: NameUse, gaz: Gazetteer, ctx: Context) -> Resolution:
    candidates = gaz.lookup(use.key)
    if not candidates and use.key.startswith("the "):
        candidates = gaz.lookup(use.key[4:])
    if not candidates and use.key.endswith(" island"):
        # "Qeshm Island": the gazetteer has the island's town; the same place within 161 km
        candidates = [p for p in gaz.lookup(use.key[: -len(" island")]) if p.feature == "city"]
    if not candidates:
        return Resolution(None, 0.0, ["not in gazetteer"])
    cities = [p for p in candidates if p.feature == "city"]
    by_own_name = [p for p in cities if _own_name(use.key, p, gaz)]
    if by_own_name:
        # "Philadelphia" is the US city, not Amman, whose ancient name GeoNames lists
        candidates = [p for p in candidates if p.feature != "city"] + by_own_name
    scored = sorted(
        ((score(p, use, candidates, gaz, ctx), p) for p in candidates),
        key=lambda item: (-item[0][0], item[1].geonameid),
    )
    (best_value, evidence), best = scored[0]
    rivals = [v for (v, _), p in scored[1:] if not _same_place(p, best)]
    margin = best_value - max(rivals) if rivals else 4.0
    confidence = round(1 / (1 + math.exp(-margin)), 3)
    if margin < MIN_MARGIN:
        return Resolution(None, confidence, ["ambiguous"])
    share, present, region = ctx.support(use.key, best)
    placed = region or "apposition" in evidence  # its region named, or set beside it
    supported = present or placed
    if use.key in celestial_bodies() and not placed:
        # "Jupiter's moon Europa", "orbit Jupiter": the planet, not the Florida town, unless
        # the town's state is named or set beside it
        return Resolution(None, confidence, ["a planet's or moon's name, without its region"])
    if (
        best.feature == "city" and best.population < SMALL_CITY and not placed
        and ctx.regions_in(use.key, best.country3)
    ):
        # "the Estelle unit" among Huntsville and Beaumont (Texas) is not the Louisiana town:
        # in the article's country but outside every region it names, a small town's name is
        # more likely a place the gazetteer lacks
        return Resolution(None, confidence, ["small town outside the article's regions"])
    if best.feature == "city" and not placed and not _own_name(use.key, best, gaz):
        # only another language's or another age's name for it ("Sam" for Damascus, in
        # "Sam's Club"; "Google", a name Topeka took for a month, in a report on Google):
        # without its region named or an apposition, not this place; its country named
        # elsewhere is no support, a city's other names being words of every kind
        return Resolution(None, confidence, ["another name for it, without its region"])
    if best.feature in ("city", "admin1") and not supported:
        if ctx.unknown_world and not _well_known(best):
            return Resolution(None, confidence, ["unknown country in article"])
        if best.feature == "city" and not _well_known(best):
            # Nothing else in the article is in that country, and the city is not one known
            # the world over: a town of that name in a country we cannot place (a fictional
            # one, or one the gazetteer lacks) is as likely as the real one.
            return Resolution(None, confidence, ["no supporting evidence"])
        if best.feature == "city" and best.population < SMALL_CITY and rivals:
            return Resolution(None, confidence, ["small town without support"])
        if best.feature == "admin1" and not _well_known(best) and not share:
            # a little-known region of a country nothing else in the article is in, found by a
            # word alone ("a Store or Services page" is no Slovenian municipality, "the Western
            # District of New York" no district of American Samoa)
            return Resolution(None, confidence, ["little-known region without support"])
    return Resolution(best, confidence, evidence or ["prior"])


def _own_name(key: str, place: GazPlace, gaz: Gazetteer) -> bool:
    """The key is the place's own name or a spelling of it ("Odessa" / "Odesa", a variant
    the project lists), not a translation or a former name among GeoNames' alternates."""
    if key in gaz.variants:
        return True
    own = name_key(place.name)
    return own == key or spelt_alike(key, own)  # "New York" / "New York City"


def _well_known(place: GazPlace) -> bool:
    return place.capital or place.names_known >= WELL_KNOWN_NAMES or place.population >= BIG_CITY


def _same_place(a: GazPlace, b: GazPlace) -> bool:
    if a.geonameid == b.geonameid:
        return True
    if a.country3 != b.country3 or None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, la2 = math.radians(lat1), math.radians(lat2)
    dla, dlo = la2 - la1, math.radians(lon2 - lon1)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def resolve_names(uses: list[NameUse], gaz: Gazetteer, ctx: Context, *, rounds: int = 2) -> dict[str, Resolution]:
    """Resolve every name, then again with what the first round found as evidence. A name
    left unresolved keeps the evidence it gave before (its one country, if all its readings
    are in one), so two names do not take turns supporting each other."""
    weights = {use.key: ACTOR_WEIGHT if use.actor_only else 1.0 for use in uses}
    for use in uses:  # a name whose every reading is in one country says so already
        countries = {p.country3 for p in gaz.lookup(use.key)}
        if len(countries) == 1 and None not in countries:
            ctx.add(use.key, countries.pop(), None, weights[use.key])
    resolved: dict[str, Resolution] = {}
    for _ in range(rounds):
        resolved = {use.key: resolve_name(use, gaz, ctx) for use in uses}
        for key, resolution in resolved.items():
            place = resolution.place
            if place is None:
                continue  # unresolved, it still says what it said before (its one country)
            ctx.contributions.pop(key, None)
            ctx.features[key] = place.feature
            if place.feature != "continent":
                # a government is evidence of a country taking part, not of a region
                admin1 = None if weights[key] < 1 else place.admin1_code
                ctx.add(key, place.country3, admin1, weights[key])
    return resolved
