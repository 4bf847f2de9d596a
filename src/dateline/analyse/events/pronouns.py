"""An event's pronoun source or target: who the article makes plain it stands for, else no one.

"Senator Ana Ruiz and Deputy Tom Bell visited Lima. They criticised the ministry ..." and
"Beijing has long avoided concessions. It will dismiss any criticism": the pronoun is a party a
reader knows. The evidence is the quote stage's speaker index (speaker_index.py: who the
article names, where, their gender) and its rules, so a pronoun is resolved one way in the
project:

- "he"/"she" (and "him"/"her"): a sentence opening with it continues the person the sentence
  before was about (speaker_resolution's subject rule); else the one person of that gender
  named as someone in the same or the previous sentence, before the pronoun. Two such people,
  or someone of unknown gender beside them, and it is no one.
- "they"/"them": two or more people joined by "and" in the previous sentence, or the
  organisation, group or country that is its subject; both kinds present, and no one.
- "it": an organisation or country that is the previous sentence's subject ("it is hard to",
  "it was noted that" stand for no one: pronoun_speakers' expletive rule).

A pronoun inside a quotation is the quote's business (attach.py). A wrong actor is worse than
none: whenever two candidates fit, the side stays empty.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Span, Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.quotes.pronoun_speakers import expletive
from dateline.analyse.quotes.speaker_index import Mention, SpeakerIndex
from dateline.analyse.quotes.speaker_resolution import subject_before
from dateline.lexicons import words

PERSONAL = {"he": "m", "him": "m", "she": "f", "her": "f", "his": "m"}  # 'his' only as a possessor (demanded_possessor)
PLURAL = frozenset({"they", "them"})
# bodies "it" and "they" may stand for; a person is never "it"
BODY_TYPES = frozenset({"ORG", "GPE", "NORP"})
# objects of these prepositions are parties of an act ("sanctions against them", "talks with him")
PARTY_PREPS = frozenset(words("events/pronoun_party_preps.txt"))


# 'demanded his resignation': the possessor of a demanded act is who is asked to do it
POSSESSIVES = frozenset({"his", "her"})


def demanded_possessor(verb: Token) -> Token | None:
    """The personal possessor of the verb's object ('his' of 'demanded his resignation')."""
    for child in verb.children:
        if child.dep_ in ("dobj", "obj"):
            return next((g for g in child.children if g.dep_ == "poss" and g.lower_ in POSSESSIVES), None)
    return None


def pronoun_target(verb: Token) -> Token | None:
    """The verb's object when it is a personal pronoun ("accused him", "talks with them")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ in PERSONAL.keys() | PLURAL | {"it"}:
            return child
        if child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None and inner.lower_ in PERSONAL.keys() | PLURAL | {"it"}:
                return inner
    return None


def resolve(pronoun: Token, index: SpeakerIndex, finder: ActorFinder, *, not_named: str | None = None) -> list[ActorRef]:
    """The parties the pronoun stands for (one, or the people of a coordinated pair), or [].
    `not_named`: a person it cannot stand for (the one who demands 'his resignation')."""
    low = pronoun.lower_
    sent = pronoun.sent
    before = pronoun.doc[sent.start - 1].sent if sent.start > 0 else None
    if low in PERSONAL:
        name = _person(pronoun, index, before, not_named)
        return _as_actors([name], pronoun, index, before, finder) if name else []
    if before is None:
        return []
    if low in PLURAL:
        return _as_actors(_plural(before, index, finder), pronoun, index, before, finder)
    if low == "it" and not expletive(pronoun):
        body = _subject_body(before, index)
        return _as_actors([body.name], pronoun, index, before, finder) if body else []
    return []


def _in(index: SpeakerIndex, start: int, end: int) -> list[Mention]:
    lo, hi = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return index.mentions[lo:hi]


def _person(pronoun: Token, index: SpeakerIndex, before: Span | None, not_named: str | None = None) -> str | None:
    gender = PERSONAL[pronoun.lower_]
    if pronoun.dep_ == "nsubj":
        opening = subject_before(pronoun, index, gender)
        if opening is not None:
            return opening
    start = before.start_char if before is not None else pronoun.sent.start_char
    people = [m for m in _in(index, start, pronoun.idx) if m.type == "PERSON"]
    own = _own_subject_name(pronoun, index)
    # "Ruiz accused him": the clause's own subject is not its object; a possessor ("Epstein's
    # crimes") is named as no one, but may still be whom the pronoun means
    fitting = {m.name for m in people if index.gender.get(m.name) == gender and m.name not in (own, not_named)}
    unknown = {m.name for m in people if index.gender.get(m.name) is None and m.name not in (own, not_named)}
    if len(fitting) != 1 or unknown - fitting:
        return None
    name = fitting.pop()
    return name if any(m.name == name and not m.modifier for m in people) else None


def _own_subject_name(pronoun: Token, index: SpeakerIndex) -> str | None:
    if pronoun.dep_ == "nsubj":
        return None
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    found = index.mention_at(subject.idx, subject.idx + len(subject)) if subject is not None else None
    return found.name if found is not None else None


def _plural(before: Span, index: SpeakerIndex, finder: ActorFinder) -> list[str]:
    """The people joined by "and" in the sentence before, or the body that is its subject; both,
    or two sets of either, and no one. A subject that is a party by its words alone ("the
    Kenyan government said X and Y would ...") may be what "they" means as well."""
    named = _in(index, before.start_char, before.end_char)
    pairs = _coordinated_groups(before, named)
    body = _subject_body(before, index)
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if pairs and body is None and subject is not None and subject.pos_ != "PRON" \
            and index.mention_at(subject.idx, subject.idx + len(subject)) is None and finder.actor(subject) is not None:
        return []
    if len(pairs) == 1 and body is None:
        return pairs[0]
    if body is not None and not pairs:
        return [body.name]
    return []


def _coordinated_groups(before: Span, named: list[Mention]) -> list[list[str]]:
    """Names of people joined by "and", grouped by the phrase that joins them."""
    groups: dict[int, list[str]] = {}
    doc = before.doc
    for m in named:
        if m.type != "PERSON" or not m.coordinated or m.modifier:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        while head.dep_ == "conj":
            head = head.head
        members = groups.setdefault(head.i, [])
        if m.name not in members:
            members.append(m.name)
    return [g for g in groups.values() if len(g) >= 2]


def _subject_body(before: Span, index: SpeakerIndex) -> Mention | None:
    """The organisation, group or country the sentence's main verb has as its subject."""
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    found = index.mention_at(subject.idx, subject.idx + len(subject))
    if found is None or found.type not in BODY_TYPES or found.modifier:
        return None
    return found


def _as_actors(names: list[str], pronoun: Token, index: SpeakerIndex, before: Span | None,
               finder: ActorFinder) -> list[ActorRef]:
    """The actors the names are, read where the article names them last before the pronoun."""
    start = before.start_char if before is not None else pronoun.sent.start_char
    out = []
    for name in names:
        mention = next((m for m in reversed(_in(index, start, pronoun.idx)) if m.name == name), None)
        span = pronoun.doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
        found = finder.actor(span.root) if span is not None else None
        if found is None:
            return []  # a party the dictionary cannot place is no actor: none of the pair either
        out.append(found)
    return out
