"""Which country an actor phrase names: the longest country name, demonym or capital among its
capitalised words, telling a phrase's own country ("Kenyan troops in Somalia": Kenya) from where
it is ("ethnic Albanians in southern Serbia": Serbia; "UN peacekeepers in Mali": only where they
serve). Split out of actors.py (issue 17), which reads these for actor_for."""

from __future__ import annotations

from dateline.analyse.events import lexicon
from dateline.analyse.places.names import strip_accents

ETHNIC = "ethnic"  # "ethnic Albanians": a people, whose country is where they live


def singular(word: str) -> str:
    """A plural noun's singular by its ending ('militias', 'churches', 'rebels')."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def capitals(text: str) -> frozenset[str]:
    """The words of a phrase written with a capital: only those name countries, so "male
    nurses" is no Maldives and "the bill" no country at all."""
    raw = text.replace("’", "'").replace("\u00a0", " ").replace("-", " ").split()
    return frozenset(w.lower() for w in raw if w[:1].isupper() or w[:1] in "'\"")


def country_in(words: list[str], capitals: frozenset[str] | None = None) -> tuple[str | None, int]:
    """The country a phrase names (longest match), and how many words named it; a country
    the phrase places its people in ("ethnic Albanians in southern Serbia") wins."""
    table = lexicon.countries()
    for i, word in enumerate(words[:-1]):
        # only a group lives somewhere ("rebels in Zimbabwe"); a person "in Tel Aviv" visits
        if word in ("in", "of", "from") and i > 0 and words[i - 1].endswith("s"):
            if word == "in" and ETHNIC not in words[:i]:
                own, size = country_in_plain(words[:i], table, capitals)
                if own:
                    # "Kenyan troops in Somalia" serve Kenya where they are; "Chinese engineers
                    # in Nigeria" are Chinese there (only "ethnic Albanians" take their home's)
                    return own, size
            inner, size = country_in_plain(words[i + 1:], table, capitals)
            if inner:
                return inner, size
    # a person's or body's own country comes before where it is ("his Kenyan counterpart in
    # Addis Ababa" is Kenya's, however long the place's name)
    cut = next((i for i, w in enumerate(words) if w in PLACE_PREPOSITIONS and i > 0), None)
    if cut is not None:
        own, size = country_in_plain(words[:cut], table, capitals)
        if own:
            return own, size
    return country_in_plain(words, table, capitals)


def folded(text: str) -> str:
    """The phrase without its accents: the table spells 'Türkiye', 'Côte d'Ivoire' in plain letters."""
    return text if text.isascii() else strip_accents(text)  # most phrases have nothing to fold


PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside"})


def placed_only(words: list[str]) -> bool:
    """Whether the phrase's country is only where it is: named after a place preposition."""
    cut = next((i for i, w in enumerate(words) if w in PLACE_PREPOSITIONS and i > 0), None)
    return cut is not None and country_in_plain(words[:cut], lexicon.countries(), None)[0] is None


def country_in_plain(words: list[str], table: dict[str, str],
                      capitals: frozenset[str] | None) -> tuple[str | None, int]:
    for size in (6, 5, 4, 3, 2, 1):
        for i in range(0, len(words) - size + 1):
            if capitals is not None and words[i] not in capitals:
                continue
            phrase = " ".join(words[i:i + size])
            # "Democratic People's Republic of Korea" is listed as "... Peoples' Republic Of Korea",
            # "the Democratic Republic of the Congo" as "Democratic Republic Of Congo"
            bare = phrase.replace("'", "").replace(" the ", " ")
            for form in (phrase, phrase.removesuffix("'s").removesuffix("'"), singular(phrase), bare,
                         folded(phrase.removesuffix("'s").removesuffix("'"))):
                code = table.get(form)
                if code:
                    return code, size
    return None, 0
