"""Events named by nouns: a subject noun that is the event ("Palestinian riots against Israeli
policies are continuing") and an event noun no coded verb carries ("talks with Veldoria", "an
attack on the base", "returned to Geneva for talks"). The verb events are extract.py's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.arguments import actor_of, prep_object, subject_of, with_conjuncts
from dateline.analyse.events.coding import Coded, code_noun
from dateline.analyse.events.framing import mode_of, noun_mode
from dateline.analyse.events.plover_mode import event_mode
from dateline.analyse.events.nominal import ENDED_CODES, NounEvent, ended
from dateline.analyse.events.placed import placed_in
from dateline.analyse.events.own_acts import appraised, own_act
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.placement import LOCAL_CODES, VIOLENCE_CODES, clause_place, domestic, own_state
from dateline.analyse.events.records import MAX_PAIRS, make_event
from dateline.lexicons import words
from dateline.models import Event


def subject_noun_events(noun_event: NounEvent, finder: ActorFinder, article_id: str, sent: Span,
                         text: str) -> list[Event]:
    """'Palestinian riots against Israeli policies are continuing': the noun's event."""
    found, verb = noun_event.found, noun_event.verb
    category = lexicon.category_of(found.code)
    if category is None:
        return []
    sources, targets = noun_event.sources, noun_event.targets
    if found.code[:2] in LOCAL_CODES:
        place = clause_place(verb, finder)
        country = place.country if place else None
        sources, targets = placed_in(sources, country), placed_in(targets, country)
    if found.code.startswith("14") and not targets:
        targets = own_state(sources)
    category = lexicon.Category(category.name, event_mode(found.trigger, sent, category), category.context)
    mode = mode_of(verb)
    events = [make_event(found, category, mode, source, target, article_id, sent, text, confidence=0.6)
              for source in sources or [None] for target in targets or [None]]
    return events[:MAX_PAIRS]


CONTEST_VERBS = frozenset(words("events/contest_verbs.txt"))


def noun_events(sent: Span, coded: dict[int, Coded], finder: ActorFinder, article_id: str,
                 text: str, *, skip: set[int] = frozenset()) -> list[Event]:
    """'talks with Veldoria', 'an attack on the base' where no coded verb carries the noun."""
    events = []
    taken = {c.trigger.i for c in coded.values()} | set(skip)
    for token in sent:
        if token.pos_ != "NOUN" or token.i in taken or (token.head.i in coded and not own_act(token)):
            continue  # a coded verb carries its noun ("held talks"), but not its subject's own act
        if token.dep_ == "dobj" and token.head.lemma_.lower() in CONTEST_VERBS:
            continue  # "had won all 15 previous meetings": a contest's results, no meeting
        code = code_noun(token)
        if not code or lexicon.category_of(code) is None:
            continue
        if ended(token) and not code.startswith(ENDED_CODES):
            continue  # "the truce between X and Y collapsed": its end, no truce made
        target_token = prep_object(token, ("with", "on", "against", "to", "between"))
        source_token = next((c for c in token.children if c.dep_ == "poss"), None) or _by_agent(token)
        if target_token is None and source_token is not None:
            # with its doer named, the noun's "of"/"for" object is what it is done to: "Iraq's
            # invasion of Kuwait", "Kenya's criticism of Uganda", "praise for Ghana by Togo"
            target_token = prep_object(token, ("of", "for"))
        if target_token is None and source_token is not None:
            target_token = _under_it(token)
        if code.startswith(CONSULT_CODES) and target_token is not None:
            source_token = _traveller(token, source_token)  # "at the end of her visit to Chile"
        between = prep_object(token, ("between",))
        if source_token is None and between is not None and token.dep_ in ("nsubj", "nsubjpass"):
            # "a peace deal between Angola and UNITA was signed": the two parties, each a side
            partner = next((c for c in between.children if c.dep_ == "conj"), None)
            if partner is not None and not appraised(token):  # not "talks ... are possible"
                source_token, target_token = between, partner
        purpose = _purpose_of_motion(token, coded)
        if purpose is not None and source_token is None:
            # "negotiators return to Geneva for talks": the goers' act, with whom the noun says
            found = Coded(code, token, 1)
            category = lexicon.category_of(code)
            category = lexicon.Category(category.name, event_mode(token, sent, category), category.context)
            target = actor_of(target_token, finder)
            sources = with_conjuncts(subject_of(purpose), finder)[:MAX_PAIRS]
            targets = [target] if target is not None else []
            if code[:2] in LOCAL_CODES:
                place = clause_place(purpose, finder)
                sources = placed_in(sources, place.country if place else None)
            if code.startswith("14") and not targets:
                targets = own_state(sources)  # "converged for a rally": against their own state
            events.extend(make_event(found, category, noun_mode(token), source, target, article_id, sent,
                                      text, confidence=0.6)
                          for source in sources for target in targets or [None])
            continue
        if target_token is None and own_act(token):
            # "The resignation of Viktor Sarn leaves ...", "Ostrova's visit is aimed at ...": the
            # doer's own act, needing no other party
            event = _event_for_doer(Coded(code, token, 1), source_token or prep_object(token, ("of",)),
                                    finder, article_id, sent, text)
            if event is not None:
                events.append(event)
            continue
        if target_token is None or source_token is None and token.dep_ not in ("dobj", "nsubj", "pobj"):
            continue
        if source_token is None and token.dep_ == "dobj":
            source_token = subject_of(token.head)
        found = Coded(code, token, 1)
        event = _event_for_tokens(found, source_token, target_token, finder, article_id, sent, text)
        if event is not None:
            events.append(event)
    return events


CONSULT_CODES = ("04",)
# the names a possessive pronoun can stand for
PRONOUN_KINDS = {"his": ("PERSON",), "her": ("PERSON",), "its": ("ORG", "GPE", "NORP"), "their": ("ORG", "GPE", "NORP")}
POSSESSIVE_PRONOUNS = frozenset(PRONOUN_KINDS)


def _traveller(noun: Token, source: Token | None) -> Token | None:
    """Who made the visit or held the talks where the phrase names them by the clause: 'Lenz
    returned at the end of her visit to Chile' (the possessive is the clause's subject), 'Lenz,
    who is on a state visit to Chile' (on a visit: the subject's own). Else the source as found."""
    on_it = source is None and noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ in ("VERB", "AUX")
    if not on_it and (source is None or source.lower_ not in POSSESSIVE_PRONOUNS):
        return source
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON":
        return source  # a pronoun for a pronoun: resolved elsewhere or not at all
    if not on_it and subject.ent_type_ not in PRONOUN_KINDS[source.lower_]:
        return source  # "police arrested two men during her visit": 'her' is not the police
    return subject


def _by_agent(noun: Token) -> Token | None:
    """The doer a "by" phrase names ("the attack on the base by rebels"), the parse hanging
    "by" on the noun or on its "of"/"for" object ("the arrest of two leaders by police")."""
    agent = prep_object(noun, ("by",))
    if agent is None:
        patient = prep_object(noun, ("of", "for"))
        agent = prep_object(patient, ("by",)) if patient is not None else None
    return agent


def _under_it(noun: Token) -> Token | None:
    """'the senator is under investigation by the police': what an act named after 'under' is
    done to is the clause's subject (the doer is the noun's 'by' phrase)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.dep_ != "prep":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _purpose_of_motion(noun: Token, coded: dict[int, Coded]) -> Token | None:
    """The verb a noun is the purpose of ('returned to Geneva for talks', 'flew in for
    consultations'), when that verb codes nothing itself; else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i in coded:
        return None
    return verb


def _event_for_doer(found, source_token, finder, article_id, sent, text):
    source = actor_of(source_token, finder) if source_token is not None and source_token.pos_ != "PRON" else None
    if source is None:
        return None  # "his resignation": a pronoun's owner is left to no one rather than guessed
    category = lexicon.category_of(found.code)
    category = lexicon.Category(category.name, event_mode(found.trigger, sent, category), category.context)
    return make_event(found, category, "asserted", source, None, article_id, sent, text, confidence=0.6)


def _event_for_tokens(found, source_token, target_token, finder, article_id, sent, text):
    category = lexicon.category_of(found.code)
    source, target = actor_of(source_token, finder), actor_of(target_token, finder)
    if source is None or target is None:
        return None
    if found.code[:2] not in VIOLENCE_CODES:
        # "the arrest of two opposition leaders by Tanzanian police": the leaders are Tanzania's
        [target], [source] = domestic([source], [target])
    category = lexicon.Category(category.name, event_mode(found.trigger, sent, category), category.context)
    return make_event(found, category, noun_mode(found.trigger), source, target, article_id,
                       sent, text, confidence=0.6)
