"""Events a noun names as the subject of a verb that only says it goes on or starts.

"Palestinian riots against Israeli policies are continuing", "clashes between Kenyan police and
protesters erupted", "talks between Chile and Peru resumed": the verb codes nothing of its own
(or something wrong); the subject noun is the event. Its source is who the noun's modifiers or
its "between"/"by" phrase name; its target the object of "against", "on", "with" or "to", or the
second party "between" names.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.arguments import prep_object, with_conjuncts
from dateline.analyse.events.coding import Coded, code_noun
from dateline.analyse.events import lexicon
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.placement import clause_place
from dateline.lexicons import words

ASPECTUAL_VERBS = frozenset(words("events/aspectual_verbs.txt"))
NOUN_TARGET_PREPS = ("against", "on", "with", "to", "toward", "towards")


class NounEvent(NamedTuple):
    found: Coded
    verb: Token
    sources: list[ActorRef]
    targets: list[ActorRef]


def aspectual_subject(verb: Token) -> Token | None:
    """The event noun an aspectual verb has as subject ('riots are continuing'), or None."""
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    if lemma not in ASPECTUAL_VERBS and f"{lemma} {particle}" not in ASPECTUAL_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # a gerund subject is a noun too ("Fighting between ... continued")
    if subject is None or not (subject.pos_ == "NOUN" or subject.tag_ == "VBG") or not code_noun(subject):
        return None
    return subject


def subject_noun_event(verb: Token, finder: ActorFinder) -> NounEvent | None:
    noun = aspectual_subject(verb)
    if noun is None:
        return None
    sources, targets = noun_parties(noun, finder)
    code = code_noun(noun)
    if not sources and not targets and code.startswith("14"):
        sources = _people_where(verb, finder)  # "protests erupted across Iran": Iran's people
    if not sources and not targets:
        return None
    return NounEvent(Coded(code, noun, 1), verb, sources, targets)


def _people_where(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """A protest that names no one is by people of the country it breaks out in."""
    place = clause_place(verb, finder)
    return [ActorRef(f"people in {place.name}", place.country, "CVL")] if place is not None else []


def noun_parties(noun: Token, finder: ActorFinder) -> tuple[list[ActorRef], list[ActorRef]]:
    between = prep_object(noun, ("between", "among"))
    if between is not None:
        parties = with_conjuncts(between, finder)
        return parties[:1], parties[1:]
    sources = _modifier_actors(noun, finder)
    violence = (code_noun(noun) or "")[:2] in ("18", "19", "20")
    # "the killing of civilians by troops": violence is 'of' its victims, 'by' its doers
    by = prep_object(noun, ("by",)) or (None if violence else prep_object(noun, ("of", "from")))
    if not sources and by is not None:
        sources = with_conjuncts(by, finder)
    target = prep_object(noun, NOUN_TARGET_PREPS) or (prep_object(noun, ("of",)) if violence else None)
    targets = with_conjuncts(target, finder) if target is not None else []
    return sources, [t for t in targets if t.code or t.sector]


def _modifier_actors(noun: Token, finder: ActorFinder) -> list[ActorRef]:
    """'Palestinian riots' (the Palestinians), 'Kenya's protests', 'opposition rallies'."""
    found = []
    for child in noun.children:
        if child.i > noun.i or child.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        if child.dep_ == "poss":
            actor = finder.actor(child)
        elif child.lower_ not in lexicon.country_codes():
            continue  # "the Geneva accord": a city names where it was made, not a party
        else:
            actor = actor_for(child.text, finder.date)
            if actor is not None and actor.country:
                # a people's protest, not its state's: "Palestinian riots"
                actor = ActorRef(f"{child.text} {noun.text}", actor.country, None)
        if actor is not None and (actor.code or actor.sector):
            found.append(actor)
    return found[:2]
