"""Events: who did what to whom in each sentence, coded CAMEO -> PLOVER, with mode and date.

For every verb the PETRARCH2 patterns code (coding.py), and every event noun a light verb
carries ("held talks", "launched an offensive"), the source and target come from the parse
(arguments.py). A verb that frames another ("offered to mediate", "refused to negotiate",
"demanded that X withdraw") codes the event itself and gives it a mode (framing.py): an offered
or intended act of cooperation is AGREE ("is ready to host talks" -> AGREE, offered), an intended
harm THREATEN, a refused one REJECT. What a speaker says another must do is a DEMAND. An event
needs a confident code and a real actor on at least one side; a wrong event is worse than none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from dateline.analyse.events import experiencer, lexicon
from dateline.analyse.events.agency import (
    agentless_permission, done_by_a_thing, partners_of, polar_question, pronoun_doer, pronoun_patient, shows_that, under_counterfactual,
    without_the_place,
)
from dateline.analyse.events.figurative import (
    argued_that, beside_the_defended, done_to_a_thing, impression, forces_on_the_streets, no_party_reached, police_ending_violence, question_only,
    regrets_own_act, rescue_purpose, unaddressed_need,
)
from dateline.analyse.events.coding import Coded, code_noun, code_verb
from dateline.analyse.events.arguments import (
    SOMEONE, SOMEONE_PERSON, arguments_of, passive_subject, subject_of, with_conjuncts,
)
from dateline.analyse.events.framing import (
    SPEECH_VERBS, complement_of, denied_by_determiner, frame_mode, framed_by_coded, framed_code, has_object,
    mode_of, unable,
)
from dateline.analyse.events.attach import attach_date, attach_quote
from dateline.analyse.events.demands import called_for, demand_event, demand_frame, obligations, owned_act_demanded, reports_only
from dateline.analyse.events.free_relatives import free_relative
from dateline.analyse.events.group_doers import group_doer, labour_officer, speaker_urging, told_in_clause, walkout_strike
from dateline.analyse.events.findings import finding_events, found_fault_tokens, open_question
from dateline.analyse.events.joint import named_party, purpose_partners, with_partners
from dateline.analyse.events.joint_sides import joint_act, joint_parties, meeting_partner, their_meeting
from dateline.analyse.events.location import event_location
from dateline.analyse.events.modality import premodified_mode
from dateline.analyse.events.placed import placed_in
from dateline.analyse.events.plover_mode import event_mode
from dateline.analyse.events.pair_anaphors import as_the_pair, pair_named
from dateline.analyse.events.pronouns import demanded_possessor, pronoun_target, resolve
from dateline.analyse.events.nominal import aspectual_subject, noun_parties, subject_noun_event
from dateline.analyse.events.noun_events import noun_events, subject_noun_events
from dateline.analyse.events.own_acts import restated
from dateline.analyse.events.participles import reached_by_measure
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.promised import final_mode, forced_intent, without_the_means
from dateline.analyse.events.leaving import left_office, without_the_body
from dateline.analyse.events.home import article_home, placed_at_home
from dateline.analyse.events.placement import (
    LOCAL_CODES, VIOLENCE_CODES, VIOLENCE_VERBS, clause_place, consult_mode, dateline_country, domestic,
    domestic_tour, own_state, placed_as_the_article_places, placed_by_dateline, placed_by_location,
    placed_peoples, police_at_home, state_of_place,
)
from dateline.analyse.events.reciprocal import joint_pairs, reciprocal_pairs
from dateline.analyse.events.recipients import recipient
from dateline.analyse.events.records import MAX_PAIRS, as_actor, make_event
from dateline.analyse.events.relevance import ProseDomains, _violent_sense, assess
from dateline.analyse.events.refusals import refuses_no_one
from dateline.analyse.events.reviews import review_of_a_work
from dateline.analyse.events.social import detained_people, social_sides
from dateline.analyse.events.happenings import (concluded_agreement, drop_shadowed, happening_confidence, partyless,
                                               scheduled)
from dateline.analyse.events.rescue import reached_in_peril
from dateline.analyse.events.signed_it import signed_agreement
from dateline.analyse.events.senses import figurative_violence, verbal_violence
from dateline.analyse.events.subjects import claims_coded_act
from dateline.analyse.events.unasserted import unasserted
from dateline.analyse.events.verbal import VERBAL_CODE, verbal_attack
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.analyse.quotes.speaker_index import build_index
from dateline.lexicons import words
from dateline.models import EntityMention, Event, Quote, Timex

ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
MAX_EVENTS = 2000


def extract_events(
    parsed: ParsedArticle,
    *,
    entities: list[EntityMention],
    quotes: list[Quote],
    timexes: list[Timex],
    places: list | None = None,
    actors: tuple = (),
) -> list[Event]:
    """Every coded event in the article's body; `actors`: the user's own actor rows
    (`actor_files.read_actor_files`), known before the shipped dictionary."""
    lexicon.use_user_actors(actors)
    article = parsed.article
    published = (article.published or "")[:10] or None
    finder = ActorFinder(date=published, entities=entities, doc=parsed.doc)
    body_quotes = [q for q in quotes if q.field == "text"]
    body_timexes = [t for t in timexes if t.field == "text" and t.value and ISO_DATE.match(t.value)]
    events: list[Event] = []
    text = doc_text(parsed.doc)
    domains = ProseDomains(parsed.doc)
    datelined = dateline_country(article.dateline_place, published)
    home = article_home(places, datelined)
    opened: list[int] = []  # where each sentence so far starts (pair_anaphors.py looks back)
    named = build_index(parsed.doc, [e for e in entities if e.field == "text"])  # who the article names (pronouns.py)
    for sent in parsed.doc.sents:
        triggers = {t.idx: t for t in sent}
        opened.append(sent.start_char)
        kept, partnered = [], []  # this sentence's events, and those kept only beside a partner (joint.py)
        for event in (e for found in _sentence_events(sent, finder, article.id, text)
                      for named_pair in pair_named(found, events + kept, opened)  # 'the two leaders'
                      for e in _pronoun_parties(named_pair, triggers.get(named_pair.start), named, finder, body_quotes)):
            trigger = triggers.get(event.start)
            if trigger is not None and restated(event, trigger, events + kept):
                continue  # "Sarn's resignation" after "Sarn resigned": one act (own_acts.py)
            if trigger is not None and (unasserted(trigger) or polar_question(trigger) or under_counterfactual(trigger)):
                continue  # "charges that X is appeasing Y", "will Biden take more hits?": a claim or a question, not an act
            spoken = attach_quote(event, body_quotes, finder)
            attach_date(event, sent, body_timexes, published)
            event.location = event_location(event, sent, places)  # never the dateline by default
            consult_mode(event, sent)
            placed_as_the_article_places(event, sent, places)
            placed_by_location(event, doer_known=trigger is not None and pronoun_doer(trigger),
                               patient_known=trigger is not None and pronoun_patient(trigger))
            placed_by_dateline(event, datelined)
            placed_at_home(event, home, sent)
            social = social_sides(event, trigger)  # "Unions staged a strike" (social.py)
            if event.category == "PROTEST" and not social[0] and trigger is not None and labour_officer(trigger):
                social = (True, social[1])  # "X, who led the walkout and heads the union" (group_doers.py)
            if detained_people(event, trigger):
                social = (False, True)  # "27 people were detained": the state's arrest of them
            bare = partyless(event, trigger)  # 'The deal was signed', 'talks that lasted' (happenings.py)
            if not bare and not _has_actor(event) and not any(social):
                if named_party(event):
                    partnered.append(event)  # judged with its partner's event, if any (joint.py)
                continue  # no party
            if domestic_tour(event):
                continue  # a tour at home ('visited a school in Wales')
            if bare:
                event.mode = "intended" if event.category == "CONSULT" and scheduled(trigger) else event.mode
                confidence = happening_confidence(event, domains)
            else:
                confidence = assess(event, triggers.get(event.start), domains, spoken=spoken, social=social)
            if confidence is None:
                continue  # the evidence does not carry it (relevance.py): none is better than wrong
            event.confidence = confidence
            kept.append(event)
        events.extend(drop_shadowed(with_partners(kept, partnered)))
        if len(events) >= MAX_EVENTS:
            return events[:MAX_EVENTS]
    return events


def _pronoun_parties(event: Event, trigger: Token | None, named, finder: ActorFinder,
                     quotes: list[Quote]) -> list[Event]:
    """The event with the parties its pronoun source or object stands for ("Senator Ruiz toured
    the base. She urged Peru to ..."), once for each party of a pair; else the event itself. A
    pronoun in a quotation is the quote's business (attach.py)."""
    if trigger is None or any(q.start <= event.start < q.end for q in quotes):
        return [event]
    placeholder = event.source is not None and event.source.name in (SOMEONE, SOMEONE_PERSON)
    subject = subject_of(trigger) if placeholder else None
    if subject is not None and subject.lower_ in ("he", "she", "they", "it"):
        parties = [as_actor(p) for p in resolve(subject, named, finder)]
        if len(parties) == 2 and all(parties):
            return as_the_pair(event, (parties[0], parties[1]))
        if len(parties) == 1:
            event.source = parties[0] or event.source
    target = pronoun_target(trigger) if event.target is None else None
    if target is None and event.target is None and event.cameo.startswith("10") and event.source is not None:
        # "Venn accused Halden ... and demanded his resignation": who is asked to act, never the asker
        possessor = demanded_possessor(trigger)
        parties = [as_actor(p) for p in resolve(possessor, named, finder, not_named=event.source.name)] if possessor is not None else []
        if len(parties) == 1 and parties[0] and parties[0].name != event.source.name:
            event.target = parties[0]
    if target is not None:
        parties = [as_actor(p) for p in resolve(target, named, finder)]
        if len(parties) == 1 and parties[0] and (event.source is None or event.source.name != parties[0].name):
            event.target = parties[0]
    return [event]


NOMINAL_DEPS = frozenset({"dobj", "pobj", "compound", "nsubj", "nsubjpass", "attr", "appos"})


# Sectors that make a phrase an actor on its own; people in general (CVL) and unplaced groups
# ("two men", "our reporter") need a country or a name.
ACTOR_SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "IGO", "NGO", "JUD", "LEG", "PTY",
                           "UAF", "IMG", "SPY", "ELI",
                           # religious groups and rights groups act as bodies ("fundamentalists"); workers (LAB) are people
                           "MUS", "CHR", "JEW", "HIN", "BUD", "REL", "HRI",
                           "ETH"})  # an ethnic group ("ethnic Albanians"): of the country it lives in


def _has_actor(event: Event) -> bool:
    """A wrong event is worse than none: one side at least must be a real actor (a country or
    its people, an international body, a named person or organisation, or a state or armed
    sector). A city alone as the target of words or meetings ("visited a friend in
    Minneapolis", "travelled 1,200 miles from Oregon") is where a private person went, no party
    to the event, unless the other side is a real actor ("the Turkish president visited Baghdad")."""
    source, target = event.source, event.target
    if event.cameo[:2] not in LOCAL_CODES and target is not None and _city(target.name) and (
            (source is not None and not _real_actor(source)) or (source is None and event.category == "CONSULT")):
        return False  # ("Washington was accused of ..." keeps its one side)
    return any(actor is not None and _real_actor(actor) for actor in (source, target))


def _city(name: str | None) -> bool:
    """A place the country table knows that is no country's name nor its people's."""
    key = " ".join(w for w in (name or "").lower().split() if w != "the")
    return key in lexicon.countries() and key not in lexicon.country_codes()


def _real_actor(actor) -> bool:
    """A country given only by a modifier of a thing ("U.S. imports", "China's gross domestic
    product", "a house in London", "unidentified attackers in Vienna") makes no actor: the
    phrase must name the country or its people, or have a sector of its own."""
    if actor.sector in ACTOR_SECTORS:
        return True
    if actor.entity_id:
        # a name the article gives no country and no role is a private person or a thing
        # ("Ford disapproved", "Vaughan was studying"), not a party to event data
        return bool(actor.country or actor.sector)
    return bool(actor.country) and bool(actor.sector or lexicon.names_a_country(actor.name))


def _sentence_events(sent: Span, finder: ActorFinder, article_id: str, text: str) -> list[Event]:
    coded: dict[int, Coded] = {}
    forceful = any(token.lower_ == "force" for token in sent)  # forced_intent's word, looked for once
    for token in sent:
        if token.dep_ in NOMINAL_DEPS:
            continue  # a verb tag on a noun's slot ("signed a peace accord") is a tagging slip
        if token.dep_ == "prep":
            continue  # "given that ...", "following the talks": a preposition, not an act
        if token.dep_ == "relcl" and token.tag_ in ("VBZ", "VBP"):
            continue  # "X, who oversees the police": a standing role, not an event
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ in ("nsubj", "nsubjpass") \
                and token.head.head.pos_ == "VERB":
            continue  # "aircraft using guided missiles killed four": the subject's means, not an event
        if aspectual_subject(token) is not None:
            continue  # "riots are continuing": the subject noun is the event (below)
        if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            found = ((forceful and forced_intent(token)) or left_office(token) or code_verb(token) or demand_frame(token)
                     or signed_agreement(token)  # 'who signed it'
                     or reached_in_peril(token)  # 'reach residents trapped on rooftops' (rescue.py)
                     or concluded_agreement(token))  # 'The agreement, reached after ...' (happenings.py)
            if found is not None and lexicon.category_of(found.code) is not None:
                coded[token.i] = found
    events = []
    obliged = obligations(sent)
    faults = found_fault_tokens(sent, finder)
    for index, found in coded.items():
        verb = sent.doc[index]
        if index in faults:
            continue  # the fault a finding states is the finding's accusation (findings.py)
        if open_question(verb) or free_relative(verb):
            continue  # "to determine whether X ignored warnings", "signed what X asked him to": no act
        if framed_by_coded(verb, coded) or index in obliged or index in obliged.values():
            continue
        if called_for(verb, denied_too=True) or reports_only(verb):
            continue  # "did not call for the minister to resign": no one's act, no demand
        if claims_coded_act(verb, coded):
            continue  # the claimed act is the event (its doer the claimant)
        events.extend(_event_for(verb, found, finder, article_id, sent, text))
    for inner, speech in obliged.items():
        events.extend(demand_event(sent.doc[speech], sent.doc[inner], finder, article_id, sent, text))
    events.extend(finding_events(sent, finder, article_id, text))  # "an inquiry found that X ignored ..."
    named = [e for e in (subject_noun_event(t, finder) for t in sent) if e is not None]
    for noun_event in named:
        events.extend(subject_noun_events(noun_event, finder, article_id, sent, text))
    events.extend(noun_events(sent, coded, finder, article_id, text, skip={e.found.trigger.i for e in named}))
    return events


def _event_for(verb: Token, found: Coded, finder: ActorFinder, article_id: str,
               sent: Span, text: str) -> list[Event]:
    """The verb's events: one per source and target pair when either side is a compound
    ("The United States and Jordan agreed ..."), as event data codes compound actors."""
    if lexicon.category_of(found.code) is None:
        return []
    if found.trigger.i == verb.i:
        harm = _violent_sense(verb)
        if figurative_violence(verb, found.code, found.specific, harm):
            return []  # "attacked the problem", "killed the bill", "hammered them in the elections"
        if verbal_violence(verb, found.code, harm):
            found = Coded(VERBAL_CODE, verb, found.specific)  # "blasted the plan as reckless"
        if review_of_a_work(verb, found.code):
            return []  # "critics panned the novel", "film critics criticised the director"
    sources, targets = experiencer.roles(verb, found, finder, found.code) or arguments_of(verb, finder, code=found.code)
    if found.trigger.i != verb.i and found.trigger.dep_ == "nsubjpass":
        # "a ceasefire was declared by the rebels": the agent; with none, the noun's own parties
        # ("an agreement between Ethiopia and Eritrea was reached"), never another clause's subject
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if agent is None:
            sources, targets = noun_parties(found.trigger, finder)
    if not targets and _purpose_clause(verb):
        # "sent inspectors to a plant in Iran to monitor the work": the purpose's target is
        # the one its main action went to
        partners = partners_of(verb.head)
        targets = [t for t in arguments_of(verb.head, finder, code=found.code)[1]
                   if t.code and (t.name or "").lower() not in partners]
    if sources and _purpose_clause(verb):
        sources = sources + purpose_partners(verb.head, sources, finder)  # "worked with the FBI to investigate"
    if not targets:
        targets = reached_by_measure(verb, found.code, finder)  # "duties imposed by India hurt U.S. farmers"
    if not targets and sources:
        targets = recipient(verb, finder)  # "apologised to the families", "promised payments to every household"
    targets = beside_the_defended(verb, found, targets)
    if impression(verb) or experiencer.felt_violence(verb, found.code) \
            or done_to_a_thing(verb, found, sources, targets, finder) or no_party_reached(verb, found, targets) \
            or regrets_own_act(verb, found):
        return []  # "struck me as partisan", "wore masks to shield their faces": no act on a party
    if _aim_at_nothing(verb, found):
        return []  # "NASA plans to build a rover", "Iran intends to enrich uranium": no act of ours
    if agentless_permission(verb, found.code):
        return []  # "was later allowed to enter": no one named yields
    sources = sources or group_doer(verb, found.code)  # "Families of the victims have demanded"
    if not sources and (speaker := speaker_urging(verb)) is not None:
        sources = with_conjuncts(speaker, finder)  # "said the case rested on ... and urged the judge to"
    told = told_in_clause(verb, found.code, targets)  # "demanded that it name the officials": 'it' is told
    targets = targets if told is None else told
    if done_by_a_thing(verb, found.code, sources, finder) or (found.trigger.i == verb.i and shows_that(verb, found.code)):
        return []  # "peace would allow the withdrawal of troops", "a tip led police to him": no doer
    denied = denied_by_determiner(found.trigger)
    mode = "negated" if denied else mode_of(verb)  # "made no apology"
    if mode == "asserted" and found.trigger.i != verb.i and frame_mode(verb) == "intended":
        mode = "intended"  # "is pursuing a peace deal": a light verb of aiming, the deal not yet made
    if mode == "asserted" and found.trigger.i != verb.i:
        mode = premodified_mode(found.trigger) or mode  # "announced the upcoming visit": not yet made
    # "not able to end the violence" refuses nothing: an inability is the act negated, no REJECT
    # nor is a denied noun ("no talks were held", "we make no apology"): the act did not happen
    code = framed_code(verb, found, "asserted" if unable(verb) or denied else mode, sources[0] if sources else None)
    code, sources = walkout_strike(verb, code, sources, finder)  # "dockers walked out": a strike
    if mode == "negated" and not unable(verb) and not denied and refuses_no_one(verb, found, code, targets):
        return []  # "did not provide reporters with details", "didn't visit the flooded areas"
    if mode == "negated" and code.startswith("12") and not found.code.startswith("12"):
        mode = "asserted"  # "would not withdraw the bill" is a refusal that happened, not a refusal denied
    category = lexicon.category_of(code)
    if category is None:
        return []
    if mode == "asserted" and code.startswith("10") and (found.trigger.i != verb.i or owned_act_demanded(verb)):
        mode = "demanded"  # "demanded his resignation", "faced calls to resign": asked of someone, as 'urged X to'
    mode = final_mode(verb, found, code, mode)  # "has promised payments", "vowed to crush", "called a rally"
    found = Coded(code, found.trigger, found.specific)
    if not sources and code.startswith("17") and passive_subject(verb) is not None:
        sources = state_of_place(verb, finder)
    if not sources and code.startswith("15") and passive_subject(verb) is not None and found.trigger.i == verb.i:
        # "troops could be deployed in the capital": the force deployed is the one mobilising
        # (PLOVER's source of a MOBILIZE event), not its target
        sources, targets = targets, []
    targets = without_the_body(verb, code, without_the_means(verb, without_the_place(verb, targets)))
    partner = meeting_partner(verb, finder) if code.startswith("04") else None
    if partner is not None:
        targets = [partner]  # "arrived in Vienna for talks with Veldoria": Vienna is where, not whom
    elif code.startswith("04") and their_meeting(verb) and len(joint_parties(verb, subject_of(verb), sources, finder)) >= 2:
        targets = []  # "arrived in Vienna for their talks": the subject's parties meet each other
    if code[:2] in LOCAL_CODES:
        place = clause_place(verb, finder)
        country = place.country if place else None
        sources, targets = placed_in(sources, country), placed_in(targets, country)
        if not targets and place is not None and code[:2] != "14" and not pronoun_patient(verb):
            targets = [place]  # "tanks fired shells at targets in Jericho": the place attacked
    if code[:2] not in VIOLENCE_CODES:
        targets, sources = domestic(sources, targets)
    else:
        sources = police_at_home(sources, targets)
    sources, targets = placed_peoples(sources, targets, sent), placed_peoples(targets, sources, sent)
    if code.startswith("14") and not targets:
        targets = own_state(sources)
    if police_ending_violence(code, sources):
        return []  # "police are not able to end the violence": order kept, no retreat of theirs
    if forces_on_the_streets(verb, found, code, sources) or (code.startswith("084") and rescue_purpose(verb)):
        return []  # "the army took to the streets to clear barricades", "a rescue mission to free the hostages"
    if unaddressed_need(verb, code, targets) or question_only(verb, code):
        return []  # "the country needs stronger border security", "demanded how he could": no one asked to act
    if (not targets or argued_that(verb, found)) and _statement_only(verb, found):
        return []  # "Andrew claims that he felt ...", "as McKinley suggests": no one accused or asked
    if (code[:2] in VIOLENCE_CODES or code.startswith("17")) and not sources and _done_by_no_one(verb):
        return []  # "an outbreak of plague killed a couple", "the storm destroyed 40 homes"
    if code[:2] in ("18", "19", "20") and not found.specific and not targets and has_object(verb) \
            and verb.lemma_.lower() not in VIOLENCE_VERBS:
        return []  # "struck a softer tone": violence needs a victim, a pattern or a violent verb
    if verbal_attack(verb, code, sources, targets):
        found, category = Coded(VERBAL_CODE, found.trigger, found.specific), lexicon.category_of(VERBAL_CODE)
    category = lexicon.Category(category.name, event_mode(found.trigger, sent, category), category.context)
    # "Argentina and Chile accused one another": each party is the other's target
    pairs = reciprocal_pairs(verb, sources, targets, at_home=code[:2] not in VIOLENCE_CODES) or _joint_pairs(
        verb, sources, targets, finder) or [(source, target) for source in sources or [None] for target in targets or [None]]
    events = [make_event(found, category, mode, source, target, article_id, sent, text) for source, target in pairs]
    return events[:MAX_PAIRS]


def _joint_pairs(verb: Token, sources: list, targets: list, finder: ActorFinder) -> list:
    """'Veldorian and Marennese troops clashed', 'Ostrova and Rachidi signed the accord': an act
    two parties do with each other, with no other target, has each as the other's (joint_sides.py)."""
    if targets or not joint_act(verb):
        return []
    return joint_pairs(joint_parties(verb, subject_of(verb), sources, finder))


NATURAL_CAUSES = frozenset(words("events/natural_causes.txt"))
# A war as the killer is a casualty count, no named party's act (data/events/war_nouns.txt)
NO_DOER_CAUSES = NATURAL_CAUSES | frozenset(words("events/war_nouns.txt"))
# Frames of one's own aims: what they code by default (CAMEO 03, intent to cooperate) holds only
# when the aim is an act the coder knows; promising, pledging, agreeing and offering commit one
# to another whatever the act ("promised to democratize Serbia").
AIM_FRAMES = frozenset({"plan", "intend", "aim", "want", "seek", "prepare", "hope", "wish", "expect"})


def _aim_at_nothing(verb: Token, found: Coded) -> bool:
    """An aim frame whose complement codes nothing ("plans to fly a rover to the moon")."""
    if found.specific or found.trigger.i != verb.i or verb.lemma_.lower() not in AIM_FRAMES:
        return False
    complement = complement_of(verb)
    return complement is not None and code_verb(complement) is None and not any(
        code_noun(t) for t in complement.subtree if t.pos_ == "NOUN")


# What a verb of saying codes by default (no pattern matched) is an accusation ("alleged",
# "claimed": CAMEO 11) or an appeal ("suggested": 02) only when it is aimed at someone; what
# it says as a clause, or nothing, is a statement ("sought refuge in Germany" asks for a thing).
STATEMENT_CODES = ("02", "11")


def _statement_only(verb: Token, found: Coded) -> bool:
    return found.specific == 0 and found.code[:2] in STATEMENT_CODES and found.trigger.i == verb.i \
        and verb.lemma_.lower() in SPEECH_VERBS and not has_object(verb)


def _done_by_no_one(verb: Token) -> bool:
    """The clause names what did it, and it is no actor: a natural cause ("the storm
    destroyed 40 homes") or a name that is no actor (a team, a product: "Carolina beat
    Chicago"). A weapon ("a car bomb killed 12") or a pronoun still stands for attackers."""
    if any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lemma_.lower() in NO_DOER_CAUSES
                                                          for g in c.children) for c in verb.children) \
            and not any(c.dep_ == "agent" for c in verb.children):
        return True  # "two soldiers were killed in a helicopter crash": an accident, no attack
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBD":
        subject = verb.head  # the parser's "an outbreak of plague [killed] ..."
    if subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        # "the war has displaced millions and killed 4,000": the cause shared with the verb before
        shared = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return shared is not None and shared.lemma_.lower() in NO_DOER_CAUSES
    if subject is None or subject.pos_ == "PRON":
        return False
    lemma = subject.lemma_.lower()
    if lemma in NO_DOER_CAUSES:
        return True
    if lemma in lexicon.weapon_heads():
        return False
    return subject.pos_ == "PROPN"


def _purpose_clause(verb: Token) -> bool:
    """'... to monitor the work' hanging on the verb of the main action."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i and verb.head.pos_ == "VERB" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
