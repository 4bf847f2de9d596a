"""Social groups the actor finder does not know as role nouns, as doers of contentious acts:
"Families of the victims have demanded that it name the officials", "Supporters of the admiral
demanded his release". Families and supporters are no actor words in general (a family is who a
minister apologised to, who a report is about): only as the subject of a protest, a demand, a
threat or criticism (social.SOCIAL_ACTS) is the group a party, and social.social_sides then
judges it as every social group is judged (not a firm's staff, not a sports crowd). And the
party a demand tells is the subject of its that-clause ("demanded that it name the officials":
'it', not the officials, is told to act). A demand the parser hangs on a reported clause is the
speaker's ('said the case rested on ... and urged the judge to')."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.framing import SPEECH_VERBS, frame_mode
from dateline.analyse.events.phrases import GENERIC_HEADS, of_object
from dateline.analyse.events.social import SOCIAL_ACTS, _owned, _social_head


def group_doer(verb: Token, code: str) -> list[ActorRef]:
    """The verb's own subject as a social group with no country ('Families of the victims'),
    named by the head and the words before it, for a contentious act; else none."""
    category = lexicon.category_of(code)
    if category is None or category.name not in SOCIAL_ACTS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in GENERIC_HEADS and of_object(subject) is not None:
        subject = of_object(subject)  # "a small group of supporters held a banner"
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or not _social_head(subject) or _owned(subject):
        return []  # a plural group: "Weeks' family had asked to convey its relief" is one man's kin
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "punct")]
    return [ActorRef(" ".join(t.text for t in words), None, "CVL")]


def told_in_clause(verb: Token, code: str, targets: list) -> list | None:
    """A demand over a that-clause with its own subject whose targets were all found inside the
    clause after its subject ('demanded that it name the officials'): none of them is told; the
    told party is the clause's subject, left to the pronoun rules (None: keep the targets)."""
    if not code.startswith("10") or not targets:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ != "PRON":
        return None
    after = " ".join(t.text for t in clause.subtree if t.i > subject.i)
    return [] if all(t.name and t.name in after for t in targets) else None


def speaker_urging(verb: Token) -> Token | None:
    """'Weiss said the case rested on stolen emails and urged the judge to throw them out': the
    parser joins 'urged' to the reported clause, whose subject (a case, a plan) urges no one;
    a demand of someone named with an infinitive ('urged the judge to') joined so is the
    speaker's own. The speech verb's subject, or None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.i == verb.i or clause.dep_ != "ccomp" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if frame_mode(verb) != "demanded" or not any(c.dep_ == "xcomp" for c in verb.children) \
            or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    reported = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speech = clause.head
    if reported is None or reported.pos_ != "NOUN" or speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)
