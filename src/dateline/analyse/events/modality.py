"""Forms of English that mark an act as not (yet) done, beyond the frame words of frames.tsv.

Issue 17's sweep of mode forms over sentences we wrote found these closed-class forms missing:
- an inverted conditional ("Should Iran close the strait, ...", "Were Turkey to invade, ...",
  "Had the police intervened, ..."): the condition is hypothetical, and its verb no complement;
- a negative subject ("Nobody was arrested", "None of the protesters were detained", "No country
  has recognised ...", "Neither side attacked ..."): the act is negated as surely as by "not";
- the semi-modals "is going to" and "is about to", whose verbs ("go", "about") are no frame words
  elsewhere ("went to meet the rebels" happened);
- a premodifier that says an act is planned, proposed or only possible ("the upcoming visit",
  "the planned withdrawal", "a possible strike"): frames.tsv rows of kind "premod".
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from dateline.analyse.events import lexicon
from dateline.lexicons import words

# the auxiliaries that open an inverted condition; a question ends in "?" and is left alone
INVERTING_AUX = frozenset({"should", "were", "had"})
NEGATIVE_SUBJECTS = frozenset({"nobody", "none", "nothing", "neither", "no-one"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# verbs that carry an act out ("held", "launched", "mounted") or say it goes on ("began"); an
# announcement only makes a plan known
DOING_VERBS = (frozenset(words("events/light_verbs.txt"))
               | frozenset(words("events/aspectual_verbs.txt"))) - {"announce"}


def inverted_condition(verb: Token) -> bool:
    """Whether the verb stands in a sentence-opening inverted condition, which runs from its
    auxiliary to the first comma: 'Should Iran CLOSE the strait, the navy would intervene'."""
    sent = verb.sent
    words = [t for t in sent if not t.is_punct or t.text == ","]
    if not words or words[0].lower_ not in INVERTING_AUX or words[0].pos_ != "AUX":
        return False
    if sent[-1].text == "?" or any(t.text == "?" for t in sent):
        return False
    if len(words) < 2 or words[1].pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"):
        return False  # "Had he ...", "Should the army ...", "Were Turkey to ...": a subject next
    comma = next((t.i for t in words if t.text == ","), None)
    return comma is not None and words[0].i < verb.i < comma


def negative_subject(verb: Token) -> bool:
    """'Nobody was ARRESTED', 'No country has RECOGNISED', 'Neither side ATTACKED', 'Neither
    Israel nor Hamas ATTACKED': a subject that names no one negates the act."""
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(c.dep_ in ("det", "preconj") and c.lower_ in NEGATIVE_DETERMINERS for c in subject.children):
            return True
    return False


def going_to(verb: Token) -> bool:
    """'is going to impose', 'are about to expel': the complement's act is still to come."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    if head.lemma_.lower() == "go" and head.tag_ == "VBG":
        return any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in head.children)
    return head.lower_ == "about" and head.dep_ == "acomp" and head.head.lemma_.lower() == "be"


def premodified_mode(noun: Token) -> str | None:
    """'the upcoming visit', 'a possible strike': the mode a noun's premodifier gives its act,
    unless a verb says it is carried out ('launched the planned offensive', 'the planned
    offensive began'): then it was planned and has happened."""
    if noun.pos_ != "NOUN" or _carried_out(noun):
        return None
    table = lexicon.frames()
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i:
            mode = table.get((child.lower_, "premod")) or table.get((child.lemma_.lower(), "premod"))
            if mode:
                return mode
    return None


def _carried_out(noun: Token) -> bool:
    head = noun.head
    if head.i == noun.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if noun.dep_ in ("dobj", "obj") or (noun.dep_ == "nsubj" and head.lemma_.lower() in DOING_VERBS):
        return head.lemma_.lower() in DOING_VERBS
    return False


def yet_to(verb: Token) -> bool:
    """'has yet to withdraw', 'is yet to respond': what is still awaited has not happened."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.i != verb.i and head.lemma_.lower() in ("have", "be") \
        and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def prep_frame(verb: Token) -> tuple[Token, str] | None:
    """A frame that takes its act as a gerund after a preposition ('balked at SENDING troops',
    'refrained from USING force', 'committed to ENDING the strike'): frames.tsv rows 'verb prep'.
    Listed per preposition, since most frames' prepositional gerunds are no complement of theirs
    ('insisted on keeping' is one's own act, not a demand)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.pos_ != "ADP" or prep.dep_ != "prep":
        return None
    frame = prep.head
    if frame.i == prep.i or frame.pos_ not in ("VERB", "ADJ"):
        return None
    kind = "adj" if frame.pos_ == "ADJ" else "verb"
    mode = lexicon.frames().get((f"{frame.lemma_.lower()} {prep.lower_}", kind))
    return (frame, mode) if mode else None


def generic_when(verb: Token) -> bool:
    """'When the United States slaps tariffs on goods, ...': a present tense under 'when' is what
    happens whenever, or will happen, no act that took place ('when it slapped' is one)."""
    return verb.tag_ in ("VBZ", "VBP") and verb.dep_ == "advcl" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in verb.children)


def court_ruling(noun: Token) -> bool:
    """A decision whose possessor is a judge or a court ("the judge's decision to ..."): its
    words are the ruling itself, no aim still to be carried out."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    return owner is not None and lexicon.agents().get(owner.lemma_.lower()) == "JUD"


# the auxiliaries of a clause in the perfect or the past: it tells what has been done
PERFECT_OR_PAST_AUX = frozenset({"had", "has", "have", "was", "were", "did"})


def reported_fact(verb: Token) -> bool:
    """A that-clause in the past or the perfect tells what has been done, whatever verb frames
    it: "told reporters that her office HAD OPENED an inquiry", "insisted he had never taken a
    coin" report acts; only a clause in the subjunctive, the present or with a modal ("demanded
    that he RESIGN", "told them they must leave") asks for one."""
    if verb.dep_ != "ccomp":
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.i < verb.head.i and verb.tag_ in ("VBZ", "VBP") and not aux \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return True  # a quotation before its verb, in the present: "'I have full confidence in him,' she told reporters"
    return verb.tag_ == "VBD" or bool(aux & PERFECT_OR_PAST_AUX)


# prepositions that make a gerund the means or the step of another act ("can end it BY
# WITHDRAWING the bill", "will meet him AFTER VISITING Kyiv")
MEANS_PREPOSITIONS = frozenset({"by", "after", "before", "through"})


def means_mode(verb: Token, mode_of: Callable[[Token], str], frame_mode: Callable[[Token], str | None]) -> str | None:
    """The mode of the act a gerund is the means or step of, when that act did not (yet) happen:
    "the government can end it by WITHDRAWING the bill" is as hypothetical as the ending. A frame
    word's mode is its complement's ("told reporters after MEETING officials"), not its own."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or prep.lower_ not in MEANS_PREPOSITIONS:
        return None
    if prep.head.pos_ not in ("VERB", "AUX") or prep.head.i == verb.i or frame_mode(prep.head):
        return None
    mode = mode_of(prep.head)
    return mode if mode not in ("asserted", "negated") else None
