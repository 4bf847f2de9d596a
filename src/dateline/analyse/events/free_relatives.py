"""A free relative names a thing, it tells no act: "Viktor signed what the government asked him
to sign", "he did whatever the president told him to do". The asking describes what was signed
or done; the event, if any, is the signing. A verb whose own object (or its infinitive's) is a
'what' that comes before it codes nothing itself. A question ('asked what the government
wanted') has the wh-word after the verb and is judged elsewhere (figurative.question_only)."""

from __future__ import annotations

from spacy.tokens import Token

FREE_RELATIVE_WORDS = frozenset({"what", "whatever"})


def free_relative(verb: Token) -> bool:
    """The verb heads a 'what ...' clause that is another verb's object or complement."""
    if verb.dep_ not in ("ccomp", "dobj", "pobj", "xcomp", "advcl") or verb.head.i == verb.i:
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ == "xcomp"]
    return any(c.dep_ in ("dobj", "obj") and c.lower_ in FREE_RELATIVE_WORDS and c.i < verb.i
               for head in heads for c in head.children)
