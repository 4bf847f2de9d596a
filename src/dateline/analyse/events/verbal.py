"""Verbal attacks: "Republican senators attacked Democratic leaders over the bill" is criticism
(CAMEO 111, DISAPPROVE), not an assault. A verb of harm with an everyday reading ("attack",
"hit", "target": everyday_verbs.txt) is read in words when every party on both sides is a
political actor of one and the same country (or not yet placed) and the sentence shows
no harm and no weapon (a politician attacked in the active voice by no actor, too); between states ("Iran attacked Israel") or by armed groups it keeps
its violent sense."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.plover_mode import weapon_mode
from dateline.analyse.events.relevance import _violent_sense, everyday_verbs
from dateline.lexicons import words

# sectors that argue rather than fight: governments, legislators, parties, the opposition,
# courts and former office holders
POLITICAL = frozenset({"GOV", "LEG", "OPP", "PTY", "ELI", "JUD"})
VERBAL_CODE = "111"
# verbs of harm with an everyday reading that is no speech either ("stormed the parliament")
PHYSICAL_VERBS = frozenset(words("events/physical_verbs.txt"))


def verbal_attack(verb: Token, code: str, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
    if code[:2] not in ("18", "19") or not targets:
        return False
    if not sources and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False  # "the president was attacked in his car": someone unnamed did it, perhaps with force
    # (an active verb whose doer is no actor, "the committee has done nothing but attack the
    # president", is words whoever speaks them)
    if verb.lemma_.lower() in PHYSICAL_VERBS:
        return False  # "protesters stormed the parliament": entering a place by force is never words
    if verb.lemma_.lower() not in everyday_verbs() or _violent_sense(verb) or weapon_mode(verb, verb.sent):
        return False
    parties = sources + targets
    if any(p.sector not in POLITICAL for p in parties):
        return False
    # one country's politics; a party the text does not place yet ("Republican senators") is
    # placed with the article later, and cannot make two states of one
    return len({p.country for p in parties if p.country}) <= 1

