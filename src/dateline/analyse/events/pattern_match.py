"""Matching a PETRARCH2 pattern against a verb's phrase: the words before the verb in its clause
and after it in its phrase (objects, prepositions, particles, complements), each knowing whether
it sits in a prepositional phrase, matched in order with synsets ('&MILITARY') and plurals."""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.lexicons import words

MEASURE_HEADS = frozenset(words("events/measure_heads.txt"))
OBJECT_CONTROL_VERBS = frozenset(words("events/object_control_verbs.txt"))
# Dependents whose words belong to the verb's phrase for pattern matching.
PHRASE_DEPS = frozenset({"dobj", "prep", "prt", "dative", "attr", "oprd", "xcomp", "acomp",
                         "advmod", "npadvmod", "pobj", "agent", "obj", "iobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "neg"})
MAX_PHRASE_TOKENS = 14


Form = tuple[str, str, int]  # lower case, lemma, inside a prepositional phrase (DEEP: inside two)


def measure_slot(noun: Token) -> Token:
    """'the second day of the strike', 'a series of tweets': the measure word that counts the
    noun stands in the clause in its place; else the noun."""
    of = noun.head
    if noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in MEASURE_HEADS:
        return of.head
    return noun


def _forms(token: Token, in_prep: int) -> Form:
    return token.lower_, token.lemma_.lower(), in_prep


def phrase_words(verb: Token, *, passive: bool = False) -> tuple[list[Form], list[Form]]:
    """(words before the verb in its clause, words after it in its phrase); each knows whether
    it sits in a prepositional phrase, where PETRARCH's '(PREP ...)' groups are matched.
    `passive`: the passive's subject is read as the active's object as well ("restrictions
    were cancelled" as "cancelled restrictions")."""
    after: list[tuple[Token, bool]] = []
    before: list[tuple[Token, bool]] = []
    if passive and reduced_passive(verb):
        after.extend(_phrase_subtree(verb.head, False))
    for child in verb.children:
        if _time_phrase(child):
            continue  # "demanded his resignation on Monday": a date is no particle ('press on') nor object
        if child.dep_ == "nsubjpass" and passive:
            after.extend(_phrase_subtree(child, False))
        if child.dep_ in PHRASE_DEPS and child.i > verb.i:
            after.extend(_phrase_subtree(child, child.dep_ in ("prep", "agent", "dative")))
        elif child.dep_ in SUBJECT_DEPS or child.i < verb.i:
            before.extend((t, p) for t, p in _phrase_subtree(child, child.dep_ == "prep") if t.i < verb.i)
        after.extend(_controlled_object(verb, child))
    after = sorted(after, key=lambda tp: tp[0].i)[:MAX_PHRASE_TOKENS]
    before = sorted(before, key=lambda tp: tp[0].i)
    return [_forms(t, p) for t, p in before], [_forms(t, p) for t, p in after]


def _time_phrase(child: Token) -> bool:
    """'on Monday', 'in March', 'at dawn on Friday': a preposition whose object is a date or time."""
    return child.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in child.children)


def reduced_passive(verb: Token) -> bool:
    """'tariffs imposed by China': a past participle after the noun it describes is a passive
    whose subject is that noun, as in 'tariffs that were imposed by China'."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN")


def _controlled_object(verb: Token, child: Token) -> list[tuple[Token, bool]]:
    """'allowed aid convoys to enter': the parser may make the object of an object-control verb
    the subject of its infinitive (a ccomp); it is the verb's object all the same."""
    if child.dep_ != "ccomp" or child.i < verb.i or verb.lemma_.lower() not in OBJECT_CONTROL_VERBS:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
        return []
    return [tp for c in child.children if c.dep_ == "nsubj" and verb.i < c.i < child.i
            for tp in _phrase_subtree(c, False)]


# Particles PETRARCH writes outside parentheses though spaCy may hang them as prepositions.
_PREP_FREE = frozenset({"up", "down", "out", "off", "over", "back", "in", "on", "away", "to", "for"})

# Clauses inside a phrase say something else ("a resolution that aims to tighten sanctions").
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "appos", "parataxis", "cc"})


def _phrase_subtree(token: Token, in_prep: int) -> list[tuple[Token, int]]:
    """The phrase's words, each with 0 (object), 1 (in a prepositional phrase) or DEEP (in a
    phrase inside one: 'on a ceasefire line' in 'with an agreement on a ceasefire line')."""
    found = [(token, in_prep)]
    for child in token.children:
        if child.dep_ not in CLAUSE_DEPS and not _time_phrase(child):
            opens = child.dep_ == "prep" and not _counting_of(token, child)
            found.extend(_phrase_subtree(child, DEEP if opens and in_prep else (1 if opens else in_prep)))
    return found


DEEP = 2


def _counting_of(head: Token, prep: Token) -> bool:
    """'200 tonnes of food aid', 'hundreds of rebels': the 'of' of a head that only counts or
    measures (measure_heads.txt) holds the verb's real object or subject, which the patterns
    read as if it stood there ('sent ... aid', 'rebels surrendered')."""
    return prep.lower_ == "of" and head.lemma_.lower() in MEASURE_HEADS


def _word_matches(word: str, form: Form) -> bool:
    if word.startswith("("):
        # a word of a prepositional group: inside the verb's prepositional phrases only
        return form[2] and _word_matches(word[1:], (form[0], form[1], False))
    if form[2] and not word.startswith("&") and word not in _PREP_FREE:
        return False  # an object word does not match inside a prepositional phrase
    if form[2] == DEEP:
        return False  # nor a class of words ('&CEASEFIRE') or a particle in a phrase inside one
    if word.startswith("&"):
        members = lexicon.synsets().get(word, frozenset())
        return form[0] in members or form[1] in members or singular(form[0]) in members
    return word == form[0] or word == form[1] or (word.endswith("s") is False and singular(form[0]) == word)


def singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def in_order(words: tuple[str, ...], forms: list[tuple[str, str]]) -> bool:
    position = 0
    for word in words:
        while position < len(forms) and not _word_matches(word, forms[position]):
            position += 1
        if position == len(forms):
            return False
        position += 1
    return True


def has_content_word(pattern: lexicon.Pattern) -> bool:
    return any(w.lstrip("(") not in _FUNCTION_WORDS for w in pattern.before + pattern.after)


_FUNCTION_WORDS = frozenset(words("events/pattern_function_words.txt"))
