"""Calling something by a condemning adjective: "called the strike illegal" is criticism
(CAMEO 111), "called the union's demands unacceptable" a rejection of the demand (CAMEO 120).
Only verbs of calling: "declared the march illegal" is a ruling, "considered it unacceptable"
an opinion (names_its_object leaves both uncoded). Condemning nouns ("called the
inquiry a sham") are condemns_by_name's. Saying that an act or a measure is so ("said
that the strike was illegal", "said the union's demands were unacceptable") is the same
criticism or rejection; what is no act or measure ("said the weather was absurd") is no one's.
The act and measure nouns: the hand-kept event nouns (data/events/nouns.tsv) and a party's
measures (data/events/policy_nouns.txt)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import table, words

CONDEMNATION_ADJECTIVES = frozenset(words("events/condemnation_adjectives.txt"))
CALLING_VERBS = frozenset({"call", "brand", "label", "term"})
DEMAND_NOUNS = frozenset(words("events/demand_nouns.txt"))
OFFER_NOUNS = frozenset(words("events/offer_nouns.txt"))
ASKING_NOUNS = DEMAND_NOUNS | OFFER_NOUNS  # what a refusal is of: a demand or an offer (120)
SAYING_VERBS = frozenset({"say"})  # "insisted that" a past fact reports it (modality.reported_fact)
ACT_NOUNS = frozenset(row[0] for row in table("events/nouns.tsv", 2)) | frozenset(words("events/policy_nouns.txt")) \
    | ASKING_NOUNS


def condemned_as(verb: Token, lemma: str) -> str | None:
    """The CAMEO code of a verb of calling whose complement is a condemning adjective, or None."""
    if lemma not in CALLING_VERBS:
        return None
    if not any(c.dep_ in ("oprd", "xcomp", "ccomp") and c.pos_ == "ADJ" and c.lemma_.lower() in CONDEMNATION_ADJECTIVES
               for c in verb.children):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in ASKING_NOUNS for o in objects):
        return "120"
    return "111"


def condemned_in_clause(verb: Token, lemma: str) -> str | None:
    """'said (that) the strike was illegal': the CAMEO code of a verb of saying whose clause
    calls an act or a measure by a condemning adjective (120 a demand or offer, else 111), or
    None. Neither verb may be negated ('said the strike was not illegal')."""
    if lemma not in SAYING_VERBS or _negated(verb):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be" or _negated(clause):
            continue
        if not any(c.dep_ == "acomp" and c.lemma_.lower() in CONDEMNATION_ADJECTIVES for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in ACT_NOUNS:
            continue
        return "120" if subject.lemma_.lower() in ASKING_NOUNS else "111"
    return None


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


NAMING_VERBS = frozenset({"call", "name", "label", "term", "dub", "declare", "brand", "consider", "deem"})


CONDEMNATION_NOUNS = frozenset(words("events/condemnation_nouns.txt"))


def condemns_by_name(verb: Token, lemma: str) -> bool:
    """'called the impeachment process a sham': a naming verb whose object complement is a word
    of condemnation criticises its object, as 'denounced' would; other names only say what it is."""
    if lemma not in NAMING_VERBS:
        return False
    for complement in (c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN"):
        compounds = " ".join(c.lemma_.lower() for c in complement.children if c.dep_ == "compound")
        if complement.lemma_.lower() in CONDEMNATION_NOUNS \
                or f"{compounds} {complement.lemma_.lower()}".strip() in CONDEMNATION_NOUNS:
            return True
    return False


def names_its_object(verb: Token, lemma: str) -> bool:
    """A verb of naming with an object complement ('called the strike a mistake', 'declared the
    rally illegal') says what its object is, not that it happens."""
    if lemma not in NAMING_VERBS:
        return False
    return any(c.dep_ == "oprd" or (c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("ADJ", "NOUN")
                                    and not any(g.dep_ == "aux" for g in c.children))
               for c in verb.children)
