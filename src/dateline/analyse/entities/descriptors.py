"""Roles the article gives a name: before it ("palace spokeswoman Maria Lenz"), in
apposition ("Piet Halden, Veldoria's foreign minister,"; "Ostrova, the Veldorian
president,"), and the country a role places it in ("Chile's foreign minister" -> Chile).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.analyse.entities.lexicon import (
    country_of_demonym,
    demonym_candidates,
    demonyms,
    is_honorific,
    is_role_head,
    is_role_word,
)
from dateline.analyse.entities.mentions import NameSpan
from dateline.lexicons import table, words

MAX_DESCRIPTOR_TOKENS = 12
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_TEMPORAL = frozenset(words("entities/descriptor_temporal.txt"))
_LEADING_DETS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_NOT_DESCRIPTIVE_ENT = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


_STATE_ROLES = frozenset(words("entities/state_roles.txt"))
# Seats and bodies that stand for a government ("the White House", "the Kremlin"): before a role
# they are part of it ("White House press secretary X"), which places the person (events read it)
_SEATS = frozenset(row[0] for row in table("events/government_seats.tsv", 2))
_SEAT_WORDS = 3


@dataclass
class Descriptor:
    text: str
    country: str | None
    tokens: range  # token indices the descriptor covers


class DescriptorFinder:
    """Finds descriptors for the name spans of one doc."""

    def __init__(self, doc: Doc, spans: list[NameSpan], *, known_places: set[str]):
        self.doc = doc
        self.spans = spans
        self.known_places = known_places
        self._demonym_cache: set[str] | None = None
        self.span_at: dict[int, NameSpan] = {}
        for s in spans:
            for i in range(s.start, s.end):
                self.span_at[i] = s

    def find(self, span: NameSpan) -> list[Descriptor]:
        found = []
        before = self._before(span)
        if before is not None:
            found.append(before)
        found.extend(self._appositions(span))
        held = self._held_as(span)
        if held is not None:
            found.append(held)
        seen = set()
        unique = []
        for d in found:
            if d.text.lower() not in seen:
                seen.add(d.text.lower())
                unique.append(d)
        return unique

    # ------------------------------------------------------------------ before the name

    def _before(self, span: NameSpan) -> Descriptor | None:
        doc = self.doc
        i = span.start - 1
        first = span.start
        while i >= 0 and span.start - i <= MAX_DESCRIPTOR_TOKENS:
            token = doc[i]
            if token.text in _POSSESSIVE and i > 0:
                owner = self.span_at.get(i - 1)
                if owner is None or owner is span:
                    break
                i = owner.start - 1
                first = owner.start
                continue
            if not self._descriptive(token):
                seat = self._seat_ending_at(i) if first < span.start else None
                if seat is not None:
                    first = seat  # "White House press secretary": the seat is the role's
                break
            first = i
            i -= 1
        if first >= span.start:
            return None
        tokens = list(doc[first : span.start])
        # the word next to the name must be a role noun ("leader", "Minister"), not an adjective
        last = tokens[-1]
        if not (is_role_head(last.text) or last.pos_ == "NOUN" and not is_role_word(last.text)):
            return None
        while tokens and is_honorific((tokens[-1].text,)):
            tokens.pop()
        tokens = _without_leading(tokens)
        if not tokens:
            return None
        return self._make(tokens)

    def _seat_ending_at(self, i: int) -> int | None:
        """Where a government seat's name ending at token i starts ("Downing Street"), or None.
        A city's name ("Moscow correspondent") is where someone works, not whom they act for."""
        doc = self.doc
        for size in range(_SEAT_WORDS, 0, -1):
            start = i - size + 1
            if start < 0:
                continue
            words = doc[start : i + 1]
            if any(t.ent_type_ in ("GPE", "LOC") or not t.text[:1].isupper() for t in words):
                continue
            if " ".join(words.text.lower().split()) in _SEATS:
                return start
        return None

    def _descriptive(self, token: Token) -> bool:
        if token.ent_type_ in _NOT_DESCRIPTIVE_ENT or token.lower_ in _TEMPORAL:
            return False
        if token.text in ("-", "–") or token.is_punct or token.is_space:
            return token.text == "-"
        owner = self.span_at.get(token.i)
        if owner is not None:
            return owner.label == "NORP" or self._is_demonym(token)
        if self._is_demonym(token) or is_role_word(token.text):
            return True
        if token.is_stop or token.like_num:
            return False
        if token.text[:1].isupper():
            return False  # a capitalised word that is no role: a name or sentence start
        return token.pos_ in ("NOUN", "ADJ", "PROPN") or (token.pos_ == "" and token.is_alpha)

    def _is_demonym(self, token: Token) -> bool:
        if not token.text[:1].isupper():
            return False
        if token.text.lower() in demonyms():
            return True
        if token.ent_type_ == "NORP":
            return country_of_demonym(token.text, known_places=self.known_places) is not None
        # inside another name ("Federation of Veldorian Workers"): only a demonym of a place named here
        places = {p.lower() for p in self.known_places}
        return any(c.lower() in places for c in demonym_candidates(token.text))

    # ------------------------------------------------------------------ appositions

    def _appositions(self, span: NameSpan) -> list[Descriptor]:
        doc = self.doc
        inside = set(range(span.start, span.end))
        heads = [t for t in doc[span.start : span.end] if t.head.i not in inside or t.head.i == t.i]
        out = []
        for head in heads:
            roles = [c for c in head.children if c.dep_ == "appos" and c.i not in inside]
            if head.dep_ == "appos" and head.head.i not in inside:
                roles.append(head.head)
            for role in roles:
                d = self._role_phrase(role, inside)
                if d is not None:
                    out.append(d)
        return out

    def _held_as(self, span: NameSpan) -> Descriptor | None:
        """'Piet Halden, who as interior minister oversees the police': the role a relative
        clause in the present says the name holds now ('who served as minister', a past role,
        and 'who as a boy lived' give none)."""
        doc = self.doc
        i = span.end
        if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who" or doc[i + 2].lower_ != "as":
            return None
        j = i + 3
        while j < len(doc) and j - i <= MAX_DESCRIPTOR_TOKENS and doc[j].pos_ not in ("VERB", "AUX") \
                and not doc[j].is_punct:
            j += 1
        if j >= len(doc) or doc[j].tag_ not in ("VBZ", "VBP") or j == i + 3:
            return None
        tokens = list(doc[i + 3 : j])
        if not is_role_head(tokens[-1].text):
            return None
        tokens = _without_leading(tokens)
        return self._make(tokens) if tokens else None

    def _role_phrase(self, role: Token, name_tokens: set[int]) -> Descriptor | None:
        if role.i in self.span_at or role.pos_ not in ("NOUN", "PROPN", ""):
            return None
        if role.pos_ == "PROPN" and not is_role_word(role.text):
            return None
        doc = self.doc
        keep = {role.i}
        for child in role.children:
            if child.i in name_tokens or child.dep_ in ("appos", "punct", "relcl", "acl", "cc", "conj"):
                continue
            if child.i > role.i and child.dep_ not in ("prep", "compound", "amod"):
                continue
            keep.update(t.i for t in child.subtree)
        keep -= name_tokens
        # the contiguous run around the role word, cut at commas
        lo = hi = role.i
        while lo - 1 in keep and doc[lo - 1].text != ",":
            lo -= 1
        while hi + 1 in keep and doc[hi + 1].text != ",":
            hi += 1
        tokens = list(doc[lo : hi + 1])
        tokens = _without_leading(tokens)
        while tokens and tokens[-1].lower_ in ("of", "for", "and", "in", "at", "'s"):
            tokens.pop()
        if not tokens or len(tokens) > MAX_DESCRIPTOR_TOKENS or not any(t.is_alpha and t.text.islower() or is_role_word(t.text) for t in tokens):
            return None
        if any(t.text in ("|", "/", "•") for t in tokens):
            return None
        return self._make(tokens)

    # ------------------------------------------------------------------ text and country

    def _make(self, tokens: list[Token]) -> Descriptor:
        parts = []
        for k, token in enumerate(tokens):
            word = token.text
            owner = self.span_at.get(token.i)
            if is_role_word(word) and (owner is None or owner.label not in ("GPE", "PERSON")) and not self._is_demonym(token):
                word = word.lower()
            parts.append(word + (token.whitespace_ if k < len(tokens) - 1 else ""))
        text = "".join(parts)
        return Descriptor(text=text, country=self._country(tokens), tokens=range(tokens[0].i, tokens[-1].i + 1))

    def _country(self, tokens: list[Token]) -> str | None:
        doc = self.doc
        for k, token in enumerate(tokens):
            owner = self.span_at.get(token.i)
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if owner is not None and owner.label != "PERSON" and owner.end - 1 == token.i:
                name = doc[owner.start : owner.end].text
                possessive = after is not None and after.text in _POSSESSIVE
                after_of = owner.start > 0 and doc[owner.start - 1].lower_ in ("of", "for", "from", "in")
                if (possessive or after_of) and self._is_place(name, owner.label, tokens):
                    return name
            if self._is_demonym(token):
                country = country_of_demonym(token.text, known_places=self.known_places)
                if country:
                    return country
        return None

    def _is_place(self, name: str, label: str, role: list[Token]) -> bool:
        if label in ("GPE", "LOC"):
            return True
        lowered = name.lower()
        if lowered in {p.lower() for p in self.known_places} or lowered in _countries():
            return True
        if lowered in self._demonym_countries():
            return True  # "Veldorian" elsewhere in the article makes "Veldoria" a country
        # only states have ministers and ambassadors ("Veldoria's interior minister")
        return label == "ORG" and " " not in name and any(t.lower_ in _STATE_ROLES for t in role)

    def _demonym_countries(self) -> set[str]:
        if self._demonym_cache is None:
            self._demonym_cache = {
                c.lower()
                for s in self.spans
                if s.label == "NORP"
                for c in [country_of_demonym(self.doc[s.start : s.end].text, known_places=self.known_places)]
                if c
            }
        return self._demonym_cache


def _countries() -> set[str]:
    return {c.lower() for c in demonyms().values()}


def _without_leading(tokens: list) -> list:
    """The phrase's tokens without the article, determiner or honorific it starts with."""
    start = 0
    while start < len(tokens) and (tokens[start].lower_ in _LEADING_DETS or is_honorific((tokens[start].text,))):
        start += 1
    return tokens[start:]
