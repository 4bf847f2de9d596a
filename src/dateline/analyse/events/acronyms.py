"""Acronyms the actor dictionary knows, read by the tagger as names.

The small English model reads an unfamiliar word in capitals by its shape and last letters:
"ECOWAS imposed sanctions" came out as a verb "ECOWAS" (its suffix "WAS") with "imposed" an
adjective, and nothing was coded. Written "Ecowas" (as British wire copy does) the same word
is a proper noun. So for every acronym the actor files name, the capitalised word's lexeme is
given the shape and suffix of its title-case form before any parse; the text, its offsets and
the word's own spelling stay as written."""

from __future__ import annotations

from spacy.vocab import Vocab

from dateline.analyse.events import lexicon

# bodies the actor files often write in title case ("Ecowas", "Asean"), which wire copy capitalises
ACRONYM_SECTORS = ("IGO", "NGO")


def known_acronyms() -> frozenset[str]:
    """Lower-case one-word names the actor files write in capitals, or name an international
    or non-governmental body by (three letters or more: a shorter word is too often English)."""
    found = {name for name in lexicon.abbreviations() if " " not in name and "." not in name}
    for name, entries in lexicon.actor_book().items():
        if " " not in name and name.isalpha() and len(name) >= 3 \
                and any(entry.sector.startswith(ACRONYM_SECTORS) for entry in entries):
            found.add(name)
    return frozenset(found)


def repair_acronyms(vocab: Vocab) -> None:
    """Give each known acronym in capitals the model features of its title-case spelling."""
    for name in known_acronyms():
        upper, title = vocab[name.upper()], vocab[name.title()]
        upper.shape_ = title.shape_
        upper.suffix_ = title.suffix_
