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
from dateline.analyse.events.framing import SPEECH_VERBS, frame_mode
from dateline.analyse.events.happenings import as_subject, happening
from dateline.analyse.events import lexicon
from dateline.analyse.events.pattern_match import MEASURE_HEADS
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.placement import clause_place
from dateline.lexicons import words

ASPECTUAL_VERBS = frozenset(words("events/aspectual_verbs.txt"))
# "talks ended", "talks broke up", "the strike lasted 19 days": the event took place; only for
# acts done while they last (talks, protests), never a deal or a truce, whose end undoes it
ENDING_VERBS = frozenset(words("events/ending_verbs.txt"))
ENDED_CODES = ("04", "14")
# heads that only measure the event their "of" names: "three days of talks", "the second day of
# the strike"
RELATIVE_SUBJECTS = frozenset({"that", "which"})
NOUN_TARGET_PREPS = ("against", "on", "with", "to", "toward", "towards")


class NounEvent(NamedTuple):
    found: Coded
    verb: Token
    sources: list[ActorRef]
    targets: list[ActorRef]


# the first words of the aspectual and ending verbs, single or phrasal ("break up")
_ASPECT_HEADS = frozenset(phrase.split()[0] for phrase in ASPECTUAL_VERBS | ENDING_VERBS)


def aspectual_subject(verb: Token) -> Token | None:
    """The event noun an aspectual verb has as subject ('riots are continuing', 'talks that
    lasted through the night', 'three days of talks ended'), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ASPECT_HEADS:
        return None  # asked of every verb: its lemma first, its children only then
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    phrasal = f"{lemma} {particle}"
    ending = lemma in ENDING_VERBS or phrasal in ENDING_VERBS
    if lemma not in ASPECTUAL_VERBS and phrasal not in ASPECTUAL_VERBS and not ending:
        return None
    if ending and lemma != "last" and any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None  # "the deal ended the strike": an act of the deal's, not the deal's end
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and verb.dep_ == "relcl":
        subject = verb.head  # "after talks that lasted through the night": the talks
    if subject is None:
        subject = as_subject(verb)  # "as a nationwide strike entered its second day", misread
    subject = _measured(subject)
    # a gerund subject is a noun too ("Fighting between ... continued")
    if subject is None or not (subject.pos_ == "NOUN" or subject.tag_ == "VBG") or not code_noun(subject):
        return None
    if ending and not code_noun(subject).startswith(ENDED_CODES):
        return None  # "the truce collapsed": no truce was made that day
    if _background(verb, subject):
        return None
    return subject


def ended(noun: Token) -> bool:
    """Whether the noun is the subject of a verb of ending ('the truce collapsed')."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return verb.lemma_.lower() in ENDING_VERBS or f"{verb.lemma_.lower()} {particle}" in ENDING_VERBS


def _measured(noun: Token | None) -> Token | None:
    """The event a measure names ('three days of talks', 'the second day of the strike'); else the noun."""
    if noun is None or noun.lemma_.lower() not in MEASURE_HEADS:
        return noun
    return prep_object(noun, ("of",)) or noun


def _background(verb: Token, noun: Token) -> bool:
    """'since the strike began', 'since the talks that began in May': a time the clause is
    measured from, not news of the event."""
    if any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "since"


def subject_noun_event(verb: Token, finder: ActorFinder) -> NounEvent | None:
    noun, ordinal = aspectual_subject(verb), None
    if noun is None:
        noun, ordinal = ordinal_subject(verb)
    if noun is None:
        return None
    sources, targets = noun_parties(ordinal or noun, finder)
    code = code_noun(noun)
    if not sources and not targets and code.startswith("14"):
        sources = _labour_speaker(verb, finder) or _people_where(verb, finder)  # "protests erupted across Iran": Iran's people
    if not sources and targets and code.startswith("04"):
        sources = _other_side(verb, finder)
    if not sources and not targets and happening(noun) is None:
        return None  # a partyless happening only of happenings.py's class ('talks that lasted all night')
    return NounEvent(Coded(code, noun, 1), verb, sources, targets)


ORDINALS = frozenset({"first", "second", "third", "latest", "last"})


def ordinal_subject(verb: Token) -> tuple[Token | None, Token | None]:
    """'The talks are the first between Chile and Peru since 2019': the event noun that is the
    subject, and the ordinal whose 'between' names its parties; else (None, None)."""
    if verb.lemma_.lower() != "be":
        return None, None
    ordinal = next((c for c in verb.children if c.dep_ == "attr" and c.lemma_.lower() in ORDINALS), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if ordinal is None or subject is None or subject.pos_ != "NOUN" or not code_noun(subject):
        return None, None
    if prep_object(ordinal, ("between",)) is None:
        return None, None  # "the strike is the first in Veldoria since 2011": no parties, no news
    return subject, ordinal


def _other_side(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """'Unions called a new strike after talks with the minister broke up': the talks named by
    one side are the clause's subject's, whose act follows from them."""
    head = verb.head
    if verb.dep_ != "advcl" or head.pos_ not in ("VERB", "AUX"):
        return []
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return []
    return with_conjuncts(subject, finder)[:1]


def _labour_speaker(verb: Token, finder: ActorFinder) -> list[ActorRef]:
    """'The union said the strike would continue': a labour body telling of a strike that names
    no one goes on with its own strike (not one that ends: 'said the strike would end')."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.pos_ != "VERB" or head.lemma_.lower() not in SPEECH_VERBS:
        return []
    if frame_mode(head) is not None:
        return []  # "warned that the strike will spread unless ...": a threat (threats.py)
    if verb.lemma_.lower() in ENDING_VERBS:
        return []
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None)
    actor = finder.actor(speaker) if speaker is not None and speaker.pos_ != "PRON" else None
    return [actor] if actor is not None and actor.sector == "LAB" else []


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
