"""Findings of fault as accusations: "an inquiry found that the ministry had ignored warnings",
"Judge Varga found that the police failed to act".

What an inquiry, a court or another state body finds a party did wrong accuses that party
(CAMEO 112, PLOVER ACCUSE), though the verb of finding codes nothing by itself and its object is
a clause. Only a finding of a fault (`data/events/fault_verbs.txt`) is one: "found that sales
rose" accuses no one, and a finder that is no body of the state (researchers, a firm) is left out.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.coding import Coded
from dateline.analyse.events.conjuncts import with_conjuncts
from dateline.analyse.events.framing import negated
from dateline.analyse.events.phrases import ActorFinder
from dateline.analyse.events.records import MAX_PAIRS, make_event
from dateline.analyse.events.subjects import subject_of
from dateline.lexicons import words
from dateline.models import Event

FINDING_VERBS = frozenset({"find", "conclude", "determine", "establish"})
ACCUSE_CODE = "112"
# who finds with authority: courts, judges, state bodies and those inquiring for them
FINDER_SECTORS = frozenset({"JUD", "GOV", "LEG", "COP", "IGO", "NGO", "HRI"})


@lru_cache(maxsize=1)
def fault_verbs() -> frozenset[str]:
    return frozenset(words("events/fault_verbs.txt"))


def finding_events(sent: Span, finder: ActorFinder, article_id: str, text: str) -> list[Event]:
    events: list[Event] = []
    for verb, fault, sources, targets in _findings(sent, finder):
        category = lexicon.category_of(ACCUSE_CODE)
        found = Coded(ACCUSE_CODE, verb, 1)
        events.extend([make_event(found, category, "asserted", source, target, article_id, sent, text)
                       for source in sources or [None] for target in targets][:MAX_PAIRS])
    return events


def _findings(sent: Span, finder: ActorFinder):
    """(finding verb, fault clause, finders, parties at fault) for each finding of fault."""
    for verb in sent:
        fault = _fault_found(verb)
        if fault is None:
            continue
        sources = _finders(verb, finder)
        targets = [t for t in with_conjuncts(subject_of(fault), finder) if t.code or t.sector]
        if sources is not None and targets:
            yield verb, fault, sources, targets  # else no body of authority found it, or no party is at fault


def found_fault_tokens(sent: Span, finder: ActorFinder) -> set[int]:
    """The tokens of each fault clause a finding codes: the fault is the finding's accusation
    ('found that the ministry failed to protect residents' is ACCUSE of the ministry), not an
    act of its own (the ministry's REJECT)."""
    return {t.i for _verb, fault, _s, _t in _findings(sent, finder) for t in fault.subtree}


def open_question(verb: Token) -> bool:
    """'trying to determine whether the mayor ignored warnings': a verb of finding or deciding
    with a question as its content is an inquiry still open, no act its dictionary sense codes
    (CAMEO reads 'determine' as a decision, AGREE)."""
    if verb.lemma_.lower() not in FINDING_VERBS:
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in verb.children)


def _fault_found(verb: Token) -> Token | None:
    """The fault clause a verb of finding states ('found that X had ignored ...')."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FINDING_VERBS or negated(verb):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if clause is None or clause.lemma_.lower() not in fault_verbs() or negated(clause):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return None  # "to establish whether the president withheld aid": a question, no finding
    return clause


@lru_cache(maxsize=1)
def _author_nouns() -> frozenset[str]:
    return frozenset(words("events/author_nouns.txt"))


def _finders(verb: Token, finder: ActorFinder) -> list | None:
    """The body that found it: [] for an inquiry or report speaking for its unnamed members,
    the actors named, or None when the finder is no body of authority."""
    subject = subject_of(verb)
    if subject is None or subject.pos_ == "PRON":
        return None
    if subject.lemma_.lower() in _author_nouns():
        return []
    found = [a for a in with_conjuncts(subject, finder) if a.sector in FINDER_SECTORS]
    return found or None
