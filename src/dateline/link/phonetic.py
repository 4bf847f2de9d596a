"""Spelling-blind keys for names: transliterations of one name share them.

"Gaddafi", "Qadhafi", "Kadhafi", "Gadhafi" -> phonetic "katafa", skeleton "ktf";
"al-Rashidi", "al-Rasheedi", "Rachidi" -> "rasata"; "Kyiv", "Kiev" -> "kaf".
The phonetic form keeps where the vowels are (so "Niger" and "Nigeria" differ); the
skeleton drops them and is only used to put candidate names in the same block.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dateline.vocabulary.names import fold

_DIGRAPHS = (
    ("sch", "s"), ("tch", "s"), ("cs", "s"), ("cz", "s"), ("sz", "s"), ("dj", "j"), ("dzh", "j"), ("zh", "j"),
    ("kh", "k"), ("gh", "k"), ("ck", "k"), ("dh", "t"), ("th", "t"), ("ph", "f"),
    ("sh", "s"), ("ch", "s"), ("ts", "s"), ("tz", "s"), ("ks", "x"),
)
_LETTERS = str.maketrans({
    "q": "k", "c": "k", "g": "k", "d": "t", "v": "f", "z": "s", "x": "k",
    "e": "a", "i": "a", "o": "a", "u": "a", "y": "a", "h": "", "w": "f",
})
_VOWEL_RUN = re.compile(r"a+")


@lru_cache(maxsize=65536)
def phonetic(text: str) -> str:
    """A transliteration-blind form: consonant classes, vowel runs as one 'a'."""
    word = re.sub(r"[^a-z]", "", fold(text))
    for digraph, replacement in _DIGRAPHS:
        word = word.replace(digraph, replacement)
    word = word.translate(_LETTERS)
    word = re.sub(r"(.)\1+", r"\1", word)
    return _VOWEL_RUN.sub("a", word)


def skeleton(text: str) -> str:
    """The phonetic form without vowels: the blocking key."""
    return phonetic(text).replace("a", "")
