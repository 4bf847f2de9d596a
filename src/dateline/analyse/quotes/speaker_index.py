"""Who an article names, where, with their gender and roles: the index speakers resolve against.

Built once per article from the entities stage's mentions (else the parse's own named
entities); speaker_resolution reads it to turn "he", "the palace spokeswoman" or "Mr Halden"
into a name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from dateline.analyse.quotes.lexicon import PRONOUNS_FEMALE, PRONOUNS_MALE, TITLES, TITLES_FEMALE, TITLES_MALE, first_names
from dateline.models import EntityMention

SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ROLE_NOUN_POS = frozenset({"NOUN"})


@dataclass
class Mention:
    start: int
    end: int
    type: str
    name: str
    # it modifies a noun ("the Democratic primary", "China's ambassador"): no antecedent of "they"
    modifier: bool = False
    # one of two or more people joined by "and": "they" after it means those people
    coordinated: bool = False
    # what the entities stage tells of it: how the article describes it, its actor sector
    descriptors: tuple[str, ...] = ()
    sector: str | None = None


@dataclass
class SpeakerIndex:
    """Who the article names, where, with their gender and roles."""

    mentions: list[Mention]  # sorted by start
    starts: list[int]
    gender: dict[str, str] = field(default_factory=dict)  # name -> "m" | "f"
    roles: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # role word -> [(offset, name)]
    by_surname: dict[str, str] = field(default_factory=dict)  # "halden" -> "Piet Halden"

    def mention_at(self, start: int, end: int) -> Mention | None:
        i = bisect.bisect_right(self.starts, end) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end > start and m.start < end:
                return m
            if m.end <= start and start - m.start > 200:
                break
            i -= 1
        return None


_TITLE_STRIP = re.compile(r"[.,]")


def clean_name(text: str) -> str:
    """'President Anna Ostrova's' -> 'Anna Ostrova'."""
    text = re.sub(r"(?:['’]s|['’])$", "", text.strip())
    words = text.split()
    while len(words) > 1 and _TITLE_STRIP.sub("", words[0]).lower() in TITLES:
        words.pop(0)
    if words and words[0].lower() == "the" and len(words) > 1:
        words.pop(0)
    return " ".join(words)


_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _shape(span: Span | None) -> tuple[bool, bool]:
    """(modifier, coordinated) of a named mention, from the parse: it modifies a noun
    ("Democratic candidates", "China's ambassador"), or it is one of people joined by "and"."""
    if span is None or len(span) == 0:
        return False, False
    root = span.root
    modifier = root.pos_ == "ADJ" or (root.dep_ in _MODIFIER_DEPS and root.head.i not in range(span.start, span.end))
    coordinated = (root.dep_ == "conj" and root.head.pos_ == "PROPN") or any(
        child.dep_ == "conj" and child.pos_ == "PROPN" for child in root.children
    )
    return modifier, coordinated


def _title_gender(doc: Doc, start_token: int) -> str | None:
    if start_token > 0:
        prev = doc[start_token - 1].lower_.rstrip(".")
        if prev in TITLES_MALE or prev + "." in TITLES_MALE:
            return "m"
        if prev in TITLES_FEMALE or prev + "." in TITLES_FEMALE:
            return "f"
    return None


def _by_surname(names: Iterable[str]) -> dict[str, str]:
    """Surname (last word) -> the longest full name with it, so "halden" -> "Piet Halden"."""
    table: dict[str, str] = {}
    for name in names:
        last = name.split()[-1].lower() if name else ""
        if last and len(name) > len(table.get(last, "")):
            table[last] = name
    return table


def build_index(doc: Doc, entities: list[EntityMention]) -> SpeakerIndex:
    """Index the names in one parsed text (title or body)."""
    raw: list[tuple[int, int, str, str, int]] = []  # start, end, type, text, first token
    shapes: dict[tuple[int, int], tuple[bool, bool]] = {}  # (start, end) -> (modifier, coordinated)
    told: dict[tuple[int, int], tuple[tuple[str, ...], str | None]] = {}  # (start, end) -> (descriptors, sector)
    if entities:
        for ent in entities:
            if ent.type in SPEAKER_TYPES:
                span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
                raw.append((ent.start, ent.end, ent.type, ent.name or ent.text, span.start if span else 0))
                shapes[ent.start, ent.end] = _shape(span)
                told[ent.start, ent.end] = (tuple(ent.descriptors), ent.sector)
    else:
        for ent in doc.ents:
            if ent.label_ in SPEAKER_TYPES:
                raw.append((ent.start_char, ent.end_char, ent.label_, ent.text, ent.start))
                shapes[ent.start_char, ent.end_char] = _shape(ent)
    raw.sort()
    full_by_last = _by_surname(clean_name(text) for _, _, etype, text, _ in raw if etype == "PERSON")
    mentions = []
    gender_votes: dict[str, dict[str, int]] = {}
    for start, end, etype, text, first_token in raw:
        name = clean_name(text) if not entities else text
        if etype != "PERSON" and not entities and " " not in name and name.lower() in full_by_last:
            etype = "PERSON"  # "Mr Halden" tagged as a place: the surname of a named person
        if etype == "PERSON":
            if not entities:
                last = name.split()[-1].lower() if name else ""
                name = full_by_last.get(last, name)
            votes = gender_votes.setdefault(name, {"m": 0, "f": 0})
            g = _title_gender(doc, first_token)
            if g:
                votes[g] += 3
        mentions.append(Mention(start, end, etype, name, *shapes.get((start, end), (False, False)), *told.get((start, end), ((), None))))
    index = SpeakerIndex(mentions=mentions, starts=[m.start for m in mentions])
    # names in capitals (a transcript's "HALDEN:") are what this map is looked up for
    index.by_surname = _by_surname(m.name for m in mentions if m.type == "PERSON" and not m.name.isupper())
    _vote_pronoun_gender(doc, index, gender_votes)
    for name, votes in gender_votes.items():
        first = name.split()[0].lower() if name else ""
        fg = first_names().get(first)
        if fg:
            # a first name of known gender decides: a "he" near "Virginia Lenz" is as often
            # someone else in her sentence, and such votes had made her a man
            index.gender[name] = fg
        elif votes["m"] != votes["f"]:
            index.gender[name] = "m" if votes["m"] > votes["f"] else "f"
    _index_roles(doc, index, entities)
    return index


def _vote_pronoun_gender(doc: Doc, index: SpeakerIndex, votes: dict[str, dict[str, int]]) -> None:
    """A sentence naming one person, and he/she in it or the next: a vote for that gender."""
    sents = list(doc.sents)
    for i, sent in enumerate(sents):
        persons = {
            m.name
            for m in index.mentions[
                bisect.bisect_left(index.starts, sent.start_char) : bisect.bisect_left(index.starts, sent.end_char)
            ]
            if m.type == "PERSON"
        }
        if len(persons) != 1:
            continue
        name = next(iter(persons))
        window = list(sent) + (list(sents[i + 1]) if i + 1 < len(sents) else [])
        for tok in window:
            low = tok.lower_
            if low in PRONOUNS_MALE:
                votes[name]["m"] += 1
            elif low in PRONOUNS_FEMALE:
                votes[name]["f"] += 1


def _role_words(tokens) -> list[str]:
    return [t.lemma_.lower() for t in tokens if t.pos_ in ROLE_NOUN_POS and t.is_lower]


def _index_roles(doc: Doc, index: SpeakerIndex, entities: list[EntityMention]) -> None:
    """Roles the article gives named people and organisations: appositions and titles or
    descriptions before the name ("the group, WeWorkers Coalition," makes "the group" it)."""

    def add(word: str, offset: int, name: str) -> None:
        index.roles.setdefault(word, []).append((offset, name))

    for ent in entities:
        if ent.type == "PERSON":
            for descriptor in ent.descriptors:
                for word in descriptor.lower().split()[-1:]:
                    add(word.strip(",."), ent.start, ent.name)
    for m in index.mentions:
        if m.type not in ("PERSON", "ORG"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        # "palace spokeswoman Maria Lenz": common-noun compounds before the name
        pre = [t for t in root.lefts if t.i < span.start and t.dep_ in ("compound", "amod", "nmod")]
        for word in _role_words(pre):
            add(word, m.start, m.name)
        # a title the tagger took into the name ("Coroner Ilse Brandt" tagged as one
        # organisation) makes the name without it "the coroner"; a title before a person's
        # name comes with the entities stage's descriptors above
        bare = clean_name(m.name)
        for word in m.name.split()[: len(m.name.split()) - len(bare.split())]:
            if word.lower() in TITLES:
                add(word.lower(), m.start, bare)
        # "Maria Lenz, the palace spokeswoman," and "the spokeswoman, Maria Lenz"
        # (the parse may hang the apposition on the name's last word: "Citizens for Clean
        # Rivers, a campaign group,")
        for child in (c for t in span for c in t.children if c.i >= span.end):
            if child.dep_ == "appos" and child.pos_ in ROLE_NOUN_POS:
                add(child.lemma_.lower(), m.start, m.name)
        if root.dep_ == "appos" and root.head.pos_ in ROLE_NOUN_POS:
            add(root.head.lemma_.lower(), m.start, m.name)
