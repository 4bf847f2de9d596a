"""Senses of coded verbs that name no act on a party: a thing as the object, an impression.

The verb dictionary gives each verb a default code for when no pattern over its words matches
("shield" 074 protection, "improve" 060 cooperation, "threaten" 130). That default is the
verb's sense when it is done to someone: "troops shielded the convoy's drivers", "threatened
the rebels". When the object is a thing and no party is named as the target, the verb is used
of the thing ("wore masks to shield their faces", "is defending the city's rollout of a
campaign", "would further heighten tensions", "threaten the viability of the plan"): no event,
since a wrong event is worse than none. The code families are data/events/party_object_codes.txt;
an event noun the coder codes ("threatened retaliation"), a weapon or an actor as the object
keeps the event.

Giving words ("gave an interview", "the speech given by the minister": data/events/
communication_nouns.txt) is no aid, and a verb of cooperation whose object is a question
("an effort to establish whether X withheld aid") finds something out with no one.

"The country needs stronger border security": a verb of necessity (data/events/necessity_verbs.txt)
is an appeal or demand only when someone is named to meet the need.

"The remarks struck me as partisan": a verb of striking with "as" and an adjective reports an
impression (data/events/perception_verbs.txt), not violence.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.arguments import actor_of
from dateline.analyse.events.coding import Coded, code_noun
from dateline.analyse.events.framing import QUESTION_WORDS
from dateline.analyse.events.phrases import ActorFinder
from dateline.lexicons import words


@lru_cache(maxsize=1)
def party_object_codes() -> tuple[str, ...]:
    return tuple(words("events/party_object_codes.txt"))


@lru_cache(maxsize=1)
def threatened_acts() -> frozenset[str]:
    return frozenset(words("events/threatened_acts.txt"))


@lru_cache(maxsize=1)
def communication_nouns() -> frozenset[str]:
    return frozenset(words("events/communication_nouns.txt"))


@lru_cache(maxsize=1)
def necessity_verbs() -> frozenset[str]:
    return frozenset(words("events/necessity_verbs.txt"))


@lru_cache(maxsize=1)
def perception_verbs() -> frozenset[str]:
    return frozenset(words("events/perception_verbs.txt"))


def done_to_a_thing(verb: Token, found: Coded, sources: list, targets: list, finder: ActorFinder) -> bool:
    """The verb's default code of an act on a party, with a thing as its object and no target;
    words given, or a question as the object of cooperation."""
    if found.specific or found.trigger.i != verb.i:
        return False
    if found.code.startswith("07") and _gives_words(verb):
        return True  # "the interview given by the president": a statement, no aid
    if found.code.startswith("06") and any(c.dep_ == "ccomp" and any(
            m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children) for c in verb.children):
        return True  # "to establish whether X withheld aid": a question, with no partner
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if targets and found.code.startswith("07") and obj is not None and _inside(obj, targets):
        targets = []  # "defended the government's actions against the protesters": the actions' target
    if targets or len(sources) > 1 or not found.code.startswith(party_object_codes()):
        return False  # two sources are partners to each other ("Egypt and Israel exchanged information")
    if obj is None or obj.pos_ != "NOUN":
        return False  # no object ("threatened to strike"), a name or a pronoun: may be a party
    lemma = obj.lemma_.lower()
    if code_noun(obj) or lemma in lexicon.weapon_heads() or lemma in lexicon.agents():
        return False  # "threatened retaliation", "defended the missiles", "shielded the soldiers"
    if found.code.startswith("13") and lemma in threatened_acts():
        return False  # "threatened further action": the harm threatened, no thing
    if obj.tag_ == "NNS" and not any(c.dep_ == "poss" for c in obj.children):
        return False  # "rescued 23 fishermen": a group of people, perhaps
    return actor_of(obj, finder) is None  # "their faces", "its detection", "a quarantine"


# the prepositions that name whom a defended act was done to ('actions against Y', 'strikes on
# Y', 'its policy toward Y'); 'support to Y', 'aid for Y' name whom the support goes to
AGAINST_PREPOSITIONS = frozenset({"against", "on", "upon", "toward", "towards"})


def _inside(obj: Token, targets: list) -> bool:
    """Every target is named in a phrase hanging on the object noun ('actions against Y')."""
    # ... or in a clause on it ('the decision to expel the ambassador')
    inner = [" ".join(t.text for t in child.subtree).lower() for child in obj.children
             if (child.dep_ == "prep" and child.lower_ in AGAINST_PREPOSITIONS) or child.dep_ in ("acl", "relcl")]
    return obj.pos_ == "NOUN" and all(any((t.name or "").lower() in phrase for phrase in inner) for t in targets)


def beside_the_defended(verb: Token, found: Coded, targets: list) -> list:
    """'defended its actions against Hamas': support of an act (CAMEO 051, 052) is not given to the
    party the act was against; a target named inside the object's phrase is dropped."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if not found.code.startswith(("051", "052")) or obj is None:
        return targets
    return [t for t in targets if not _inside(obj, [t])]


@lru_cache(maxsize=1)
def target_needed_verbs() -> frozenset[str]:
    return frozenset(words("events/target_needed_verbs.txt"))


@lru_cache(maxsize=1)
def visit_verbs() -> frozenset[str]:
    return frozenset(words("events/visit_verbs.txt"))


def no_party_reached(verb: Token, found: Coded, targets: list) -> bool:
    """'distancing himself from a royal drama', 'will tour together': a verb whose act needs a
    party (data/events/target_needed_verbs.txt) with none found as the target; 'visited the
    gap': a visit to a thing, a common noun that is no party and no named place."""
    if targets or found.trigger.i != verb.i:
        return False
    if verb.lemma_.lower() in visit_verbs():
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        return obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_
    return verb.lemma_.lower() in target_needed_verbs()


POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "my", "our"})


@lru_cache(maxsize=1)
def regret_verbs() -> frozenset[str]:
    return frozenset(words("events/regret_verbs.txt"))


def regrets_own_act(verb: Token, found: Coded) -> bool:
    """'does not regret his friendship with X', 'regrets his decision to ...': remorse over one's
    own act or tie, no disapproval of the party named inside it (data/events/regret_verbs.txt)."""
    if found.trigger.i != verb.i or verb.lemma_.lower() not in regret_verbs():
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return obj is not None and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in obj.children)


def _gives_words(verb: Token) -> bool:
    """The thing given is words: the verb's object, the noun its participle describes, or what
    it provides someone with ('did not provide PolitiFact with further information')."""
    given = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    given += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        given.append(verb.head)
    return any(g.lemma_.lower() in communication_nouns() for g in given)


def unaddressed_need(verb: Token, code: str, targets: list) -> bool:
    """'the country needs stronger border security': a need no one is named to meet."""
    return not targets and code[:2] in ("02", "10") and verb.lemma_.lower() in necessity_verbs()


def question_only(verb: Token, code: str) -> bool:
    """'demanded how the prince could be so sure', 'asked why the talks failed': a question put,
    with no one told or asked to act (no object), is no demand or appeal."""
    if code[:2] not in ("02", "10") or any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS for c in verb.children)


def impression(verb: Token) -> bool:
    """'struck me as partisan': striking with 'as' and an adjective is an impression."""
    if verb.lemma_.lower() not in perception_verbs():
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and any(g.pos_ == "ADJ" for g in child.children):
            return True  # "as" heading the adjective
        if child.pos_ == "ADJ" and any(g.lower_ == "as" for g in child.children):
            return True  # the parser's adjective clause with "as" under it
    return False


# verbs whose that-clause charges its subject: "alleging that the president's call was improper"
ACCUSING_VERBS = frozenset({"allege", "charge", "accuse"})


def argued_that(verb: Token, found: Coded) -> bool:
    """'argued that the country needs ...': disagreement (CAMEO 110, the verb's default) read off
    a verb of saying whose only party is the subject of what it says, which it is about, not
    against ('accused', 'alleged that' keep theirs: an accusation names whom it accuses)."""
    return found.code == "110" and verb.lemma_.lower() not in ACCUSING_VERBS \
        and any(c.dep_ == "ccomp" for c in verb.children) \
        and not any(c.dep_ == "prep" and c.lower_ in ("with", "against") for c in verb.children)


RESCUE_WORDS = frozenset(words("events/rescue_words.txt"))


def rescue_purpose(verb: Token) -> bool:
    """'a rescue mission to free the hostages', 'raided the camp to free them': freeing as the
    purpose of a rescue or raid (the noun it hangs on, that noun's modifiers, or the verb it serves)."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in ("relcl", "acl", "advcl", "xcomp"):
        return False
    near = [head, *(c for c in head.children if c.dep_ in ("compound", "amod", "dobj", "obj"))]
    return any(t.lemma_.lower() in RESCUE_WORDS for t in near)


def forces_on_the_streets(verb: Token, found: Coded, code: str, sources: list) -> bool:
    """'the army took to the city's streets to clear barricades': soldiers or police out on the
    streets are deployed there, no demonstration (CAMEO 141) of theirs."""
    return code.startswith("141") and found.trigger.i == verb.i and bool(sources) \
        and all(s.sector in ("MIL", "COP") for s in sources)


def police_ending_violence(code: str, sources: list) -> bool:
    """'police alone are not able to end the violence': the police ending others' violence
    restore order, no de-escalation (CAMEO 087) of a fight of their own."""
    return code.startswith("087") and bool(sources) and all(s.sector == "COP" for s in sources)
