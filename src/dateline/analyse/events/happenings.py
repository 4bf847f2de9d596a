"""Happenings the text names with no party: "The deal was signed in the early hours of Friday",
"after talks that lasted through the night", "as a nationwide strike entered its second day",
"The agreement, reached after an all-night session". The happening is the fact a reader records,
so it is an event with no source and no target. A narrow class, since with no party to vouch for
it a wrong event is easily made:

- the noun is talks, a strike or protest, or an agreement (`happening_nouns.txt`), coded as an
  event noun;
- talks and protests are the subject of a verb saying they start, go on, spread or end
  (nominal.py's aspectual and ending verbs: 'began', 'entered its second day', 'lasted'); an
  agreement the passive subject of a verb concluding it, or the noun its participle describes
  (`concluding_verbs.tsv`: 'was signed', 'was reached', 'The agreement, reached after ...');
- the clause asserts it: no negation, no modal, no frame ('was expected to be signed'), no
  appraisal ('talks are possible'), not dated from ('since the strike began') nor supposed ('if
  talks resume'), no 'no deal'; talks may be announced ('The talks begin on Tuesday', intended);
- the noun names no holder at all ('talks between Veldoria and Marenne', 'Veldoria's rail
  strike': parties the actor rules do not know are left alone; 'the Ford strike', 'the strike
  at the Ford plant': a firm's dispute), and no sum ('a $2bn deal': business);
- not told as history or as a time to date from ('signed in 2021', 'the protests began in
  June', 'a day after the accord was signed').

A party named for the same happening in the same sentence wins (extract.py drops the partyless
copy). Confidence is low and no party is guessed.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from dateline.analyse.events.coding import Coded, code_noun
from dateline.analyse.events.framing import frame_mode, negated
from dateline.analyse.events.pattern_match import measure_slot
from dateline.analyse.events.relevance import HEADLINE_LIST
from dateline.lexicons import table, words
from dateline.vocabulary.calendar import MONTHS

HAPPENING_NOUNS = frozenset(words("events/happening_nouns.txt"))
CONCLUDING_VERBS = dict(table("events/concluding_verbs.tsv", 2))
ASPECTUAL_VERBS = frozenset(words("events/aspectual_verbs.txt"))
ENDING_VERBS = frozenset(words("events/ending_verbs.txt"))
# only talks and protests take place while they last; an agreement is made once
GOING_ON_CODES = ("04", "14")
AGREEMENT_CODES = ("057",)
SUPPOSING_MARKS = frozenset({"if", "unless", "since", "until", "once", "whether"})
# a clause the main clause is dated from tells of a happening already known
DATING_MARKS = frozenset({"after", "before", "when"})
YEAR = re.compile(r"(1[89]|20)\d\d")
NO_ACT_DETERMINERS = frozenset({"no", "any", "every", "each", "another"})
OWNER_LABELS = frozenset({"ORG", "PERSON", "PRODUCT"})
PARTY_LABELS = OWNER_LABELS | {"GPE", "NORP", "FAC"}
PARTY_PREPS = frozenset({"between", "among", "with", "by", "of", "from"})
RELATIVE_SUBJECTS = frozenset({"that", "which"})
AS_CONJUNCTIONS = frozenset({"as"})
CONFIDENCE = 0.5
STARTING_VERBS = frozenset({"begin", "start", "resume", "open"})


def _phrasal(verb: Token) -> tuple[str, str]:
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return lemma, f"{lemma} {particle}"


def happening_verb(noun: Token) -> Token | None:
    """The verb that tells of the noun's happening: the participle of a concluding verb
    describing it ('The agreement, reached after ...'), its clause's verb when the noun (or the
    measure of it) is the subject, or the relative clause's ('talks that lasted'); else None."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in CONCLUDING_VERBS:
            return child
    slot = measure_slot(noun)
    if slot.dep_ in ("nsubj", "nsubjpass") and slot.head.pos_ in ("VERB", "AUX"):
        return slot.head
    verb = _verb_after_as(slot)
    if verb is not None:
        return verb
    for child in noun.children:
        if child.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_SUBJECTS
                                         for c in child.children):
            return child
    return None


def _verb_after_as(noun: Token) -> Token | None:
    """'as a nationwide strike entered its second day': the parser may read 'as' as a
    preposition, the noun as its object and the verb as subjectless; the verb right after the
    noun's phrase is the noun's clause."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in AS_CONJUNCTIONS or noun.right_edge.i + 1 >= len(noun.doc):
        return None
    verb = noun.doc[noun.right_edge.i + 1]
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verb


def as_subject(verb: Token) -> Token | None:
    """The noun a subjectless verb is told of after a misread 'as' ('as a strike entered ...')."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    for noun in (before, *before.ancestors):
        if noun.right_edge.i != before.i:
            return None
        if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in AS_CONJUNCTIONS:
            return noun if _verb_after_as(noun) is not None else None
    return None


def _tells_of(noun: Token, verb: Token, code: str) -> bool:
    """Whether the verb says the happening took place (or, for talks, is set to)."""
    lemma, phrasal = _phrasal(verb)
    if code.startswith(GOING_ON_CODES):
        if verb.dep_ == "acl":
            return False
        if lemma in ENDING_VERBS or phrasal in ENDING_VERBS:
            return lemma == "last" or not any(c.dep_ in ("dobj", "obj") for c in verb.children)
        return lemma in ASPECTUAL_VERBS or phrasal in ASPECTUAL_VERBS
    if code.startswith(AGREEMENT_CODES):
        passive = verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
        return passive and lemma in CONCLUDING_VERBS
    return False


def _asserted(noun: Token, verb: Token) -> bool:
    """No negation, modal, frame, appraisal or supposition over the verb, no 'no deal'."""
    if negated(verb) or any(c.tag_ == "MD" for c in verb.children):
        return False
    if any(c.dep_ == "acomp" for c in verb.children):
        return False  # "talks are possible"
    if any(c.dep_ == "mark" and c.lower_ in SUPPOSING_MARKS for c in verb.children):
        return False  # "since the strike began", "if talks resume"
    if noun.dep_ == "pobj" and noun.head.lower_ in SUPPOSING_MARKS | {"without"}:
        return False  # "since the talks that began in May"
    if any(c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in verb.children):
        return False  # "a day after the accord was signed": dated from, told as known
    if _in_a_year(verb):
        return False  # "The deal, signed in 2021, is the largest": history, not news
    if verb.dep_ in ("xcomp", "ccomp") and frame_mode(verb.head) is not None:
        return False  # "the deal was expected to be signed", "hoped talks begin"
    if frame_mode(verb) is not None:
        return False
    return not any(c.dep_ == "det" and c.lower_ in NO_ACT_DETERMINERS for c in noun.children)


def _in_a_year(verb: Token) -> bool:
    """'signed in 2021', 'the protests began in June': a bare year or month dates history, told as
    background; news of a happening names its day ('on Friday', 'in the early hours of Friday')."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and g.dep_ == "pobj" and g.ent_type_ == "DATE"
               and (YEAR.fullmatch(g.text) or g.lower_ in MONTHS)
               for c in verb.children for g in c.children)


def _names_its_parties(noun: Token) -> bool:
    """'talks between Veldoria and Marenne', 'Veldoria's rail strike', 'the Ford strike', 'the
    strike at the Ford plant', 'a $2bn deal': the text names who holds it (a party the actor
    rules may not know, a firm, a person) or a sum (business); such a happening is no partyless one."""
    if any(t.ent_type_ == "MONEY" for t in noun.subtree):
        return True
    for child in noun.children:
        if child.dep_ in ("poss", "compound", "nmod", "amod") and child.ent_type_ in PARTY_LABELS:
            return True
        if child.dep_ == "prep" and child.lower_ in PARTY_PREPS:
            if any(t.ent_type_ in PARTY_LABELS for t in child.subtree):
                return True
        if child.dep_ == "prep" and child.lower_ == "at":
            if any(t.ent_type_ in OWNER_LABELS for t in child.subtree):
                return True  # "the strike at the Ford plant": a firm's dispute
    return False


def happening(noun: Token) -> Token | None:
    """The verb by which the clause asserts the noun's partyless happening, or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in HAPPENING_NOUNS:
        return None
    code = code_noun(noun)
    verb = happening_verb(noun)
    if not code or verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not _tells_of(noun, verb, code) or not _asserted(noun, verb) or _names_its_parties(noun):
        return None
    return verb


def concluded_agreement(verb: Token) -> Coded | None:
    """'The agreement, reached after an all-night session': the participle of a concluding verb
    describing an agreement noun, coded by the verb (reaching one AGREE, signing one SUPPORT)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in CONCLUDING_VERBS:
        return None
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "agent" for c in verb.children):
        return None  # "Under the accord, signed by X and Y": a reference to it, and its signers are X's act
    told = happening(noun)
    if told is None or told.i != verb.i:
        return None
    return Coded(CONCLUDING_VERBS[verb.lemma_.lower()], noun, 1)


def partyless(event, trigger: Token | None) -> bool:
    """Whether a no-party event is a happening of this class: its trigger the noun (or the
    concluding verb of an agreement noun), its mode asserted (talks also intended)."""
    if event.source is not None or event.target is not None or trigger is None:
        return False
    if event.mode not in ("asserted", "intended") or event.mode == "intended" and event.category != "CONSULT":
        return False
    noun = trigger
    if trigger.pos_ in ("VERB", "AUX"):
        noun = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
        verb = happening_verb(noun) if noun is not None else None
        if verb is None or verb.i != trigger.i:
            return False
    return happening(noun) is not None


def scheduled(trigger: Token) -> bool:
    """'The talks begin on Tuesday': a verb of starting in the present with a day is a schedule,
    the talks still to come (intended), where 'as the second day of the strike begins' is now."""
    verb = happening_verb(trigger) if trigger.pos_ == "NOUN" else trigger
    if verb is None or verb.tag_ not in ("VBZ", "VBP", "VB") or verb.lemma_.lower() not in STARTING_VERBS:
        return False  # (the tagger may read a plural subject's present as 'VB')
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") for c in verb.children if c.dep_ in ("prep", "npadvmod")
               for t in c.subtree)


def drop_shadowed(kept: list) -> list:
    """A partyless happening whose sentence also codes it with a party ('Unions and the
    government signed the deal, which was signed ...'): the event with the party stays."""
    def shadowed(event) -> bool:
        if event.source is not None or event.target is not None:
            return False
        return any(e is not event and e.category == event.category and (e.source or e.target) for e in kept)
    return [e for e in kept if not shadowed(e)]


def happening_confidence(event, domains) -> float | None:
    """A partyless happening's confidence, or None in a headline list or a paragraph of sport,
    business or reviews (relevance.py's domains: 'the deal was signed' for a player or a firm)."""
    if HEADLINE_LIST.search(event.sentence) or domains.domain_at(event.start) is not None:
        return None
    return CONFIDENCE
