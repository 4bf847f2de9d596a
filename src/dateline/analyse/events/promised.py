"""Modes an act takes from its verb when no complement carries them.

"has promised emergency payments", "pledging 200 million euros", "unions have threatened further
action": the promise or threat is what the event reports, and what it names is still to come, as
in "promised to pay" (framing.mode_of gives a frame's mode only to a complement's act). Calling a
protest ("called a rally outside parliament", "called for rallies in every city") announces it:
the rally is still to come.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.coding import Coded, particle_of
from dateline.analyse.events.framing import INTENT_MODALS, _reported, complement_of, frame_mode, is_complement
from dateline.lexicons import words

# the code families whose act the verb itself is: an intent to cooperate (03), a threat (13)
OWN_FAMILIES = {"intended": "03", "offered": "03", "threatened": "13"}
PROTEST_FAMILY = "14"


PROMISSORY_VERBS = frozenset(words("events/promissory_verbs.txt"))


def object_mode(verb: Token, found: Coded, code: str) -> str | None:
    """The mode of an asserted event whose trigger is a verb of promising or threatening with a
    noun object, or of calling a protest; None when the verb's own mode stands."""
    if found.trigger.i != verb.i or particle_of(verb):
        return None  # "called off the strike": another sense
    lemma = verb.lemma_.lower()
    if lemma == "call" and code.startswith(PROTEST_FAMILY):
        return "intended"
    if lemma not in PROMISSORY_VERBS or complement_of(verb) is not None \
            or any(is_complement(c) for c in verb.children):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN", "NUM") for c in verb.children):
        return None
    mode = frame_mode(verb)
    return mode if mode and code.startswith(OWN_FAMILIES.get(mode, "-")) else None


# the modes of frames that announce one's own act (vowed, promised, pledged, threatened to)
ANNOUNCED_MODES = frozenset({"intended", "offered", "threatened"})
FORCE_CODE = "138"  # CAMEO: threaten with military force


def forced_intent(verb: Token) -> Coded | None:
    """'vowed to keep the ports open by force if necessary': an act announced to be done by force
    threatens force (CAMEO 138), whatever the act ('keep' codes nothing); 'by force of argument'
    is no force."""
    if frame_mode(verb) not in ANNOUNCED_MODES:
        return None
    complement = complement_of(verb)
    if complement is None:
        return None
    for token in complement.subtree:
        if token.dep_ == "pobj" and token.lemma_.lower() == "force" and token.head.lower_ == "by" \
                and not any(c.dep_ == "prep" for c in token.children):
            return Coded(FORCE_CODE, verb, 1)
    return None


def _announced(verb: Token) -> bool:
    """A verb in the future, or in the future of reported speech ('said they would ask')."""
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(aux & INTENT_MODALS) or ("would" in aux and _reported(verb))


def final_mode(verb: Token, found: Coded, code: str, mode: str) -> str:
    """The event's mode once its code is known: force announced is threatened ('vowed to keep
    the ports open by force'); a verb of promising with a noun object or a protest called takes
    the mode of `object_mode`; a demand still to be made is intended."""
    if mode in ("intended", "offered") and code == FORCE_CODE and forced_intent(verb) is not None:
        return "threatened"  # force announced is a threat ("planning to close the border" stays intended)
    if mode == "demanded" and found.trigger.i == verb.i and _announced(verb):
        return "intended"  # "said they would ask the prosecutor to open a case": not asked yet
    if mode == "asserted":
        return object_mode(verb, found, code) or mode
    return mode


def without_the_means(verb: Token, targets: list) -> list:
    """'vowed to keep the roads open BY FORCE': the force an act is done by is its means, no party
    it is done to. Only force: the parser hangs a noun's doer on the verb too ('oppose violations
    of the law by Uganda')."""
    means = {" ".join(t.text for t in g.subtree).lower()
             for g in verb.subtree if g.dep_ == "pobj" and g.lemma_.lower() == "force" and g.head.lower_ == "by"}
    return [t for t in targets if (t.name or "").lower() not in means] if means else targets
