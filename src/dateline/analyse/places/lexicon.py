"""The word lists the places extractor reads (data files under dateline/data)."""

from __future__ import annotations

from functools import lru_cache

from dateline.analyse.places.names import name_key
from dateline.lexicons import entry_lines


def _data_lines(name: str) -> list[str]:
    return [line.strip() for _, line in entry_lines(name)]


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    """Name keys never looked for in running text on their own ("Nice", "Split", "Police")."""
    first_names = {line.split("\t")[0] for line in _data_lines("first_names.txt")}
    # demonyms: "Somali crew" is not Ethiopia's Somali region
    names = [*_data_lines("place_stopwords.txt"), *first_names, *demonym_keys(), *generic_words()]
    return frozenset(name_key(n) for n in names)


@lru_cache(maxsize=1)
def celestial_bodies() -> frozenset[str]:
    """Name keys of planets and moons that towns share ("jupiter", "mars")."""
    return frozenset(name_key(n) for n in _data_lines("celestial_bodies.txt"))


@lru_cache(maxsize=1)
def demonym_keys() -> frozenset[str]:
    """"somali", "ukrainian", "ukrainians": a people, not a place."""
    from dateline.analyse.entities.lexicon import demonyms

    keys = {name_key(d) for d in demonyms()}
    return frozenset(keys | {k + "s" for k in keys})


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Kinds of place that are no place's name on their own ("Valley", "the Gulf")."""
    return frozenset(name_key(n) for n in _data_lines("place_generic_words.txt"))


@lru_cache(maxsize=1)
def type_words() -> dict[str, str]:
    """"region" -> "admin1", "village" -> "city"."""
    table = {}
    for line in _data_lines("place_type_words.tsv"):
        word, _, feature = line.partition("\t")
        table[word.strip().lower()] = feature.strip()
    return table


@lru_cache(maxsize=1)
def actor_verbs() -> frozenset[str]:
    """Lemmas whose subject, when a place, acts as its government."""
    speech = {line.split("\t")[0] for line in _data_lines("speech_verbs.txt")}
    lines = _data_lines("actor_verbs.txt")
    excluded = {line[1:] for line in lines if line.startswith("!")}
    return frozenset((speech | {line for line in lines if not line.startswith("!")}) - excluded)


@lru_cache(maxsize=1)
def actor_nouns() -> frozenset[str]:
    return frozenset(_data_lines("actor_nouns.txt"))


@lru_cache(maxsize=1)
def actor_object_verbs() -> frozenset[str]:
    """Lemmas whose object, when a place, is addressed as a government ("warned Moscow")."""
    return frozenset(_data_lines("actor_object_verbs.txt"))


@lru_cache(maxsize=1)
def region_abbreviations() -> dict[str, str]:
    """"Okla." -> "Oklahoma", "TX" -> "Texas" (exact spelling)."""
    table = {}
    for line in _data_lines("region_abbreviations.tsv"):
        abbreviation, _, region = line.partition("\t")
        table[abbreviation.strip()] = region.strip()
    return table


@lru_cache(maxsize=1)
def description_nouns() -> frozenset[str]:
    """Nouns a demonym describes a place with: "the Lebanese city of Tripoli"."""
    return frozenset(_data_lines("place_description_nouns.txt"))
