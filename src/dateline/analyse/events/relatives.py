"""The doer of a relative clause: 'who' stands for the noun just before it.

The parser may hang a clause on an earlier noun of the phrase ("talks between his government
and the Taliban, who have long refused to negotiate": on 'talks'); 'who' names a person or a
group, and in news prose it follows its antecedent directly, so when the parser's antecedent
names no actor the noun right before the pronoun is the doer."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

PERSONAL_RELATIVES = frozenset({"who"})
# what may stand between the antecedent and the pronoun: "the Taliban, who"
BETWEEN = frozenset({",", "—", "–", "-"})
MUTUAL_VERBS = frozenset(words("events/mutual_verbs.txt"))


def personal_relative(verb: Token) -> Token | None:
    """The 'who' subject of a relative clause, or None."""
    if verb.dep_ != "relcl":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in PERSONAL_RELATIVES), None)


def noun_before(pronoun: Token) -> Token | None:
    """The noun right before the relative pronoun (past a comma or dash), or None."""
    i = pronoun.i - 1
    while i >= pronoun.sent.start and pronoun.doc[i].text in BETWEEN:
        i -= 1
    if i < pronoun.sent.start:
        return None
    token = pronoun.doc[i]
    return token if token.pos_ in ("NOUN", "PROPN") else None


def joint_antecedent(verb: Token) -> Token | None:
    """'Anna Ostrova and Khaled Al-Rashidi, who traded insults': the first of the conjoined
    names a 'who' clause of a two-sided act (data/events/mutual_verbs.txt) hangs on, whose
    conjuncts are its doers; None for any other clause."""
    relative = personal_relative(verb)
    if relative is None or verb.lemma_.lower() not in MUTUAL_VERBS or verb.head.dep_ != "conj":
        return None
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first if first.pos_ in ("NOUN", "PROPN") else None
