"""Whether a clause's doer can be a party: a thing or an idea as the subject acts on no one.

The verb dictionary codes a verb by its words, whoever its subject is. On web pages the subject
is often a thing, an idea or an act: "peace would allow the withdrawal of troops", "a tip led
police officers to his room", "further repression will provoke resistance", "the release of the
hostages gives us hope". Such a clause reports a cause or a consequence, not an act of one
party towards another, and coding it with the doer left empty shows a reader an event no one
did. Violence and protest keep their events with an unnamed doer ("an explosion killed five
soldiers", "the strike paralysed the port"): event data codes those whoever did them.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.arguments import actor_of
from dateline.analyse.events.coding import code_noun
from dateline.analyse.events.framing import QUESTION_WORDS
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.subjects import has_subject
from dateline.lexicons import words

# Codes whose events stand without a doer: protest and violence.
DOERLESS_CODES = ("14", "18", "19", "20")
AUTHOR_NOUNS = frozenset(words("events/author_nouns.txt"))


def done_by_a_thing(verb: Token, code: str, sources: list, finder: ActorFinder) -> bool:
    """The verb's own subject (or its passive's agent) is a common noun that names no actor,
    no person or group by role and no weapon, and no source was found elsewhere."""
    if sources or code.startswith(DOERLESS_CODES):
        return False
    doer = _own_doer(verb)
    if doer is None or doer.pos_ != "NOUN":
        return False  # no subject, a pronoun or a name: resolved (or not) elsewhere
    lemma = doer.lemma_.lower()
    if lemma in lexicon.agents() or doer.lower_ in lexicon.agents() or _a_weapon(doer):
        return False  # "residents asked ...", "the missiles hit ...": people or their means
    if lemma in AUTHOR_NOUNS:
        return False  # "the resolution demands ...": its unnamed author's act
    return actor_of(doer, finder) is None


def _a_weapon(doer: Token) -> bool:
    """'the missiles hit', 'an air strike destroyed': a means of violence; not a word of one
    that here names a protest ('the strike closed schools': a labour strike, CAMEO 14)."""
    return doer.lemma_.lower() in lexicon.weapon_heads() and not (code_noun(doer) or "").startswith("14")


def _own_doer(verb: Token) -> Token | None:
    """The subject of the verb itself or of the verb it is joined to ("X met Y and signed");
    the agent of a passive ("was exonerated by a special counsel")."""
    node = verb
    while node.dep_ == "conj" and not has_subject(node) and node.head.i != node.i:
        node = node.head
    for child in node.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


# Personal pronouns: someone the text has named before, not an unknown party.
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me", "we", "us", "you", "they", "them"})


def pronoun_doer(verb: Token) -> bool:
    """The act's doer is a person the text names by a pronoun ('where he held her captive'):
    someone known, so no stand-in ('unidentified attackers in ...') is put for them."""
    doer = _own_doer(verb)
    return doer is not None and doer.lower_ in PERSONAL_PRONOUNS


def pronoun_patient(verb: Token) -> bool:
    """What was done was done to a person named by a pronoun ('he was shot down over Hanoi',
    'held her captive'): the place is where it happened, not the party it was done to."""
    return any(c.dep_ in ("nsubjpass", "dobj") and c.lower_ in PERSONAL_PRONOUNS for c in verb.children)


def polar_question(verb: Token) -> bool:
    """The act is asked about, not told: its clause is a yes-no question ('will Biden take more
    hits?', 'Did Russia sanction the bank?'), outside quotation marks. A question with a question
    word ('why did Russia invade?') takes the act as given and keeps it."""
    while verb.pos_ in ("NOUN", "PROPN") and verb.head.i != verb.i:
        verb = verb.head  # "will Biden take more hits?": the noun's clause
    sent = verb.sent
    last = next((t for t in reversed(sent) if not (t.is_punct or t.is_space) or t.text == "?"), None)
    if last is None or last.text != "?" or any(t.is_quote for t in sent):
        return False
    opening = next((t for t in sent if not (t.is_punct or t.is_space) and t.lower_ not in ("and", "but", "so", "or")), None)
    if opening is not None and opening.pos_ == "AUX" and opening.dep_ in ("aux", "auxpass", "ROOT"):
        return True  # "Will Biden take more hits?", "Did Russia sanction the bank?"
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ != "to"]
    if subject is None or not aux or aux[0].i > subject.i:
        return False  # no inversion: "Russia sanctioned the bank?" is rare; keep it
    return not any(t.lower_ in QUESTION_WORDS for t in sent[: max(subject.i - sent.start, 0)])


def without_the_place(verb: Token, targets: list) -> list:
    """'He was shot dead in Nairobi', 'sentenced him to life in prison', 'urged him to hold talks
    with Kenya': the act fell on the person the pronoun names, so where it happened, what it sent
    them to or whom they were asked to deal with is no target (the city would read as the state
    attacked, the prison as the police)."""
    if not pronoun_patient(verb):
        return targets
    objects = [g for g in verb.subtree if g.dep_ == "pobj"]  # ("urged him to hold talks with Kenya")
    phrases = {" ".join(t.text for t in g.subtree).lower() for g in objects} | {g.text.lower() for g in objects}
    return [t for t in targets if (t.name or "").lower() not in phrases]


COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should"})
MAX_ANCESTORS = 10


def under_counterfactual(trigger: Token) -> bool:
    """The act is told inside what did not happen ('the whistleblower would then have claimed
    that he was told that Obama had promised to drop ...'): a clause above it is counterfactual
    ('would have' with a past participle), so nothing below it is asserted, intended or
    threatened. The counterfactual verb itself keeps its event as hypothetical ('he would have
    objected')."""
    own = trigger
    while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
        own = own.head
    node, steps = own, 0
    while node.head.i != node.i and steps < MAX_ANCESTORS:
        joined = node.dep_ == "conj"  # "would have objected ... and did not realize": a clause of its own
        node, steps = node.head, steps + 1
        if node.pos_ not in ("VERB", "AUX"):
            continue
        if not joined and node.tag_ == "VBN" and _counterfactual(node):
            return True
        if node.tag_ in ("VBN", "VBD") and _inverted_had(node):
            return True  # 'had an aide gone ... and claimed': all of the condition (a participle may be tagged past)
    return _unreal_question(own)


def _unreal_question(own: Token) -> bool:
    """'What would have been the reaction had an aide gone to claim ...?': a question that asks
    what would have happened tells of nothing that did, however the parser joins its clauses."""
    sent = own.sent
    if not sent.text.rstrip().rstrip("\u201d\"'").endswith("?"):
        return False
    return any(t.i != own.i and t.tag_ == "VBN" and t.pos_ in ("VERB", "AUX") and _counterfactual(t) for t in sent)


def _inverted_had(verb: Token) -> bool:
    """'had an aide gone to the inspector general to claim ...': a past perfect whose 'had'
    comes before its subject is an unreal condition, whatever the parser hangs 'had' on."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    had = [t for t in (*verb.children, verb.head) if t.lower_ == "had" and t.i < subject.i]
    return bool(had) and all(t.i > had[0].i for t in subject.subtree)


def _counterfactual(verb: Token) -> bool:
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & COUNTERFACTUAL_MODALS) and "have" in aux


def agentless_permission(verb: Token, code: str) -> bool:
    """'the former speaker was later allowed to enter': a permission with no one named giving
    it is no concession between parties (who yielded is unknown, the act is the permitted one's)."""
    return code.startswith("08") and verb.lemma_.lower() in PERMISSION_VERBS and verb.tag_ == "VBN" \
        and any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


PERMISSION_VERBS = frozenset({"allow", "permit"})


def partners_of(verb: Token) -> set[str]:
    """Who the verb is done together with ('worked with the FBI to investigate'), as lower-case
    phrases and head words: a partner in the verb's purpose, not its target."""
    objects = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj"]
    return {" ".join(t.text for t in g.subtree).lower() for g in objects} | {g.text.lower() for g in objects}


def shows_that(verb: Token, code: str) -> bool:
    """A protest verb with a clause as its object ('the case demonstrates that free speech does
    not protect threats'): it shows or argues something, no one takes to the streets."""
    return code.startswith("14") and any(c.dep_ == "ccomp" for c in verb.children)
