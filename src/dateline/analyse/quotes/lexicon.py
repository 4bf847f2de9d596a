"""The cue lexicon (src/dateline/data/speech_verbs.txt) and small word lists."""

from __future__ import annotations

from functools import lru_cache

from dateline.lexicons import table, words

PRONOUNS_MALE = frozenset(words("quotes/pronouns_male.txt"))
PRONOUNS_FEMALE = frozenset(words("quotes/pronouns_female.txt"))
PRONOUNS_PLURAL = frozenset(words("quotes/pronouns_plural.txt"))
PRONOUNS_SKIP = frozenset(words("quotes/pronouns_skip.txt"))
# "the group", "the company": an organisation the article has named (speaker_resolution)
ORGANISATION_ANAPHORS = frozenset(words("quotes/organisation_anaphors.txt"))

TITLES_MALE = frozenset(words("quotes/titles_male.txt"))
TITLES_FEMALE = frozenset(words("quotes/titles_female.txt"))
# Titles and offices stripped from the front of a name ("President Anna Ostrova" -> "Anna Ostrova").
TITLES = frozenset(words("quotes/name_titles.txt"))


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, frozenset[str]]:
    """lemma -> classes ("say", "think", "obj") from the data file."""
    found: dict[str, set[str]] = {}
    for lemma, cls in table("speech_verbs.txt", 2, optional_last=True):
        found.setdefault(lemma.lower(), set()).add(cls or "say")
    return {lemma: frozenset(classes) for lemma, classes in found.items()}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """first name -> "m" | "f" from the data file."""
    return {name.lower(): gender for name, gender in table("first_names.txt", 2)}


@lru_cache(maxsize=1)
def content_cues() -> dict[str, frozenset[str]]:
    """lemma -> slots (a preposition, "obj", "clause", "xcomp") from content_cues.txt."""
    found: dict[str, set[str]] = {}
    for lemma, slot in table("content_cues.txt", 2):
        found.setdefault(lemma.lower(), set()).add(slot.lower())
    return {lemma: frozenset(slots) for lemma, slots in found.items()}
