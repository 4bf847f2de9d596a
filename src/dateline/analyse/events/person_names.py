"""A person's name against the actor dictionary: titles before it, the name or its surname as
an entry on a date, spelling variants, and places that are given names ("Jordan Peterson").
Used by actors.actor_for."""

from __future__ import annotations

from rapidfuzz import fuzz

from dateline.analyse.events import lexicon
from dateline.analyse.events.dated_entries import current_alias, on_date
from dateline.analyse.events.lone_names import everyday_or_common, lone_word_names
from dateline.analyse.quotes.lexicon import first_names
from dateline.lexicons import words

# Words that carry no identity of their own: a phrase of only these is no actor.
EMPTY_WORDS = frozenset(words("events/empty_words.txt"))
TITLES = frozenset(words("events/actor_titles.txt"))
# Titles followed by a given name, never a surname ("Prince Andrew", "Queen Rania", "Pope Francis"):
# a word after them names the holder only as a whole entry of the dictionary ("king abdullah").
GIVEN_NAME_TITLES = frozenset({"prince", "princess", "king", "queen", "duke", "duchess", "pope", "emperor",
                               "empress", "sultan", "emir", "sheikh", "crown"})


def titles_only(words: list[str]) -> bool:
    """Titles, empty words and demonyms before a surname ("Kenyan President Odinga"); a place's
    name there is a given name ("Jordan Peterson", "Paris Hilton"), not a qualifier."""
    return all(w in TITLES or w in EMPTY_WORDS or w in lexicon.demonym_words() for w in words)


def last_written(text: str) -> str:
    return (text.replace("-", " ").split() or [""])[-1].strip("'\"’")


def named_in(words: list[str], date: str | None, book, *, person: bool, written: str = "") -> lexicon.ActorEntry | None:
    """A person or institution of the dictionary named by the phrase's last words (a surname
    alone only as lone_names allows: titled, capitalised, no everyday word)."""
    for size in range(min(len(words), 5), 1, -1):
        entries = book.get(" ".join(words[-size:]))
        if entries:
            return on_date(current_alias(words[-size:], entries, date, book), date)
    if words and not lone_word_names(words[-1], written or words[-1].title(),
                                     book.get(lexicon.surnames().get(words[-1], words[-1])),
                                     date, titled=len(words) > 1):
        return None
    if any(w in GIVEN_NAME_TITLES for w in words[:-1]):
        return None  # "Prince Andrew" is no Ethel Blondin Andrew: a royal title goes with a given name
    # a surname alone ("President Mugabe"), never a different first name with it
    if person and words and words[-1] in lexicon.surnames() and titles_only(words[:-1]) \
            and not bare_first_name(words):
        entries = book.get(lexicon.surnames()[words[-1]])
        if entries:
            return on_date(entries, date)
    if person and words and words[-1] in lexicon.surname_countries() and titles_only(words[:-1]) \
            and not bare_first_name(words) and not everyday_or_common(words[-1]) \
            and book is lexicon.actor_book():
        # "President Bush": two holders of the name, one country
        return lexicon.ActorEntry(words[-1].title(), lexicon.surname_countries()[words[-1]], "")
    if person and len(words) >= 2 and book is lexicon.actor_book():
        spelt = spelling_variant(words)
        if spelt is not None:
            return on_date(spelt, date)
    if person and words and titles_only(words[:-1]) and not bare_first_name(words):
        # a lone surname (after titles only: "Tim Morrison" is not Scott Morrison), and never
        # a bare word that is also a first name ("Andrew")
        entries = book.get(words[-1])
        if entries and all(e.sector not in ("IGO",) for e in entries):
            entry = on_date(entries, date)
            # a lone surname is trusted only when it names one person in the dictionary
            if entry and len({e.name for e in entries}) == 1:
                return entry
    return None


def bare_first_name(words: list[str]) -> bool:
    """'Andrew' alone: a first name with no title is nobody's surname in particular."""
    return len(words) == 1 and words[0] in first_names()


RARE_SURNAME = 3  # office holders bearing it, at most
SPELLING_RATIO = 90  # of 100: "Abdelaziz Bouteflicka" is "Abdelaziz Bouteflika", a transliteration


def spelling_variant(words: list[str]) -> tuple[lexicon.ActorEntry, ...] | None:
    """The office holder a full name is another spelling of: same first name and number of
    words, surname spelt nearly alike, and only one such holder."""
    for size in (3, 2):
        if len(words) < size:
            continue
        name = " ".join(words[-size:])
        found = {key for key in lexicon.people_by_first_word().get(words[-size], ())
                 if len(key.split()) == size and fuzz.ratio(name, key) >= SPELLING_RATIO}
        if len(found) == 1:
            return lexicon.actor_book()[found.pop()]
    # written without a middle name: "Jerry Rawlings" for "Jerry John Rawlings" (a rare surname:
    # a "John Smith" is anyone)
    if lexicon.surname_counts().get(words[-1], 0) > RARE_SURNAME:
        return None
    found = {key for key in lexicon.people_by_first_word().get(words[0], ())
             if len(key.split()) > len(words) and key.split()[-1] == words[-1]
             and all(w in key.split() for w in words[1:-1])}
    if len(found) == 1 and len(words) >= 2:
        return lexicon.actor_book()[found.pop()]
    return None


LINKING_WORDS = frozenset({"to", "of", "in", "for", "from", "at", "on", "with"})


def place_as_given_name(words: list[str]) -> bool:
    """A place followed by another name word ("congresswoman Alexandria Ocasio-Cortez", "Jordan
    Peterson"), not by a title ("Iraq President ...") or another place ("New York ...")."""
    def name_word(word: str) -> bool:  # not a title, an abbreviated one ("Rep.") or an empty word
        return word.rstrip(".") not in TITLES and not word.endswith(".") and word not in EMPTY_WORDS

    places = lexicon.countries()
    # a place after a preposition ends a description ("envoy to Ukraine Kurt Volker")
    return any(word in places and name_word(after) and after not in places and before not in LINKING_WORDS
               for before, word, after in zip(["", *words], words, words[1:]))


def has_demonym(words: list[str]) -> bool:
    """A demonym of one to three words among the phrase's ("Kenyan", "Sri Lankan")."""
    demonyms = lexicon.demonym_words()
    return any(" ".join(words[i:i + n]) in demonyms for n in (1, 2, 3) for i in range(len(words) - n + 1))
