"""A negated act that refuses no one (issue 17, precision): a wrong event is worse than none.

The convention codes a negated act of cooperation as a rejection (CAMEO 12: "did not meet the
opposition leader", "would not recognise the new government", framing.REJECT_CODES). That holds
when what was not done is done with a party or is itself an act of cooperation ("did not attend
the summit", "would not provide aid"). It does not hold when:
- the only one it would reach is the press ("did not provide Reuters with further details",
  "did not give journalists any information"): declining to tell reporters refuses no party;
- a visit or meeting not made is to a place ("didn't visit the flooded areas", "did not visit
  the hospital", "did not visit Borno state"): a trip not taken, no proposal turned down;
- nothing reached is a party and the object is words or a record ("did not provide further
  information", "did not release the documents": data/events/withheld_things.txt).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.coding import Coded, code_noun
from dateline.lexicons import words

PRESS = "MED"
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
VISIT_FAMILY = "04"  # consult: meet, visit, attend (REJECT 125 when negated)

WITHHELD_THINGS = frozenset(words("events/withheld_things.txt"))


def refuses_no_one(verb: Token, found: Coded, code: str, targets: list) -> bool:
    """The verb's act, negated and so coded a rejection, was no cooperation withheld from a party."""
    if not code.startswith("12") or found.code.startswith("12") or found.trigger.i != verb.i:
        return False  # a refusal verb's own code, or an event noun ("did not hold talks"): kept
    if targets and all(t.sector == PRESS for t in targets):
        return True
    obj = _object(verb)
    if obj is None:
        return False  # "did not meet", "would not cooperate": with whom the sentence says elsewhere
    if found.code.startswith(VISIT_FAMILY) and _place(obj):
        return True
    return not targets and obj.lemma_.lower() in WITHHELD_THINGS


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _place(obj: Token) -> bool:
    """A named place ('Uganda', 'Borno state') or a common noun that is neither an actor nor an
    act ('the flooded areas', 'the hospital'): where one goes, not whom one meets."""
    return obj.ent_type_ in PLACE_ENTITIES or _thing(obj)


def _thing(obj: Token) -> bool:
    lemma = obj.lemma_.lower()
    return obj.pos_ == "NOUN" and not code_noun(obj) and lemma not in lexicon.agents() \
        and lemma not in lexicon.weapon_heads()
