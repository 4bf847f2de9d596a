"""A verb (or a nominalised event) in its clause -> a CAMEO code, by the PETRARCH2 patterns.

A verb's PETRARCH block holds patterns such as `* (OF {RIGHTS ABUSES}) [1122]`: words that must
follow the verb in its phrase (in order), or precede it (`&MILITARY * ...`). The most specific
pattern that matches wins; a pattern coded `---` blocks coding; with no pattern, the verb's own
default code applies. Matching is on the words of the verb's own phrase (its objects,
prepositions, particles and complements), not the whole sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.calling import (
    DEMAND_NOUNS, condemned_as, condemned_in_clause, condemns_by_name, names_its_object,
)
from dateline.analyse.events.pattern_match import (
    MEASURE_HEADS, has_content_word, in_order, phrase_words, reduced_passive, singular,
)
from dateline.analyse.events.non_acts import called_to_act, ended_itself
from dateline.analyse.events.protests import rallied, verbal_protest
from dateline.analyse.events.threats import advice_warning, forecast_warning
from dateline.lexicons import table, words

# Light verbs whose object noun is the event ("held talks", "launched an offensive").
LIGHT_VERBS = frozenset(words("events/light_verbs.txt"))
RAISING_VERBS = frozenset(words("events/raising_verbs.txt"))
# verbs whose subject undergoes their object's event (events.experiencer): "faced sanctions"
EXPERIENCER_LEMMAS = frozenset(row[0] for row in table("events/experiencer_verbs.txt", 2))
UNDER_LEMMAS = frozenset(row[0] for row in table("events/experiencer_verbs.txt", 2) if row[1] == "under")


@dataclass(frozen=True)
class Coded:
    code: str  # CAMEO
    trigger: Token  # the verb or noun the code came from
    specific: int  # words of the pattern that matched (0: the verb's default code)


def _lemma(verb: Token) -> str:
    """The verb's lemma, checked against the verb list: the tagger's lemma is sometimes wrong
    ('staged' -> 'stag'), so the word's regular base forms are tried too."""
    lemma = verb.lemma_.lower()
    table = lexicon.verbs()
    if lemma in table or lemma in LIGHT_VERBS:
        return lemma
    word = verb.lower_
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"),
                         ("ing", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix):
            base = word[: -len(suffix)] + repl
            if base in table or base in LIGHT_VERBS:
                return base
    return lemma




def verb_lemma(verb: Token) -> str:
    """The verb's dictionary form, phrasal when it has a particle ('carry out')."""
    lemma = _lemma(verb)
    particle = particle_of(verb)
    if particle and f"{lemma} {particle}" in lexicon.verbs():
        return f"{lemma} {particle}"
    return lemma


# Adverbial particles of phrasal verbs the parser may hang as a preposition or adverb
# ('pulled out of the town', 'stepped down', 'walked out of the talks').
PARTICLES = frozenset({"out", "down", "up", "off", "back", "away", "over", "in", "on", "aside"})


def particle_of(verb: Token) -> str | None:
    """The verb's particle: the parser's 'prt', else a particle word right after the verb that
    heads no object of its own ('pulled out of', 'stepped down'; not 'went in the car')."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if particle:
        return particle
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("prep", "advmod") \
            and nxt.lower_ in PARTICLES and not any(c.dep_ == "pobj" for c in nxt.children):
        return nxt.lower_
    return None


def code_verb(verb: Token) -> Coded | None:
    """The CAMEO code of a verb in its phrase, or None (not an event verb, or blocked)."""
    if verb.dep_ in ("amod", "compound") or verb.lower_ == "according":
        return None  # "Vietnamese-led forces", "leading activist", "according to"
    lemma = _lemma(verb)  # the checks below all read it; found once
    if condemns_by_name(verb, lemma):
        return Coded("111", verb, 1)  # "called the inquiry a sham": criticism by the name given
    condemned = condemned_as(verb, lemma) or condemned_in_clause(verb, lemma)
    if condemned is not None:
        return Coded(condemned, verb, 1)  # "called the strike illegal", "called the demands unacceptable"
    if names_its_object(verb, lemma):
        return None  # "called the strike a mistake", "declared the march illegal": naming it
    if forecast_warning(verb) or advice_warning(verb):
        return None  # "warned that prices could rise", "warned residents to stay away": no threat
    if verb.lemma_.lower() in RAISING_VERBS and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children):
        return None  # "Americans tend to purchase ...": how usual the act is, no act of its own
    halted = _halted(verb)
    if halted is not None:
        return halted
    if ended_itself(verb):
        return None  # "the talks ended in Vienna": its subject came to an end, no one ended a thing
    if _street_protest(verb) or rallied(verb, lemma):
        return Coded("141", verb, 1)  # demonstrate or rally
    verbal = verbal_protest(verb, lemma)
    if verbal is not None:
        return Coded(verbal, verb, 1)
    called = _under_call(verb)
    if called is not None:
        return called
    entry = lexicon.verbs().get(verb_lemma(verb))
    light = _light_verb_object(verb)
    if entry is None or light is not None:
        return light  # "issued an ultimatum", "held talks": the event noun says what happened
    block, default = entry
    accede = _accede(verb) or _vindicated_act(verb) or _words_offered(verb)
    if accede:
        return accede
    found, blocked = _by_patterns(verb, block, default)
    if found is None and not blocked and _is_passive(verb):
        # a passive its verb alone does not code: its subject is the active's object ("diplomatic
        # ties were established", "restrictions were cancelled by the court")
        found, blocked = _by_patterns(verb, block, default, passive=True)
    return found


def _by_patterns(verb: Token, block: str, default: str, *, passive: bool = False) -> tuple[Coded | None, bool]:
    """The verb's code by the hand patterns, its hand default, its block's patterns, its
    default; and whether a pattern blocked coding."""
    before, after = phrase_words(verb, passive=passive)
    # the hand patterns read a passive's subject as the object it is ("diplomats were expelled")
    hand_after = phrase_words(verb, passive=True)[1] if not passive and _is_passive(verb) else after
    for pattern in lexicon.hand_patterns().get(verb_lemma(verb), ()):
        if in_order(pattern.after, hand_after) and in_order(pattern.before, before):
            return (Coded(pattern.code, verb, pattern.size), False) if pattern.code != "-" else (None, True)
    if verb_lemma(verb) in lexicon.hand_verbs() and default != "-":
        # a hand-kept default is the verb's own sense; its PETRARCH block's patterns are its
        # synonyms' ("telephone" sits with "call for")
        return Coded(default, verb, 0), False
    if passive:
        return None, False  # PETRARCH's own patterns read active clauses only
    weak = verb_lemma(verb) in lexicon.weak_verbs() or verb_lemma(verb) in lexicon.hand_verbs()
    for pattern in lexicon.patterns().get(block, ()):
        if not pattern.after and not pattern.before:
            continue
        if weak and not has_content_word(pattern):
            continue  # "came (TO ...)", "led (AT ...)": a preposition alone says nothing
        if in_order(pattern.after, after) and in_order(pattern.before, before):
            if pattern.code == "-":
                return None, True
            return Coded(pattern.code, verb, pattern.size), False
    if default != "-" and verb_lemma(verb) not in lexicon.weak_verbs():
        return Coded(default, verb, 0), False
    return _prepositional(verb), False


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children) or reduced_passive(verb)


def _prepositional(verb: Token) -> Coded | None:
    """'called for an international conference', 'asked for help': a weak verb with the
    preposition that makes it an act (prep_verbs.tsv), the preposition having an object."""
    codes = lexicon.prep_verbs()
    if any(c.dep_ in ("dobj", "obj") and code_noun(c) for c in verb.children):
        return None  # "called a rally for this afternoon": the object is the act, not the preposition
    for prep in verb.children:
        code = codes.get((verb_lemma(verb), prep.lower_)) if prep.dep_ == "prep" else None
        if code and any(c.dep_ in ("pobj", "pcomp") and c.ent_type_ not in ("DATE", "TIME")
                        for c in prep.children):
            return Coded(code, verb, 1)
    return None


def _street_protest(verb: Token) -> bool:
    """'converged for a rally to protest the law', 'a march to protest the killings': protesting
    as the purpose of a rally, march or strike is the street protest (CAMEO 141), not a verbal one."""
    if _lemma(verb) != "protest" or verb.dep_ not in ("relcl", "acl", "advcl", "xcomp"):
        return False
    for steps, head in enumerate(verb.ancestors):
        if steps >= 4:
            break
        if head.pos_ == "NOUN" and (code_noun(head) or "").startswith("14"):
            return True  # "a rally (in Lagos) to protest"
        if head.pos_ == "VERB":
            # "gathered for a rally to protest", "marched to protest"
            return any(c.pos_ == "NOUN" and (code_noun(c) or "").startswith("14")
                       for p in head.children for c in [p, *p.children]) \
                or (lexicon.verbs().get(verb_lemma(head), ("", ""))[1] or "").startswith("14")
    return False


ACCEDE_VERBS = frozenset(words("events/accede_verbs.txt"))


def _accede(verb: Token) -> Coded | None:
    """'accepted the rebels' demands', 'bowed to pressure': acceding to demands (CAMEO 083)."""
    if _lemma(verb) not in ACCEDE_VERBS:
        return None
    for child in verb.children:
        target = child if child.dep_ == "dobj" else next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" else None
        if target is not None and target.lemma_.lower() in DEMAND_NOUNS:
            return Coded("083", verb, 1)
    return None


VINDICATION_VERBS = frozenset(words("events/vindication_verbs.txt"))


def _vindicated_act(verb: Token) -> Coded | None:
    """'defended the strikes', 'justified the crackdown': speaking for an act (its object an event
    noun) is verbal support of it (CAMEO 052), not the protection or the act itself; whom the
    act was against is no recipient of that support (figurative.beside_the_defended)."""
    if _lemma(verb) not in VINDICATION_VERBS:
        return None
    if any(c.dep_ in ("dobj", "obj") and code_noun(c) for c in verb.children):
        return Coded("052", verb, 1)
    return None


OFFERING_VERBS = frozenset(words("events/offering_verbs.txt"))
VERBAL_ACTS = ("01", "05", "11")  # statements, praise and apologies, criticism


def _words_offered(verb: Token) -> Coded | None:
    """'offered an apology to', 'offered congratulations': words offered are words given, the
    verbal act the noun names (asserted), not an intent to cooperate."""
    if _lemma(verb) not in OFFERING_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        code = code_noun(obj)
        if code and code.startswith(VERBAL_ACTS):
            return Coded(code, verb, 1)
    return None


HALT_VERBS = frozenset(words("events/halt_verbs.txt"))


def _halted(verb: Token) -> Coded | None:
    """'ended its mediation', 'suspended aid', 'broke off diplomatic relations': the reduction
    of the cooperative act the verb of ending takes as object (halted.tsv)."""
    particle = particle_of(verb)
    phrasal = f"{_lemma(verb)} {particle}" if particle else _lemma(verb)
    if phrasal not in HALT_VERBS and verb_lemma(verb) not in HALT_VERBS:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")):
        code = _halted_code(obj)
        if code:
            return Coded(code, verb, 1) if code != "-" else None
    return None


def _halted_code(obj: Token) -> str | None:
    """The code of halting the act `obj` names ("mediation efforts", "diplomatic ties": the act
    or its compound names it), '-' when halting it codes nothing, None when it is no such act."""
    table = lexicon.halted()
    for word in [obj, *(c for c in obj.children if c.dep_ == "compound")]:
        lemma = word.lemma_.lower()
        code = table.get(lemma) or table.get(singular(word.lower_))
        noun_code = code_noun(word, halting=False)
        if code is None and noun_code:
            code = next((table[f"code:{noun_code[:n]}"] for n in range(len(noun_code), 1, -1)
                         if f"code:{noun_code[:n]}" in table), None)
        if code:
            return code
    return None


HALT_NOUNS = frozenset(words("events/halt_nouns.txt"))


def _halted_noun(noun: Token) -> str | None:
    """'the suspension of talks', 'an end to military aid', 'the severing of ties': a noun of
    ending whose 'of' or 'to' complement is a cooperative act codes the act's reduction, as
    the verb of ending would ('suspended talks')."""
    if noun.lemma_.lower() not in HALT_NOUNS and noun.lower_ not in HALT_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            code = _halted_code(obj) if obj is not None else None
            if code and code != "-":
                return code
    return None


# Light verbs whose phrasal forms are verbs of their own ('lay down arms' is surrender, not a siege laid).
PHRASAL_OWN_VERBS = frozenset({"lay"})


def _light_verb_object(verb: Token) -> Coded | None:
    """'held talks', 'launched an offensive': the object noun's code."""
    if _lemma(verb) not in LIGHT_VERBS:
        return None
    if _lemma(verb) in EXPERIENCER_LEMMAS | PHRASAL_OWN_VERBS and any(c.dep_ == "prt" for c in verb.children):
        return None  # "faced down the strike", "laid down their arms": the phrasal verb's own act
    for child in verb.children:
        # "held talks", and in the passive "a curfew was imposed"
        if child.dep_ in ("dobj", "obj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            if _lemma(verb) in ("lodge", "file") and child.lemma_.lower() in ("protest", "complaint"):
                return Coded("114", child, 1)  # an official complaint, not a street protest
            act = None if code_noun(child) else _measured_act(child)
            if act is not None:
                # the phrase as a whole may be the act ("a state of siege": martial law)
                whole = lexicon.nouns().get(f"{child.lemma_.lower()} of {act.lemma_.lower()}")
                return Coded(whole or code_noun(act), act, 1)
            if _weapon_given(verb, child):
                return Coded("072", verb, 1)
            code = code_noun(child) or _verb_as_noun(child)
            if code:
                return Coded(code, child, 1)
    return _hyphened_object(verb)


def _under_call(verb: Token) -> Coded | None:
    """'came under pressure to resign': the pressure is a demand (as 'faced calls to resign'),
    which the verb's own patterns ('come under pressure') would read as a request."""
    if _lemma(verb) not in UNDER_LEMMAS:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if noun is not None and called_to_act(noun) and (_pressed_from(verb, noun) or _yielding_asked(noun)):
                return Coded("100", noun, 1)
    return None


def _pressed_from(verb: Token, noun: Token) -> bool:
    """'under pressure from the opposition': someone presses."""
    return any(p.dep_ == "prep" and p.lower_ == "from" for h in (verb, noun) for p in h.children)


def _yielding_asked(noun: Token) -> bool:
    """'under pressure to resign', 'to step down': what is pressed for is yielding (CAMEO 08),
    which someone demands; 'under pressure to break out' in the polls is circumstance."""
    return any(c.dep_ in ("acl", "relcl") and (code_verb(c) or Coded("", c, 0)).code.startswith("08")
               for c in noun.children)


def _hyphened_object(verb: Token) -> Coded | None:
    """'staged a sit-in outside parliament': a hyphened event noun right after the light verb,
    which the parser may split into a modifier of the next noun."""
    doc, table = verb.doc, lexicon.nouns()
    start = verb.i + 1
    if start < len(doc) and doc[start].pos_ == "DET":
        start += 1
    if start + 2 < len(doc) and doc[start + 1].tag_ == "HYPH":
        code = table.get(f"{doc[start].lower_}-{doc[start + 2].lower_}")
        if code:
            return Coded(code, doc[start + 2], 1)
    return None




def _measured_act(noun: Token) -> Token | None:
    """'launched a wave of attacks', 'began ten days of war games', 'held a new round of talks':
    a head that only measures or counts the act (measure_heads.txt) leaves the act to its 'of'."""
    if noun.lemma_.lower() not in MEASURE_HEADS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            act = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if act is not None and (code_noun(act) or f"{noun.lemma_.lower()} of {act.lemma_.lower()}"
                                    in lexicon.nouns()):
                return act
    return None


def _verb_as_noun(noun: Token) -> str | None:
    """'ordered patrols', 'carried out raids': a light verb's object that is itself a coded verb
    (the same word as noun) is that act, with the verb's own default code."""
    entry = lexicon.verbs().get(noun.lemma_.lower())
    if entry is None or entry[1] == "-" or noun.lemma_.lower() in lexicon.weak_verbs():
        return None
    return entry[1]


# Light verbs of handing over: their weapon object is a thing given, military aid (CAMEO 072, as
# PETRARCH2's "send &WEAPON"), not the act of shelling or bombing its noun names as a verb.
GIVING_LIGHT_VERBS = frozenset({"deliver", "give"})


def _weapon_given(verb: Token, noun: Token) -> bool:
    """'delivered artillery shells to Ukraine', 'gave rifles to the militia'."""
    if _lemma(verb) not in GIVING_LIGHT_VERBS or code_noun(noun):
        return False
    weapons = lexicon.synsets().get("&WEAPON", frozenset()) | frozenset(lexicon.weapons())
    return noun.lemma_.lower() in weapons or singular(noun.lower_) in weapons


def code_noun(noun: Token, *, halting: bool = True) -> str | None:
    """The CAMEO code of an event noun ('talks', 'an offer', 'air strikes', 'a sit-in'), or of
    ending a cooperative act ('the suspension of talks')."""
    table = lexicon.nouns()
    compound = next((c for c in noun.children if c.dep_ == "compound"), None)
    lemma = noun.lemma_.lower()
    modifier = next((c for c in noun.children if c.dep_ == "amod" and c.i == noun.i - 1), None)
    if compound is None and modifier is not None and f"{modifier.lower_} {lemma}" in table:
        return table[f"{modifier.lower_} {lemma}"]  # "a nuclear test", "a hunger strike"
    if compound is not None:
        joined = f"{compound.lemma_.lower()} {lemma}"
        if joined in table:
            return table[joined]
        if compound.i == noun.i - 2 and noun.nbor(-1).tag_ == "HYPH":
            hyphened = f"{compound.lower_}-{noun.lower_}"  # "sit-in", "walk-out": one word
            if hyphened in table:
                return table[hyphened]
    if called_to_act(noun):
        return "100"  # "faced calls to resign", "calls for a ceasefire": a demand, no phone call
    code = table.get(lemma) or table.get(singular(noun.lower_)) or _gerund_code(noun)
    if code == "143" and _armed_modifier(noun):
        return "195"  # "missile strikes", "drone strikes": a strike from the air, not a labour strike
    if code is None and halting:
        code = _halted_noun(noun)
    return code


def _armed_modifier(noun: Token) -> bool:
    """A noun modified by a weapon ('missile strikes') or by the military ('military strikes')."""
    return any(c.dep_ in ("compound", "amod") and (c.lemma_.lower() in lexicon.weapons()
                                                   or c.lemma_.lower() in lexicon.weapon_heads()
                                                   or c.lemma_.lower() in ("military", "army", "naval"))
               for c in noun.children)


def _gerund_code(noun: Token) -> str | None:
    """'the killing of civilians', 'the kidnapping of two engineers': a gerund used as a noun is
    its verb's act (the verb's own default code; a weak verb's gerund codes nothing). Only
    protest, force, coercion and violence: other gerunds name things too ('a court ruling',
    'military training', 'mining')."""
    word = noun.lower_
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    table = lexicon.verbs()
    for base in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        entry = table.get(base) if base else None
        if entry and entry[1][:2] in GERUND_FAMILIES and base not in lexicon.weak_verbs():
            return entry[1]
    return None


GERUND_FAMILIES = frozenset({"14", "15", "17", "18", "19", "20"})
