"""Reaching people in peril is a rescue: 'Rescue teams used boats to reach residents trapped on
rooftops' is humanitarian aid (CAMEO 073, PLOVER AID, as 'U.N. helicopters evacuated the
wounded' is in PLOVER's examples). Only with a peril participle on the object ('trapped',
'stranded', `peril_participles.txt`): 'teams reached the final', 'reached a deal' and 'could not
be reached for comment' are no rescue; a negated reach ('failed to reach', 'could not reach')
rescues no one, and the mode rules (framing.py) judge the rest.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.coding import Coded
from dateline.analyse.events.framing import negated
from dateline.lexicons import words

RESCUE_CODE = "073"
REACH_VERBS = frozenset(words("events/reach_verbs.txt"))
PERIL_PARTICIPLES = frozenset(words("events/peril_participles.txt"))
FAILING = frozenset({"fail", "struggle"})


def reached_in_peril(verb: Token) -> Coded | None:
    """'reach residents trapped on rooftops' coded as a rescue; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in REACH_VERBS or negated(verb):
        return None  # 'could not reach residents trapped ...': no rescue, and no refusal either
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING:
        return None  # 'failed to reach them': the same, whom no one refused
    people = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if people is None or people.pos_ not in ("NOUN", "PROPN"):
        return None
    return Coded(RESCUE_CODE, verb, 1) if any(_in_peril(c) for c in people.children) else None


def _in_peril(modifier: Token) -> bool:
    """'trapped on rooftops', 'stranded by floods', 'cut off by snow' after the noun, or
    'stranded residents' before it."""
    if modifier.dep_ not in ("acl", "amod", "relcl"):
        return False
    word = modifier.lower_
    particle = next((c.lower_ for c in modifier.children if c.dep_ == "prt"), None)
    return word in PERIL_PARTICIPLES or f"{word} {particle}" in PERIL_PARTICIPLES
