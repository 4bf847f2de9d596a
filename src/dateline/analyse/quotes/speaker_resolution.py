"""Resolve a speaker as written ("he", "the palace spokeswoman", "Mr Halden") to a name.

Works from the entities stage's mentions when it gives them, else from the parse's own
named entities. Pronouns go to the last compatible person ("they" and "it" to an
organisation, in pronoun_speakers, once every quote is known); roles go to the person the article names in that role, before or after.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.lexicon import (
    ORGANISATION_ANAPHORS,
    PRONOUNS_FEMALE,
    PRONOUNS_MALE,
    PRONOUNS_PLURAL,
    PRONOUNS_SKIP,
    TITLES,
    TITLES_FEMALE,
    TITLES_MALE,
    first_names,
    speech_verbs,
)
from dateline.analyse.quotes.org_kinds import kind_of, of_kind, topic_organisation
from dateline.analyse.quotes.role_speakers import acronym, spoken_for
from dateline.analyse.quotes.speakers import can_report, can_speak, people_noun
from dateline.models import EntityMention

SPEAKER_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ROLE_NOUN_POS = frozenset({"NOUN"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


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


def resolve_speaker(head: Token, span: Span, index: SpeakerIndex) -> str | None:
    """The speaker's name as the article gives it, or None when it cannot be told."""
    low = head.lower_
    if _several(head):
        return None  # "Ana Ruiz and Tom Bell said": two speakers, neither of them alone
    # "Mira Kovach of the Workers' Federation": the name at the head speaks, not the one after it.
    mention = index.mention_at(head.idx, head.idx + len(head)) or _name_in(span, index)
    if mention is not None and low not in PRONOUNS_MALE | PRONOUNS_FEMALE | PRONOUNS_PLURAL:
        return _named(mention.name, index) if mention.name.isupper() else mention.name
    name = acronym(head) if low in PRONOUNS_SKIP | PRONOUNS_PLURAL | RELATIVE_PRONOUNS | {"us"} else None
    if name is not None:
        return name  # "according to WHO": the health organisation, no pronoun
    antecedent = _relative_antecedent(head)
    if antecedent is not None:
        # "Piet Halden, the port's director, who said ...": whoever the clause is about
        return resolve_speaker(antecedent, _phrase_of(antecedent), index)
    if low in PRONOUNS_SKIP:
        return None
    if low in PRONOUNS_MALE or low in PRONOUNS_FEMALE:
        want = "m" if low in PRONOUNS_MALE else "f"
        return _subject_before(head, index, want) or _last_person(index, head.idx, want, doc_text(head.doc))
    if low in PRONOUNS_PLURAL:
        # "they", "it": resolved once every quote is known (pronoun_speakers), or not at all
        return None
    apposed = _apposed(head, index)
    if apposed is not None and apposed.type == "ORG" and head.pos_ == "PROPN" and head.lower_ not in TITLES:
        apposed = None  # "Teodor Vasko, long time Harbourliner,": a name is no organisation beside it
    if apposed is not None:
        return apposed.name  # "Veldoria's President, Anna Ostrova," and "the group, WeWorkers Coalition,"
    if head.pos_ == "PROPN" or head.is_upper and len(head) > 1:
        name = clean_name(span.text)
        if name.lower() in TITLES:
            # "The President said": a title alone is the person the article names in it
            # (or stays the title, never a person called "President")
            return _by_role_word(name.lower(), head.idx, index) or _role_text(span)
        # a name in capitals may be tagged a noun ("HALDEN: ..."); it is still a name
        return _named(name, index)
    if head.pos_ in ROLE_NOUN_POS:
        # "Morrison's lawyer" is not whoever the article calls a lawyer
        named = None if _named_possessor(head) else _by_role(head, index)
        if named:
            return named
        named = _organisation_spoken_for(head, index)
        if named:
            return named  # "a spokeswoman for the ministry": the ministry speaks
        words = _definite_words(head)
        if words:
            named = _organisation_by_words(words, head.idx, index)
            if named:
                return named
            # "the agency" after NASA: the one organisation of that kind named before (never
            # "the companies", which stands for several)
            named = None if head.tag_ == "NNS" else of_kind(kind_of(head), head.idx, index.mentions)
            named = named or topic_organisation(head, index.mentions)
            if named:
                return named
            if len(words) == 1 and words[0] & ORGANISATION_ANAPHORS:
                # "the group" names no one the article has tied to it: the last organisation
                # named before is as often another one (the firm it deals with)
                return None
        elif any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
            # "the German automaker": a name-like modifier, still the kind
            named = topic_organisation(head, index.mentions)
            if named:
                return named
        if not (can_speak(head) or people_noun(head) or can_report(head) or _speaks(head)):
            return None  # "its decision to no longer consider", "the benefits ... supporting": a thing
        return clean_name(_role_text(span))
    return None


def _organisation_spoken_for(head: Token, index: SpeakerIndex) -> str | None:
    """The organisation the article names that a spokesperson with no name speaks for: named
    in the phrase, or a definite noun standing for one named ("the ministry")."""
    organisations = {m.name for m in index.mentions if m.type in ("ORG", "GPE", "NORP")}
    for token in spoken_for(head):
        mention = index.mention_at(token.idx, token.idx + len(token))
        if mention is not None:
            name = mention.name if mention.type in ("ORG", "GPE", "NORP") else None
        else:
            name = resolve_speaker(token, _phrase_of(token), index) if token.pos_ == "NOUN" else None
        if name in organisations:
            return name
    return None


def _speaks(head: Token) -> bool:
    """The noun is the subject of a speech verb or the source of "according to": whatever the
    noun ("the brokerage said", "the US military said"), the article makes it speak."""
    verb = head.head
    if head.dep_ == "pobj":
        return verb.lower_ in ("to", "by")
    return head.dep_ == "nsubj" and verb.lemma_.lower() in speech_verbs()


def _several(head: Token) -> bool:
    """The speaker is people joined by "and" ("Ana Ruiz and her husband", "he and his wife")."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children):
        return False
    return any(child.dep_ == "conj" and _someone(child) for child in head.children)


def _someone(token: Token) -> bool:
    """A name, a pronoun, or a noun with its own determiner ("her husband"): another speaker,
    where "the singer and guitarist" is one person with two roles."""
    if token.pos_ in ("PROPN", "PRON"):
        return True
    return token.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in token.children)


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative pronoun speaking stands for: "Halden, who said" -> Halden, "the
    authority, which said" -> authority; a cleft ("It was Ostrova who said") -> Ostrova. None for
    anything else, and for a pronoun or another relative pronoun as the noun."""
    if head.lower_ not in RELATIVE_PRONOUNS or head.head.dep_ != "relcl" or head.is_upper and len(head) > 1:
        return None  # "says WHO" is the health organisation, no pronoun
    noun = head.head.head  # in a cleft too: "It was Ostrova who said" hangs the clause from the name
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in RELATIVE_PRONOUNS or not can_speak(noun):
        return None  # "a blog post that said", "the blood work, which showed": no one speaks
    return noun


def _phrase_of(noun: Token) -> Span:
    """The noun's phrase up to the noun itself (its relative clause and appositions left out)."""
    return noun.doc[noun.left_edge.i : noun.i + 1]


def _named_possessor(head: Token) -> bool:
    return any(child.dep_ == "poss" and child.pos_ == "PROPN" for child in head.children)


def _name_in(span: Span, index: SpeakerIndex) -> Mention | None:
    """A name inside the speaker's phrase that is the speaker: not a possessor or a
    modifier ("China's ambassador" is not China), nor the object of a preposition."""
    mention = index.mention_at(span.start_char, span.end_char)
    if mention is None or mention.modifier:
        return None
    inner = span.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if inner is not None and len(inner) and inner.root.dep_ == "pobj":
        return None
    return mention


def _definite_words(head: Token) -> list[set[str]] | None:
    """ "the federation", "the central bank": a definite noun phrase of lower-case words, each
    as its forms (text and lemma); None for anything else ("her office", "Sarn's aide")."""
    lefts = list(head.lefts)
    if not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in ("the", "this"):
        return None
    modifiers = lefts[1:]
    if not all(t.dep_ in ("amod", "compound") and t.is_lower and t.is_alpha for t in modifiers):
        return None
    return [{t.lower_, t.lemma_.lower()} for t in [*modifiers, head]]


def _apposed(head: Token, index: SpeakerIndex) -> Mention | None:
    """A person or organisation named beside the speaker's noun: "Veldoria's President, Anna
    Ostrova" (the parse ends the phrase at the title), "The group, WeWorkers Coalition, said"."""
    for child in head.children:
        if child.dep_ == "appos":
            mention = index.mention_at(child.idx, child.idx + len(child))
            if mention is not None and mention.type in ("PERSON", "ORG"):
                return mention
    return _named_after_clause(head, index)


def _named_after_clause(head: Token, index: SpeakerIndex) -> Mention | None:
    """ "The group that owns her catalogue, Harbour Records, says ...": a name set off by
    commas between the speaker's relative clause and its verb is the speaker's (the parse
    hangs it from the clause's last noun)."""
    verb = head.head
    doc = head.doc
    if not any(c.dep_ == "relcl" for c in head.children) or verb.i <= head.i + 3 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    mention = index.mention_at(last.idx, last.idx + len(last))
    if mention is None or mention.type not in ("PERSON", "ORG"):
        return None
    first = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if first is None or first.start == 0 or doc[first.start - 1].text != ",":
        return None
    return mention


def _organisation_by_words(words: list[set[str]], offset: int, index: SpeakerIndex) -> str | None:
    """ "the federation" after "the Federation of Veldorian Workers", "the central bank" for
    "the Central Bank of Veldoria": the organisation whose name holds every word, the
    nearest one named before, else the first one after."""
    before = after = None
    for mention in index.mentions:
        if mention.type != "ORG" or mention.modifier:
            continue
        name_words = set(mention.name.lower().split())
        if not all(forms & name_words for forms in words):
            continue
        if mention.end <= offset:
            before = mention.name
        elif after is None and mention.start > offset:
            after = mention.name
    return before or after


def _named(name: str, index: SpeakerIndex) -> str:
    """The person the article names with this surname ("Halden", a transcript's "HALDEN:"),
    else the name as written."""
    words = name.split()
    if words and (len(words) == 1 or name.isupper()):
        return index.by_surname.get(words[-1].lower(), name)
    return name


def _role_text(span: Span) -> str:
    words = [t.text_with_ws for t in span]
    return "".join(words).strip()


def _subject_before(head: Token, index: SpeakerIndex, gender: str) -> str | None:
    """ "Morrison testified that he ignored suggestions from Sondland. He said ...": a
    sentence opening with "he" continues the person the sentence before was about (its
    subject), not the last man it named."""
    sent = head.sent
    if head.i != sent.start or head.dep_ != "nsubj" or sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    lo, hi = bisect.bisect_left(index.starts, before.start_char), bisect.bisect_left(index.starts, before.end_char)
    subjects = set()
    for m in index.mentions[lo:hi]:
        span = head.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.type == "PERSON" and span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head == before.root:
            subjects.add(m.name)
    if len(subjects) != 1:
        return None
    name = subjects.pop()
    known = index.gender.get(name)
    if known == gender:
        return name
    # a name of unknown gender ("Scooter Braun") as the one subject of the sentence just
    # before, and no one of the pronoun's gender named in it: the text goes on about them
    others = {m.name for m in index.mentions[lo:hi] if m.type == "PERSON" and m.name != name}
    if known is None and not any(index.gender.get(o) == gender for o in others):
        return name
    return None


def _last_person(index: SpeakerIndex, before: int, gender: str, text: str = "") -> str | None:
    """The nearest person of that gender (else of unknown gender) named before: first one of that
    gender among those named as someone, not as a possessor or modifier ("Morrison listened in
    on President Trump's call. He said ..." is Morrison), then among all. Not when someone of
    unknown gender was named as someone in a later paragraph than that person and the
    pronoun's paragraph is not theirs: in a long feature "he" is as often that other person
    (one whose first name we cannot tell)."""
    found = _last_person_among(index, before, gender, modifiers=False)
    if found is None or index.gender.get(found) != gender:
        found = _last_person_among(index, before, gender, modifiers=True)
    if found is None:
        return None
    last = _last_mention(index, found, before)
    if last is None:
        return found
    paragraph_end = text.find("\n", last.end)
    if paragraph_end < 0 or paragraph_end >= before:
        return found  # named in the pronoun's own paragraph
    if index.gender.get(found) != gender:
        # a person of unknown gender, from an earlier paragraph: only the one just before
        return found if not _paragraphs_between(text, paragraph_end, before) else None
    return None if _unknown_between(index, paragraph_end, before, found) else found


def _paragraphs_between(text: str, start: int, offset: int) -> int:
    """Paragraphs wholly between a paragraph ending at `start` and the one holding `offset`."""
    own = text.rfind("\n", 0, offset)
    return sum(1 for line in text[start:own].split("\n") if line.strip())


def _last_mention(index: SpeakerIndex, name: str, before: int) -> Mention | None:
    i = bisect.bisect_left(index.starts, before) - 1
    while i >= 0:
        if index.mentions[i].name == name:
            return index.mentions[i]
        i -= 1
    return None


def _unknown_between(index: SpeakerIndex, start: int, end: int, name: str) -> bool:
    """Someone else, of unknown gender, named as someone between two offsets."""
    lo, hi = bisect.bisect_left(index.starts, start), bisect.bisect_left(index.starts, end)
    return any(
        m.type == "PERSON" and not m.modifier and m.name != name and m.name not in name and name not in m.name
        and index.gender.get(m.name) is None
        for m in index.mentions[lo:hi]
    )



def _last_person_among(index: SpeakerIndex, before: int, gender: str, *, modifiers: bool) -> str | None:
    i = bisect.bisect_left(index.starts, before) - 1
    fallback = None
    seen = 0
    while i >= 0 and seen < 12:
        m = index.mentions[i]
        i -= 1
        if m.type != "PERSON" or (m.modifier and not modifiers):
            continue
        seen += 1
        g = index.gender.get(m.name)
        if g == gender:
            return m.name
        if g is None and fallback is None:
            fallback = m.name
    return fallback


def _by_role(head: Token, index: SpeakerIndex) -> str | None:
    """The person named in this role: nearest before, else nearest after."""
    return _by_role_word(head.lemma_.lower(), head.idx, index)


def _by_role_word(word: str, offset: int, index: SpeakerIndex) -> str | None:
    entries = index.roles.get(word)
    if not entries:
        return None
    # "a spokesman for Mr Halden" is not Mr Halden: only names tied to the role count.
    before = [e for e in entries if e[0] <= offset]
    if before:
        return max(before)[1]
    return min(entries)[1]
