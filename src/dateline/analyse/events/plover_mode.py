"""PLOVER's mode of an event: how it was done, by the cue words of its clause ('hunger strike',
'banned'), the weapon named ('tanks fired': heavy weapons) or its victim ('killed the deputy
chief': an assassination). Not framing.py's mode (asserted, negated, intended ...), which says
whether it happened."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dateline.analyse.events import lexicon
from dateline.lexicons import words


def weapon_mode(verb: Token, sent: Span) -> str | None:
    """The means of violence named in the verb's clause ('tanks fired', 'killed in a car bomb
    explosion'), as PLOVER's mode of a FIGHT or ASSAULT event."""
    table = lexicon.weapons()
    words = [t for t in sent if t.i == verb.i or t.head.i == verb.i or verb in t.ancestors
             or (verb.head.i == t.i) or t.head.i == verb.head.i]
    best = None
    for token in words:
        lemma = token.lemma_.lower()
        pair = f"{token.nbor(-1).lemma_.lower()} {lemma}" if token.i > sent.start else ""
        mode = table.get(pair) or table.get(lemma) or table.get(token.lower_)
        if mode and (best is None or abs(token.i - verb.i) < best[0]):
            best = (abs(token.i - verb.i), mode)
    return best[1] if best else None


# Clauses a cue may not come from: what the trigger reports, relates or is coordinated with.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis", "acl"})


def _cue_of(token: Token, table: dict[str, str]) -> str | None:
    lemma = token.lemma_.lower()
    previous = token.nbor(-1).lemma_.lower() if token.i > token.sent.start else ""
    return table.get(f"{previous} {lemma}") or table.get(lemma) or table.get(token.lower_)


def _own_clause(trigger: Token, *, with_content: bool = False) -> list[Token]:
    """The trigger and its clause's words; `with_content`: with the clause it says (a threat's)."""
    others = _OTHER_CLAUSES - {"ccomp"} if with_content else _OTHER_CLAUSES
    found, stack = [], [trigger]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in others)
    return found


def event_mode(trigger: Token, sent: Span, category: lexicon.Category) -> str:
    """PLOVER's mode of an event: the trigger's own cue word ('hunger strike', 'banned'), else the
    mode its CAMEO code gives (for violence: the weapon named in its clause), else the cue nearest
    the trigger in its own clause ('threatened to launch a military offensive' -> violence)."""
    table = lexicon.mode_cues().get(category.name, {})
    own = _cue_of(trigger, table)
    if own:
        return own
    if category.name in ("FIGHT", "ASSAULT"):
        if _kills_a_leader(trigger):
            return "assassinate"
        weapon = weapon_mode(trigger, sent)
        if weapon:
            return weapon
    clause = _own_clause(trigger, with_content=category.name == "THREATEN")
    # a two-word cue in the clause ("went on hunger strike", "declared martial law") is more
    # specific than the mode the CAMEO code gives
    compound = [(abs(t.i - trigger.i), mode) for t in clause if (mode := _compound_cue(t, table))]
    if compound:
        return min(compound)[1]
    if category.mode:
        return category.mode
    cued = [(abs(t.i - trigger.i), mode) for t in clause if (mode := _cue_of(t, table))]
    if not cued and category.name == "THREATEN" and any(_weapon(t) for t in clause):
        return "violence"  # "threatened to launch missiles at ...": the means of violence
    return min(cued)[1] if cued else ""


def _compound_cue(token: Token, table: dict[str, str]) -> str | None:
    if token.i <= token.sent.start:
        return None
    return table.get(f"{token.nbor(-1).lemma_.lower()} {token.lemma_.lower()}")


def _weapon(token: Token) -> bool:
    table = lexicon.weapons()
    return token.pos_ == "NOUN" and (token.lemma_.lower() in table or token.lower_ in table)


KILL_VERBS = frozenset({"kill", "murder", "shoot", "gun"})
LEADER_NOUNS = frozenset(words("events/leader_nouns.txt"))


def _kills_a_leader(trigger: Token) -> bool:
    """'killed the deputy chief of the militia', 'have killed eight top al-Qaeda leaders': a
    killing whose victim is a leader or office holder is an assassination."""
    if trigger.lemma_.lower() not in KILL_VERBS:
        return False
    victims = [c for c in trigger.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    return any(v.lemma_.lower() in LEADER_NOUNS for v in victims)
