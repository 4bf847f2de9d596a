"""Uses of coded words that the sample corpus gold (issue 17) showed the coder misreading.

- A verb of ending with no object ("the talks ended in Vienna with an agreement on a ceasefire
  line", "the strike ended on Friday") says that its subject came to an end: no one ended
  anything, so the words after it (a ceasefire, a war) are no object of an act.
- A call or pressure to do something ("faced calls to resign", "renewed calls for a ceasefire",
  "came under pressure to step down") is a demand (CAMEO 100), not a phone call.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

HALT_VERBS = frozenset(words("events/halt_verbs.txt"))
CALL_NOUNS = frozenset(words("events/call_nouns.txt"))
# what makes a verb of ending transitive, or its act someone's ("stopped firing", "was ended")
DOING_DEPS = frozenset({"dobj", "obj", "nsubjpass", "auxpass", "xcomp", "ccomp", "pcomp", "dative", "csubj"})


def ended_itself(verb: Token) -> bool:
    """'The talks ended in Vienna', 'the war stopped': an active verb of ending with a subject
    and no object or complement."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if lemma not in HALT_VERBS and f"{lemma} {particle}" not in HALT_VERBS:
        return False
    deps = {c.dep_ for c in verb.children}
    return "nsubj" in deps and not deps & DOING_DEPS and verb.dep_ not in ("acl", "amod")


def called_to_act(noun: Token) -> bool:
    """'calls to resign', 'calls for a ceasefire', 'pressure to step down': the noun with an
    infinitive (which the parser hangs as a relative or adjectival clause) or a 'for' phrase."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CALL_NOUNS:
        return False
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "for" and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return True
    return False
