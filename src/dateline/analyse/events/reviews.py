"""Criticism and praise of works (issue 17, precision): a wrong event is worse than none.

Critics and reviewers judge films, novels, albums and goods; "Critics panned the novel",
"Film critics criticised the director for the film's pacing", "the film attacked the hypocrisy
of the art world, critics said" are reviews, not disapproval between political parties. A verb
of disapproval or praise (CAMEO 11, 05) codes nothing when:
- its speaker is a critic of an art or of goods ("film critics", "music reviewers": data/events/
  critic_fields.txt);
- its speaker is critics or reviewers and what they judge is a work (data/events/work_nouns.txt):
  the verb's object ("the novel", "the film's pacing") or its reported clause's subject;
- its doer is a work ("the novel attacked corruption"), whatever the verb: a book's argument is
  no one's act.
"Critics of the government said the minister had lied" and "critics accused the president"
keep their event: what the critics judge there is a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.lexicons import words

JUDGING_FAMILIES = ("11", "05")
CRITICS = frozenset({"critic", "reviewer"})

WORK_NOUNS = frozenset(words("events/work_nouns.txt"))
CRITIC_FIELDS = frozenset(words("events/critic_fields.txt"))


def review_of_a_work(verb: Token, code: str) -> bool:
    """The verb's judgement (its code 11x or 05x) is a critic's review of a work, or a work's argument."""
    subjects = _children(verb, ("nsubj",))
    if any(_work(s) for s in subjects):
        return True  # "the novel attacked corruption": in any verb's sense, a work is no doer
    if code[:2] not in JUDGING_FAMILIES:
        return False
    critics = [s for s in subjects if s.lemma_.lower() in CRITICS]
    if not critics:
        return False
    if any(_arts_critic(c) for c in critics):
        return True  # "film critics criticised the director"
    judged = _children(verb, ("dobj", "obj"))
    judged += [s for c in _children(verb, ("ccomp",)) for s in _children(c, ("nsubj", "nsubjpass"))]
    return any(_work(j) for j in judged)  # "critics panned the novel", "critics said the film ..."


def _children(word: Token, deps: tuple[str, ...]) -> list[Token]:
    return [c for c in word.children if c.dep_ in deps]


def _work(noun: Token) -> bool:
    """A work noun, or a quality of one ('the film's pacing': the noun's possessor)."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    owners = _children(noun, ("poss",))
    return noun.lemma_.lower() in WORK_NOUNS or any(o.lemma_.lower() in WORK_NOUNS for o in owners)


def _arts_critic(critic: Token) -> bool:
    """'film critics', 'literary reviewers': the field named by a compound or an adjective."""
    return any(m.lower_ in CRITIC_FIELDS for m in critic.children if m.dep_ in ("compound", "amod"))
