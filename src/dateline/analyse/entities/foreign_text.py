"""Names in an article not written in English, kept only where their form alone shows them.

dateline's model reads English. On a German page it tags capitalised nouns as names
("Effizienz", "Kostendruck", 416 names on one page of the extraction benchmark), on an
Indonesian or Russian one sentence openers and pronouns ("Jangan", "Вас", "Каждый"). A name
there is kept only when it is at least two capitalised words with none of the language's
stop words ("Eugênio Tadeu", "Ahmad bin Hanbal", name particles allowed inside), or an
acronym ("NASCAR"); a lone word stands when the article names it in full elsewhere ("Eugênio"
for Eugênio Tadeu), or, tagged a place, when the gazetteer knows it ("Köln") and it does not
open a sentence (where every language capitalises: "Dabei unterstützt ..." is no Dubai). A name particle
may stand inside a name where it is no stop word of the language ("bin" in Indonesian, not "von"
in German, where "Festlegung von Fallpauschalen" is a phrase). In a language that capitalises
every noun (German), capitals tell nothing: only acronyms and known places are kept there.
Fewer names, and what is left is mostly right.
"""

from __future__ import annotations

from dateline.lexicons import words
from dateline.models import EntityMention
from dateline.vocabulary.stop_words import stop_words_of

_PARTICLES = frozenset(words("entities/name_particles.txt"))
MIN_ACRONYM = 2
# languages spaCy has stop words for that capitalise every noun
NOUN_CAPITALISING = frozenset({"de", "lb"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})
_SENTENCE_ENDS = frozenset(".!?:;\n")


def supported_in_language(mentions: list[EntityMention], language: str | None,
                          texts: dict[str, str] | None = None) -> list[EntityMention]:
    """The mentions of an article in `language` (None or "en": all of them); `texts`: the
    article's fields by name ("text", "title"), to tell a word that opens a sentence."""
    if not language or language == "en":
        return mentions
    stop = stop_words_of(language)
    nouns_capitalised = language in NOUN_CAPITALISING
    texts = texts or {}
    return [m for m in mentions
            if _acronym(m.name) or (not nouns_capitalised and _reads_as_a_name(m.name, stop))
            or (m.type in _PLACE_TYPES and m.name[:1].isupper() and _known_place(m.name)
                and not _opens_sentence(texts.get(m.field, ""), m.start))]


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘«(")
    return not before or before[-1] in _SENTENCE_ENDS


def _known_place(name: str) -> bool:
    # imported here: the places extractor builds on the entities, not the other way round
    from dateline.analyse.places.gazetteer import place_ids

    return bool(place_ids(name))


def _acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return " " not in name.strip() and len(letters) >= MIN_ACRONYM and all(c.isupper() for c in letters)


def _reads_as_a_name(name: str, stop: frozenset[str]) -> bool:
    tokens = name.split()
    if len(tokens) == 1:
        return False
    for position, token in enumerate(tokens):
        inside = 0 < position < len(tokens) - 1
        if inside and token.lower() in _PARTICLES and token.lower() not in stop:
            continue
        if not token[:1].isupper() or token.lower() in stop:
            return False
    return True
