"""Amounts in the parse: whether a candidate is plausible in its sentence, and what it counts (the
noun it modifies, the object of 'of', the subject of a change), read from the spaCy tokens.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from dateline.vocabulary.amount_words import lexicon
from dateline.vocabulary.calendar import MONTHS
from dateline.analyse.parsed import doc_text
from dateline.analyse.amounts.candidates import _Candidate


NOMINAL_POS = ("NOUN", "PROPN")
RUN_POS = ("ADJ", "NOUN", "PROPN")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
TIME_ENTS = ("DATE", "TIME")
MAX_OBJECT_RUN = 6


# ----------------------------------------------------------------------------- checks on the parse


def _is_month_name(token: Token | None) -> bool:
    return token is not None and token.text[:1].isupper() and token.lower_.rstrip(".") in MONTHS


# words that open a time phrase of their own right after a number: the tagger often takes the
# number into it ("rose to 34 last night" as one TIME), though the number counts something
_TIME_PHRASE_OPENERS = frozenset({"last", "this", "yesterday", "overnight", "tonight", "today", "on"})


def _before_time_phrase(doc: Doc, core: Span) -> bool:
    """'the toll rose to 34 last night': a number after "to" a time phrase follows is a level
    reached, not a clock time ("arrived at 5 last night" is one)."""
    following = doc[core.end] if core.end < len(doc) else None
    previous = doc[core.start - 1] if core.start > 0 else None
    return following is not None and following.lower_ in _TIME_PHRASE_OPENERS and previous is not None and (
        previous.lower_ == "to") and previous.head.pos_ == "VERB" and previous.head.lemma_.lower() in lexicon().change_verbs


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible_in_context(doc: Doc, candidate: _Candidate) -> bool:
    """Dates, years, ages and identifiers look like numbers but count nothing."""
    lex = lexicon()
    core = _tokens(doc, candidate.core_start, candidate.core_end)
    if core is None or len(core) == 0:
        return False
    following = doc[core.end] if core.end < len(doc) else None
    counted_next = following is not None and following.tag_ in ("NNS", "NNPS") and following.ent_type_ not in TIME_ENTS
    if candidate.unit == "count" and all(t.ent_type_ in TIME_ENTS for t in core) and not candidate.vague:
        if not (counted_next and not candidate.bare_integer) and not _before_time_phrase(doc, core):
            return False
    if candidate.bare_integer:
        value = candidate.value or 0
        plain = doc_text(doc)[candidate.core_start : candidate.core_end]
        if len(plain) == 4 and 1000 <= value <= 2100 and not counted_next:
            return False  # a year
        if len(plain) == 4 and 1000 <= value <= 2100 and following is not None and following.ent_type_ in TIME_ENTS:
            return False
    if candidate.bare_integer and _bracketed_alone(doc_text(doc), candidate):
        return False  # "... eating disorder (12)." "[3]": a reference marker or list number
    if candidate.bare_integer and 1 <= (candidate.value or 0) <= 31 and _is_month_name(following):
        return False  # "the flood of 12 September": a day of the month (the tagger may not say DATE)
    previous = doc[core.start - 1] if core.start > 0 else None
    hedged = candidate.start < candidate.core_start  # a qualifier or a currency sign stands before
    if previous is not None and not hedged and candidate.unit == "count" and not candidate.has_scale:
        word_before = re.search(r"([^\W\d_]+|#)\.?\s*$", doc_text(doc)[max(0, candidate.start - 24) : candidate.start])
        if word_before and word_before.group(1).lower() in lex.identifier_words:
            return False  # "No. 10", "Article 5", "page 4"
        if previous.lower_ in lex.age_words:
            return False
        if previous.pos_ == "PROPN" and previous.ent_type_ not in ("NORP",) and not previous.is_sent_start:
            if previous.whitespace_ and doc[core.start].idx - previous.idx - len(previous) <= 1:
                return False  # "Flight 370", "Windows 10", "Apollo 11"
        if previous.pos_ == "NOUN" and previous.is_title and candidate.bare_integer and not previous.is_sent_start:
            return False
    if candidate.bare_integer and previous is not None and previous.text == "," and not hedged:
        # "Halden, 45, a farmer": an age in apposition to a name
        before = doc[core.start - 2] if core.start >= 2 else None
        value = candidate.value or 0
        after = following.text if following is not None else "."
        if before is not None and before.pos_ == "PROPN" and 0 < value < 120 and after in (",", ".", ";", ")", "said"):
            return False
    if candidate.unit == "count" and not candidate.has_scale and (candidate.value or 0) < 130:
        window = list(doc[max(0, core.start - 6) : core.start])
        starts = [i for i, token in enumerate(window) if token.is_sent_start]
        window = window[starts[-1] :] if starts else window  # same sentence only
        if any(token.lower_ in lex.age_words for token in window):
            return False  # "the retirement age from 62 to 65", "the age of 18"
    if candidate.dash_range and following is not None and following.lower_ in lex.score_nouns:
        return False
    return True


def _bracketed_alone(text: str, candidate: _Candidate) -> bool:
    """A number that is all a pair of brackets holds."""
    before, after = text[candidate.start - 1 : candidate.start], text[candidate.end : candidate.end + 1]
    return candidate.start > 0 and (before, after) in (("(", ")"), ("[", "]"))


# ----------------------------------------------------------------------------- what is counted


def _counted(doc: Doc, candidate: _Candidate) -> tuple[str | None, int | None, str | None]:
    """(object, end offset when the object follows the number, unit) for one candidate.

    The unit comes back too because "millions of dollars" only shows its currency here,
    and None for the unit means "not an amount after all" (e.g. "three of the days").
    """
    lex = lexicon()
    unit = candidate.unit
    first = _first_token_after(doc, candidate.end)
    if first is not None and first.text in ("-", "–") and first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "strong":
        first = doc[first.i + 2] if first.i + 2 < len(doc) else None  # "a 5,000-strong crowd"
    if first is not None and unit == "fraction" and first.pos_ == "DET" and first.i > 0:
        head = _of_object(doc, doc[first.i - 1])  # "half the flights"
        if head is not None and head.pos_ != "PRON":
            return _phrase(head, after=candidate.end), head.idx + len(head), unit
    if first is not None and first.lower_ == "of":
        head = _of_object(doc, first)
        if head is not None:
            if head.lower_ in lex.currency_words and (candidate.vague or unit == "count"):
                return None, head.idx + len(head), lex.currency_words[head.lower_]  # "millions of dollars"
            if unit in ("count", "fraction") and (head.lower_ in lex.time_units or head.lemma_.lower() in lex.time_units):
                return None, None, None  # "three of the days", "a quarter of an hour"
            if head.pos_ == "PRON":
                return None, None, unit
            if any(token.like_num for token in doc[first.i + 1 : head.i]):
                # "35 of the 120 lawmakers": the span stops so that "120 lawmakers" is an amount too
                return _phrase(head, after=candidate.end), None, unit
            return _phrase(head, after=candidate.end), head.idx + len(head), unit
        return None, None, unit
    countable = unit == "count" and (not candidate.vague or candidate.singular_vague)
    if (countable or candidate.ratio) and first is not None:
        head = _following_noun(doc, first)
        if head is not None:
            if head.lower_ in lex.time_units or head.lemma_.lower() in lex.time_units:
                return None, None, None  # "five long years"
            if candidate.is_range and head.lower_ in lex.score_nouns:
                return None, None, None
            head, phrase = _with_conjunct(doc, head, _phrase(head, after=candidate.end))
            return phrase, head.idx + len(head), unit
        if first.lower_ in lex.nominal_adjectives and not _is_nominal(_next(doc, first)):
            return first.lower_, first.idx + len(first), unit  # "3 million displaced"
    if unit not in ("count", "percent", "percentage point", "fraction") and first is not None and first.pos_ == "NOUN":
        head = _following_noun(doc, first)
        if head is not None and head.lower_ not in lex.time_units:
            return _phrase(head, after=candidate.end), head.idx + len(head), unit  # "a $300 million investment"
    if unit not in ("count", "percent", "percentage point", "fraction") and first is not None and first.lower_ in ("in", "worth"):
        after = _next(doc, first)
        if first.lower_ == "worth" and after is not None and after.lower_ == "of":
            head = _of_object(doc, after)
        else:
            head = _following_noun(doc, after) if after is not None else None
        if head is not None and head.ent_type_ not in TIME_ENTS and head.pos_ == "NOUN" and not (
            first.lower_ == "in" and head.i == first.i + 1 and head.lower_ in lex.in_idioms
        ):
            return _phrase(head, after=candidate.end), None, unit  # "€200 million in aid"
    if unit not in ("count", "percent", "percentage point", "fraction"):
        valued = _valued_noun(doc, candidate)
        if valued is not None:
            return _phrase(valued, after=0), None, unit  # "bribes worth €12 million"
    if candidate.vague or unit == "fraction":
        return None, None, unit
    subject = _subject_of_change(doc, candidate)
    return (_phrase(subject, after=0) if subject is not None else None), None, unit


def _valued_noun(doc: Doc, candidate: _Candidate) -> Token | None:
    """The noun right before "worth" or "valued at" that the money values: "bribes worth
    €12 million", "a deal valued at $3 billion" (not across a comma: "the contract, worth")."""
    span = _tokens(doc, candidate.start, candidate.end)
    if span is None or span.start < 2:
        return None
    before = doc[span.start - 1]
    if before.lower_ == "at" and span.start >= 3 and doc[span.start - 2].lower_ == "valued":
        before = doc[span.start - 2]
    if before.lower_ not in ("worth", "valued"):
        return None
    noun = doc[before.i - 1]
    if noun.pos_ == "NOUN" and noun.ent_type_ not in TIME_ENTS:
        return noun
    return None


def _first_token_after(doc: Doc, offset: int) -> Token | None:
    for token in doc:
        if token.idx >= offset:
            return token
    return None


def _next(doc: Doc, token: Token | None) -> Token | None:
    if token is None or token.i + 1 >= len(doc):
        return None
    return doc[token.i + 1]


def _is_nominal(token: Token | None) -> bool:
    return token is not None and token.pos_ in NOMINAL_POS


def _of_object(doc: Doc, of_token: Token) -> Token | None:
    """The noun after 'of': 'of the 45 passengers' -> passengers; 'of them' -> them."""
    index = of_token.i + 1
    last_nominal: Token | None = None
    steps = 0
    while index < len(doc) and steps < MAX_OBJECT_RUN:
        token = doc[index]
        if token.pos_ == "PRON" and last_nominal is None and token.dep_ != "poss":
            return token
        if token.pos_ in ("DET", "NUM", "ADJ") or token.dep_ == "poss" or token.tag_ in ("POS", "HYPH", "PRP$"):
            pass
        elif token.pos_ in NOMINAL_POS and token.ent_type_ not in TIME_ENTS:
            last_nominal = token
            following = _next(doc, token)
            if not _is_nominal(following) or following.ent_type_ in TIME_ENTS:
                return token
        else:
            break
        index += 1
        steps += 1
    return last_nominal


def _following_noun(doc: Doc, first: Token | None) -> Token | None:
    """The head noun right after a number: '3 million Syrian refugees' -> refugees."""
    if first is None:
        return None
    index = first.i
    steps = 0
    while index < len(doc) and steps < MAX_OBJECT_RUN:
        token = doc[index]
        if token.ent_type_ in TIME_ENTS and (token.pos_ == "PROPN" or token.dep_ == "npadvmod"):
            return None  # "rose to 40 yesterday", "to 34 last night": when, not what
        if token.pos_ in NOMINAL_POS:
            following = _next(doc, token)
            after_hyphen = _next(doc, following) if following is not None and following.tag_ == "HYPH" else None
            model_number = after_hyphen is not None and after_hyphen.like_num  # "A350-900"
            if not (_is_nominal(following) and following.ent_type_ not in TIME_ENTS) and not model_number:
                return token if token.pos_ == "NOUN" or token.tag_ == "NNPS" or token.ent_type_ == "NORP" else None
        elif token.pos_ == "ADJ" or token.tag_ in ("HYPH", "JJ") or (token.tag_ == "VBN" and _is_nominal(_next(doc, token))):
            pass
        elif token.like_num and index > first.i and doc[index - 1].tag_ == "HYPH":
            pass  # a model's number: "50 Airbus A350-900 jets"
        else:
            return None
        index += 1
        steps += 1
    return None


def _with_conjunct(doc: Doc, head: Token, phrase: str) -> tuple[Token, str]:
    """'4,000 soldiers and civilians' counts both: (last noun, 'soldiers and civilians')."""
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ not in ("and", "or"):
        return head, phrase
    other = doc[head.i + 2]
    after = doc[other.i + 1] if other.i + 1 < len(doc) else None
    if other.pos_ == "NOUN" and other.tag_ == head.tag_ and not _is_nominal(after) and other.head.i == head.i:
        return other, f"{phrase} {doc[head.i + 1].lower_} {other.lower_}"
    return head, phrase


def _phrase(head: Token, *, after: int) -> str:
    """The head noun with the nouns compounded onto it: 'aid workers', 'death toll', 'refugees'.

    `after` is the end of the amount itself, so "10 lakh masks" gives "masks", not "lakh masks".
    """
    start = head.i
    doc = head.doc
    while (
        start > 0
        and doc[start - 1].pos_ == "NOUN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].head.i >= head.i
        and doc[start - 1].idx >= after
        and not doc[start - 1].like_num
    ):
        start -= 1
    words = doc[start : head.i + 1].text
    return words if head.pos_ == "PROPN" else words.lower()


def _subject_of_change(doc: Doc, candidate: _Candidate) -> Token | None:
    """'The death toll climbed to 45' -> toll; 'Turnout was 62 percent' -> turnout."""
    lex = lexicon()
    span = _tokens(doc, candidate.core_start, candidate.end)
    if span is None or len(span) == 0:
        return None
    root = span.root
    verb: Token | None = None
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "at", "by", "from", "around", "about", "over", "nearly"):
        verb = root.head.head
        if root.head.lower_ in ("to", "at") and verb.pos_ == "VERB":
            objects = [child for child in verb.children if child.dep_ == "dobj" and child.pos_ == "NOUN"]
            if objects:
                return objects[0]  # "cut its key rate to 4.25%", "put the figure at 400,000"
    elif root.dep_ in ("dobj", "attr", "npadvmod", "oprd", "acomp", "advmod"):
        verb = root.head
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in lex.change_verbs:
        return None
    for _ in range(2):
        subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "NOUN" and subject.ent_type_ not in TIME_ENTS:
                return subject
            return None
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
        else:
            return None
    return None
