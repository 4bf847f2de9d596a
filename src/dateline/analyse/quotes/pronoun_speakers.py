"""'They said', 'it says': an organisation speaking through a pronoun, resolved only when
the article makes it plain which one.

The organisation is the nearest one named before the pronoun, and it must have been heard
from (it spoke: it is a quote's speaker, or the subject of a speech verb or of "issued a
statement"), or be the subject of the pronoun's own sentence ("VW says ..., but it did not
say when"). Anyone named between them (another organisation, a place, a person) or a plural
subject ("analysts expect ... they say") could be what the pronoun stands for: then no one.
On real pages "they" and "it" are far more often people, things or the article's own "it is
hard to" than the last organisation named, and a wrong speaker is worse than none.

"We" and "us" in the article's own words are its writers (a review's "we called it ..."), never
the last organisation named: they stay unresolved.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.analyse.quotes.attribution import MEDIUM_NOUNS
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.analyse.quotes.speakers import people_noun
from dateline.models import Quote
from dateline.lexicons import words

# "they", "it" and their forms: an organisation, when the article makes plain which one
ORGANISATION_PRONOUNS = frozenset(words("quotes/pronouns_organisation.txt"))
# "we", "us": the writers, when the article's own words say it
WRITER_PRONOUNS = frozenset(words("quotes/pronouns_writers.txt"))
# How far back (characters) the organisation may be named.
WINDOW = 600
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ORGANISATION_TYPES = frozenset({"ORG", "NORP"})


def pronoun_of(quote: Quote) -> str | None:
    """The pronoun the quote's speaker is written as, lower case, else None."""
    mention = (quote.speaker_mention or "").strip().lower()
    return mention if mention in ORGANISATION_PRONOUNS | WRITER_PRONOUNS else None


@dataclass(frozen=True)
class _Named:
    start: int
    end: int
    type: str
    name: str
    modifier: bool = False


def resolve_pronoun_speakers(quotes: Sequence[Quote], doc: Doc, index, inside: Callable[[int], bool]) -> None:
    """Set the speaker of each quote spoken by "they", "it", "we" or "us" as the rules above say."""
    # what someone is reported to have said, marked or not ("warned that voters are ..."),
    # names no one who might be speaking now
    contents = [(a, b) for q in quotes for a, b in q.parts]
    named = _NamedIndex(index, quotes)
    for quote in sorted(quotes, key=lambda q: q.speaker_start or 0):
        pronoun = pronoun_of(quote)
        if pronoun is None or quote.speaker_start is None:
            continue
        quote.speaker = None
        if pronoun in ORGANISATION_PRONOUNS:
            # ... but not a content in the pronoun's own sentence ("said that staff were told
            # by WeWork to sign, otherwise it would ..."): a name there is as near as any
            at = quote.speaker_start
            sentence_start = _sentence_start(doc, at)
            around = [(a, b) for a, b in contents if b <= sentence_start]

            def quoted(offset: int, around=around) -> bool:
                return inside(offset) or any(a <= offset < b for a, b in around)

            quote.speaker = _organisation(doc, named, at, quoted, plural=pronoun == "they")
            if quote.speaker is not None:  # "... they said. '...,' it says": the same one again
                named.add_speaker(quote, quote.speaker)
                named.speakers.append((quote.speaker_start, quote.speaker_end, quote.speaker))


class _NamedIndex:
    """The article's named mentions, with the speakers the entities stage missed ("Big Machine
    have denied ...", linked as a quote's speaker but not among the mentions)."""

    def __init__(self, index, quotes: Sequence[Quote]) -> None:
        self.types = {m.name: m.type for m in index.mentions}
        self.items = [_Named(m.start, m.end, m.type, m.name, m.modifier) for m in index.mentions]
        self.speakers: list[tuple[int, int, str]] = []  # spans of speakers, and who they are
        for quote in quotes:
            if quote.speaker_start is not None and quote.speaker_end is not None:
                self.speakers.append((quote.speaker_start, quote.speaker_end, quote.speaker or ""))
                if quote.speaker and pronoun_of(quote) is None:
                    self.add_speaker(quote, quote.speaker)
        self.items.sort(key=lambda n: (n.start, n.end))

    def add_speaker(self, quote: Quote, name: str) -> None:
        kind = self.types.get(name)
        if kind is None or any(n.start < quote.speaker_end and n.end > quote.speaker_start for n in self.items):
            return
        bisect.insort(self.items, _Named(quote.speaker_start, quote.speaker_end, kind, name), key=lambda n: (n.start, n.end))

    def spoke(self, named: _Named) -> bool:
        """It is what a quote's speaker resolved to ("the laboratory of X, who was at the
        University of Y, reported": the laboratory spoke, not the university in its phrase)."""
        return any(s < named.end and e > named.start and who == named.name for s, e, who in self.speakers)


def _organisation(doc: Doc, named: _NamedIndex, offset: int, inside, *, plural: bool) -> str | None:
    pronoun = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if pronoun is None or expletive(pronoun[0]):
        return None
    candidate = _nearest_organisation(named.items, offset)
    if candidate is None or _blocked(doc, named.items, candidate, offset, inside, plural=plural):
        return None
    head = _head_of(doc, candidate)
    if head is None:
        return None
    spoke = named.spoke(candidate) or _speech_subject(head)
    own_subject = head.sent == pronoun[0].sent and head.dep_ in _SUBJECT_DEPS
    return candidate.name if spoke or own_subject else None


def expletive(token: Token) -> bool:
    """ "it is impossible to know whether ...", "it was noted that ...": an "it" that stands for
    the clause after it, no one."""
    verb = token.head
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "nsubjpass", "expl"):
        return False
    if token.dep_ == "expl":
        return True
    children = {c.dep_ for c in verb.children}
    return verb.lemma_ == "be" and bool(children & {"acomp", "attr"}) and bool(children & {"xcomp", "ccomp"}) or (
        token.dep_ == "nsubjpass" and "ccomp" in children
    )


def _sentence_start(doc: Doc, offset: int) -> int:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0].sent.start_char if span is not None and len(span) else offset


def _nearest_organisation(items: list[_Named], offset: int) -> _Named | None:
    """The organisation or group named last before `offset` (an adjective or a possessor, like
    "Democratic candidates", is none), within the window."""
    for named in reversed(items):
        if named.end > offset:
            continue
        if offset - named.end > WINDOW:
            return None
        if named.type in _ORGANISATION_TYPES and not named.modifier:
            return named
    return None


def _blocked(doc: Doc, items: list[_Named], candidate: _Named, offset: int, inside, *, plural: bool) -> bool:
    """Someone else named between the organisation and the pronoun, outside quotation marks:
    another organisation or place, a person, or (for "they") a plural subject for people
    ("analysts")."""
    for named in items:
        if named.start <= candidate.start or named.start >= offset:
            continue
        # a modifier ("Beijing residents") stands for no one the pronoun could mean
        if named.name != candidate.name and not named.modifier and not inside(named.start):
            return True
    between = doc.char_span(candidate.end, offset, alignment_mode="contract")
    if between is None or not plural:
        return False  # "it" never stands for "analysts"
    return any(
        t.dep_ in _SUBJECT_DEPS and t.tag_ in ("NNS", "NNPS") and people_noun(t) and not inside(t.idx)
        for t in between
    )


def _head_of(doc: Doc, mention: _Named) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _speech_subject(head: Token) -> bool:
    """The subject of a speech verb, or of a verb whose object is a statement ("issued a
    statement", "released a video")."""
    if head.dep_ not in _SUBJECT_DEPS:
        return False
    verb = head.head
    if verb.lemma_.lower() in speech_verbs():
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in MEDIUM_NOUNS for c in verb.children)
