"""Whether one word alone may name a person of the actor dictionary.

The dictionary knows thousands of office holders by surname and a few by one-word aliases
("Moon", "Trump"). Read alone, such a word is weak evidence: "Moon" in "the Moon contract" is the
moon, "Kim said" is one of millions of Kims, "Andrew" is a first name. A wrong actor is worse than
none, so a lone word names the holder only when

- it is written as a name (capitalised), and is no everyday word or other proper name as well
  (data/events/common_word_names.txt: "moon", "park", "ban": those need a title or the full
  name) and no surname borne by a great many people (data/events/common_surnames.txt: "kim",
  "lee", "singh": those need the full name, "Mr. Kim" is anyone);
- a role word as a surname ("Kevin King") names no office (role_as_surname);
- with no title before it, the holder is in office on the article's date, or held one of the
  offices the curated dictionary names (president, prime minister, foreign minister ...: known by
  surname alone for years after): an untitled surname of an obscure former official is more
  likely anyone else (an article's later "Kim" for a person it
  named in full earlier is resolved through that full name by the entity linker, not here).
"""

from __future__ import annotations

from dateline.analyse.events import lexicon
from dateline.analyse.quotes.lexicon import first_names
from dateline.lexicons import words

COMMON_WORD_NAMES = frozenset(words("events/common_word_names.txt"))
COMMON_SURNAMES = frozenset(words("events/common_surnames.txt"))
NAMED_THING_HEADS = frozenset(words("events/named_thing_heads.txt"))
TITLES = frozenset(words("events/actor_titles.txt"))


def everyday_or_common(word: str) -> bool:
    """A word that alone never names one holder ("Moon", "Kim")."""
    return word in COMMON_WORD_NAMES or word in COMMON_SURNAMES


def lone_word_names(word: str, written: str, entries: tuple[lexicon.ActorEntry, ...] | None,
                    date: str | None, *, titled: bool) -> bool:
    """Whether `word` (lower case; `written` as the text has it) alone names the person of
    `entries`. Entries of a group or an undated institution are not this rule's business."""
    if not entries or not any(e.start or e.end or e.office for e in entries):
        return True  # no office holder: an organisation's one-word name ("Hamas")
    if not written[:1].isupper() or word in COMMON_SURNAMES or (word in COMMON_WORD_NAMES and not titled):
        return False  # "President Moon" is the president; "Moon" alone is the moon
    if titled or not date or any(e.office for e in entries):
        return True  # a head of state's or minister's surname is known alone ("Obama said")
    return any((not e.start or e.start <= date) and (not e.end or date < e.end)
               for e in entries if e.start or e.end)


def role_as_surname(text: str, words: list[str]) -> bool:
    """A person's name whose last word is also a role ("Kevin King", or "King" alone as the
    tagger's person): a surname after a first name, or a capitalised word with no article; a
    role comes before the name ("King Abdullah", "the King"). `words`: the plain lower-case words."""
    if len(words) >= 2:
        return words[-2] in first_names()
    return len(words) == 1 and text.strip()[:1].isupper()


def without_titles_in_names(words: list[str]) -> list[str]:
    """The phrase's words without the titles that are part of a thing's name: a title before the
    head of a place's, building's or institution's name ("King's College London", "the King Fahd
    Causeway") names no office holder and gives no sector; the rest of the phrase may still
    ("... London": GBR, "college": EDU). `words`: the plain lower-case words."""
    heads = [i for i, w in enumerate(words) if w in NAMED_THING_HEADS]
    if not heads:
        return words
    last = heads[-1]
    kept = [w for i, w in enumerate(words) if not (i < last and _title(w))]
    return kept if len(kept) < len(words) else words


def _title(word: str) -> bool:
    return word in TITLES or (word.endswith("'s") and word[:-2] in TITLES)
