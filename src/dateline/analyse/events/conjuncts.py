"""An actor phrase with the parties it lists: its conjuncts ('Egypt and Jordan'), its conjoined
modifiers ('French and Egyptian warships'), the names its apposition lists ('two states, Oman
and Qatar'), and the group a counting head stands for ('scores of Somali refugees')."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events.actors import ActorRef, actor_for
from dateline.analyse.events.lexicon import demonym_words
from dateline.analyse.events.phrases import GENERIC_HEADS, ActorFinder, of_object


def with_conjuncts(token: Token | None, finder: ActorFinder) -> list[ActorRef]:
    if token is None:
        return []
    # "scores of Somali and Ethiopian refugees": the counted group's conjuncts and modifiers
    counted = of_object(token) if token.lemma_.lower() in GENERIC_HEADS or token.lower_ in GENERIC_HEADS else None
    base = counted if counted is not None else token
    listed = _listed_names(base)
    if listed is not None:
        named = _names_of_kind(listed, finder.actor(base), finder)
        if named:
            return named  # "two neighbouring states, Oman and Qatar,": the names are the parties
    return _phrase_and_conjuncts(token, base, finder)


def _phrase_and_conjuncts(token: Token, base: Token, finder: ActorFinder) -> list[ActorRef]:
    # "Self-defense Groups of Cordoba and Uraba": a conjunct inside the name is no party of its own
    whole = finder.whole_name(base)
    tokens = [token] + [c for c in base.conjuncts if c.i > base.i and not (whole and whole.start <= c.i < whole.end)][:3]
    found = [a for a in (finder.actor(t) for t in tokens) if a is not None]
    return _name_swallowed(base, finder) + found + _modifier_conjuncts(base, found, finder)


def _name_swallowed(token: Token, finder: ActorFinder) -> list[ActorRef]:
    """'Trump and Chinese leader Xi Jinping met ...': the parser may hang a first name, before
    'and', as a modifier of the second's phrase ('Trump' an adjective of 'leader'); the words
    before the 'and' at the phrase's start are a party of their own when they are capitalised
    names (no people's adjective: 'French and Egyptian warships' is the modifiers' business)
    that the dictionary places."""
    doc = token.doc
    start = token.left_edge.i
    if token.pos_ != "PROPN" and token.ent_type_ != "PERSON":
        return []
    conj = next((t for t in doc[start:token.i] if t.lower_ == "and" and t.dep_ == "cc"), None)
    if conj is None or conj.i == start or conj.i - start > 3:
        return []
    name = doc[start:conj.i]
    if not all(t.text[:1].isupper() for t in name) or any(t.ent_type_ in ("NORP", "GPE") for t in name) \
            or any(t.lower_ in demonym_words() for t in name):
        return []
    found = actor_for(name.text, finder.date, person=True)
    return [found] if found is not None and found.code and found.sector else []


def _names_of_kind(first: Token, kind: ActorRef | None, finder: ActorFinder) -> list[ActorRef]:
    """The names a noun lists, each of the noun's kind where nothing else places or classes
    it ("two opposition leaders, Jan Novak and Petr Svoboda"); none when no name has a code or
    sector even so, or only a firm's ("two firms, Ceres and Tyvak": no better than the noun)."""
    found = _phrase_and_conjuncts(first, first, finder)
    if kind is not None:
        found = [ActorRef(a.name, a.country or kind.country, a.sector or kind.sector, a.entity_id) for a in found]
    return found if any(a.code or a.sector not in (None, "BUS", "MNC") for a in found) else []


def _listed_names(token: Token) -> Token | None:
    """The first of the names a common noun's apposition lists ('states, Oman and Qatar'),
    when it lists two or more; a single name in apposition is read with the noun (phrases.py)."""
    if token.pos_ != "NOUN":
        return None
    appos = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return appos if appos is not None and any(c.i > appos.i for c in appos.conjuncts) else None


def _modifier_conjuncts(token: Token, found: list[ActorRef], finder: ActorFinder) -> list[ActorRef]:
    """'French and Egyptian warships', 'U.S. and Russian negotiators': one actor per country
    the conjoined modifiers name, each with the head's sector."""
    if not found:
        return []
    extra, seen = [], {found[0].country}
    for modifier in token.children:
        if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i > token.i or not modifier.conjuncts:
            continue
        # each conjoined modifier, the first too: "Japanese and South Korean officials" reads
        # as South Korea's, so Japan's comes from the first modifier
        for conj in (modifier, *modifier.conjuncts):
            words = " ".join(t.text for t in conj.subtree if t.i <= conj.i and t.dep_ in ("compound", "amod") or t.i == conj.i)
            placed = actor_for(words, finder.date)
            if placed is not None and placed.country and placed.country not in seen:
                seen.add(placed.country)
                extra.append(ActorRef(f"{words} {token.text}", placed.country, found[0].sector))
    return extra[:3]
