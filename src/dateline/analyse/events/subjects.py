"""The acting subject of a clause in the parse: its own subject or agent, or the one it borrows.

A complement or conjoined verb borrows its head's subject ('troops were ordered to withdraw':
the troops; 'arrested X, charged her and ...': the arresters); the object of a verb of forcing
does its infinitive's act ('forced the rebels to capitulate'); an infinitive hung on a noun is
done by the noun's owner or 'by' phrase ('Somalia's offer to ...', 'a move by the US to ...');
a list of -ing acts after a colon by the clause's subject ('kept its promises: freeing ...').
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.coding import code_noun
from dateline.analyse.events.protests import reports_the_clause_before
from dateline.analyse.events.datelines import in_dateline
from dateline.analyse.events.named_spans import misread_acronym
from dateline.analyse.events.pattern_match import measure_slot
from dateline.lexicons import words

# verbs whose object does their infinitive's act ("forced the rebels to capitulate"), unlike an
# instrument's verb ("used tear gas to disperse the crowd": the users disperse it)
OBJECT_CONTROL_VERBS = frozenset(words("events/object_control_verbs.txt"))
# texts that speak for whoever issued them ("a tweet", "a letter"; agency.py reads them too)
AUTHOR_NOUNS = frozenset(words("events/author_nouns.txt"))


def means_of_violence(noun: Token) -> bool:
    """'air strikes', 'a car bomb', 'shelling': a weapon or an act of violence, which kills and
    is never killed."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in lexicon.weapon_heads() or lemma in lexicon.weapons()
                                    or (code_noun(noun) or "")[:2] in ("18", "19", "20"))


def _main_verb_made_modifier(verb: Token) -> bool:
    """The sentence's only verb, with an object of its own, parsed as a modifier of the noun
    that is the sentence's root ("Some 300 fighters [handed] over their weapons.")."""
    return verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN" and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _named_antecedent(antecedent: Token) -> Token:
    """'the Alliance for American Manufacturing, a group that has applauded ...': a relative
    clause on a common-noun apposition is done by the name the apposition describes."""
    if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" and antecedent.head.pos_ == "PROPN":
        return antecedent.head
    return antecedent


def has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children)


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The clause's acting subject; a complement or conjunct verb borrows its head's."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and in_dateline(child):
            continue  # "NAIROBI, June 3 (Reuters) - Moscow attacked ...": where it was filed, not who acted
        if child.dep_ in ("nsubj", "csubj"):
            if child.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return _named_antecedent(verb.head)
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "acl" and verb.head.i < verb.i and not has_subject(verb) and (
            means_of_violence(verb.head) or _main_verb_made_modifier(verb)):
        # "Israeli air strikes killed 30 people", "300 fighters handed over their weapons": the
        # parser's slip, the noun's own act
        return verb.head
    if verb.dep_ == "acl" and _noun_doer(verb) is not None:
        return _noun_doer(verb)  # "the latest move by the US to force the Palestinians ...": the US
    if verb.dep_ == "acl" and depth < 3 and _infinitive_governor(verb) is not None:
        # "Iran expressed willingness to resume talks": the one who expressed it; "a Somali
        # proposal to hold talks", "Somalia's offer to ...": the noun's own proposer
        owner = next((c for c in verb.head.children if c.i < verb.head.i and (
            c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")))), None)
        if owner is not None and owner.lower_ not in ("its", "their", "his", "her", "our", "my"):
            return owner
        return subject_of(_infinitive_governor(verb), depth + 1) or verb.head
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubjpass" for c in verb.children):
        governor = _infinitive_governor(verb)
        if depth < 3 and governor is not None:
            # "workers walked off the job to demand higher pay", "announced a plan to attack":
            # an infinitive hung on a noun is done by the clause's subject, not by the noun
            return subject_of(governor, depth + 1) or verb.head
        return verb.head
    if verb.dep_ == "acl" and reports_the_clause_before(verb):
        return verb.head  # "..., a rights group protested": the group
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "The Polish foreign minister called on Belarus to ...": the parser made the sentence's
        # only finite verb a modifier of its subject; a past tense is no participle
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        head, slot = verb.head, measure_slot(verb.head)
        if depth < 3 and slot.dep_ in ("dobj", "obj") and slot.head.pos_ == "VERB" \
                and (head.lemma_.lower() in lexicon.speech_act_nouns() or head.lemma_.lower() in AUTHOR_NOUNS):
            # "X issued a declaration demanding ...", "X posted a series of tweets supporting ...": X's
            return subject_of(slot.head, depth + 1)
        if depth < 3 and _spelt_out_acts(head, verb):
            # "the government kept its promises: freeing prisoners, arming the police": the list
            # spells out what the clause's subject did
            return subject_of(head.head, depth + 1)
        return head
    owned = _owned_act(verb)
    if owned is not None:
        return owned
    pressed = pressed_into(verb)
    if pressed is not None:
        return pressed
    governor = _gerund_governor(verb) or _infinitive_made_object(verb)
    if governor is not None:
        # "after pleading guilty to threatening ...": the pleader; it only climbs the tree, so it
        # uses up no depth, as a list of conjoined acts does not
        return subject_of(governor, depth)
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
        head = verb.head
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        controller = next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if verb.dep_ == "xcomp" and controller is not None and head.lemma_.lower() in OBJECT_CONTROL_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return controller  # "forced the rebels to capitulate", "urged Kenya to withdraw": the object acts
        if verb.dep_ == "xcomp" and raised is not None and not any(c.dep_ == "agent" for c in head.children):
            # "Egypt is expected to host talks", "troops were ordered to withdraw": the passive
            # frame's subject does its complement's act
            return raised
        if head.pos_ == "ADJ" and head.dep_ == "acomp":
            head = head.head
        # a list of conjoined acts climbs to its first without using up the depth (it only goes up)
        return subject_of(head, depth + (verb.dep_ != "conj"))
    return _name_made_adverb(verb) or _acronym_misread(verb)


def _acronym_misread(verb: Token) -> Token | None:
    """'IGAD accused ...', 'WFP has warned ...': a body's acronym the parse made the verb's
    auxiliary or interjection, with only auxiliaries between it and the verb, is its subject."""
    for child in verb.children:
        if child.i < verb.i and misread_acronym(child) \
                and all(t.head.i == verb.i and t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in verb.doc[child.i + 1:verb.i]):
            return child
    return None


def _name_made_adverb(verb: Token) -> Token | None:
    """'Abdel Fattah al-Sisi hosted ...': the parser may hang a name's words on the main verb as
    adverbial nouns (npadvmod) and leave it no subject; a named person, body or place that ends
    right before the verb is its subject."""
    if verb.dep_ != "ROOT":
        return None
    for child in verb.children:
        if child.dep_ == "npadvmod" and child.i < verb.i and child.pos_ == "PROPN" \
                and child.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            ent = next((e for e in verb.doc.ents if e.start <= child.i < e.end), None)
            if ent is not None and ent.end == verb.i:
                return child
    return None


LIST_MARKS = frozenset({":", "—", "–"})
# "claimed responsibility for shooting down the helicopter": who owns the act did it; denying or
# blaming names no doer
OWNING_VERBS = frozenset({"claim", "take", "accept", "admit", "assume"})
OWNED_NOUNS = frozenset({"responsibility", "credit"})


def _owned_act(verb: Token) -> Token | None:
    """The subject of 'claimed responsibility for' as the doer of the -ing act after it."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "for" or prep.head.lemma_.lower() not in OWNED_NOUNS:
        return None
    owner = prep.head.head
    if prep.head.dep_ not in ("dobj", "obj") or owner.lemma_.lower() not in OWNING_VERBS:
        return None
    return next((c for c in owner.children if c.dep_ == "nsubj"), None)


def claims_coded_act(verb: Token, coded: dict) -> bool:
    """'claimed responsibility for SHOOTING down the helicopter': when the claimed act is coded
    as an event of its own (done by the claimant, above), the claim would count it twice."""
    if verb.lemma_.lower() not in OWNING_VERBS:
        return False
    owned = [o for o in verb.children if o.dep_ in ("dobj", "obj") and o.lemma_.lower() in OWNED_NOUNS]
    return any(g.dep_ == "pcomp" and g.i in coded for o in owned for p in o.children
               if p.dep_ == "prep" and p.lower_ == "for" for g in p.children)


# prepositions of time and manner whose gerund the clause's subject does, whatever its object
# ("arrested him after beating him": the arresters beat him)
SUBJECT_GERUND_PREPS = frozenset({"after", "before", "since", "upon", "by", "without", "despite", "while"})


def _gerund_governor(verb: Token) -> Token | None:
    """The verb whose subject does a gerund after a preposition ('pleaded guilty to
    THREATENING', 'resigned after LEAKING'). With other prepositions an object may be the doer
    ('accused Kenya of SHELLING', 'praised them for ENDING'), so a verb with one, or a passive
    ('was criticised by X for ...'), gives none."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return None
    governor = prep.head
    if governor.pos_ == "ADJ" and governor.dep_ == "acomp":
        governor = governor.head  # "pleaded guilty to", "was keen on"
    if governor.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children):
        return None
    if prep.lower_ not in SUBJECT_GERUND_PREPS and any(c.dep_ in ("dobj", "obj", "dative") for c in governor.children):
        return None
    return governor


def pressed_into(verb: Token) -> Token | None:
    """'pressured Kyiv into ANNOUNCING an inquiry', 'forced the rebels into surrendering': the
    object of the verb the 'into' gerund hangs on does the gerund's act."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "into" or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)


def _infinitive_made_object(verb: Token) -> Token | None:
    """'threatening to ASSAULT and murder': the parser may make an infinitive's 'to' a
    preposition and the verb its object; it is the verb's complement all the same (a verb whose
    object does the act is left to the complement reading)."""
    prep = verb.head
    if verb.dep_ != "pobj" or verb.tag_ != "VB" or prep.lower_ != "to" or prep.head.i == prep.i:
        return None
    governor = prep.head
    if governor.pos_ != "VERB" or governor.lemma_.lower() in OBJECT_CONTROL_VERBS:
        return None
    return governor


def _spelt_out_acts(noun: Token, verb: Token) -> bool:
    """The -ing verb opens a list, after a colon or dash, of what a common noun that is a
    verb's object stands for ('fulfilled its promises: ending ..., arming ...')."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "obj") and noun.head.pos_ in ("VERB", "AUX") \
        and noun.i < verb.i and any(t.text in LIST_MARKS for t in noun.doc[noun.i + 1:verb.i])


def _noun_doer(verb: Token) -> Token | None:
    """The 'by' object of the noun an infinitive hangs on ('a move by the US to ...')."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or verb.head.pos_ != "NOUN":
        return None
    by = next((c for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i < verb.i), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _infinitive_governor(verb: Token) -> Token | None:
    """The verb whose object (or prepositional object) an infinitive clause hangs on."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None
