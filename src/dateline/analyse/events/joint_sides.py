"""The two sides of a joint act: 'Veldorian and Marennese troops clashed', 'the presidents of Peru
and Chile signed an accord', 'the government and unions traded accusations'.

Some acts are done by two parties with each other (data/events/joint_acts.txt: clashing,
trading accusations, meeting, signing, shaking hands). When such an act's subject joins two
parties and the parse found no target, each party is the other's target, as a reciprocal
pronoun says it ('accused one another', reciprocal.py): the first named is the first event's
source. The parties may be conjuncts ('Ostrova and Rachidi'), conjoined modifiers of one head
('Veldorian and Marennese troops', which the country table may not place) or an of-phrase's
conjuncts ('the presidents of Veldoria and Marenne'). An act one party can do alone ('agreed',
'visited') keeps its joint subject as two sources with no target, as the PLOVER gold codes it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.relevance import PRIVATE_SECTORS
from dateline.lexicons import words
from dateline.models import Entity

# 'shook hands', 'exchanged fire': the object that makes the verb a joint act, where it needs one
OBJECT_NEEDED = {"shake": frozenset({"hand", "hands"})}


@lru_cache(maxsize=1)
def joint_acts() -> frozenset[str]:
    return frozenset(words("events/joint_acts.txt"))


def joint_act(verb: Token) -> bool:
    """The verb is an act two parties do with each other ('clashed', 'signed', 'shook hands',
    'arrived for their talks')."""
    if their_meeting(verb):
        return True
    lemma = verb.lemma_.lower()
    if lemma not in joint_acts():
        return False
    needed = OBJECT_NEEDED.get(lemma)
    return needed is None or any(c.dep_ in ("dobj", "obj") and c.lower_ in needed for c in verb.children)


def joint_parties(verb: Token, subject: Token | None, sources: list[ActorRef], finder) -> list[ActorRef]:
    """The parties of a joint act's subject, two or more, or [] when it names only one."""
    if subject is None or not sources:
        return []
    # 'Indian and Pakistani troops': one side per people's adjective, named apart
    sides = _modifier_sides(subject, sources, finder)
    if sides:
        return sides
    if len(sources) >= 2:
        return sources
    return _of_conjuncts(subject, sources[0], finder) or _second_subject(verb, subject, sources[0], finder)


def _second_subject(verb: Token, subject: Token, first: ActorRef, finder) -> list[ActorRef]:
    """'Rachidi, the Marennese president, and Veldoria's Anna Ostrova shook hands': the parser
    may hang the second conjunct as a second subject of the verb, after the first's 'and'."""
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return []
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i), None)
    other = finder.actor(second) if second is not None else None
    return [first, other] if other is not None and other.name != first.name else []


def _of_conjuncts(subject: Token, first: ActorRef, finder) -> list[ActorRef]:
    """'the presidents of Veldoria and Marenne': the first is the source as found; the second
    conjunct of the of-phrase is the other side, with the head's sector."""
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "PROPN":
        return []
    second = next((c for c in obj.conjuncts if c.i > obj.i and c.pos_ == "PROPN"), None)
    if second is None:
        return []
    found = finder.actor(second) or _named(second, finder)
    if found is None:
        return []
    # 'the leaders of Marenne': the second side has the head's role, as the first has
    name = f"the {subject.text} of {found.name}" if subject.tag_ == "NNS" else found.name
    return [first, ActorRef(name, found.country, found.sector or first.sector, found.entity_id)]


NAME_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _named(token: Token, finder) -> ActorRef | None:
    """A name the tagger marks that the actor dictionary does not know (a country it has no row
    for), as itself: the phrase around it gives its role."""
    if token.pos_ != "PROPN" or token.ent_type_ not in NAME_LABELS:
        return None
    mention = finder.mention_at(token)
    if mention is None:
        return None  # no name the article's entities hold: nothing to stand for
    placed = actor_for(mention.name, finder.date)
    return ActorRef(mention.name, placed.country if placed else None, placed.sector if placed else None,
                    Entity.make_id(mention.type, mention.name))


def _modifier_sides(subject: Token, sources: list[ActorRef], finder) -> list[ActorRef]:
    """'Veldorian and Marennese troops': one side per conjoined people's adjective, each with the
    head noun and the phrase's sector (conjuncts.py has placed those the country table knows)."""
    first = sources[0]
    modifier = next((c for c in subject.children if c.dep_ in ("amod", "compound", "nmod")
                     and c.i < subject.i and c.conjuncts), None)
    if modifier is None or subject.pos_ != "NOUN":
        return []
    sides = []
    for conj in (modifier, *modifier.conjuncts):
        if not conj.text[:1].isupper():
            return []  # 'old and new members': no parties named
        name = f"{conj.text} {subject.text}"
        placed = actor_for(conj.text, finder.date)
        sides.append(ActorRef(name, placed.country if placed else None, first.sector))
    return sides if len(sides) >= 2 else []


# nouns of meeting that a verb's 'for' names as its purpose ('arrived in Vienna for talks with')
MEETING_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "consultation", "consultations", "summit"})


def _meeting_purpose(verb: Token) -> Token | None:
    """'arrived in Vienna for the first talks with Veldoria': the meeting the verb is for."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        noun = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ in MEETING_NOUNS), None)
        if noun is not None:
            return noun
    return None


def meeting_partner(verb: Token, finder) -> ActorRef | None:
    """Whom the meeting the verb is for is with ('for talks with Veldoria'): the act's target,
    rather than the place where the actor arrives, which is its location."""
    noun = _meeting_purpose(verb)
    if noun is None:
        return None
    obj = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return None
    partner = finder.actor(obj) or _named(obj, finder)
    # a party the article names or places ('talks with Veldoria'); 'talks with reporters' or
    # with a firm leaves the place as it was
    if partner is None or partner.sector in PRIVATE_SECTORS or not (partner.code or partner.sector or partner.entity_id):
        return None
    return partner


def their_meeting(verb: Token) -> bool:
    """'The presidents of Veldoria and Marenne arrived ... for their first talks': a meeting of
    the subject's parties with each other."""
    noun = _meeting_purpose(verb)
    return noun is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
