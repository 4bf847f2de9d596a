"""The verb's own object as its target, before parties named deeper in the sentence.

The target walk (arguments.py) prefers an actor a country places to an unplaced one, so a
party named inside the object's description or inside a charge's content could win over the
object itself: 'grilled Lt Col Hale, an Iran expert on the National Security Council' (the
council), 'accused the Democrats of being blinded by their hatred for President Trump' (Trump).
The object, when it is a party by its role ('the Democrats', an officer), is the target; what
its apposition names is where it belongs (the council's country)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef
from dateline.models import Entity
from dateline.lexicons import words

# a clause below the verb: what one is accused of, asked to do, criticised for
CLAUSE_DEPS = frozenset({"pcomp", "xcomp", "ccomp", "acl", "advcl", "relcl"})
# sectors that make an unplaced object a party on its own (not people in general)
NO_PARTY = frozenset({"CVL", "PPL", "BUS", "MNC"})


def own_party_object(verb: Token, token: Token, found: list[ActorRef]) -> list[ActorRef]:
    """The verb's direct object as actors, when it is a party by its role but unplaced."""
    if token.dep_ not in ("dobj", "obj") or token.head.i != verb.i or not found:
        return []
    return found if found[0].sector and found[0].sector not in NO_PARTY and not found[0].country else []


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to `top` (exclusive), or [] when `top` is no ancestor."""
    path, node = [], token
    while node.i != top.i:
        if node.head.i == node.i:
            return []
        path.append(node)
        node = node.head
    return path


def describes(token: Token, obj: Token) -> bool:
    """The token is in the object's apposition ('Hale, an Iran expert on the Council')."""
    return any(step.dep_ == "appos" for step in _path(token, obj))


def in_a_clause_below(token: Token, verb: Token) -> bool:
    """The token is inside a clause hung below the verb ('of being blinded by ... Trump')."""
    return any(step.dep_ in CLAUSE_DEPS for step in _path(token, verb))


def placed_by_description(objects: list[ActorRef], country: str | None) -> list[ActorRef]:
    """The object, of the country its apposition's body belongs to."""
    if not country:
        return objects
    return [ActorRef(a.name, a.country or country, a.sector, a.entity_id) for a in objects]


# Acts done to a body whatever it is (investigating, accusing, suing, sanctioning, coercing):
# a named organisation the dictionary does not know is still whom it is done to.
ORG_TARGET_CODES = frozenset({"09", "11", "16", "17"})
# Acts done to a named person whoever they are (meeting, asking, accusing, arresting, attacking):
# a private person ('arrested Ana Ruiz, 34', 'met Paul Varga') is an actor without a country.
PERSON_TARGET_CODES = frozenset(words("events/person_target_codes.txt"))


def named_organisation_object(verb: Token, token: Token, found: list[ActorRef], code: str,
                              organisation) -> list[ActorRef]:
    """'is investigating WeWork', 'WeWork is being investigated by ...': the organisation the
    article names (`organisation`, its mention) as the verb's object or passive subject, when
    nothing places or classes it."""
    if code[:2] not in ORG_TARGET_CODES or organisation is None or token.head.i != verb.i:
        return []
    if token.dep_ not in ("dobj", "obj", "nsubjpass") or (found and (found[0].sector or found[0].country)):
        return []
    return found[:1] or [ActorRef(organisation.name, None, None, Entity.make_id("ORG", organisation.name))]


def named_person_object(verb: Token, token: Token, found: list[ActorRef], code: str, mention) -> list[ActorRef]:
    """'Police arrested Ana Ruiz', 'Ruiz was charged', 'the minister met Paul Varga': the
    person the article names (`mention`, a PERSON) as the verb's object or passive subject,
    when the dictionary neither places nor classes them: a private person, no country, the
    sector the article's own words give them, if any. Their conjuncts come along ('arrested
    Ana Ruiz and Paul Varga')."""
    if code[:2] not in PERSON_TARGET_CODES or mention is None or mention.type != "PERSON":
        return []
    if token.head.i != verb.i or token.dep_ not in ("dobj", "obj", "nsubjpass"):
        return []
    if not found or any(a.country for a in found) or not found[0].entity_id:
        return []
    return [a for a in found if a.entity_id]


SINGULAR_OBJECT_PRONOUNS = frozenset({"him", "her"})


def earlier_object(verb: Token) -> Token | None:
    """'Police arrested Ana Ruiz, charged her with fraud and ...': a later verb of a list of acts
    whose object is a personal pronoun does it to the first verb's object (the noun the pronoun
    agrees with in number: 'him'/'her' one person, 'them' several or a plural), or None."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return None
    pronoun = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if pronoun is None or pronoun.lower_ not in SINGULAR_OBJECT_PRONOUNS | {"them"}:
        return None
    first = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
    if first is not None and first.lower_ == pronoun.lower_:
        return earlier_object(verb.head)  # "detained them, questioned them and released them"
    if first is None or first.pos_ not in ("NOUN", "PROPN"):
        return None
    several = first.tag_ in ("NNS", "NNPS") or any(c.i > first.i for c in first.conjuncts)
    return first if several == (pronoun.lower_ == "them") else None
