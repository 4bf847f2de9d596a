"""'The company said', 'the agency said': a noun for a kind of organisation is the one
organisation of that kind the article has named before it.

A kind is known by cues (data/quotes/organisation_kinds.tsv): words of the organisation's
name or of a description the article gives it, or its actor sector. Two organisations of
the kind named before leave the noun unresolved: the article may mean either, and a wrong
speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from spacy.tokens import Token

from dateline.lexicons import table


@dataclass(frozen=True)
class KindCues:
    words: frozenset[str]
    sectors: frozenset[str]


@lru_cache(maxsize=1)
def organisation_kinds() -> dict[str, KindCues]:
    """kind noun -> the cues that show an organisation is of that kind."""
    kinds: dict[str, KindCues] = {}
    for kind, cues in table("quotes/organisation_kinds.tsv", 2):
        items = cues.lower().split()
        words = frozenset(c for c in items if not c.startswith("sector:"))
        sectors = frozenset(c.split(":", 1)[1].upper() for c in items if c.startswith("sector:"))
        kinds[kind.lower()] = KindCues(words, sectors)
    return kinds


class Named(Protocol):
    """What `of_kind` needs of a named organisation (speaker_index's Mention)."""

    start: int
    end: int
    type: str
    name: str
    modifier: bool
    descriptors: Sequence[str]
    sector: str | None


def is_of_kind(mention: Named, cues: KindCues) -> bool:
    """The organisation's name, a description of it or its sector shows the kind."""
    if mention.sector and mention.sector.upper() in cues.sectors:
        return True
    words = {w.strip(",.()") for w in mention.name.lower().split()}
    for descriptor in mention.descriptors:
        words.update(w.strip(",.()") for w in descriptor.lower().split())
    return bool(words & cues.words)


def kind_of(head: Token) -> str:
    """The kind a noun names: with its modifier where the table has both ("the news
    organization" is a news organisation, "the organization" no kind), else its lemma."""
    lemma = head.lemma_.lower()
    for child in head.lefts:
        if child.dep_ in ("compound", "amod") and f"{child.lower_} {lemma}" in organisation_kinds():
            return f"{child.lower_} {lemma}"
    return lemma


def of_kind(kind: str, offset: int, mentions: Iterable[Named]) -> str | None:
    """The one organisation of this kind named before `offset`, else None (none, or two or more)."""
    cues = organisation_kinds().get(kind)
    if cues is None:
        return None
    found = {
        m.name
        for m in mentions
        if m.end <= offset and m.type == "ORG" and not m.modifier and is_of_kind(m, cues)
    }
    return next(iter(found)) if len(found) == 1 else None


# how a name that is what its sentence is about stands in it: its subject, or the subject's
# owner or apposition ("Volkswagen's new car is ...", "The group that owns it, Big Machine, says")
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass"})
_TOPIC_OF_SUBJECT_DEPS = frozenset({"poss", "appos", "compound"})


def topic_organisation(head: Token, mentions: Iterable[Named]) -> str | None:
    """'The automaker says', 'the band's plans' where no organisation named shows the kind:
    the one organisation that is what this sentence or the two before are about (their
    subject) - "Volkswagen is giving us a glimpse ... The German automaker says". None when
    two organisations are subjects there ("Renault and Stellantis showed ..."), when those
    sentences name their own "the automaker" (another one, introduced), or for a noun that is
    no kind of organisation the project knows ("the family")."""
    kind = kind_of(head)
    if head.tag_ == "NNS" or kind not in organisation_kinds():
        return None
    doc = head.doc
    first = head.sent.start
    for _ in range(TOPIC_SENTENCES_BEFORE):
        if first > 0:
            first = doc[first - 1].sent.start
    if any(t.lemma_.lower() == kind.split()[-1] for t in doc[first : head.i]):
        return None
    window_start, window_end = doc[first].idx, head.idx
    # a kind any business is ("the company") has every organisation named there for a rival:
    # "Kirov Port Logistics signed a deal with Marlow Freight ... the company said" may be
    # either; a narrower kind ("the automaker") only another subject
    generic = bool(organisation_kinds()[kind].sectors & {"BUS"})
    topics, others = set(), set()
    for m in mentions:
        if m.type == "ORG" and window_start <= m.start and m.end <= window_end:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            (topics if span is not None and _is_topic(span.root) else others).add(m.name)
    if len(topics) != 1 or (generic and others - topics):
        return None
    return next(iter(topics))


# sentences before the noun's own that may hold its organisation (an abbreviation's full stop,
# "the ID. Space Vizzion", splits one sentence into two)
TOPIC_SENTENCES_BEFORE = 2


def _is_topic(token: Token) -> bool:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Renault and Stellantis showed": both are
    if token.dep_ in _TOPIC_DEPS:
        return True
    return token.dep_ in _TOPIC_OF_SUBJECT_DEPS and token.head.dep_ in _TOPIC_DEPS
