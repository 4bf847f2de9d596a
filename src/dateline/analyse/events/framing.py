"""Frames and modes: what keeps an action from having happened, and the code it then takes.

"offered to mediate" (offered, AGREE), "refused to negotiate" (refused, REJECT), "threatened to
impose sanctions" (threatened), "would attack if ..." (hypothetical), "did not attack" (negated).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.senses import rejects_words
from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.coding import Coded, code_verb, particle_of
from dateline.analyse.events.plover_mode import weapon_mode
from dateline.analyse.events.modality import (
    court_ruling, generic_when, going_to, inverted_condition, means_mode, negative_subject, premodified_mode, prep_frame,
    reported_fact, yet_to,
)
from dateline.lexicons import table, words

HYPOTHETICAL_MODALS = frozenset({"would", "could", "might", "may", "can"})  # "can send": able to, not done
INTENT_MODALS = frozenset({"will", "shall", "'ll"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
NEGATING_PHRASE_NOUNS = frozenset({"time", "point", "stage", "way", "means", "circumstance", "circumstances"})
INABILITY_HEADS = frozenset({"able", "unable"})
# words that open a question clause ("asked why ...", "demanded how ..."): no act demanded
QUESTION_WORDS = frozenset({"how", "why", "what", "whether", "if", "who", "when", "where", "which"})  # "unable to end", "not able to stop"


# An offered or intended action of cooperation is CAMEO's "express intent to ..." (03x):
# "will give a grant", "is willing to withdraw", "agreed to meet" -> AGREE.
INTENT_CODES = {"03": None, "04": "036", "045": "039", "046": "036", "05": "032",
                "057": "030", "06": "031", "07": "033", "071": "0331", "072": "0332",
                "073": "0333", "074": "0334", "075": "033", "08": "035", "081": "0351",
                "0841": "0353", "0842": "0353", "085": "0354", "086": "0355", "087": "0356"}


# An intended hostile action is a threat (CAMEO 13): "plans to impose restrictions".
THREAT_CODES = {"12": "130", "14": "133", "16": "131", "163": "1312", "166": "136",
                "17": "132", "172": "132", "173": "132", "18": "138", "19": "138", "20": "1385"}
# A refused or negated act of cooperation is a rejection (CAMEO 12): "will not accept refugees".
REJECT_CODES = {"03": "120", "04": "125", "045": "126", "05": "120", "06": "121", "07": "122",
                "08": "124", "0841": "1243", "085": "1244", "086": "1245", "087": "1246"}


# A demanded act is CAMEO's "demand ..." (10x) of its family: "called on Turkey to withdraw its
# troops" -> 1056 (de-escalation, REQUEST yield), "urged Japan to send aid" -> 103.
DEMAND_CODES = {"04": "106", "045": "108", "046": "106", "05": "102", "06": "101", "061": "1011",
                "062": "1012", "063": "1013", "064": "1014", "07": "103", "071": "1031", "072": "1032",
                "073": "1033", "074": "1034", "08": "105", "081": "1051", "083": "104", "0831": "1041",
                "0841": "1053", "0842": "1053", "085": "1054", "086": "1055", "087": "1056"}


COOPERATIVE_FRAMES = frozenset(words("events/cooperative_frames.txt"))
ATTEMPT_VERBS = frozenset(words("events/attempt_verbs.txt"))
DESIRE_FRAMES = frozenset(words("events/desire_frames.txt"))
OBJECT_CONTROL_VERBS = frozenset(words("events/object_control_verbs.txt"))
# Verbs of saying (the quote extractor's, class "say"): a clause they report keeps its tense.
SPEECH_VERBS = frozenset(row[0] for row in table("speech_verbs.txt", 2, optional_last=True) if row[1] == "say")


def _mapped(code: str, table: dict) -> str | None:
    for size in (4, 3, 2):
        if code[:size] in table:
            return table[code[:size]] or code
    return None


def is_state(actor: ActorRef | None) -> bool:
    """A placed government, army or police; armed forces are a state's wherever unplaced."""
    return bool(actor and ((actor.country and actor.sector in ("MIL", "GOV", "COP", None)) or actor.sector == "MIL"))


def framed_code(verb: Token, found: Coded, mode: str, source: ActorRef | None) -> str:
    """The code of a verb given the frame around it: an intent frame takes its complement's
    action as an intent (AGREE) or a threat (THREATEN); a refusal of cooperation is REJECT;
    state violence is CAMEO 19 (FIGHT), anyone else's 18 (ASSAULT)."""
    code = found.code
    complement = complement_of(verb)
    if complement is not None and frame_mode(verb) in ("offered", "intended"):
        inner = code_verb(complement)
        # agreeing or offering to do something is cooperation, whatever the something
        tables = (INTENT_CODES,) if verb.lemma_.lower() in COOPERATIVE_FRAMES else (INTENT_CODES, THREAT_CODES)
        if inner is not None and any(_mapped(inner.code, t) for t in tables):
            code = inner.code
        elif inner is not None and len(tables) == 2 and code[:2] in ("02", "03") \
                and lexicon.category_of(inner.code) is not None:
            # "plans to send troops": the intended act itself (MOBILIZE, intended), not an
            # appeal or intent to cooperate read off the frame verb's own code
            code = inner.code
    if mode in ("offered", "intended") and source is not None:
        # "would dismiss any criticism": a rejection of words, intended, threatens no one
        threat = None if _desired(verb) or (code.startswith("12") and rejects_words(verb)) else _mapped(code, THREAT_CODES)
        code = _mapped(code, INTENT_CODES) or threat or code
    elif mode == "threatened":
        code = _mapped(code, THREAT_CODES) or code  # a threatened attack is a threat, not an attack
    elif mode in ("negated", "refused") and not code.startswith("12"):
        code = _mapped(code, REJECT_CODES) or code
    heavy = weapon_mode(verb, verb.sent) == "heavy-weapons"
    if code in ("190", "193") and not is_state(source) and not heavy:
        code = "180"  # small-scale violence by anyone but a state's forces is CAMEO's unconventional kind
    elif code[:2] in ("18", "20") and code[:3] != "181" and is_state(source) and heavy:
        code = "190"  # a state's aircraft or artillery killing is conventional military force
    elif code == "183" and is_state(source) and verb.lemma_.lower() == "bomb":
        code = "195"  # "the coalition bombed rebel positions": a state bombs from the air, no car bomb
    if frame_mode(verb) == "demanded" and complement is not None and not code.startswith(("10", "02")):
        code = "100"  # "pressured workers to cancel the strike": a demand, whatever the verb's sense
    if frame_mode(verb) == "demanded" and complement is not None and code in ("100", "020"):
        inner = code_verb(complement)
        demanded = _mapped(inner.code, DEMAND_CODES) if inner is not None else None
        if demanded:
            code = demanded if code == "100" else "02" + demanded[2:]  # an appeal (02x) keeps its kind
    if code in ("140", "141") and source is not None and source.country and source.sector == "GOV" \
            and verb.lemma_.lower() == "protest" and found.trigger.i == verb.i:
        code = "111"  # "Japan protested the incursion": a government protests in words, not in the street
    if code == "163" and source is not None and source.sector not in STATE_OR_BODY:
        code = "143"  # "lawyers boycotted the courts": a boycott by people is protest, a state's is a sanction
    if verb.lemma_.lower() in CAUSATIVES and complement is not None:
        inner = code_verb(complement)
        own = inner is not None and inner.code[:2] in CAUSED_FAMILIES and _own_side(verb, source)
        code = inner.code if own else _expelled(verb, complement) or "100"
    return code


# who imposes boycotts and sanctions as a body (CAMEO 163): states, their organs, international bodies;
# a sector outside these boycotts as people do (143), lawyers and judges (JUD) too
STATE_OR_BODY = frozenset({None, "GOV", "MIL", "COP", "SPY", "LEG", "IGO", "ELI"})
LEAVING_VERBS = frozenset({"leave", "depart", "quit", "exit"})
DIPLOMAT_NOUNS = frozenset({"ambassador", "diplomat", "envoy", "consul", "attache", "chargé", "charge"})


def _expelled(verb: Token, complement: Token) -> str | None:
    """'ordered the French ambassador to leave the country': ordering another state's diplomats
    out is breaking relations (CAMEO 161), an international body's mission out is expelling it
    (166), not a demand."""
    if complement.lemma_.lower() not in LEAVING_VERBS:
        return None
    made = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if made is None:
        return None
    if made.lemma_.lower() in DIPLOMAT_NOUNS:
        return "161"
    found = actor_for(" ".join(t.text for t in made.subtree if t.i <= made.i))
    return "166" if found is not None and found.sector == "IGO" else None


def _own_side(verb: Token, source: ActorRef | None) -> bool:
    """Whether the one made to act is the causer's own ('ordered troops to withdraw', 'ordered
    the newspaper to close'), not another state ('ordered Peru to pay': a demand)."""
    made = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    if made is None or source is None or source.country is None:
        return True
    words = " ".join(t.text for t in made.subtree if t.i <= made.i)
    found = actor_for(words)
    return found is None or found.country in (None, source.country)


CAUSATIVES = frozenset(words("events/causative_verbs.txt"))
# What one makes others do is one's own act: concede, withdraw, mobilise, sanction, coerce, fight.
CAUSED_FAMILIES = frozenset({"08", "15", "16", "17", "18", "19", "20"})


def _desired(verb: Token) -> bool:
    """'wanted to raid a base': the act is the complement of a frame of wanting (DESIRE_FRAMES),
    an intent no one was told of, so no threat."""
    return is_complement(verb) and frame_head(verb).i != verb.i \
        and frame_head(verb).lemma_.lower() in DESIRE_FRAMES


def attempted(verb: Token) -> bool:
    """'tried to force the rebels to SURRENDER': the act one tries to make another do
    (a verb of forcing or persuading under a verb of trying) has not been done."""
    if not is_complement(verb):
        return False
    maker = frame_head(verb)
    if maker.i == verb.i or maker.lemma_.lower() not in OBJECT_CONTROL_VERBS | CAUSATIVES:
        return False
    return is_complement(maker) and frame_head(maker).lemma_.lower() in ATTEMPT_VERBS


def frame_mode(word: Token) -> str | None:
    """The mode a frame word gives its complement: by its phrasal form first ('ruled out
    sending troops'), then its lemma, then its regular base forms (the tagger reads 'hopes' as
    'hop')."""
    kind = "adj" if word.pos_ == "ADJ" else "verb"
    table = lexicon.frames()
    particle = particle_of(word) if kind == "verb" else None
    for lemma in _base_forms(word):
        if particle and (f"{lemma} {particle}", kind) in table:
            return table[(f"{lemma} {particle}", kind)]
        if (lemma, kind) in table:
            return table[(lemma, kind)]
    return None


_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("d", ""), ("ing", "e"), ("ing", ""),
             ("es", ""), ("s", ""))


def _base_forms(word: Token) -> list[str]:
    forms = [word.lemma_.lower()]
    if word.pos_ in ("VERB", "AUX"):
        lower = word.lower_
        forms += [lower[: -len(end)] + repl for end, repl in _SUFFIXES if lower.endswith(end)]
    return forms


def framed_by_coded(verb: Token, coded: dict[int, Coded]) -> bool:
    """A complement of a coded frame ('refused to ALLOW', 'demanded that X WITHDRAW') is part of
    the frame's event, not an event of its own."""
    head = frame_head(verb)
    if is_complement(verb) and head.i in coded and head.i != verb.i:
        if frame_mode(head) == "demanded" and reported_fact(verb):
            return False  # "insisted that police had attacked strikers": the attack is reported
        return frame_mode(head) is not None or head.lemma_.lower() in CAUSATIVES
    return False



def _to_infinitive(verb: Token) -> bool:
    """'threatening to ASSAULT': an infinitive the parser hung as the object of 'to'."""
    return verb.dep_ == "pobj" and verb.tag_ == "VB" and verb.head.lower_ == "to" \
        and verb.head.head.i != verb.head.i and verb.head.head.pos_ in ("VERB", "ADJ")


def frame_head(verb: Token) -> Token:
    """The word a complement completes (through a misparsed 'to'; through a copula to its frame
    adjective, which the parser passes over when quoted: 'was "ready" to MEET')."""
    if _to_infinitive(verb):
        return verb.head.head
    head = verb.head
    if verb.dep_ == "advcl" and head.lemma_.lower() == "be" and _infinitive(verb):
        return next((c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and frame_mode(c)), head)
    return head


def is_complement(verb: Token) -> bool:
    """A clause completing its head: 'refused to GO', 'demanded that X GO', and the
    infinitive the parser sometimes attaches as an adverbial ('have sworn to FIGHT')."""
    if verb.dep_ == "ccomp" and (any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)
                                 or verb.left_edge.lower_ in QUESTION_WORDS):
        return False  # "asked whether she would meet them", "asked why they closed it": a question, not a demand
    if inverted_condition(verb):
        return False  # "Should Iran CLOSE the strait, the navy would ...": a condition, no complement
    if verb.dep_ in ("xcomp", "ccomp") or _to_infinitive(verb):
        return True
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and 0 < verb.i - verb.head.i <= 2 \
            and all(t.pos_ == "ADP" for t in verb.doc[verb.head.i + 1: verb.i]) and frame_mode(verb.head):
        # a frame's gerund right after it: "ruled out SENDING troops", "is considering IMPOSING
        # tariffs" (not "warned Kyiv, SAYING ...": a clause of its own)
        return True
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def complement_of(verb: Token) -> Token | None:
    found = next((c for c in verb.children if is_complement(c) and c.dep_ != "ccomp"), None)
    if found is None:
        found = next((g for c in verb.children if c.lower_ == "to" for g in c.children if _to_infinitive(g)), None)
    return found


def has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def negated(word: Token) -> bool:
    """'did not attack', 'never met', 'at no time took part' (a 'no' phrase of time or
    manner: NEGATING_PHRASE_NOUNS); a verb joined by 'or' to a negated one shares its
    negation ('was not aware of or took part in'); 'unable to end', 'not able to end'."""
    if _negated_here(word):
        return True
    if word.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in word.head.children) \
            and _negated_here(word.head):
        return True
    return unable(word)


def unable(word: Token) -> bool:
    """'unable to end', 'not able to stop': an inability, which negates the act but refuses nothing."""
    if word.dep_ == "xcomp" and word.head.lemma_.lower() in INABILITY_HEADS:
        able = word.head
        return able.lower_ == "unable" or _negated_here(able) or (able.dep_ == "acomp" and _negated_here(able.head))
    return False


def denied_clause(verb: Token) -> bool:
    """An act in a clause hanging on a noun that is denied: 'had no knowledge of any efforts to
    URGE Kyiv', 'at no time took part in an effort to URGE Kyiv'. The noun's own 'no', or a
    negated verb or noun up its chain (through 'of'/'in' phrases and objects), denies it."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return False
    node = verb.head
    for _ in range(4):
        if (node.pos_ == "NOUN" and denied_by_determiner(node)) or (node.pos_ in ("VERB", "AUX") and negated(node)):
            return True
        if node.dep_ == "pobj" and node.head.head.i != node.head.i:
            node = node.head.head  # "efforts" -> "of" -> "knowledge"
        elif node.dep_ in ("dobj", "obj") and node.head.i != node.i:
            node = node.head
        else:
            return False
    return False


def _negated_here(word: Token) -> bool:
    for c in word.children:
        if c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "neg")):
            return True
        if c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in NEGATING_PHRASE_NOUNS
                                    and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
                                    for g in c.children):
            return True  # "at no time", "in no way", "by no means"
    return False


def mode_of(verb: Token) -> str:
    """asserted, or what keeps the action from having happened (offered, refused, threatened ...)."""
    own = frame_mode(verb) if complement_of(verb) is not None or any(is_complement(c) for c in verb.children) else None
    head = frame_head(verb)
    framed = None
    if is_complement(verb) and head.i != verb.i:
        framed = frame_mode(head)
        framed = None if framed == "demanded" and reported_fact(verb) else framed  # "told them that X had ...": a report
        if framed and negated(head):
            framed = "negated" if framed in ("refused", "denied") else framed
    elif verb.dep_ == "conj" and is_complement(head) and frame_head(head).i != head.i:
        framed = frame_mode(frame_head(head))  # "threatened to assault and MURDER": both are threatened
        if framed == "demanded" and reported_fact(head):
            framed = None  # "told the court he had never taken a coin and ACCUSED prosecutors"
    elif head.pos_ == "NOUN" and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and _infinitive(verb))):
        # "its threat to cut aid", and the parser's relative for the same ("threats to harm")
        frames = lexicon.frames()
        framed = frames.get((head.lemma_.lower(), "noun")) or frames.get((head.lemma_.lower(), "verb"))
        if framed == "intended" and court_ruling(head):
            framed = None  # "the judge's decision to sentence him": a court decides by ruling, the act done
    if negated(verb) or denied_clause(verb) or negative_subject(verb) or yet_to(verb):
        return "negated"
    if inverted_condition(verb):
        return "hypothetical"
    if going_to(verb):
        return "intended"  # "is going to impose tariffs", "is about to expel"
    gerund = prep_frame(verb)
    if gerund and not own:
        return gerund[1]  # "balked at sending troops"
    if own:
        return own
    if framed:
        return framed
    if attempted(verb):
        return "hypothetical"
    purpose = _open_purpose(verb)
    if purpose:
        return purpose
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & (HYPOTHETICAL_MODALS | {"should"}) and "have" in aux and verb.tag_ == "VBN":
        return "hypothetical"  # "he would have objected": what did not happen, never an intent
    # "whether the Taliban will attend": a question's act is open, no intent announced
    clause_has_if = any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children) \
        or generic_when(verb)
    if aux & {"would"} and not clause_has_if and not aux & (HYPOTHETICAL_MODALS - {"would"}) \
            and _reported(verb):
        return "intended"  # "Iraq said it would allow ...": the future of reported speech
    if clause_has_if or aux & HYPOTHETICAL_MODALS:
        return "hypothetical"
    if aux & INTENT_MODALS:
        return "intended"
    return means_mode(verb, mode_of, frame_mode) or "asserted"


def _open_purpose(verb: Token) -> str | None:
    """'whether Trump withheld aid to PRESSURE Kyiv', 'would send troops to ATTACK': the purpose
    of an act the sentence leaves open is as open. The purpose of an act that took place keeps
    its own mode, and that of an intended one too (an intended attack would turn into a threat,
    which a purpose is not)."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "into" and verb.tag_ == "VBG":
        head = head.head  # "to pressure Kyiv into ANNOUNCING an inquiry": the act pressed for
    elif verb.dep_ != "advcl" or not _infinitive(verb):
        return None
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return None
    mode = mode_of(head)
    return mode if mode == "hypothetical" else None


def _infinitive(verb: Token) -> bool:
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _reported(verb: Token) -> bool:
    """Whether the clause is what a verb of saying reports ('said it would ...', 'announced
    that they would ...'), itself or as the conjunct of such a clause."""
    node = verb
    if node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.i == node.i:
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in node.children):
        return False
    return node.head.lemma_.lower() in SPEECH_VERBS


def denied_by_determiner(noun: Token) -> bool:
    """'We make no apology', 'no talks were held': the noun's own 'no' denies its event."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def noun_mode(noun: Token) -> str:
    head = noun.head
    if (head.pos_ == "VERB" and negated(head)) or denied_by_determiner(noun):
        return "negated"
    framed = frame_mode(head) if head.pos_ == "VERB" else None
    if framed is None and head.pos_ == "VERB" and noun.dep_ in ("dobj", "obj") and _open_purpose(head):
        framed = "hypothetical"  # "pressure Kyiv into announcing an INQUIRY", under a 'whether'
    return framed or premodified_mode(noun) or "asserted"


