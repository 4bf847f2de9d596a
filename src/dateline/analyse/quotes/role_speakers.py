"""Speakers that are no name as written: an acronym the tagger read as a pronoun ("according
to WHO"), someone speaking for an organisation ("a spokeswoman for the ministry"), someone
told something ("employees were told that ...", who are not the speaker)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

SPOKES_NOUNS = frozenset(words("quotes/spokes_nouns.txt"))


def acronym(head: Token) -> str | None:
    """ "WHO", "US" in a sentence that is not written in capitals: a name, not "who" or "us"."""
    if len(head) < 2 or not head.is_upper or not head.is_alpha:
        return None
    sent = [t for t in head.sent if t.is_alpha and len(t) > 1 and t.i != head.i]
    if not sent or sum(t.is_upper for t in sent) * 2 > len(sent):
        return None  # a headline or transcript in capitals: "WHO SAID IT"
    return head.text


def spoken_for(head: Token) -> list[Token]:
    """The words for whom a spokesperson speaks ("a spokeswoman for the ministry", "a Kremlin
    spokesman", "the union's representative"): none for any other noun."""
    if head.lemma_.lower() not in SPOKES_NOUNS and head.lower_ not in SPOKES_NOUNS:
        return []
    candidates = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
        candidates.extend(g for g in prep.children if g.dep_ == "pobj")
    return candidates


def told(head: Token, addressee_verbs: frozenset[str]) -> bool:
    """The subject of a passive "was told", "were informed": the one spoken to."""
    return head.dep_ == "nsubjpass" and head.head.lemma_.lower() in addressee_verbs
