"""Name keys: one spelling-insensitive key per place name, so "Brasília", "BRASILIA" and
"Brasilia" meet, and which names are safe to look for in running text."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})
_SEPARATORS = re.compile(r"[\s\-_/]+")
_DROPPED = re.compile(r"[.'()\[\],]")
_LATIN = re.compile(r"^[A-Za-z0-9 .,'()\-&]+$")


def name_key(name: str) -> str:
    """Lower case, no accents, no dots or apostrophes, hyphens as spaces ("Sana'a" -> "sanaa",
    "U.S." -> "us", "Ivano-Frankivsk" -> "ivano frankivsk")."""
    text = name.translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DROPPED.sub("", text.casefold())
    return _SEPARATORS.sub(" ", text).strip()


SPELLING_SIMILARITY = 0.6  # "kiev"/"kyiv", "odessa"/"odesa"; not "quinnipiac"/"new haven", "philadelphia"/"amman"


def spelt_alike(key: str, own: str) -> bool:
    """Two name keys close enough in letters to be spellings of one name. A word in the
    plural is another name, not a spelling: "Forest Hill" (Texas) is not "Forest Hills" (New
    York), "Palm Spring" not "Palm Springs"."""
    if _plural_apart(key, own):
        return False
    return SequenceMatcher(None, key, own).ratio() >= SPELLING_SIMILARITY


def _plural_apart(key: str, own: str) -> bool:
    """The keys differ only by one word's plural "s"."""
    a, b = key.split(), own.split()
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and (differ[0][0] + "s" == differ[0][1] or differ[0][1] + "s" == differ[0][0])


def is_usable_alternate(name: str) -> bool:
    """An alternate name worth indexing: Latin script, written as a name (capitalised), not an
    airport code (GeoNames lists "GVA", "BHX" among a city's names) and not a gloss
    ("Kirov i Kirov oblast")."""
    # cheap string tests first: GeoNames lists about a million alternate names for these cities
    if len(name) < 3 or not name.isascii() or not name[0].isupper() or not _LATIN.match(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    if len(name_key(name).removeprefix("the ")) < 3:
        return False  # "The D." (Detroit): a nickname that reads as anything
    return " i " not in name


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))
