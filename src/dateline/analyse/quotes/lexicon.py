"""The cue lexicon (src/dateline/data/speech_verbs.txt) and small word lists."""

from __future__ import annotations

from functools import lru_cache

from dateline.lexicons import table

PRONOUNS_MALE = frozenset({"he", "him", "his", "himself"})
PRONOUNS_FEMALE = frozenset({"she", "her", "hers", "herself"})
PRONOUNS_PLURAL = frozenset({"they", "we", "them", "their", "it", "its"})
PRONOUNS_SKIP = frozenset({"i", "you", "me", "one", "who", "which", "that", "this", "someone", "anyone"})

TITLES_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince"})
TITLES_FEMALE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess"})
# Titles and offices stripped from the front of a name ("President Anna Ostrova" -> "Anna Ostrova").
TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "senator", "sen", "rep",
        "representative", "gov", "governor", "mayor", "judge", "justice", "chancellor", "general",
        "gen", "col", "colonel", "capt", "captain", "lt", "sgt", "rev", "reverend", "father",
        "pope", "king", "queen", "prince", "princess", "chairman", "chairwoman", "chair",
        "speaker", "leader", "commissioner", "ambassador", "deputy", "interior", "foreign",
        "defence", "defense", "finance", "health", "justice", "former", "state", "chief", "sheriff",
        "attorney", "candidate", "nominee", "spokesman", "spokeswoman", "spokesperson",
    }
)


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
