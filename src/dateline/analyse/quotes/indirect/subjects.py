"""Whether an indirect hit's subject can hold what it reports: someone who speaks, or a
document, finding or count that reports ("the study found ..."). A thing that can do
neither ("Door handles favor a firm grip", "Ambient lighting offers comfort") is the
writer describing it, unless what follows is a clause of its own ("the timing suggests
that he knew"), which PolNeAR still marks as attributed."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.quotes.indirect.content import IndirectHit
from dateline.analyse.quotes.speakers import can_report, can_speak, people_noun

# Words that open a reported clause.
CLAUSE_MARKS = frozenset({"that", "if", "whether"})

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_clause(doc: Doc, start: int, end: int) -> bool:
    """The content holds a clause with its own subject and tense, or one opened by "that"/"if"."""
    for tok in doc[start:end]:
        if start <= tok.head.i < end and tok.head.i != tok.i:
            continue  # only the content's top words tell its shape
        if tok.lower_ in CLAUSE_MARKS:
            return True
        if tok.pos_ in ("VERB", "AUX") and _finite(tok) and (tok.dep_ == "ccomp" or any(c.dep_ in SUBJECT_DEPS for c in tok.children)):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CLAUSE_MARKS for c in tok.children):
            return True
    return False


def _finite(verb: Token) -> bool:
    """A verb with tense ("knew", "will fall"): "allowing its boats to sail" holds no clause
    of its own, only what the licence permits."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def thing_subject(head: Token | None) -> bool:
    """A noun subject that can neither speak nor report (pronouns, "many", "most" and
    numbers stand for people or what was named before: never things here)."""
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if can_speak(head) or people_noun(head) or can_report(head):
        return False
    # "a slew of party leaders", "a new batch of emails": the part stands for the whole
    of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return not any(g.pos_ in ("PRON", "PROPN") or can_speak(g) or people_noun(g) or can_report(g) for g in of)


def held_by_a_thing(doc: Doc, hit: IndirectHit) -> bool:
    """A hit to drop: the cue verb's own subject (or the noun its participle describes) is a
    thing and its content no clause (a subject borrowed from another verb, as for a gerund
    after a preposition, is the parse's guess: left alone, or see `borrowed_by_a_thing`)."""
    head = hit.attribution.speaker_head
    cue = hit.attribution.cue_token
    if head is None or cue is None:
        return False
    own_subject = head.head.i == cue and head.dep_ in ("nsubj", "nsubjpass")
    # "a license allowing firms to sell", "lighting elements designed to fit": the noun the
    # participle describes is its subject
    described = doc[cue].dep_ == "acl" and doc[cue].head.i == head.i
    if not (own_subject or described):
        return False
    return thing_subject(head) and not is_clause(doc, hit.start, hit.end)


def borrowed_by_a_thing(doc: Doc, hit: IndirectHit) -> bool:
    """A hit to keep without a speaker: a participle after its clause's verb ("the lights came
    up, signaling the end of the night", "the frame is light, allowing ...") whose borrowed
    subject is a thing. That subject reports nothing; the content may still be someone's, as
    PolNeAR train often marks it when the parse borrowed the wrong subject."""
    head = hit.attribution.speaker_head
    cue = hit.attribution.cue_token
    if head is None or cue is None:
        return False
    return _trailing_participle(doc[cue], head) and thing_subject(head)


def _trailing_participle(cue: Token, head: Token) -> bool:
    verb = cue.head
    return (
        cue.tag_ == "VBG"
        and cue.dep_ in ("advcl", "xcomp", "conj")
        and verb.i < cue.i
        and head.head.i == verb.i
        and head.dep_ in ("nsubj", "nsubjpass")
    )
