"""Social groups the actor finder does not know as role nouns, as doers of contentious acts:
"Families of the victims have demanded that it name the officials", "Supporters of the admiral
demanded his release". Families and supporters are no actor words in general (a family is who a
minister apologised to, who a report is about): only as the subject of a protest, a demand, a
threat or criticism (social.SOCIAL_ACTS) is the group a party, and social.social_sides then
judges it as every social group is judged (not a firm's staff, not a sports crowd). And the
party a demand tells is the subject of its that-clause ("demanded that it name the officials":
'it', not the officials, is told to act). A demand the parser hangs on a reported clause is the
speaker's ('said the case rested on ... and urged the judge to')."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import ActorRef
from dateline.analyse.events.framing import SPEECH_VERBS, frame_mode
from dateline.analyse.events.phrases import GENERIC_HEADS, of_object
from dateline.analyse.events.social import SOCIAL_ACTS, social_bodies, social_group_head, social_heads


def group_doer(verb: Token, code: str) -> list[ActorRef]:
    """The verb's own subject as a social group with no country ('Families of the victims'),
    named by the head and the words before it, for a contentious act; else none."""
    category = lexicon.category_of(code)
    if category is None or category.name not in SOCIAL_ACTS:
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lemma_.lower() in GENERIC_HEADS and (group := of_object(subject)) is not None:
        subject = group  # "a small group of supporters held a banner"
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" or not social_group_head(subject):
        return []  # a plural group: "Weeks' family had asked to convey its relief" is one man's kin
    words = [t for t in subject.subtree if t.i <= subject.i and t.dep_ not in ("det", "punct")]
    return [ActorRef(" ".join(t.text for t in words), None, "CVL")]


def told_in_clause(verb: Token, code: str, targets: list) -> list | None:
    """A demand over a that-clause with its own subject whose targets were all found inside the
    clause after its subject ('demanded that it name the officials'): none of them is told; the
    told party is the clause's subject, left to the pronoun rules (None: keep the targets)."""
    if not code.startswith("10") or not targets:
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"
                   and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    if subject is None or subject.pos_ != "PRON":
        return None
    after = " ".join(t.text for t in clause.subtree if t.i > subject.i)
    return [] if all(t.name and t.name in after for t in targets) else None


def speaker_urging(verb: Token) -> Token | None:
    """'Weiss said the case rested on stolen emails and urged the judge to throw them out': the
    parser joins 'urged' to the reported clause, whose subject (a case, a plan) urges no one;
    a demand of someone named with an infinitive ('urged the judge to') joined so is the
    speaker's own. The speech verb's subject, or None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.i == verb.i or clause.dep_ != "ccomp" or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if frame_mode(verb) != "demanded" or not any(c.dep_ == "xcomp" for c in verb.children) \
            or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return None
    reported = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speech = clause.head
    if reported is None or reported.pos_ != "NOUN" or speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)


# CAMEO's 'walk out' (164) is leaving talks; with nothing walked out of, by workers or people a
# labour body counts, it is a strike (143): "more than half a million people walked out"
WALKOUT_CODE, STRIKE_CODE = "164", "143"


def walkout_strike(verb: Token, code: str, sources: list, finder) -> tuple[str, list]:
    """(code, sources): a walkout 'of'/'from' nothing by a social group ('dockers walked out') or
    by people a labour body reports ('the federation says 500,000 people walked out', the body
    the source); else as they were ('the delegation walked out of the talks': 164)."""
    if code != WALKOUT_CODE or verb.lemma_.lower() != "walk" or not any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in verb.children):
        return code, sources
    if any(c.dep_ == "prep" and (c.lower_ in ("of", "from") or (c.lower_ == "on" and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children))) for c in verb.children):
        return code, sources  # walked out of talks, from a meeting, on a partner: no strike
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN":
        return code, sources
    if subject.tag_ == "NNS" and social_group_head(subject):
        return STRIKE_CODE, sources  # "dockers walked out on Monday"
    speech = verb.head
    if verb.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
        return code, sources
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    body = finder.actor(speaker) if speaker is not None and speaker.pos_ != "PRON" else None
    if body is None or body.sector != "LAB" or subject.lemma_.lower() not in ("people", "worker", "member"):
        return code, sources
    return STRIKE_CODE, [body]  # "The federation says half a million people walked out"


LEADING_VERBS = frozenset({"head", "lead", "chair", "run"})


def labour_officer(trigger: Token) -> bool:
    """'Mira Kovach, who led the 2019 walkout and now heads the federation's rail section': the
    'who' clause that tells of the protest also says the person heads a union, or a federation
    the article names as workers' ('the Federation of Veldorian Workers'): a union officer, a
    party to protest as a named union is (social._labour_protest)."""
    verb = trigger.head if trigger.pos_ == "NOUN" else trigger
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    verbs = [clause] + [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for led in verbs:
        if led.lemma_.lower() not in LEADING_VERBS:
            continue
        for obj in (c for c in led.children if c.dep_ in ("dobj", "obj")):
            for word in [obj] + [c for c in obj.children if c.dep_ in ("poss", "compound")]:
                if _labour_body(word):
                    return True
    return False


def _labour_body(word: Token) -> bool:
    lemma = word.lemma_.lower()
    if lemma == "union":
        return True
    if lemma not in social_bodies():
        return False
    heads = social_heads()
    # a proper name's plural keeps its 's' as lemma ('Workers')
    return any(lemma in ent.text.lower() and any(t.lemma_.lower() in heads or t.lower_.removesuffix("s") in heads for t in ent)
               for ent in word.doc.ents if ent.label_ == "ORG")
