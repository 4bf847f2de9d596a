"""Word lists the entity extractor leans on: titles, role words, demonyms."""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.lexicons import entry_lines, words

HONORIFIC_MARK = "*"

# Nouns that name a role when they stand before or beside a name ("palace spokeswoman").
ROLE_NOUNS = frozenset(words("entities/role_nouns.txt"))

# Capitalised words that are part of a role phrase rather than a name ("Interior Minister").
ROLE_MODIFIERS = frozenset(words("entities/role_modifiers.txt"))


def _data_lines(name: str) -> list[str]:
    return [line for _, line in entry_lines(name)]


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, ...], bool]:
    """Title word sequences (lowercased, without trailing dots) -> is it a bare honorific."""
    table: dict[tuple[str, ...], bool] = {}
    for line in _data_lines("titles.txt"):
        honorific = line.startswith(HONORIFIC_MARK)
        words = tuple(normalise_title_word(w) for w in line.lstrip(HONORIFIC_MARK).split())
        table[words] = table.get(words, False) or honorific
    return table


_FUNCTION_WORDS = frozenset(words("entities/title_function_words.txt"))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words of titles, without the function words of multi-word ones ("Secretary of State")."""
    return frozenset(word for words in titles() for word in words if word not in _FUNCTION_WORDS)


@lru_cache(maxsize=1)
def max_title_length() -> int:
    return max(len(words) for words in titles())


def normalise_title_word(word: str) -> str:
    return word.lower().rstrip(".")


def is_role_word(word: str) -> bool:
    """A word that belongs to a role phrase: a title, a role noun or a role modifier."""
    w = normalise_title_word(word)
    return w in title_words() or w in ROLE_NOUNS or w in ROLE_MODIFIERS or w.rstrip("s") in ROLE_NOUNS


def is_role_head(word: str) -> bool:
    """A word that can end a role phrase before a name ("spokeswoman", "Minister"), not a
    modifier like "former" or "interior"."""
    w = normalise_title_word(word)
    if w in ROLE_MODIFIERS and w not in ROLE_NOUNS:
        return False
    return w in title_words() or w in ROLE_NOUNS or w.rstrip("s") in ROLE_NOUNS


def is_honorific(words: tuple[str, ...]) -> bool:
    return titles().get(tuple(normalise_title_word(w) for w in words), False)


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Lowercased demonym or adjective -> country ("kenyan" -> "Kenya")."""
    table: dict[str, str] = {}
    for line in _data_lines("demonyms.tsv"):
        demonym, _, country = line.partition("\t")
        if country:
            table[demonym.strip().lower()] = country.strip()
    return table


@lru_cache(maxsize=1)
def place_variants() -> dict[str, str]:
    """Lowercased variant spelling of a place -> preferred spelling ("kiev" -> "Kyiv")."""
    table: dict[str, str] = {}
    for line in _data_lines("place_variants.tsv"):
        variant, _, preferred = line.partition("\t")
        if preferred:
            table[variant.strip().lower()] = preferred.strip()
    return table


_DEMONYM_SUFFIXES = (
    # (suffix of the demonym, what replaces it in the country name), most specific first
    ("ians", "ia"),
    ("ian", "ia"),
    ("eans", "ea"),
    ("ean", "ea"),
    ("ans", "a"),
    ("an", "a"),
    ("ese", "e"),
    ("ese", ""),
    ("is", ""),
    ("i", ""),
    ("ish", ""),
)


# Group names that look like demonyms but name no country.
NON_NATIONAL = frozenset(words("entities/non_national.txt"))


def demonym_candidates(word: str) -> list[str]:
    """Country names a demonym could come from by suffix rules ("Veldorian" -> "Veldoria")."""
    out = []
    for suffix, replacement in _DEMONYM_SUFFIXES:
        if word.lower().endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: len(word) - len(suffix)] + replacement)
    return out


def country_of_demonym(word: str, *, known_places: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country a demonym names: the table, else a suffix rule matching a known place,
    else the first suffix rule ("Veldorian" -> "Veldoria")."""
    word = re.sub(r"['’]s$", "", word.strip())
    if not word or not word[0].isupper():
        return None
    table = demonyms()
    key = word.lower()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] in table:
        return table[key[:-1]]
    if key in NON_NATIONAL:
        return None
    candidates = demonym_candidates(word)
    lowered = {p.lower(): p for p in known_places}
    for candidate in candidates:
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return candidates[0] if candidates else None
