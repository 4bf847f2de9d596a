"""Reciprocal acts: 'Argentina and Chile accused one another', 'the two leaders attacked each
other's policies'. A joint subject with no object is coded as two sources and no target (as the
PLOVER gold codes "Indian and Pakistani troops exchanged fire"); a reciprocal pronoun says who
the target is: each of the subject's parties acts on the others."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.placement import domestic

# the pronoun's last word and the word before it: "each other", "one another"
RECIPROCALS = frozenset({("each", "other"), ("one", "another")})
# how the pronoun hangs on the verb: its object, a preposition's object, a possessor of either
# ("attacked each other's records", "fired at one another")
ARGUMENT_DEPS = frozenset({"dobj", "obj", "pobj", "prep", "poss", "det", "dative"})


def _reciprocal_word(token: Token) -> bool:
    if token.i == 0:
        return False
    return (token.doc[token.i - 1].lower_, token.lower_) in RECIPROCALS


def _argument_of(token: Token, verb: Token) -> bool:
    """Whether the pronoun belongs to this verb's own arguments (not a clause below it)."""
    node = token
    for _ in range(4):
        if node.dep_ not in ARGUMENT_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.i == verb.i:
            return True
        if node.pos_ in ("VERB", "AUX"):
            return False
    return False


def reciprocal(verb: Token) -> bool:
    """The verb's object (or its possessor, or a preposition's object) is 'each other' or
    'one another'."""
    return any(_reciprocal_word(t) and _argument_of(t, verb) for t in verb.subtree)


def reciprocal_pairs(verb: Token, sources: list[ActorRef], targets: list[ActorRef], *,
                     at_home: bool = True) -> list[tuple[ActorRef, ActorRef]]:
    """Each source towards each other source, when the verb is reciprocal, its subject names
    two parties or more and the parse found no other target; else nothing. `at_home`: a side
    no country places is of the other side's country ('Johnson and Corbyn attacked each
    other': the opposition leader is Britain's), as for any target outside violence."""
    if targets or len(sources) < 2 or not reciprocal(verb):
        return []
    if not at_home:
        return joint_pairs(sources)
    pairs = []
    for source, other in joint_pairs(sources):
        [other], [source_placed] = domestic([source], [other])
        pairs.append((source_placed, other))
    return pairs


def joint_pairs(parties: list[ActorRef]) -> list[tuple[ActorRef, ActorRef]]:
    """Each party towards each other party, the first named first."""
    return [(source, other) for source in parties for other in parties if other is not source]
