"""The cue lexicon (src/dateline/data/speech_verbs.txt) and small word lists."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

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
    table: dict[str, set[str]] = {}
    text = resources.files("dateline.data").joinpath("speech_verbs.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lemma, _, cls = line.partition("\t")
        table.setdefault(lemma.strip().lower(), set()).add(cls.strip() or "say")
    return {lemma: frozenset(classes) for lemma, classes in table.items()}


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """first name -> "m" | "f" from the data file (absent file: empty)."""
    table: dict[str, str] = {}
    try:
        text = resources.files("dateline.data").joinpath("first_names.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return table
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, gender = line.partition("\t")
        table[name.strip().lower()] = gender.strip()
    return table


@lru_cache(maxsize=1)
def content_cues() -> dict[str, frozenset[str]]:
    """lemma -> slots (a preposition, "obj", "clause", "xcomp") from content_cues.txt."""
    table: dict[str, set[str]] = {}
    try:
        text = resources.files("dateline.data").joinpath("content_cues.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lemma, _, slot = line.partition("\t")
        if slot.strip():
            table.setdefault(lemma.strip().lower(), set()).add(slot.strip().lower())
    return {lemma: frozenset(slots) for lemma, slots in table.items()}
