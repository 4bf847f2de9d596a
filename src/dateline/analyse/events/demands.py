"""Demands: what a speaker says another must do ('declared that China must drop barriers'), or
calls for another to do ('called for the minister to resign', 'demanded his resignation'), is a
demand (CAMEO 10) of them; a demand word that only reports a fact asks nothing of anyone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.arguments import arguments_of, subject_of, with_conjuncts
from dateline.analyse.events.coding import Coded
from dateline.analyse.events.framing import complement_of, frame_mode, negated
from dateline.analyse.events.modality import inverted_condition, reported_fact
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.records import MAX_PAIRS, make_event
from dateline.models import Event

OBLIGATION_AUX = frozenset({"must", "should"})


def obligations(sent: Span) -> dict[int, int]:
    """'X declared that China must drop barriers', 'a reminder to Iraq that it must cooperate':
    what someone says another must do is a demand of them; so is calling for another to act.
    Inner verb -> the verb of saying."""
    found = {}
    for token in sent:
        if called_for(token):
            found[token.i] = token.head.i
            continue
        if token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("ccomp", "acl"):
            continue
        aux = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if not aux & OBLIGATION_AUX or negated(token) or inverted_condition(token):
            continue
        head = token.head
        if head.pos_ == "NOUN" and head.head.pos_ == "VERB":
            head = head.head
        if head.pos_ == "VERB" and head.i != token.i:
            found[token.i] = head.i
    return found


def reports_only(verb: Token) -> bool:
    """A demand word whose only complement tells what has been done ("the union insisted that
    police had attacked strikers") reports a fact: it asks nothing of anyone."""
    return frame_mode(verb) == "demanded" and complement_of(verb) is None \
        and not any(c.dep_ in ("dobj", "obj") for c in verb.children) \
        and any(c.dep_ == "ccomp" and reported_fact(c) for c in verb.children)


def called_for(inner: Token, *, denied_too: bool = False) -> bool:
    """'called for the minister to resign', 'pressed for Iraq to cooperate': a demand frame's
    'for X to act' (the parser's clause marked 'for') asks X to act, as 'called on X to' does.
    `denied_too`: also under a negated frame ('did not call for X to resign'), where X's act is
    asked by no one, and no event either."""
    head = inner.head
    return inner.dep_ == "advcl" and head.pos_ == "VERB" and head.i != inner.i and frame_mode(head) == "demanded" \
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in inner.children) \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children) \
        and (denied_too or not negated(head))


def demand_event(speech: Token, inner: Token, finder: ActorFinder, article_id: str,
                  sent: Span, text: str) -> list[Event]:
    sources = with_conjuncts(subject_of(speech), finder)
    subject = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    targets = [t for t in with_conjuncts(subject, finder) if t.code or t.sector]
    if subject is not None and subject.lower_ in ("it", "they"):
        targets = arguments_of(speech, finder)[1]  # "a reminder to Iraq that it must ..."
    if not targets and not (called_for(inner) and sources):
        # "calculated that bloody suppression should be avoided": no one is told to act; but
        # "called for the contract to be suspended" is the caller's demand of whoever decides
        return []
    category = lexicon.category_of("100")
    found = Coded("100", speech, 1)
    return [make_event(found, category, "demanded", source, target, article_id, sent, text)
            for source in sources or [None] for target in targets or [None]][:MAX_PAIRS]


def owned_act_demanded(verb: Token) -> bool:
    """'demanded his resignation', 'demanded Israel's withdrawal': a demand frame whose object is
    someone's act asks that party to act ('demand higher pay' names no one and stays asserted)."""
    return frame_mode(verb) == "demanded" and any(
        c.dep_ in ("dobj", "obj") and any(g.dep_ == "poss" for g in c.children) for c in verb.children)


def demand_frame(verb: Token) -> Coded | None:
    """'called on North Korea to halt its tests', 'pressed Iran to free ...': a demand frame
    with an infinitive complement is a demand (CAMEO 10) even where its verb codes nothing."""
    if frame_mode(verb) == "demanded" and any(c.dep_ == "xcomp" for c in verb.children):
        return Coded("100", verb, 1)
    return None
