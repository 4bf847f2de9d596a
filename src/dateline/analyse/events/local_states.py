"""States the country table does not know, as one article shows them to be states.

New or renamed states, breakaway republics, transliterations and the fictional countries of
our sample corpus ("Veldoria", "Marenne") are no actor by name alone: a bare unknown name may
as well be a town, a firm or a person. An article that gives the name a state's parts is
evidence enough, for that article only:

- the name owns or is 'of' a head only a state has ("Veldoria's government", "the army of
  Marenne", "Veldoria's Defence Minister Viktor Sarn": `state_heads.txt`);
- a people's adjective the name forms ("Veldorian" of "Veldoria", "Marennese" of "Marenne")
  qualifies such a head, or a president or leader ("the Marennese president");
- the name owns or is 'of' a president or leader (heads firms and clubs have as well:
  `state_leader_heads.txt`) and the article also writes the name's people's adjective.

A name stays out when the table or the actor dictionary knows it (their reading stands), when
it is more than one word or written as part of a longer name anywhere in the article (a
person's surname, "Anna Ostrova's government"; "Real Madrid"), or when the head is a town's or
a body's ("Zelinograd's city government"). Such a name is a state with no country code (never
a real ISO code that is not its own) and sector GOV (`phrases.ActorFinder`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actor_countries import folded
from dateline.lexicons import words

STATE_HEADS = frozenset(words("events/state_heads.txt"))
LEADER_HEADS = frozenset(words("events/state_leader_heads.txt"))
ANY_STATE_HEADS = STATE_HEADS | LEADER_HEADS
LOCAL_BODY_WORDS = frozenset(words("events/local_body_words.txt"))
# endings a people's adjective adds to its country's stem ("Veldor-ian", "Marenn-ese")
DEMONYM_ENDINGS = ("ian", "ean", "an", "ese", "i", "ish", "ic", "ite", "n")
MIN_STEM = 4
NAME_LABELS = frozenset({"GPE", "ORG", "PERSON", "LOC", "NORP"})


def article_states(doc: Doc) -> frozenset[str]:
    """The names (lower case) this article shows to be states the table does not know."""
    tokens = list(doc)  # one pass over the parse: making spaCy's tokens is most of the cost
    names = _candidate_names(tokens)
    if not names:
        return frozenset()
    adjectives = _people_adjectives(tokens, names)
    names = names - adjectives.keys()  # the tagger calls "Veldorian" a proper name too
    found = set()
    for token in tokens:
        if token.lower_ in names:
            head, words_of_head = _owned_head(token)
            if head is not None and not _local_body(head):
                if words_of_head & STATE_HEADS or (words_of_head & LEADER_HEADS and token.lower_ in adjectives.values()):
                    found.add(token.lower_)
        elif token.lower_ in adjectives:
            head = _qualified_head(token)
            if head is not None and not _local_body(head) and _head_words(head) & ANY_STATE_HEADS:
                found.add(adjectives[token.lower_])
    return frozenset(found)


def _candidate_names(tokens: list[Token]) -> frozenset[str]:
    """One-word proper names the table and the dictionary do not know and the article never
    writes inside a longer name."""
    table, book = lexicon.countries(), lexicon.actor_book()
    seen, inside = set(), set()
    # a word the article also writes in lower case is a common word ("the People's Liberation
    # Army" beside "people"), no name
    lower = {token.text for token in tokens if token.is_alpha and token.text.islower()}
    for token in tokens:
        if not (token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS) or not token.text[:1].isupper() \
                or not token.is_alpha:
            continue  # (the tagger slips on unknown names: "Talmere's president" came out an adverb)
        key = token.lower_
        if folded(key) in table or key in book or key in lexicon.demonym_words() or key in lower:
            continue
        if _in_longer_name(token):
            inside.add(key)
        seen.add(key)
    return frozenset(seen - inside)


def _in_longer_name(token: Token) -> bool:
    """'Anna Ostrova', 'Real Madrid', 'Veldoria Times': a proper name joined to the token (the
    tagger's entities are not asked: it merges "Veldoria's President Anna Ostrova")."""
    if any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children):
        return True
    return token.dep_ == "compound" and token.head.pos_ == "PROPN"


def _people_adjectives(tokens: list[Token], names: frozenset[str]) -> dict[str, str]:
    """Capitalised words of the article that are a candidate name's people's adjective
    ('veldorian' -> 'veldoria')."""
    by_stem = {}
    for name in sorted(names):
        stem = name.rstrip("aeiouy")
        if len(stem) >= MIN_STEM:
            by_stem.setdefault(stem, name)
    if not by_stem:
        return {}
    found = {}
    for word in {token.lower_ for token in tokens if token.text[:1].isupper() and token.is_alpha}:
        # a word is an adjective of the name whose stem it starts with and ends in a people's
        # ending after ('veldor' + 'ian'): look the stem up by each ending, not each name
        for ending in DEMONYM_ENDINGS:
            name = by_stem.get(word[:-len(ending)]) if word.endswith(ending) else None
            if name is not None and name != word:
                found[word] = name
                break
    return found


def _owned_head(token: Token) -> tuple[Token | None, frozenset[str]]:
    """The noun the name owns ("Veldoria's army") or is 'of' ("the leaders of Veldoria and
    Marenne"), with the words naming it (its own and its compounds': "Defence Minister X")."""
    if any(child.dep_ == "det" for child in token.children):
        return None, frozenset()  # "the People's Liberation Army": a noun with its article, no state's name
    first = token
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ == "poss":
        head = first.head
    elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.dep_ == "prep":
        head = first.head.head
    else:
        return None, frozenset()
    if head.pos_ not in ("NOUN", "PROPN"):
        return None, frozenset()
    return head, _head_words(head)


def _qualified_head(token: Token) -> Token | None:
    """The noun a people's adjective qualifies ("Veldorian and Marennese troops")."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ in ("amod", "compound", "nmod") and first.head.pos_ in ("NOUN", "PROPN"):
        return first.head
    return None


def _head_words(head: Token) -> frozenset[str]:
    words_ = {head.lower_, head.lemma_.lower()}
    words_ |= {c.lower_ for c in head.children if c.dep_ == "compound"}
    return frozenset(words_)


def _local_body(head: Token) -> bool:
    """'Zelinograd's city government', 'the regional parliament': a town's or a region's."""
    return any(c.lower_ in LOCAL_BODY_WORDS for c in head.children if c.dep_ in ("amod", "compound", "nmod"))
