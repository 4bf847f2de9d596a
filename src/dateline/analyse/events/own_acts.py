"""An act a noun names with its doer alone: "The resignation of Viktor Sarn leaves the cabinet
short", "Ostrova's four-day visit is aimed at investment". The doer is the possessive or the
"of" object; no other party is needed. Only as the subject of a clause that asserts something
of the act (no modal, no negation, no frame): "a resignation would be a mistake", "Sarn's
resignation is possible", "since Sarn's resignation" and "demanded his resignation" stay
uncoded here (the last is the demand's). noun_events.py codes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.framing import complement_of, frame_mode, negated
from dateline.lexicons import table

# noun -> the preposition whose place its phrase must name ('' for none)
OWN_ACT_NOUNS = dict(table("events/own_act_nouns.tsv", 2, optional_last=True))
PLACE_LABELS = frozenset({"GPE", "LOC"})
# the letters a noun shares with its verb ("resignation", "resigned"; "visit", "visited"): one act
# told twice, where a meeting and a visit by one person are two
STEM = 5
INDEFINITE = frozenset({"a", "an", "any", "no", "another", "every", "each"})


def own_act(noun: Token) -> bool:
    """Whether the noun is a doer's own act that clause asserts ('The resignation of X leaves')."""
    lemma = noun.lemma_.lower()
    if lemma not in OWN_ACT_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if OWN_ACT_NOUNS[lemma] and not _goes_to_a_place(noun, OWN_ACT_NOUNS[lemma]):
        return False  # "the visit of the Pope drew crowds": an occasion, no news of where he went
    if any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children):
        return False  # "a resignation would", "no visit is planned": no act named
    return asserted_of_subject(noun)


def _goes_to_a_place(noun: Token, prep: str) -> bool:
    """'visit to Chile', 'her first visit, her first to South America': a place after the preposition."""
    return any(t.dep_ == "pobj" and t.head.lower_ == prep and t.ent_type_ in PLACE_LABELS for t in noun.subtree)


def appraised(noun: Token) -> bool:
    """'talks between X and Y are possible', 'since the talks began': the subject noun's clause
    judges whether the act may be, or dates something from it; it tells of no act."""
    verb = noun.head
    if any(c.dep_ == "acomp" for c in verb.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "since") for c in verb.children)


def asserted_of_subject(noun: Token) -> bool:
    """Whether the subject noun's clause tells of the act as done: not 'would be a mistake',
    'is possible', 'was expected', 'is not ...', nor 'since ... began' or 'if ...'."""
    verb = noun.head
    if appraised(noun):
        return False
    if verb.pos_ not in ("VERB", "AUX") or negated(verb) or _frames_the_subject(verb):
        return False  # "Sarn's resignation was expected": not yet done
    return not any(c.tag_ == "MD" for c in verb.children)  # "Sarn's resignation would weaken": a supposition


def _frames_the_subject(verb: Token) -> bool:
    """A frame verb with no act of its own to frame frames its subject ('Sarn's resignation was
    demanded / expected'); 'the visit is aimed at securing ...' frames the securing."""
    if frame_mode(verb) is None:
        return False
    own = complement_of(verb) or next((g for c in verb.children if c.dep_ == "prep"
                                       for g in c.children if g.dep_ == "pcomp"), None)
    return own is None


def restated(event, trigger: Token, earlier: list) -> bool:
    """An own act named again by its noun ('Sarn resigned on Tuesday. ... Sarn's resignation
    leaves ...'): one act, already an event of the article's."""
    if trigger.pos_ != "NOUN" or event.target is not None or event.source is None or not own_act(trigger):
        return False
    stem = trigger.lower_[:STEM]
    return any(e.category == event.category and e.source is not None and _same(e.source, event.source)
               and (e.trigger or "").lower()[:STEM] == stem for e in earlier)


def _same(one, other) -> bool:
    if one.entity_id and other.entity_id:
        return one.entity_id == other.entity_id
    return one.name.lower() == other.name.lower()
