"""The actor dictionary's organisation names found in a sentence's own words, whole.

The small model's tagger cuts long names at their prepositions ("Self-defense Groups of Cordoba
and Uraba" became the place "Cordoba", "People against Gangsterism and Drugs" the word "People"),
and a cut piece then resolves to something else (Cordoba: Spain). Here the sentence's tokens are
looked up in the dictionary as a gazetteer, longest name first, so a phrase that lies inside a
known name stands for the whole name. Only names that cannot be everyday words are looked up:
two words or more, every word capitalised but the joiners ("of", "and"), of bodies the
dictionary holds undated (people's offices have dates, and their names the tagger finds whole).

The same dictionary's acronyms the model misreads by their shape: "IGAD accused ..." came out an
auxiliary, "WFP accused ..." an interjection, "criticised OSCE" an adverb; `misread_acronym`
says when a word the parse hung on its verb in such a slot is a body's acronym.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.lexicons import words

JOINERS = frozenset(words("events/name_joiners.txt"))
# the tokens a name of n words may take ("Self-defense": three tokens, one word after plain())
TOKENS_PER_WORD = 3
_DOTTED = re.compile(r"(?:[A-Z]\.){1,}[A-Z]\.?")
# where the parse hangs a misread acronym on its verb (an auxiliary, an adverb, an interjection)
MISREAD_DEPS = frozenset({"aux", "auxpass", "advmod", "npadvmod", "intj", "dep", "neg", "prt"})


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, int]:
    """First word of each organisation name the gazetteer looks for -> its longest name in words."""
    longest: dict[str, int] = {}
    for key, entries in lexicon.actor_book().items():
        size = len(key.split())
        if size >= 2 and _undated_body(entries):
            first = key.split()[0]
            longest[first] = max(size, longest.get(first, 0))
    return longest


def _undated_body(entries: tuple[lexicon.ActorEntry, ...]) -> bool:
    """A body (no one's dated office) that places an actor: a country, or a sector of its own."""
    return all(not (e.start or e.end or e.office) for e in entries) \
        and any(e.country or e.sector for e in entries)


def _key(text: str) -> str:
    return " ".join(lexicon.plain(text).replace(",", " ").split())


def _written_as_name(span: Span) -> bool:
    """Every word capitalised but the joiners (and the words after a hyphen: "Self-defense")."""
    for token in span:
        if token.is_punct or token.lower_ in JOINERS or (token.i > span.start and token.nbor(-1).text == "-"):
            continue
        if not token.text[:1].isupper() and not token.text[:1].isdigit():
            return False
    return not (span[-1].lower_ in JOINERS or span[-1].is_punct)


def named_spans(sent: Span) -> list[tuple[int, int]]:
    """(start, end) token offsets of the dictionary's organisation names in the sentence,
    longest first from the left, none inside another."""
    longest = _names_by_first_word()
    book = lexicon.actor_book()
    found: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end:
        token = sent.doc[i]
        size = longest.get(token.lower_) if token.text[:1].isupper() else None
        match = None
        for end in range(min(sent.end, i + size * TOKENS_PER_WORD), i + 1, -1) if size else ():
            span = sent.doc[i:end]
            if span[-1].is_punct or not _written_as_name(span):
                continue
            entries = book.get(_key(span.text))
            if entries and _undated_body(entries):
                match = (i, end)
                break
        if match:
            found.append(match)
            i = match[1]
        else:
            i += 1
    return found


def misread_acronym(token: Token) -> bool:
    """An acronym in capitals the dictionary names a body by ("IGAD", "WFP", "E.U."), which the
    parse hung on its verb as an auxiliary, adverb or interjection, not as a noun's slot."""
    if token.dep_ not in MISREAD_DEPS or token.head is token or not token.text.isupper() \
            or len(token.text.replace(".", "")) < 2:
        return False
    key = lexicon.plain(token.text)
    if _DOTTED.fullmatch(token.text):
        entries = lexicon.actor_book().get(key) or lexicon.actor_book().get(key.rstrip(".") + ".")
    else:
        entries = lexicon.actor_book().get(key) if key in _acronyms() else None
    return bool(entries) and _undated_body(entries)


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    from dateline.analyse.events.reading import known_acronyms
    return known_acronyms()
