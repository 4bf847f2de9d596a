"""Cue and speaker from the dependency parse: who is the subject of which speech verb."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.lexicons import words

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# A verb with no subject of its own borrows its head's ("..., he said, adding ...").
BORROW_DEPS = frozenset({"conj", "xcomp", "advcl", "acl"})
SPEAKER_LEFT_DEPS = frozenset({"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct"})
VERB_POS = frozenset({"VERB", "AUX"})
MEDIUM_NOUNS = frozenset(words("quotes/medium_nouns.txt"))


@dataclass(frozen=True)
class Attribution:
    cue: str | None
    cue_token: int | None  # token index of the cue's head verb
    speaker: Span | None  # the speaker as written
    speaker_head: Token | None


def verb_classes(token: Token) -> frozenset[str]:
    """The cue classes of a token ("say", "think", "obj"), empty when it is no cue."""
    if token.pos_ not in VERB_POS and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB"):
        return frozenset()
    return speech_verbs().get(token.lemma_.lower(), frozenset())


# Verbs whose object is whom a message goes to ("emailed supporters saying ...").
_SEND_VERBS = frozenset(words("quotes/send_verbs.txt"))


def recipient(noun: Token) -> bool:
    """'to supporters', 'emailed supporters': the people a message went to."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to":
        return True
    return noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in _SEND_VERBS


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, borrowing from its head for participles and conjuncts."""
    current = verb
    for _ in range(3):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # "1:50 p.m.\n\nDoctor Ferdie Pacheco once said": the parse may hang a stray
            # subject from another paragraph; the one in the verb's paragraph speaks.
            near = [c for c in subjects if same_paragraph(c, verb)] or subjects
            return min(near, key=lambda c: abs(c.i - verb.i))
        for child in current.children:
            if child.dep_ == "agent":  # "was told by Halden"
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if current.dep_ in BORROW_DEPS and current.head.i != current.i:
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                noun = current.head
                # "a statement saying ...": whoever issued the statement speaks;
                # "voters saying ...": the voters speak.
                if noun.lemma_.lower() not in MEDIUM_NOUNS:
                    return noun
                current = noun.head
                if current is noun:
                    return None
                continue
            current = current.head
        else:
            return None
    return None


def speaker_span(head: Token) -> Span:
    """The speaker phrase around its head: 'the palace spokeswoman', 'he and Halden'."""
    doc = head.doc
    if head.ent_type_ and head.ent_iob_ != "O":
        start = head.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = head.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    else:
        start, end = head.i, head.i + 1
    for child in head.lefts:
        if child.dep_ in SPEAKER_LEFT_DEPS and child.dep_ != "punct":
            start = min(start, child.left_edge.i)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with") and child.i == end:
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ in ("cc", "conj") and child.i <= end + 1:
            end = max(end, child.right_edge.i + 1 if child.dep_ == "conj" else child.i + 1)
    while start < head.i and "\n" in doc[start:head.i + 1].text:
        start += 1
    while end > head.i + 1 and "\n" in doc[head.i:end].text:
        end -= 1
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def cue_text(verb: Token) -> str:
    """The cue as a phrase: the verb with its particle ('pointed out', 'called for')."""
    parts = [verb]
    for child in verb.children:
        if child.dep_ == "prt" and child.i == verb.i + 1:
            parts.append(child)
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def same_paragraph(a: Token, b: Token, *, whole_phrase: bool = False) -> bool:
    """No line break between tokens a and b; with whole_phrase, between b and the far edge
    of a's phrase (a content must not run into another paragraph)."""
    if whole_phrase:
        lo, hi = sorted((a.left_edge.idx if a.i < b.i else b.idx, a.right_edge.idx if a.i > b.i else b.idx))
    else:
        lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]


# Dependencies through which a clause sits inside what a higher verb reports.
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "pcomp", "pobj", "prep", "dobj", "acomp", "oprd"})


def outermost_cue(verb: Token, *, inside=None) -> Token:
    """The highest speech verb whose report contains `verb`: in "Halden said he would
    “fight on”" the words are Halden's, whoever "he" is (one attribution per content)."""
    best = verb
    current = verb
    sent_start = verb.sent.start
    for _ in range(8):
        if current.dep_ not in REPORTED_DEPS or current.head.i == current.i:
            break
        if current.dep_ == "conj" and verb_classes(current) and any(c.dep_ in SUBJECT_DEPS for c in current.children):
            break  # "Lenz warned ..., but Halden said ...": a speech act of its own
        current = current.head
        if current.i < sent_start or (inside is not None and inside(current.idx)):
            break
        if not same_paragraph(current, verb):
            break  # the parse ran on into the next paragraph: another speech act
        if verb_classes(current) & {"say", "think"} and subject_of(current) is not None:
            best = current
    return best


def attribution_for_verb(verb: Token) -> Attribution:
    subject = subject_of(verb)
    if subject is not None and not same_paragraph(subject, verb):
        subject = None
    if subject is None:
        return Attribution(cue_text(verb), verb.i, None, None)
    return Attribution(cue_text(verb), verb.i, speaker_span(subject), subject)


def according_to(doc: Doc, start: int, end: int) -> Attribution | None:
    """'according to X' between token indexes start..end."""
    for tok in doc[start:end]:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if not objects:
                continue
            return Attribution("according to", tok.i, speaker_span(objects[0]), objects[0])
    return None
