"""Spelling variants of the coder's words: prefixed verbs ("re-imposed" codes as "impose") and
British spellings of the lists kept in American spelling ("penalise", "honour", "defence").
Data: prefixed_verbs.tsv and british_spellings.tsv."""

from __future__ import annotations

from functools import lru_cache

from dateline.lexicons import rows


@lru_cache(maxsize=1)
def prefixed_verb_forms() -> dict[str, str]:
    """Every written form (lower case) of a prefixed verb -> the lemma it codes as."""
    forms: dict[str, str] = {}
    for row in rows("events/prefixed_verbs.tsv"):
        prefixed, lemma = row[0], row[1]
        irregular = row[2].split("|") if len(row) > 2 and row[2] else []
        for form in [prefixed, *_regular_forms(prefixed), *irregular]:
            forms[form] = lemma
    return forms


def _regular_forms(lemma: str) -> list[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    return [lemma + "s", stem + "ed", stem + "ing"]


@lru_cache(maxsize=1)
def _british() -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    endings, whole = [], {}
    for american, british in (row[:2] for row in rows("events/british_spellings.tsv")):
        if american.startswith("-"):
            endings.append((american[1:], british[1:]))
        else:
            whole[american] = british
    return tuple(endings), whole


def british(word: str) -> str | None:
    """The British spelling of an American word or phrase ('penalize' -> 'penalise', 'defense
    ministry' -> 'defence ministry'), or None when it is spelled alike."""
    endings, whole = _british()
    changed = []
    for part in word.split(" "):
        new = whole.get(part)
        if new is None:
            new = next((part[: -len(us)] + uk for us, uk in endings if part.endswith(us) and len(part) > len(us) + 2), part)
        changed.append(new)
    found = " ".join(changed)
    return found if found != word else None


def with_british(table: dict) -> dict:
    """`table` with every key's British spelling added (the American entry's value), unless listed."""
    for key in list(table):
        other = british(key)
        if other is not None:
            table.setdefault(other, table[key])
    return table
