"""Within one article, give every mention the fullest name the article uses for it.

"Halden", "Mr Halden" -> "Piet Halden"; "UN" -> "United Nations" when the article
spells it out. Matching is on name tokens: a short form resolves to the full names
ending (or, for a lone first name, starting) with it; when two full names share a
surname, the one mentioned most recently before the short form wins.
"""

from __future__ import annotations

import re
import unicodedata

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


_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "al", "el", "bin", "ben", "ibn", "abu", "bint", "dos", "das", "ter", "ten"})


_JOINED_PARTICLES = frozenset({"ben", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "del", "le", "la", "der", "den"})


def surname_and_given(tokens: list[str]) -> tuple[str, list[str]]:
    """Surname (particles joined: "ben ali" -> "benali"; "al" dropped) and given names."""
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


def _is_suffix(short: list[str], full: list[str]) -> bool:
    return 0 < len(short) < len(full) and full[-len(short) :] == short


def resolve_person_names(forms: list[tuple[int, str]], *, extra_full: list[str] = ()) -> dict[int, str]:
    """(position, name as written) -> resolved name, for one article's person mentions.

    `extra_full` are full names from elsewhere in the article (the body, for the title).
    """
    full_positions: dict[str, list[int]] = {}
    for pos, name in forms:
        if is_full_name(name):
            full_positions.setdefault(name, []).append(pos)
    for name in extra_full:
        if is_full_name(name):
            full_positions.setdefault(name, []).append(-1)
    fulls = sorted(full_positions, key=lambda n: (min(full_positions[n]), n))
    tokens_of = {n: name_tokens(n) for n in fulls}
    # a full name that a longer one extends with middle names maps to the longer one
    longer: dict[str, str] = {}
    for a in fulls:
        ta = tokens_of[a]
        for b in fulls:
            tb = tokens_of[b]
            if len(tb) > len(ta) and tb[0] == ta[0] and tb[-1] == ta[-1]:
                if a not in longer or len(tokens_of[longer[a]]) < len(tb):
                    longer[a] = b
    resolved: dict[int, str] = {}
    for pos, name in forms:
        tokens = name_tokens(name)
        if name in full_positions:
            resolved[pos] = longer.get(name, name)
            continue
        candidates = [f for f in fulls if _is_suffix(tokens, tokens_of[f])]
        if not candidates and len(tokens) == 1:
            candidates = [f for f in fulls if tokens_of[f][0] == tokens[0]]
            if len(candidates) != 1:
                candidates = []
        if not candidates:
            # same words, different spelling of the article prefix ("Al-Rashidi" / "al Rashidi")
            same = [f for f in fulls if tokens_of[f] == tokens]
            resolved[pos] = same[0] if same else name
            continue
        resolved[pos] = longer.get(_nearest(candidates, full_positions, pos), _nearest(candidates, full_positions, pos))
    return resolved


def _nearest(candidates: list[str], positions: dict[str, list[int]], pos: int) -> str:
    """The candidate mentioned last before `pos`; else the first mentioned after it."""
    before = [(max(p for p in positions[c] if p < pos), c) for c in candidates if any(p < pos for p in positions[c])]
    if before:
        return max(before, key=lambda pc: (pc[0], pc[1]))[1]
    return min(candidates, key=lambda c: (min(positions[c]), c))


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def resolve_org_names(names: list[str]) -> dict[str, str]:
    """Acronyms to the long form the article spells out ("UN" -> "United Nations")."""
    long_forms: dict[str, list[str]] = {}
    for name in names:
        if len(name.split()) >= 2:
            long_forms.setdefault(acronym(name), []).append(name)
    out = {}
    for name in names:
        compact = name.replace(".", "")
        if 2 <= len(compact) <= 8 and compact.isupper() and compact.isalpha():
            matches = sorted(set(long_forms.get(compact, [])))
            if len(matches) == 1:
                out[name] = matches[0]
    return out
