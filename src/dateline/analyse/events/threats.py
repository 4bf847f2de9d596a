"""Warnings that are threats, and warnings that are advice or forecasts.

CAMEO codes "warn" as a threat (130), and so it is when the warner announces its own act ("Russia
warned that it would retaliate", "warned Kyiv it would cut gas supplies"). But news uses the verb
as often for a forecast or advice, whose clause is about a state of affairs, not anyone's act:
"the IMF warned that prices could rise", "the paper warned that there is no room for compromise".
A threat is of an act to come: a clause with no modal and no
infinitive ("warned that voters are entitled to transparency") says how things are. Else such a
clause's subject is no actor (an expletive "there", a thing: "prices", "the deficit"), and
nobody is warned; then the verb codes nothing, since a wrong event is worse than none.

A warning to the public to do or avoid something ("officials warned residents to stay away from
the river": data/events/public_nouns.txt) is advice for their own safety: no threat either.
"Russia warned Kyiv not to cross the line" is told to a party, and stays a threat.

The converse, "threatening to assault and murder an official", where a threat frame governs two
coordinated acts, is framing.py's (a conjunct shares its frame's mode).
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.analyse.events.actors import actor_for
from dateline.lexicons import words

WARNING_VERBS = frozenset(words("events/warning_verbs.txt"))
PUBLIC_NOUNS = frozenset(words("events/public_nouns.txt"))
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it"})


def forecast_warning(verb: Token) -> bool:
    """'warned that prices could rise': a warning about a state of affairs, no threat."""
    if verb.lemma_.lower() not in WARNING_VERBS:
        return False
    content = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if any(c.dep_ in ("dobj", "obj", "dative", "iobj") for c in verb.children):
        # someone is warned: "warned Kyiv that it would ...", a threat; "had warned the minister
        # that the contract was overpriced" tells them how things are, no threat
        return content is not None and _present_state(content) and not _quoted(verb, content) \
            and not _actor_subject(content)
    if content is None:
        return False
    if _present_state(content) and not _quoted(verb, content):
        return True  # "warned that voters are entitled to ...": how things are, no act to come
    subject = next((c for c in content.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None)
    if subject is None or subject.dep_ in ("expl", "csubj") or subject.lower_ == "there":
        return subject is not None
    if subject.pos_ == "PRON":
        return subject.lower_ not in _PERSONAL_PRONOUNS  # "it would retaliate" may be the warner
    if _conditional_protest(content, subject):
        return False  # "warned that the strike will spread unless the sale is dropped": a threat
    return not _may_act(subject)


CONDITION_MARKS = frozenset({"unless", "if"})


def _conditional_protest(content: Token, subject: Token) -> bool:
    """A protest to come on a condition ('the strike will spread to the ports unless ...'): the
    warner's own pressure, a threat; a forecast on a condition ('prices could rise unless ...')
    names no act of anyone's."""
    if subject.pos_ != "NOUN" or not lexicon.nouns().get(subject.lemma_.lower(), "").startswith("14"):
        return False
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
               for c in content.children)


FUTURE_AUX = frozenset({"will", "would", "shall", "should", "could", "may", "might", "must", "'ll", "wo", "ca", "can"})


def _present_state(content: Token) -> bool:
    """A content clause with no modal and no infinitive or 'going to' in it ('voters are
    entitled', 'troops had crossed'): a statement of how things are or were."""
    if content.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in content.children):
        return False
    return not any(c.dep_ in ("xcomp", "ccomp", "advcl") or c.lower_ == "going" for c in content.children)


def _quoted(verb: Token, content: Token) -> bool:
    """'warning: "They are already there"': the speaker's own words, read in their context (a
    present fact may carry the threat), are left as they were."""
    between = verb.doc[verb.i + 1:content.left_edge.i + 1]
    return any(t.text in QUOTE_MARKS for t in between)


QUOTE_MARKS = frozenset({":", '"', "“", "”", "'", "‘", "’"})


def _actor_subject(content: Token) -> bool:
    """Whether the content clause's subject is a party ('warned Kyiv that its troops had
    crossed' may press a party's act; 'that the contract was overpriced' is about a thing)."""
    # the parser may hang the subject on the auxiliary ('the contract was overpriced')
    heads = [content, *(c for c in content.children if c.dep_ in ("aux", "auxpass"))]
    subject = next((c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return True  # nothing to tell: leave the threat as it was
    return subject.pos_ == "PRON" or _may_act(subject)


def _may_act(subject: Token) -> bool:
    """Whether the clause's subject could be an actor announcing or suffering an act."""
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    phrase = " ".join(t.text for t in subject.subtree if t.i <= subject.i)
    return actor_for(phrase) is not None


def advice_warning(verb: Token) -> bool:
    """'warned residents to stay away from the river': advice to the public, no threat."""
    if verb.lemma_.lower() not in WARNING_VERBS or not any(c.dep_ == "xcomp" for c in verb.children):
        return False
    warned = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    return warned is not None and warned.pos_ == "NOUN" and (
        warned.lemma_.lower() in PUBLIC_NOUNS or warned.lower_ in PUBLIC_NOUNS) \
        and not any(c.dep_ in ("amod", "compound") and _may_act(c) for c in warned.children)
