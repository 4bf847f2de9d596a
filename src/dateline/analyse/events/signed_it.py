"""'Yesterday's agreement phases in ... Interior Minister Piet Halden, who signed it, said ...':
signing 'it' where 'it' is the agreement just named is signing the agreement (CAMEO 057), as
'signed the agreement' codes by its noun. 'it' stands for the subject of the sentence before
when that subject is an agreement noun (deal, accord, treaty: an event noun of code 057) and
nothing else in this sentence before the verb could be meant; a law or a letter signed is none."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.coding import Coded, code_noun

SIGN_CODE = "057"


def signed_agreement(verb: Token) -> Coded | None:
    """'signed it' with 'it' the agreement the sentence before is about, coded as signing it."""
    if verb.lemma_.lower() != "sign" or verb.pos_ != "VERB":
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ == "it" for c in verb.children):
        return None
    sent = verb.sent
    if sent.start == 0:
        return None
    if any(t.pos_ == "NOUN" and code_noun(t) for t in verb.doc[sent.start:verb.i]):
        return None  # another event noun of this sentence may be what 'it' means
    before = verb.doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    code = code_noun(subject) if subject is not None and subject.pos_ == "NOUN" else None
    return Coded(SIGN_CODE, verb, 1) if code is not None and str(code).startswith(SIGN_CODE) else None
