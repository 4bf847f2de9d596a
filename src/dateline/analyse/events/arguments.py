"""Who acts and who is acted upon: a verb's source and target actors in the parse.

The source is the clause's subject (the by-agent in the passive; a pronoun is the reporting
clause's subject or the quote's speaker); the target is the nearest argument that names an actor
(objects, complement clauses, prepositional objects, conditions), a place the action is in last.
Compound actors come back as one actor each.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.calling import DEMAND_NOUNS
from dateline.analyse.events.coding import code_noun, particle_of, verb_lemma
from dateline.analyse.events.protests import reports_the_clause_before
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.objects import (
    describes, earlier_object, in_a_clause_below, named_organisation_object, named_person_object, own_party_object, placed_by_description,
)
from dateline.analyse.events.conjuncts import with_conjuncts
from dateline.analyse.events.dashes import before_the_list, dashed_doers, name_before_the_list
from dateline.analyse.events.named_spans import misread_acronym
from dateline.analyse.events.placed import AIMING_PREPS, at_a_venue, placed_by_its_place, placed_in, placed_thing
from dateline.analyse.events.relatives import joint_antecedent, noun_before, personal_relative
from dateline.analyse.events.speaking_for import body_in, reporter_phrase
from dateline.analyse.events.subjects import means_of_violence, subject_of
from dateline.lexicons import table, words

TARGET_PREPS = ("with", "to", "against", "on", "at", "from", "into", "toward", "towards", "over", "upon", "for")
PRONOUN_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she"})
SPEAKER_PRONOUNS = frozenset({"i", "we"})
SPEAKER = "\x00speaker"  # stands for "I" or "we" until the quote's speaker is known
SPEAKER_WE = "\x00speaker-we"  # "we": the speaker, or the body a spokesperson speaks for (attach.py)
SPEAKERS = (SPEAKER, SPEAKER_WE)
SOMEONE = "\x00someone"  # stands for another pronoun subject: someone, never the speaker
SOMEONE_PERSON = "\x00someone-person"  # "he" or "she": as SOMEONE, and never a body
PERSON_PRONOUNS = frozenset({"he", "she"})


PATIENT_SUBJECT_VERBS = frozenset(words("events/patient_subject_verbs.txt"))
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "ccomp", "xcomp", "attr", "oprd"})


def headline_passive(verb: Token) -> bool:
    """A passive without its auxiliary ('helicopter shot down', 'two soldiers killed near the
    border', and its conjuncts: 'shot down and destroyed'): a verb that is never active without
    an object (patient_subject_verbs.txt), in a past form, with a subject, no object and no
    auxiliary of its own or its clause's."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    for node in {verb, clause}:
        if node.tag_ not in ("VBD", "VBN") or any(c.dep_ in OBJECT_DEPS | {"aux", "auxpass"} for c in node.children):
            return False
        if not (lexicon_patient(node) or _object_prep_without_object(node)):
            return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


OBJECT_PREP_VERBS = dict(table("events/object_prep_verbs.tsv", 2))


def _object_prep_without_object(verb: Token) -> bool:
    """'threatened with sanctions', 'accused of spying' with no object: the passive of a verb
    that names its object before that preposition when active (data/events/object_prep_verbs.tsv)."""
    prep = OBJECT_PREP_VERBS.get(verb.lemma_.lower())
    return prep is not None and any(c.dep_ == "prep" and c.lower_ == prep for c in verb.children)


def reduced_passive_patient(verb: Token) -> Token | None:
    """The patient of a past participle heading an adverbial clause with no subject or
    auxiliary of its own ("if convicted", "when questioned", "once released"): a passive whose
    subject is the main clause's."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or verb.head.i == verb.i or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in verb.children
    ):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def lexicon_patient(verb: Token) -> bool:
    """Whether the verb is one whose subject without an object is its patient."""
    lemma, particle = verb_lemma(verb), particle_of(verb)
    return lemma in PATIENT_SUBJECT_VERBS or f"{lemma} {particle}" in PATIENT_SUBJECT_VERBS


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def prep_object(token: Token, preps=TARGET_PREPS) -> Token | None:
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# Dependents walked to find a target, and how early each kind is tried at equal depth.
TARGET_RANK = {"nsubjpass": 0, "dobj": 1, "obj": 1, "dative": 1, "iobj": 1, "nsubj": 2, "pobj": 3}
WALK_DEPS = frozenset({"dobj", "obj", "dative", "iobj", "nsubjpass", "prep", "pobj", "xcomp", "agent",
                       "ccomp", "nsubj", "acl", "pcomp", "appos", "compound", "amod", "advcl"})
RELATIVE_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"which", "whom", "who", "that"})
# A threat's or demand's condition names its target: "... unless Israel rescinded ...".
CONDITION_MARKS = frozenset({"unless", "if", "until"})
PLACE_PREPS = frozenset({"in", "into", "inside"})
# Prepositions of time, cause and comparison: what follows them is no party to the action.
SKIP_PREPS = frozenset(words("events/skip_preps.txt"))
MAX_DEPTH = 6
# Agreeing, consulting, supporting and rejecting are "on" a topic; attacks and sanctions "on" a party.
TOPIC_CODES = frozenset({"03", "04", "05", "12"})
TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
VERB_TOPIC_CODES = frozenset({"03", "04", "05"})
# Demands, disapproval, rejection, threats, sanctions and coercion are "over" their reason
# ("criticised Peru over the killings", "recalled its envoy over the remarks"); a protest "over a
# bill signed by the minister" is against what it is over, so protest keeps it.
REASON_OVER_CODES = frozenset({"10", "11", "12", "13", "16", "17"})
# "clashes near the Venezuelan border": a border lies between two countries, so it places no one
BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


MEDIATION_VERBS = frozenset(words("events/mediation_verbs.txt"))


def target_candidates(verb: Token, *, topic_preps: frozenset[str] = frozenset(),
                      verb_topics: bool = False, reason_over: bool = False) -> list[tuple[Token, bool]]:
    """Tokens that may name the target, best first: nearest to the verb in the parse, the
    passive subject and objects before subjects of complement clauses ("demanded that X
    withdraw") and prepositional objects ("talks with X", "cut off power to X"); a place the
    action happens in ("arrived in Amman") only last."""
    found: list[tuple[int, int, int, Token]] = []
    frontier = [(child, 1, False, False) for child in verb.children]
    while frontier:
        token, depth, in_place, in_content = frontier.pop()
        if token.head.i == verb.i and token.i > verb.i and misread_acronym(token):
            found.append((0, depth, TARGET_RANK["dobj"], token))  # "criticised OSCE": read as an adverb
            continue
        if depth > MAX_DEPTH or token.dep_ not in WALK_DEPS:
            continue
        if token.dep_ in ("nsubj", "agent") and token.head.i == verb.i:
            continue  # the source ("investigated by the attorney general of Ohio": not Ohio either)
        if token.dep_ == "agent" and token.head.i != verb.i and token.head.lemma_.lower() in MEDIATION_VERBS:
            continue  # "a ceasefire brokered by Qatar": a mediator, no target
        if token.dep_ == "agent" and _basis_maker(token):
            continue  # "under the accord, signed by X and Y, both sides will ...": its makers, no target
        if token.dep_ == "prep" and (token.lower_ in SKIP_PREPS or (
                token.lower_ in topic_preps and (token.head.pos_ == "NOUN" or (verb_topics and token.head.i == verb.i)))):
            continue  # "talks on X", "agreement on X": the noun's topic ("reneged on" keeps its object)
        if token.dep_ == "prep" and token.lower_ == "under" and any(
                c.dep_ == "pobj" and c.lemma_.lower() in DELIBERATION_NOUNS for c in token.children):
            continue  # "the act, under consideration by the Senate, would impose ...": who weighs it
        if reason_over and token.dep_ == "prep" and token.lower_ == "over" and token.head.i == verb.i:
            continue  # "broke off relations with Israel over the Gaza offensive": the reason
        place = in_place or (token.dep_ == "prep" and token.lower_ in PLACE_PREPS and not _in_stance(token))
        if token.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children):
            continue
        if place and in_content:
            continue  # "warning: 'they are already there in the garrison'": no one the warning is aimed at
        if token.dep_ in RELATIVE_DEPS and token.lower_ in RELATIVE_PRONOUNS and token.head.i == verb.i \
                and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "China, which Moscow threatened last week": the pronoun stands for the noun the
            # clause hangs on, the act's target
            found.append((0, depth, TARGET_RANK[token.dep_], verb.head))
            continue
        if token.dep_ in TARGET_RANK and token.pos_ in ("NOUN", "PROPN"):
            rank = TARGET_RANK[token.dep_]
            if token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
                rank = -1  # "demanded that the government free X": who is told to act
            near = depth
            if token.dep_ == "pobj" and token.head.lower_ == "against" and token.head.head.dep_ in ("dobj", "obj") \
                    and token.head.head.head.i == verb.i:
                near, rank = depth - 1, 0  # "filed a case against Israel at the court": the object's adversary first
            found.append((1 if place else 0, near, rank, token))
            owner = _demand_owner(token)
            if owner is not None:
                found.append((1 if place else 0, near, rank - 0.5, owner))
        # a complement clause is the frame's own action: its arguments are as near as the frame's
        step = 0 if token.dep_ in ("xcomp", "ccomp") else 1
        # a said state of things ("warning: they are already there in the garrison") places no act
        content = in_content or (token.dep_ == "ccomp" and token.head.i == verb.i and token.lemma_ == "be")
        frontier.extend((child, depth + step, place, content) for child in token.children)
    return [(token, bool(place)) for place, *_key, token in sorted(found, key=lambda f: (f[0], f[1], f[2], f[3].i))]


# "under the accord", "under a law passed by parliament": the basis an act rests on
BASIS_PREPS = frozenset({"under"})


def _basis_maker(agent: Token) -> bool:
    """The agent of a participle on the object of 'under' ('under the accord, signed by X')."""
    participle = agent.head
    return participle.dep_ == "acl" and participle.head.dep_ == "pobj" and participle.head.head.lower_ in BASIS_PREPS


DELIBERATION_NOUNS = frozenset(words("events/deliberation_nouns.txt"))
POLICY_NOUNS = frozenset(words("events/policy_nouns.txt"))
OWNER_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _demand_owner(noun: Token) -> Token | None:
    """'gave in to the protesters' demands', 'rejected Egypt's request': whoever made the demand
    is the party the act answers, ahead of the demand itself; likewise the owner of a measure
    ('denounced the government's plan')."""
    if noun.lemma_.lower() in POLICY_NOUNS:
        # "a strike against the government's pension reform": the measure's owner, named as such
        return next((c for c in noun.children if c.dep_ == "poss" and c.lower_ not in OWNER_PRONOUNS
                     and c.pos_ in ("NOUN", "PROPN")), None)
    if noun.lemma_.lower() not in DEMAND_NOUNS:
        return None
    for child in noun.children:
        if child.i > noun.i or child.lower_ in OWNER_PRONOUNS:
            continue
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ in ("NOUN", "PROPN")) \
                or (child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE", "ORG")):
            return child
    return None


# "in defiance of Chinese authorities", "in protest at", "in retaliation for": 'in' with these
# nouns says whom the act is aimed at, not where it happens.
STANCE_NOUNS = frozenset({"defiance", "protest", "solidarity", "support", "response", "retaliation",
                          "opposition", "violation", "breach", "reprisal", "revenge", "defence", "defense"})


def _in_stance(prep: Token) -> bool:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.lemma_.lower() in STANCE_NOUNS


def arguments_of(verb: Token, finder: ActorFinder, *, code: str = "") -> tuple[list[ActorRef], list[ActorRef]]:
    """(sources, targets) of a verb: the subject and the best-resolving target candidate,
    each with its conjuncts. `code`: the CAMEO code, when known: what talks, agreements and
    rejections are "on" is their topic ('negotiations on a troop pullback'), not a party."""
    subject = subject_of(verb)
    if subject is not None and headline_passive(verb):
        # "US helicopter shot down in Logar": what was done to, the doer unnamed; "threatened
        # with Chinese military intervention": the threat's owner is who threatens
        means = prep_object(verb, ("with",)) if _object_prep_without_object(verb) else None
        owner = actor_for(" ".join(t.text for t in means.subtree if t.i <= means.i), finder.date) \
            if means is not None else None
        doers = [owner] if owner is not None and owner.code else []
        return doers, [t for t in with_conjuncts(subject, finder) if t.code or t.sector]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
            and lexicon_patient(verb) and not means_of_violence(verb.head):
        # "three police officers wounded in an attack", "soldiers killed by rebels": the noun a
        # past participle describes is what was done to; the doer is its agent, if any
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return with_conjuncts(agent, finder), [t for t in with_conjuncts(verb.head, finder) if t.code or t.sector]
    patient = reduced_passive_patient(verb)
    if patient is not None:
        # "Sarn faces 15 years in prison if convicted", "once released by the rebels, the
        # hostages ...": the main clause's subject is what was done to; the doer is the agent
        agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        return with_conjuncts(agent, finder), [t for t in with_conjuncts(patient, finder) if t.code or t.sector]
    sources = with_conjuncts(subject, finder)
    dashed = dashed_doers(verb, subject)
    if dashed:
        # "Two Gulf states – Oman and Qatar – criticised ...": the names the dashes set off
        sources = [a for a in (actor_for(name, finder.date) for name in dashed) if a is not None] or sources
    relative = personal_relative(verb)
    if not sources and relative is not None and subject is not None and subject.i == verb.head.i:
        # "talks between Kabul and the Taliban, who refused ...": the parser's antecedent names
        # no one; 'who' stands for the noun before it
        sources = with_conjuncts(noun_before(relative), finder)
    joint = joint_antecedent(verb)
    if joint is not None:
        sources = with_conjuncts(joint, finder)  # "X and Y, who traded insults": both
    if subject is not None and subject.lower_ in PRONOUN_SUBJECTS:
        # "Syria says it will not accept ...": the reporting clause's subject; "we will
        # retaliate," she said: the quote's speaker, once known
        reporter = _reporting_subject(verb)
        if reporter is not None and subject.lower_ not in SPEAKER_PRONOUNS and _quoted_apart(verb, reporter):
            reporter = None  # "They attacked us," Brel said: "they" is not Brel
        if reporter is not None and subject.lower_ in ("he", "she") and _not_one_person(reporter, finder):
            reporter = None  # "prosecutors said he threatened ...": 'he' is no group and no state
        if reporter is not None:
            sources = with_conjuncts(reporter, finder)
            if subject.lower_ == "we":
                # "'We condemn ...,' a spokesman for X said": X's; a speaker this phrase does not
                # place ("Grisham said") is the quote's speaker, placed by their other mentions
                body = body_in(reporter_phrase(reporter), finder.date)
                sources = [body] if body is not None else (
                    sources if any(s.code for s in sources) else [ActorRef(SPEAKER_WE, None, None)])
        else:
            # only "I" and "we" are the speaker; "they attacked us," he said: someone else
            placeholder = (SPEAKER_WE if subject.lower_ == "we" else SPEAKER) if subject.lower_ in SPEAKER_PRONOUNS else (
                SOMEONE_PERSON if subject.lower_ in PERSON_PRONOUNS else SOMEONE)
            sources = [ActorRef(placeholder, None, None)]
    if subject is not None and own_possession(subject) and not any(s.code for s in sources):
        # "Bosnian Serbs said their forces had withdrawn": the forces of the speaking subject
        sources = with_conjuncts(subject_of(verb.head), finder) if verb.dep_ == "ccomp" else sources
    names = {s.name for s in sources}
    fallback: list[ActorRef] = []
    patient: list[ActorRef] = []  # the verb's own object, a group no country places ("40 students")
    located: set[int] = set()  # things placed by where they are ("the streets of Lagos")
    thing: list[ActorRef] | None = None
    own_object: list[ActorRef] = []  # the verb's direct object, a party by its role but unplaced
    own_object_token = verb
    place_country = None
    topic_preps = TOPIC_PREPS if code[:2] in TOPIC_CODES else frozenset()
    # talks and agreements are "on" their topic wherever the parse hangs it ("renewed negotiations
    # today on a troop pullback"); a rejection "on" a verb is its object ("reneged on a promise")
    verb_topics = code[:2] in VERB_TOPIC_CODES
    reason_over = code[:2] in REASON_OVER_CODES
    for token, is_place in target_candidates(verb, topic_preps=topic_preps, verb_topics=verb_topics,
                                             reason_over=reason_over):
        if (own_possession(token) and not _a_persons_under_a_text(token, subject)) \
                or (dashed and before_the_list(verb, token)):
            continue
        token = (name_before_the_list(token) if dashed else None) or token
        found = [t for t in with_conjuncts(token, finder) if t.name not in names]
        source_countries = {s.country for s in sources if s.country}
        if token.pos_ == "NOUN" and code_noun(token) and found and all(t.country in source_countries for t in found):
            continue  # "Trump withheld US military aid to Ukraine": the source's own act, not a party
        if code[:2] == "13" and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" and found \
                and all(t.country in source_countries for t in found):
            continue  # "China's envoy warned that the Chinese government would not sit idle": who threatens
        if _related(token):
            found = [t for t in found if t.code]  # "its European partners": only a placed group
        if is_place:
            venue = at_a_venue(code, verb)  # a meeting's venue places none of those who meet there
            if found and found[0].country and place_country is None and not venue \
                    and token.lemma_.lower() not in BORDER_NOUNS:
                place_country = found[0].country
            if fallback or venue or thing is not None:
                continue  # "arrested 20 protesters in Nairobi": the protesters, not the city
        if patient and token.dep_ == "pobj" and token.head.head.i == verb.i and placed_thing(token, found, finder):
            # "abducted 40 students from a school in Nigeria", "raped a girl at a house in
            # London": those it was done to, of the country the building is in; no building is a party
            return placed_in(sources, place_country), placed_in(patient, found[0].country)
        if any(a.i in located for a in token.ancestors) or (
                token.dep_ == "pobj" and token.head.lower_ not in AIMING_PREPS and found and found[0].country
                and not found[0].sector
                and placed_by_its_place(token, finder)):
            # "marched through the streets of Lagos", "rescued fishermen off the coast of Sri
            # Lanka": a thing placed by where it is, and that place, say where the act was;
            # neither is a party to it (a placed object is the `thing` below: "blocked roads in X")
            place_country = place_country or (found[0].country if found else None)
            located.add(token.i)
            continue
        if not patient and token.dep_ in ("dobj", "nsubjpass") and token.head.i == verb.i and found \
                and not any(t.code for t in found) and found[0].sector and not found[0].entity_id:
            patient = found[:1]
        if thing is not None and not any(t.code and t.sector for t in found):
            continue  # after a placed thing, only an actor proper is a better target
        if own_object and any(t.code for t in found):
            if describes(token, own_object_token):
                # "grilled Lt Col Hale, an expert on the National Security Council": Hale, a US officer
                return placed_in(sources, place_country), placed_by_description(own_object, found[0].country)
            if in_a_clause_below(token, verb):
                continue  # "accused the Democrats of being blinded by hatred for Trump": the Democrats
        if not own_object and not fallback:
            own_object, own_object_token = own_party_object(verb, token, found), token
        if any(t.code for t in found):
            if thing is None and token.pos_ == "NOUN" and not any(t.sector for t in found) \
                    and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in token.children):
                # "blocked roads in Tbilisi": a thing placed by where it is; an actor named
                # further on ("in defiance of Russian authorities") is the better target
                thing = [t for t in found if t.code]
                continue
            return placed_in(sources, place_country), [t for t in found if t.code or t.sector]
        if not fallback and found and found[0].sector and found[0].sector != "CVL":
            fallback = found[:1]  # "rebel fighters": a sector without a country, if nothing better
        if not fallback and token.pos_ in ("NOUN", "PROPN"):
            fallback = named_organisation_object(verb, token, found, code, finder.organisation_named(token)) \
                or named_person_object(verb, token, found, code, finder.mention_at(token))
    if thing is not None:
        return placed_in(sources, place_country), thing
    if not fallback and earlier_object(verb) is not None:
        # "arrested Ana Ruiz, charged her and ...": the first act's object, as that act reads it
        fallback = arguments_of(verb.head, finder, code=code)[1]
    if not fallback and patient and code[:2] in PATIENT_FAMILIES:
        fallback = patient  # "released 110 people", "arrested 30 people": those it was done to, placed later
    if not fallback and reports_the_clause_before(verb):
        # "Police are failing to protect them, a rights group protested": about the clause's subject
        reported = next((c for c in verb.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        fallback = [t for t in with_conjuncts(reported, finder) if t.code or t.sector][:MAX_REPORTED]
    return placed_in(sources, place_country), placed_in(fallback, place_country)


MAX_REPORTED = 3
# acts done to people, whom a count of people ("110 people") names as the target: releasing,
# coercing (a vaguer group than a sector is no target of words, meetings or aid)
PATIENT_FAMILIES = frozenset({"08", "17"})


QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _quoted_apart(verb: Token, reporter: Token) -> bool:
    """Whether quotation marks stand between the verb and the one who reports it (an odd
    number of them): the verb is then in the reporter's own words."""
    low, high = sorted((verb.i, reporter.i))
    return sum(1 for t in verb.doc[low:high] if t.text in QUOTE_MARKS) % 2 == 1


def _not_one_person(token: Token, finder: ActorFinder) -> bool:
    """A plural, an organisation or a country ('prosecutors', 'the ministry', 'Syria'): what
    'he' or 'she' cannot stand for; the article's person ('Volker', whatever the tagger says) can."""
    mention = finder.mention_at(token)
    if mention is not None and mention.type == "PERSON":
        return False
    return token.tag_ in ("NNS", "NNPS") or token.ent_type_ in ("GPE", "NORP") \
        or token.lemma_.lower() in BODY_HEADS  # (a lone surname may be tagged ORG: "Volker said he")


BODY_HEADS = frozenset(words("events/body_heads.txt"))


def _reporting_subject(verb: Token) -> Token | None:
    """The subject of the clause that reports this one ('X said it would ...')."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in PRONOUN_SUBJECTS:
            return subject
    return None


def _related(token: Token) -> bool:
    return token.lemma_.lower() in RELATION_NOUNS or token.lower_ in RELATION_NOUNS


def own_possession(token: Token) -> bool:
    """'its troops', 'their forces': the source's own, not a target; 'its partners', 'their
    neighbours' are others (relations, not belongings)."""
    if _related(token):
        return False
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our", "my") for c in token.children)


RELATION_NOUNS = frozenset(words("events/relation_nouns.txt"))
AUTHOR_NOUNS = frozenset(words("events/author_nouns.txt"))


def _a_persons_under_a_text(token: Token, subject: Token | None) -> bool:
    """'an inquiry blamed his ministry', 'a report accused her government of': a text or an
    inquiry owns no ministry and is no 'he' or 'she', so a person's belonging is another
    party's, the target ('its findings' stays the inquiry's own)."""
    return subject is not None and subject.pos_ == "NOUN" and subject.lemma_.lower() in AUTHOR_NOUNS \
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)


def actor_of(token: Token | None, finder: ActorFinder) -> ActorRef | None:
    if token is None:
        return None
    found = finder.actor(token)
    if found is None:
        conj = next((c for c in token.children if c.dep_ == "conj"), None)
        if conj is not None:
            found = finder.actor(conj)
    return found


