"""What a phrase's own descriptors say of its actor's sector, before the actor dictionary.

The dictionary gives a person's or body's sector for a date, and role nouns give theirs
("intelligence" -> SPY); but the words the text itself uses to describe the actor are the best
evidence and win over both:

- a legislator's title or role ("Rep. Ana Soto", "congresswoman", "lawmakers") -> LEG, with the
  country a title implies when nothing else places the actor ("Rep." is a US title);
- a committee of a legislature ("the House Intelligence Committee", "a Senate panel") -> LEG:
  its subject ("intelligence", "armed services") is what it oversees, not what it is;
- a country name before a topic role ("a Ukraine specialist", data/events/topic_roles.txt) is
  what the role works on, not its holder's country;
- a role word that also names a field ("security", data/events/domain_roles.txt) is the force
  only as the bare head ("Syrian security"), not in "border security" or "security cameras";
- "former"/"ex-" with a state role ("a former National Security Council official") -> ELI: an
  elite of the country, no longer its government.

Words in data/events/legislative_words.tsv and data/events/former_words.txt.
"""

from __future__ import annotations

from functools import lru_cache

from dateline.lexicons import table, words

_LEGISLATIVE = {word: (kind, None if country == "-" else country)
                for word, kind, country in table("events/legislative_words.tsv", 3)}
FORMER_WORDS = frozenset(words("events/former_words.txt"))
TOPIC_ROLES = frozenset(words("events/topic_roles.txt"))
DOMAIN_ROLES = frozenset(words("events/domain_roles.txt"))
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
# sectors of those who hold a state office: "former" makes them elites
_STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "SPY", "COP"})


def legislative(words_: list[str]) -> tuple[bool, str | None]:
    """(whether the phrase describes a legislator or legislative body, the country its words
    imply). `words_` are the phrase's lower-case words."""
    kinds = [(w, *_LEGISLATIVE[w]) for w in words_ if w in _LEGISLATIVE]
    found = {kind for _, kind, _ in kinds}
    is_legislative = bool(found & {"title", "member"}) or {"body", "committee"} <= found
    if not is_legislative:
        return False, None
    # the last word that implies a country: "House of Commons committee" is British
    countries = [country for _, kind, country in kinds if country and kind != "committee"]
    return True, countries[-1] if countries else None


def former(words_: list[str]) -> bool:
    """The phrase says its actor held the role before: "former", "ex-" (split off by the
    caller's hyphen handling: "ex minister")."""
    return any(w in FORMER_WORDS for w in words_)


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """Lower-case country names and short forms, without demonyms ("ukraine", not "ukrainian")."""
    from dateline.analyse.events import lexicon

    return frozenset(lexicon.country_codes()) - lexicon.demonym_words()


def topic_country_words(words_: list[str]) -> set[int]:
    """Positions of country names that only say what a role works on ("a Ukraine specialist",
    "the Russia adviser"): the name right before a topic role noun (singular or plural)."""
    if not TOPIC_ROLES.intersection(w.rstrip("s") for w in words_) and not TOPIC_ROLES.intersection(words_):
        return set()
    names = _country_names()
    return {i for i, (word, role) in enumerate(zip(words_, words_[1:]))
            if word in names and (role in TOPIC_ROLES or role.rstrip("s") in TOPIC_ROLES)}


def described(country: str | None, sector: str | None, words_: list[str]) -> tuple[str | None, str | None]:
    """The country and sector after the phrase's own descriptors are applied."""
    is_legislative, implied = legislative(words_)
    if is_legislative:
        country, sector = country or implied, "LEG"
    # an elite is political only with its country (relevance.py); with none, the role stands
    if former(words_) and sector in _STATE_SECTORS and country:
        sector = "ELI"
    return country, sector


def field_not_force(words_: list[str], start: int, end: int) -> bool:
    """Whether the role words_[start:end] name a field, not a force: a role ending in a domain
    role word that is not the head, or has words before it other than determiners and a
    country's or people's name ("stronger border security", "security cameras")."""
    if words_[end - 1] not in DOMAIN_ROLES:
        return False
    if end != len(words_):
        return True
    from dateline.analyse.events import lexicon

    names = lexicon.countries()
    return any(w not in _DETERMINERS and w not in names and w not in lexicon.demonym_words()
               and not w.endswith("'s") for w in words_[:start])
