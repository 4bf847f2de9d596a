"""A place named as a government ("Paris says", "Washington warned", "Moscow's response") is
an actor, not a place. Needs the dependency parse; without one nothing is metonymic.

`is_metonymic_actor` is public so the events extractor can ask the same question.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.places.lexicon import actor_nouns, actor_object_verbs, actor_verbs


def is_metonymic_actor(span: Span) -> bool:
    """True when the place in `span` is the agent of a speech or action verb, the one
    addressed by a verb only governments are ("warned Moscow", "urged Kyiv"), the possessor
    of a stance noun, or the source of "according to"."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return False
    root = _coordination_head(span.root)
    head = root.head
    if root.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return _acts(head)
    if root.dep_ in ("dobj", "dative") and head.pos_ == "VERB":
        return head.lemma_.lower() in actor_object_verbs()
    if root.dep_ == "poss":
        return head.lemma_.lower() in actor_nouns()
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return False


def _coordination_head(token: Token) -> Token:
    """"Paris and Berlin said": Berlin takes the role of Paris."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _acts(verb: Token) -> bool:
    """The verb, or the verb it stands in for ("has been trying to", "is ready to"), is one
    a government does."""
    verbs = actor_verbs()
    if verb.lemma_.lower() in verbs:
        return True
    # "Washington is trying to ...", "Paris wants to ...": the xcomp names the act
    return any(child.dep_ == "xcomp" and child.lemma_.lower() in verbs for child in verb.children)
