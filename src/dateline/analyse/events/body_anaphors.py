"""'The agency' for the international body named just before: "A UNHCR official in Nairobi said
250,000 refugees had registered to return. The agency has asked donors for $310 million." Wire
copy names a UN agency or a charity once and then calls it 'the agency' or 'the organisation';
the phrase is that body only when the actor dictionary codes the name IGO or NGO and it stands
in the same or the two sentences before (a firm, a ministry or a body named further back stays
unresolved: no actor is better than a wrong one)."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import actor_for
from dateline.lexicons import words

BODY_ANAPHORS = frozenset(words("events/body_anaphors.txt"))
BODY_SECTORS = frozenset({"IGO", "NGO"})
SENTENCES_BACK = 2


def with_body_named(text: str, token: Token, date: str | None) -> str:
    """The name of the body 'the agency' stands for, or the text as it is."""
    if " ".join(text.lower().split()) not in BODY_ANAPHORS:
        return text
    sents = list(token.doc.sents)
    here = next((i for i, s in enumerate(sents) if s.start <= token.i < s.end), 0)
    start = sents[max(0, here - SENTENCES_BACK)].start
    for ent in reversed([e for e in token.doc.ents if start <= e.start and e.end <= token.i and e.label_ == "ORG"]):
        found = actor_for(ent.text, date)
        if found is not None and found.sector in BODY_SECTORS:
            return ent.text
    return text
