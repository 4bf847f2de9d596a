"""Stop words by language: spaCy's lists (plain data in `spacy.lang.<code>.stop_words`, no model).

dateline reads English; a page in another language still passes through, and its function
words must not be taken for topic words (stories) or names (entities).
"""

from __future__ import annotations

import functools
import importlib
import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


@functools.lru_cache(maxsize=64)
def stop_words_of(language: str | None) -> frozenset[str]:
    """Lower-case stop words of a language (ISO 639-1 code); English for None or "en"; empty
    for a language spaCy has no list for."""
    if not language or language == "en":
        return frozenset(ENGLISH)
    if not _LANGUAGE_CODE.fullmatch(language):
        return frozenset()
    try:
        own = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(word.lower() for word in own)
