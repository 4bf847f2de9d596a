"""Who acts when the subject undergoes the event: experiencer verbs and agentless passives.

The subject of "the government faced criticism from the opposition", "Pakistan came under fire
from India", "Israel received condemnation from Turkey" is the one the event falls on: the
target. The actor is who the "from"/"by" phrase names, or the event noun's own modifier ("faced
US sanctions"); with neither, the event has no known source. The verbs are in
data/events/experiencer_verbs.txt; the event noun must be one the coder codes (so "faced the
press" or "received a visitor" are none of this module's business).

A passive with no by-agent ("their helicopter was shot down") has no known source either: it
never borrows the subject of a clause it is coordinated with ("the Americans wanted to raid a
base, but their helicopter was shot down"), and the owner its subject names ("their helicopter":
the Americans') is the target, the one who suffered it.

A verb of feeling in the passive ("the experts were outraged by the decision",
data/events/psych_verbs.txt) is the other way round: its subject feels, and is the source; the
by-agent caused it, and is the target. In a code of violence it is the feeling ("residents were
repelled when a shop was set on fire"), no violence, unless an attack was repelled.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.arguments import arguments_of, own_possession, subject_of, with_conjuncts
from dateline.analyse.events.coding import Coded, code_noun
from dateline.analyse.events.phrases import ActorFinder
from dateline.lexicons import table, words

EXPERIENCER_VERBS = dict(table("events/experiencer_verbs.txt", 2))
PSYCH_VERBS = frozenset(words("events/psych_verbs.txt"))
VIOLENT_FAMILIES = ("18", "19", "20")
AGENT_PREPS = ("from", "by")


def roles(verb: Token, found: Coded, finder: ActorFinder, code: str) -> tuple[list[ActorRef], list[ActorRef]] | None:
    """(sources, targets) when the verb's subject undergoes the event, else None."""
    feeler = _feeler(verb)
    if feeler is not None and code[:2] not in VIOLENT_FAMILIES:
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return with_conjuncts(feeler, finder), with_conjuncts(agent, finder) if agent is not None else []
    event_noun = _experienced_noun(verb, found)
    if event_noun is not None:
        targets = arguments_of(verb, finder, code=code)[0]
        return _agents(verb, event_noun, finder), [t for t in targets if t.code or t.sector]
    if _agentless_passive(verb) and (subject_of(verb) is not None or own_possession(_patient(verb))):
        # otherwise the parse's own roles stand: no source, the passive subject the target
        return [], _sufferers(verb, finder)
    return None


def _experienced_noun(verb: Token, found: Coded) -> Token | None:
    how = EXPERIENCER_VERBS.get(verb.lemma_.lower())
    if how is None or any(c.dep_ == "prt" for c in verb.children):
        return None  # "faced down the strike", "drew up a plan": another sense
    if found.code.startswith("043"):
        return None  # "received the visiting minister": the host receives, and acts
    if how == "object":
        nouns = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    else:
        nouns = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "under"
                 for o in p.children if o.dep_ == "pobj"]
    # the coded word is the noun, or the verb by a pattern over the noun ("faced criticism")
    return next((n for n in nouns if n.i == found.trigger.i or (found.trigger.i == verb.i and (
        code_noun(n) or how == "under" or found.specific > 0))), None)


def _agents(verb: Token, noun: Token, finder: ActorFinder) -> list[ActorRef]:
    for head in (noun, verb):
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in AGENT_PREPS:
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                found = with_conjuncts(obj, finder) if obj is not None else []
                if found:
                    return found
    parties = []
    for child in noun.children:
        # "faced US sanctions", "drew Chinese criticism": the noun's own party; "faced
        # international and Palestinian criticism": a conjoined modifier's too
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < noun.i and child.pos_ != "PRON":
            for modifier in (child, *(c for c in child.conjuncts if c.dep_ == "conj" and c.i < noun.i)):
                # a demonym ("Palestinian criticism") is the people's, as actors read it alone
                adjective = child.dep_ == "amod"
                found = actor_for(modifier.text, finder.date) if adjective else finder.actor(modifier)
                if found is not None and found.code and found.country not in {p.country for p in parties}:
                    parties.append(found)
            if parties:
                return parties
    return []


def _agentless_passive(verb: Token) -> bool:
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _patient(verb: Token) -> Token:
    return next(c for c in verb.children if c.dep_ == "nsubjpass")


def _sufferers(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """The passive subject as an actor; an owned thing ("their helicopter") stands for its owner,
    the subject of the clause before (the possessive's antecedent)."""
    patient = _patient(verb)
    if own_possession(patient):
        before = verb.head if verb.dep_ in ("conj", "ccomp", "advcl") and verb.head.i != verb.i else None
        owner = subject_of(before) if before is not None else None
        return with_conjuncts(owner, finder) if owner is not None else []
    return [a for a in with_conjuncts(patient, finder) if a.code or a.sector]


def _feeler(verb: Token) -> Token | None:
    """Who feels a verb of feeling in the passive: its subject, or the subject a conjunct shares
    ('will deplore it and were repelled'); None for other verbs, and for an attack repelled
    ('the offensive was repelled')."""
    if verb.lemma_.lower() not in PSYCH_VERBS or not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    feeler = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or subject_of(verb)
    return None if feeler is None or code_noun(feeler) else feeler


def felt_violence(verb: Token, code: str) -> bool:
    """'residents were repelled when a shop was set on fire': a feeling read as violence, no event."""
    return code[:2] in VIOLENT_FAMILIES and _feeler(verb) is not None
