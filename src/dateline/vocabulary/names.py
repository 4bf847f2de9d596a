"""Name helpers every stage shares: folding spellings, name words, surnames, acronyms.

The entity extractor resolves names within an article with them, the identities linker keys
names across the corpus with them, and the quote extractor matches speakers with them: one
definition, so an article and the corpus never disagree on what "the same spelling" is.
"""

from __future__ import annotations

import re
import unicodedata
from dateline.lexicons import words

_ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"})
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|al|as|ad|ar|an|ash|at|az)[-‐‑ ]", re.I)


# letters whose accents carry a sound, spelled out before accents are dropped ("Kovač" -> "kovach")
_SPELL_OUT = str.maketrans({"č": "ch", "ć": "ch", "š": "sh", "ś": "sh", "ž": "zh", "ź": "zh", "ł": "l", "ø": "o",
                            "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th"})


def fold(text: str) -> str:
    """Lowercase, accents off, apostrophes and dashes unified: for comparing spellings."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_SPELL_OUT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("‑", "-")
    return text.lower().strip()


def name_tokens(name: str) -> list[str]:
    """Folded name words, with Arabic article prefixes kept apart ("al-Rashidi" -> "rashidi")."""
    words = []
    for word in re.split(r"\s+", fold(name)):
        word = word.strip(".,")
        if not word:
            continue
        word = _ARTICLE_PREFIX.sub("", word) or word
        words.append(word)
    return words


_PARTICLES = frozenset(words("names/surname_particles.txt"))


_JOINED_PARTICLES = frozenset(words("names/joined_particles.txt"))
_SUFFIXES = frozenset(words("names/generational_suffixes.txt"))


def surname_and_given(tokens: list[str]) -> tuple[str, list[str]]:
    """Surname (particles joined: "ben ali" -> "benali"; "al" dropped) and given names; a
    generational suffix ("jr") is no surname."""
    if len(tokens) >= 3 and tokens[-1] in _SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) >= 3 and tokens[-2] in ("al", "el"):
        return tokens[-1], tokens[:-2]
    if len(tokens) >= 3 and tokens[-2] in _JOINED_PARTICLES:
        return tokens[-2] + tokens[-1], tokens[:-2]
    return tokens[-1], tokens[:-1]


def is_full_name(name: str) -> bool:
    """A given name and a surname, not a surname with its particle ("van Klaveren")."""
    words = name.split()
    if len(name_tokens(name)) < 2:
        return False
    return not (words[0].islower() or words[0].lower().rstrip("-") in _PARTICLES and len(words) == 2)


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


