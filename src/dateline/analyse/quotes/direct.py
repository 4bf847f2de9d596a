"""Direct quotes: marked spans, each with its cue and speaker (or the last speaker's)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import (
    MEDIUM_NOUNS,
    Attribution,
    according_to,
    attribution_for_verb,
    cue_text,
    outermost_cue,
    recipient,
    same_paragraph,
    speaker_span,
    verb_classes,
)
from dateline.analyse.quotes.fragments import (
    FRAGMENT_MAX_WORDS,
    is_embedded,
    is_fragment,
    is_sentence,
    is_title,
    word_count,
)
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.analyse.quotes.marks import MarkedSpan, find_marked_spans
from dateline.analyse.quotes.speakers import can_speak, known_name, name_words

SENTENCE_END = frozenset({".", "!", "?", ";"})
# A cue is looked for this many tokens either side of the quote, within its sentence.
CONTEXT_TOKENS = 14


@dataclass
class DirectHit:
    """One marked span with what was found about it (turned into a Quote by the caller)."""

    span: MarkedSpan
    kind: str
    attribution: Attribution | None
    inherited: bool = False  # speaker taken from the previous quote
    rule: str = ""  # which rule found the attribution (for error analysis)


class _QuoteRanges:
    """Fast 'is this offset inside quotation marks' over sorted (open, outer_end) ranges."""

    def __init__(self, spans: list[MarkedSpan]):
        ranges = sorted((s.open_at, s.outer_end) for s in spans)
        self.starts = [a for a, _ in ranges]
        self.ranges = ranges

    def inside(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ranges[i][1]


def _paragraph_bounds(text: str) -> list[int]:
    """Start offsets of paragraphs (non-blank lines), so blank lines do not separate neighbours."""
    return [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)] or [0]


def _tokens_between(doc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="contract")


# A cue hanging from another speech verb continues that one's attribution.
_FOLLOW_UP_DEPS = frozenset({"advcl", "conj", "xcomp"})


def _cue_in(tokens, ranges: _QuoteRanges, *, classes=("say",), reverse=False) -> Attribution | None:
    seq = list(tokens)
    if reverse:
        seq.reverse()
    for tok in seq:
        if ranges.inside(tok.idx):
            continue
        if set(verb_classes(tok)) & set(classes):
            attribution = attribution_for_verb(tok)
            # "Halden said the talks were “over,” adding, “...”": Halden speaks, not "the talks";
            # "Ostrova says she would order ... “living wills”": the outer speaker, once.
            attribution = _with_outer_speaker(attribution, tok, ranges)
            attribution = _reporting_speaker(tok.doc, attribution, ranges) or attribution
            if attribution.speaker is not None and ranges.inside(attribution.speaker.start_char):
                # "Ostrova smiled, telling the crowd, “Some people ...”": the parse hung the
                # cue from the quote; the subject of the clause before the cue speaks.
                # "“We were wrong,” Kovach, 58, told a radio station": the name after the quote.
                attribution = (_subject_before(tok, ranges) if reverse else _speaker_outside(tok, ranges)) or attribution
            if attribution.speaker is None:
                attribution = _adjacent_speaker(tok, ranges) or attribution
            if attribution.speaker is None:
                # "Mr. Trump, asked about it, had said, ..." / "“...,” Sperling, an adviser, said"
                attribution = _phrase_before(tokens if reverse else seq, tok, ranges) or attribution
            if attribution.speaker is None:
                attribution = _name_before_aside(tok, ranges) or attribution
            return attribution
    return None


def _speaker_outside(verb, ranges: _QuoteRanges) -> Attribution | None:
    """The speaker of `verb` when the parse took a subject from inside a quote: a name
    between the quote and the verb ("“We were wrong,” Kovach, 58, told a radio station"),
    after the verb ("said Kovach"), or the subject of the clause before the verb."""
    doc = verb.doc
    between = []
    j = verb.i - 1
    while j >= 0 and j >= verb.i - CONTEXT_TOKENS * 2 and not ranges.inside(doc[j].idx):
        between.append(doc[j])
        j -= 1
    between.reverse()
    if between and j >= 0 and ranges.inside(doc[j].idx):
        found = _phrase_before(between + [verb], verb, ranges)
        if found is not None:
            return found
    return _adjacent_speaker(verb, ranges) or _subject_before(verb, ranges)


# Words that may stand between a subject's aside and its verb ("had said", "also said").
_VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})
# An aside between a subject and its verb runs at most this many tokens.
_ASIDE_TOKENS = 20


def _name_before_aside(verb, ranges: _QuoteRanges) -> Attribution | None:
    """'The issue came up after Mr. Trump, asked about it, had said ...': the parse hung the
    name elsewhere; the name before a comma-bounded aside that ends at the verb speaks."""
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].dep_ in _VERB_GROUP_DEPS and doc[j].head.i == verb.i:
        j -= 1
    if j < 1 or doc[j].text != "," or ranges.inside(doc[j].idx):
        return None
    for k in range(j - 1, max(verb.sent.start, j - _ASIDE_TOKENS) - 1, -1):
        tok = doc[k]
        if ranges.inside(tok.idx) or tok.text in SENTENCE_END or "\n" in tok.text:
            return None
        if tok.text != ",":
            continue
        if k == j - 1 or k == 0:
            return None
        name = doc[k - 1]
        if name.pos_ != "PROPN" and name.ent_type_ != "PERSON" or not can_speak(name) or ranges.inside(name.idx):
            return None
        return Attribution(cue_text(verb), verb.i, speaker_span(name), name)
    return None


def _noun_before(verb, ranges: _QuoteRanges) -> Attribution | None:
    """'Halden's campaign manager says ...' with the noun hung elsewhere: the noun right before the verb."""
    if verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    if tok.pos_ not in ("NOUN", "PROPN") or ranges.inside(tok.idx) or not can_speak(tok) or not same_paragraph(tok, verb):
        return None
    return Attribution(cue_text(verb), verb.i, speaker_span(tok), tok)


def _subject_before(verb, ranges: _QuoteRanges) -> Attribution | None:
    """The nearest subject left of `verb` in its sentence, outside quotation marks."""
    doc = verb.doc
    for j in range(verb.i - 1, max(verb.sent.start, verb.i - CONTEXT_TOKENS * 2) - 1, -1):
        tok = doc[j]
        if ranges.inside(tok.idx):
            return None
        if tok.dep_ in ("nsubj", "nsubjpass") and not ranges.inside(tok.head.idx) and can_speak(tok):
            return Attribution(cue_text(verb), verb.i, speaker_span(tok), tok)
    return None


def _sender(verb, attribution: Attribution, ranges: _QuoteRanges) -> Attribution | None:
    """'Halden emailed supporters saying, “...”', 'an email to voters stating “...”': the
    people a message went to do not speak; whoever sent it does."""
    head = attribution.speaker_head
    if head is None or verb.dep_ != "acl" or verb.head.i != head.i or not recipient(head):
        return None
    current = head.head
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        current = current.head
    if current.pos_ not in ("VERB", "AUX") or ranges.inside(current.idx):
        return None
    found = attribution_for_verb(current)
    if found.speaker is None or not can_speak(found.speaker_head):
        return None
    return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)


def _with_outer_speaker(attribution: Attribution, verb, ranges: _QuoteRanges) -> Attribution:
    """The speaker of the highest speech verb reporting `verb`, keeping `verb` as the cue
    (PolNeAR, like a reader, counts "..., adding, “...”" as its own attribution)."""
    outer = outermost_cue(verb, inside=ranges.inside)  # never beyond verb's paragraph
    if outer is verb:
        return attribution
    found = attribution_for_verb(outer)
    if found.speaker is None:
        return attribution
    return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)


def _phrase_before(seq, verb, ranges: _QuoteRanges) -> Attribution | None:
    """'“...,” Gene Sperling, a top adviser, said': the first name between the quote and
    its verb speaks, when the parse hung it elsewhere."""
    for tok in seq:
        if tok.i >= verb.i:
            return None
        if ranges.inside(tok.idx):
            continue
        if (tok.pos_ == "PROPN" and not tok.is_stop and tok.ent_type_ not in _TIME_ENTS) or tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "they"):
            head = tok
            doc = tok.doc
            while head.i + 1 < verb.i and doc[head.i + 1].pos_ == "PROPN":
                head = doc[head.i + 1]
            return Attribution(verb.text, verb.i, speaker_span(head), head)
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None


def _inverted_cue(right, ranges: _QuoteRanges) -> Attribution | None:
    """'“...,” Toomey fumed' / '“...,” shot back Halden': a quote ending in a comma is
    followed by its attribution, whatever the verb."""
    seq = [t for t in right[:8] if not ranges.inside(t.idx)]
    for tok in seq:
        if tok.pos_ == "VERB" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.dep_ not in ("nsubj", "compound", "amod"):
            attribution = attribution_for_verb(tok)
            if attribution.speaker is None or attribution.speaker_head.i < seq[0].i:
                attribution = _phrase_before(seq, tok, ranges) or _adjacent_speaker(tok, ranges)
            if attribution is None or attribution.speaker is None or not can_speak(attribution.speaker_head):
                return None
            return Attribution(tok.text, tok.i, attribution.speaker, attribution.speaker_head)
        if tok.is_punct and tok.text != ",":
            return None
    return None


def _adjacent_speaker(verb, ranges: _QuoteRanges) -> Attribution | None:
    """A misparsed 'said Halden' / 'asked the boy': the noun phrase right after the verb."""
    doc = verb.doc
    i = verb.i + 1
    # skip a determiner and adjectives to the noun: "asked the young boy"
    # ("said retired surgeon Ben Carson": "retired" may be tagged a verb, as a modifier)
    # "told Reuters": whom the words went to; "said Wednesday": when
    to_recipient = verb.lemma_.lower() in _RECIPIENT_VERBS
    while (
        not to_recipient
        and i < len(doc)
        and i <= verb.i + 5
        and doc[i].ent_type_ not in _TIME_ENTS
        and (doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN") or doc[i].dep_ in ("amod", "compound"))
        and not ranges.inside(doc[i].idx)
    ):
        if doc[i].pos_ in ("PROPN", "NOUN") and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("PROPN", "NOUN")):
            if i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_:
                break  # "said matter-of-factly": a word of an adverb, not a name
            return Attribution(verb.text, verb.i, speaker_span(doc[i]), doc[i])
        i += 1
    before = verb.i - 1
    if before > 0 and doc[before].text == ")":
        # "Rep. Paul Ryan (R-WI) said": step over the parenthesis to the name
        opening = next((k for k in range(before - 1, max(-1, before - 8), -1) if doc[k].text == "("), None)
        if opening is not None:
            before = opening - 1
    for j in (before,) if to_recipient else (verb.i + 1, before):
        if 0 <= j < len(doc) and not ranges.inside(doc[j].idx):
            tok = doc[j]
            if tok.ent_type_ in ("PERSON", "ORG") or tok.lower_ in ("he", "she", "they"):
                return Attribution(verb.text, verb.i, speaker_span(tok), tok)
            if j == verb.i + 1 and tok.is_title and tok.text in name_words(doc) and not tok.ent_type_:
                # "“...,” said Skelly, explaining ...": a name the tagger took for another word
                # here, but tags as a person or organisation elsewhere in the article
                return Attribution(verb.text, verb.i, speaker_span(tok), tok)
    return None


_TIME_ENTS = frozenset({"DATE", "TIME"})
# Verbs whose object is whom the words went to, not who spoke them.
_RECIPIENT_VERBS = frozenset({"tell", "inform", "assure", "remind", "email", "e-mail", "text", "notify"})


# Spaces around a signature's dash, no-break ones included, but not a line break.
_DASH = re.compile(r"[^\S\n]*[-—–―]+[^\S\n]*")


def _signed_name(doc: Doc, start: int) -> Attribution | None:
    """'— Mira Kovach, 34, Lodz' from `start` (a dash) to the end of its line: the name."""
    text = doc_text(doc)
    m = _DASH.match(text, start, start + 8)
    if m is None or not m.group().strip():
        return None
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    region = _tokens_between(doc, m.end(), min(line_end, m.end() + 200))
    if region is None or len(region) == 0:
        return None
    first = region[0]
    if first.pos_ != "PROPN" and first.ent_type_ != "PERSON":
        return None
    head = first
    while head.i + 1 < region.end and doc[head.i + 1].pos_ == "PROPN" and doc[head.i + 1].text not in ",.":
        head = doc[head.i + 1]
    return Attribution("—", first.i, doc[first.i : head.i + 1], head)


def _signature_after(doc: Doc, span: MarkedSpan, para_end: int) -> Attribution | None:
    """A pull quote signed on its own line after the closing mark: '“...” ― Mira Kovach, Lodz'."""
    text = doc_text(doc)
    if span.outer_end >= para_end or not _DASH.match(text, span.outer_end, span.outer_end + 8):
        return None
    found = _signed_name(doc, span.outer_end)
    if found is None:
        return None
    head = found.speaker_head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.is_alpha and same_paragraph(head, head.head):
        return None  # '“...” - Democrats who watched it said ...': a sentence goes on
    return found


def _signature_line(doc: Doc, span: MarkedSpan, para_starts: list[int], p: int, para_end: int) -> Attribution | None:
    """A quote closing its paragraph, signed on the next line: '“...” / — Mira Kovach, Lodz.'"""
    text = doc_text(doc)
    if text[span.outer_end : para_end].strip(" \t.,\"”’'") or p + 1 >= len(para_starts):
        return None
    return _signed_name(doc, para_starts[p + 1])


def _colon_paragraph(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_starts: list[int], p: int) -> Attribution | None:
    """A paragraph that is one quote, after a paragraph ending in a colon ("Halden issued
    the following statement:"): whoever that paragraph introduces speaks."""
    text = doc_text(doc)
    if text[para_starts[p] : span.open_at].strip():
        return None
    previous = text[para_starts[p - 1] : para_starts[p]].rstrip()
    if not previous.endswith(":"):
        return None
    region = _tokens_between(doc, para_starts[p - 1], para_starts[p - 1] + len(previous))
    if region is None or len(region) < 2:
        return None
    left = []
    for tok in reversed(region):
        if tok.text in SENTENCE_END or ranges.inside(tok.idx):
            break
        left.append(tok)
    left.reverse()
    if len(left) < 2:
        return None
    found = _cue_in(left, ranges, classes=("say", "obj"), reverse=True) or _colon_speaker(left)
    if found is not None:
        return found
    # "... released the following statement:": the clause's own verb, not "following"
    for tok in reversed(left):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound", "acl", "aux", "auxpass"):
            found = attribution_for_verb(tok)
            if found.speaker is not None and can_speak(found.speaker_head):
                return found
            return None
    return None


def _previous_speech(doc: Doc, ranges: _QuoteRanges, para_starts: list[int], p: int, span: MarkedSpan) -> Attribution | None:
    """A quote with no cue of its own, after a sentence or paragraph where someone spoke
    ("Ash argued in his email ... / “In light of ...”"): that speaker."""
    lo = para_starts[p - 1] if p > 0 else 0
    region = _tokens_between(doc, lo, span.open_at)
    if region is None:
        return None
    nearest = _previous_subject(doc, span, ranges, para_starts, p)
    for tok in reversed(region):
        if ranges.inside(tok.idx):
            return None  # a quote in between: that one's speaker is the candidate, via inheritance
        if nearest is not None and tok.i < nearest.speaker_head.sent.start:
            return None  # 'Ostrova touted her record. “...”': someone else took the floor since
        if "say" in verb_classes(tok) or "think" in verb_classes(tok):
            # "Carter said that critics had been predicting ...": Carter, not the critics
            attribution = _with_outer_speaker(attribution_for_verb(tok), tok, ranges)
            if attribution.speaker is not None and ranges.inside(attribution.speaker.start_char):
                attribution = _speaker_outside(tok, ranges) or attribution
            if attribution.speaker is not None and attribution.speaker_head.pos_ in ("PROPN", "PRON", "NOUN"):
                if attribution.speaker_head.lower_ not in ("it", "there", "this", "that", "which", "who", "i", "you", "we"):
                    return attribution
            return None
    return None


# Nouns for something said: whoever owns it ("her claim that ...", "the words of X") spoke.
_SAYING_NOUNS = frozenset(
    {
        "claim", "remark", "comment", "assertion", "suggestion", "statement", "words", "word", "promise",
        "pledge", "vow", "aside", "quip", "joke", "warning", "insistence", "argument", "declaration",
        "description", "quote", "line", "phrase", "slogan", "motto", "mantra", "catchphrase", "message",
        "tweet", "charge", "accusation", "admission", "boast", "complaint", "criticism", "observation",
        "prediction", "question", "answer", "reply", "response", "retort", "rhetoric", "call", "plea",
        "demand", "refrain", "label", "characterization", "insult", "jab", "dig", "attack",
        "speech", "testimony", "assessment", "verdict", "view", "advice", "announcement", "explanation",
    }
)


def _as_put_it(left, right, ranges: _QuoteRanges) -> Attribution | None:
    """'As Halden put it, “...”' / '“...,” as an aide put it': whoever put it speaks."""
    for tok in list(left) + list(right[:8]):
        if tok.lemma_ != "put" or ranges.inside(tok.idx) or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "it":
            continue
        if not any(t.lower_ == "as" for t in tok.doc[max(tok.sent.start, tok.i - 25) : tok.i]):
            continue
        found = attribution_for_verb(tok)
        if found.speaker is not None and can_speak(found.speaker_head) and not ranges.inside(found.speaker.start_char):
            return found
        # 'As Ana Lenz, author of “Quiet Rivers,” put it, “...”': the parse took the quote's
        # subject; the name after "as" speaks
        start = next(t.i for t in reversed(tok.doc[max(tok.sent.start, tok.i - 25) : tok.i]) if t.lower_ == "as")
        found = _phrase_before(tok.doc[start + 1 : tok.i], tok, ranges)
        if found is not None and can_speak(found.speaker_head):
            return Attribution(cue_text(tok), tok.i, found.speaker, found.speaker_head)
    return None


def _nominal_source(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, left, right) -> Attribution | None:
    """'her claim that she “never sent” any', 'Obama’s “you can keep it” promise', 'in the
    words of an aide, “...”', 'that quote from Halden': the owner of the saying speaks."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None or len(inner) == 0:
        return None
    nouns = []
    # the noun the quote hangs from, a few steps up the parse
    head = inner.root.head
    for _ in range(4):
        if inner.start <= head.i < inner.end or ranges.inside(head.idx):
            break
        if head.pos_ == "NOUN":
            nouns.append(head)
            break
        if head.head.i == head.i or head.pos_ in ("VERB", "AUX") and head.dep_ not in ("ccomp", "acl", "relcl"):
            break
        head = head.head
    # the noun right after the marks ("Ostrova's “...” promise"), or one whose phrase ends
    # right before them ("in the words of an aide, “...”")
    nouns.extend(t for t in right[:1] if t.pos_ == "NOUN")
    if right and right[0].lower_ == "in":
        # '“...,” in Halden’s view'
        nouns.extend(t for t in right[1:5] if t.pos_ == "NOUN" and t.head.i == right[0].i)
    if len(left) >= 3 and left[-1].text == ":" and left[-2].lemma_ == "be":
        # 'Halden’s response was: “...”'
        nouns.extend(t for t in left[-2].children if t.dep_ == "nsubj" and t.pos_ == "NOUN")
    if left:
        end = left[-1].i - (1 if left[-1].text in (",", ":") else 0)
        nouns.extend(t for t in left[-8:] if t.pos_ == "NOUN" and t.right_edge.i == end)
    for noun in nouns:
        if noun.lemma_.lower() not in _SAYING_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ == "poss" and can_speak(child) and not ranges.inside(child.idx):
                return Attribution(noun.text, noun.i, speaker_span(child), child)
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and can_speak(obj) and not ranges.inside(obj.idx):
                        return Attribution(noun.text, noun.i, speaker_span(obj), obj)
    return None


def _previous_subject(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_starts: list[int], p: int) -> Attribution | None:
    """'Ostrova touted her record. “We built roads ...”': a quote standing alone after a
    sentence about a person, with no cue of its own, is that person's."""
    lo = para_starts[p - 1] if p > 0 else 0
    region = _tokens_between(doc, lo, span.open_at)
    if region is None or len(region) < 3:
        return None
    last = region[-1]
    while last.is_space and last.i > region.start:
        last = doc[last.i - 1]
    if ranges.inside(last.idx) or last.text not in SENTENCE_END:
        return None
    sent = last.sent
    if sent.start < region.start:
        return None
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or ranges.inside(root.idx):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or ranges.inside(subject.idx):
        return None
    # 'Valastro praised ...': a name the tagger mislabels here but tags as a person elsewhere
    named = subject.pos_ == "PROPN" and (subject.ent_type_ in ("", "PERSON") or subject.text in name_words(doc))
    if not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she") or named):
        return None
    return Attribution(root.text, root.i, speaker_span(subject), subject)


# Verbs that link a subject to what it is called ('Halden is a “fighter”').
_LINKING_VERBS = frozenset({"be", "become", "seem", "remain", "appear", "look", "sound"})


def _holder_verb(linking):
    """The nearest verb above a linking verb's clause, in its sentence, that is no linking verb."""
    current = linking
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep", "dobj") or current.head is current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX") and current.lemma_.lower() not in _LINKING_VERBS:
            return current
    return None


def _governing_subject(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, left, *, inline: bool = False) -> Attribution | None:
    """An embedded or colon-introduced quote with no speech verb: the subject of the verb it hangs from."""
    verb = None
    for tok in reversed(left):
        if tok.pos_ in ("VERB", "AUX") and not ranges.inside(tok.idx):
            verb = tok
            break
    if verb is None:
        return None
    while verb.dep_ in ("aux", "auxpass") and verb.head is not verb:
        verb = verb.head
    cue = outermost_cue(verb, inside=ranges.inside)
    if inline and cue.lemma_.lower() in _LINKING_VERBS:
        # 'the judge was “biased”': what a thing is called, not what it says; whoever
        # holds the clause it sits in ('Halden implied the judge was “biased”') does
        cue = _holder_verb(cue)
        if cue is None:
            return None
    attribution = attribution_for_verb(cue)
    if not inline and (attribution.speaker is None or not can_speak(attribution.speaker_head)):
        # 'Ostrova has since apologized for what happened: “...”': the sentence's subject
        top = verb
        while top.head.i != top.i and top.head.i < left[-1].i and not ranges.inside(top.head.idx):
            top = top.head
        if top.pos_ in ("VERB", "AUX"):
            attribution = attribution_for_verb(top)
    if attribution.speaker is None or not can_speak(attribution.speaker_head):
        return None
    if ranges.inside(attribution.speaker.start_char):
        return None  # '..., as Lenz put it, “Voters should ...”': the quote's own subject says nothing
    return attribution


# Things written or put out by someone, who is the speaker of what they say.
_ISSUED_NOUNS = MEDIUM_NOUNS | frozenset(
    {"piece", "editorial", "ad", "resolution", "headline", "voice", "banner", "poster",
     "mailer", "flyer", "story", "article", "commercial", "spot", "bill", "measure", "platform"}
)


def _right_context(doc: Doc, text: str, span: MarkedSpan, bound: int):
    region = _tokens_between(doc, span.outer_end, bound)
    if region is None:
        return []
    tokens = []
    for tok in region:
        if tok.text in SENTENCE_END:
            break
        tokens.append(tok)
        if len(tokens) >= CONTEXT_TOKENS * 3:
            break
    return tokens


def _left_context(doc: Doc, span: MarkedSpan, bound: int):
    region = _tokens_between(doc, bound, span.open_at)
    if region is None:
        return []
    tokens = []
    for tok in reversed(region):
        if tok.text in SENTENCE_END:
            break
        if tok.is_space and not tokens:
            continue  # 'Kovach:  “...”': a stray space is not what the quote follows
        tokens.append(tok)
        if len(tokens) >= CONTEXT_TOKENS * 2:
            break
    tokens.reverse()
    return tokens


def _colon_speaker(left) -> Attribution | None:
    """Headline 'Ostrova: "..."': the name before the colon."""
    if not left or left[-1].text != ":":
        return None
    before = left[:-1]
    if before and before[-1].text == ")":
        # "Rep. Ana Lenz (Greens):": the name before the party in brackets
        opening = next((k for k in range(len(before) - 2, max(-1, len(before) - 8), -1) if before[k].text == "("), None)
        if opening is not None:
            before = before[:opening]
    if not before:
        return None
    head = before[-1]
    if len(before) > 6:
        # "STATES TURN RED - Jeffrey M. Jones:": only a name right before the colon
        if not (head.ent_type_ == "PERSON" or (head.pos_ == "PROPN" and not head.is_upper)):
            return None
        k = len(before) - 1
        while k > 0 and before[k - 1].pos_ == "PROPN" and not before[k - 1].is_upper and len(before) - k < 4:
            k -= 1
        opener = _headline_subject(before, head)
        if opener is not head:
            return Attribution(":", left[-1].i, speaker_span(opener), opener)
        return Attribution(":", left[-1].i, head.doc[before[k].i : head.i + 1], head)
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or head.pos_ == "PROPN":
        head = _headline_subject(before, head)
        return Attribution(":", left[-1].i, speaker_span(head), head)
    return None


def _line_speaker(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, para_start: int) -> Attribution | None:
    """The name opening the quote's line before a colon ("Halden: Veldoria Is ‘Ready’")."""
    text = doc_text(doc)
    colon = text.find(":", para_start, span.open_at)
    if colon < 0 or ranges.inside(colon) or "\n" in text[para_start:colon]:
        return None
    prefix = _tokens_between(doc, para_start, colon)
    if prefix is None or not 0 < len(prefix) <= 6 or not prefix[0].text[:1].isupper():
        return None
    if any(ranges.inside(t.idx) or verb_classes(t) for t in prefix):
        return None
    head = prefix[-1]
    if not known_name(head):
        return None
    colon_tok = doc.char_span(colon, colon + 1, alignment_mode="expand")
    if colon_tok is None:
        return None
    found = _colon_speaker(list(prefix) + [colon_tok[0]])
    if found is not None:
        return found
    return Attribution(":", colon_tok[0].i, speaker_span(head), head)


def _headline_verb(token) -> bool:
    """A speech verb, even when title case made the tagger call it a name ("Praises")."""
    if verb_classes(token):
        return True
    low = token.lower_
    lexicon = speech_verbs()
    return token.is_title and any(low[: len(low) - k] in lexicon for k in (1, 2) if low.endswith("s"))


def _headline_subject(before, head):
    """'Halden on Ostrova: “...”' / 'Halden Praises Ostrova: “...”': the name the line
    opens with speaks, not the one it is about."""
    first = before[0]
    if head.i == first.i or not (first.pos_ == "PROPN" or first.ent_type_ in ("PERSON", "ORG")):
        return head
    between = [t for t in before if first.i < t.i < head.i]
    if any(t.lower_ in ("on", "to", "about") or _headline_verb(t) for t in between):
        opener = first
        while opener.i + 1 < head.i and head.doc[opener.i + 1].pos_ == "PROPN" and not _headline_verb(head.doc[opener.i + 1]):
            opener = head.doc[opener.i + 1]
        return opener
    return head


def _reporting_speaker(doc: Doc, attribution: Attribution, ranges: _QuoteRanges) -> Attribution | None:
    """'Halden said he saw schools that reminded him of “a war zone”': a cue whose subject
    is a thing, in a clause someone's speech verb reports: that someone speaks."""
    head = attribution.speaker_head
    if attribution.cue_token is None or (head is not None and (head.pos_ == "PROPN" or can_speak(head) or head.lower_ in ("who", "whom", "i", "we", "you"))):
        return None
    verb = doc[attribution.cue_token]
    current = verb
    for _ in range(10):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.i < verb.sent.start or ranges.inside(current.idx) or not same_paragraph(current, verb):
            return None
        if verb_classes(current) & {"say", "think"}:
            outer = outermost_cue(current, inside=ranges.inside)
            found = attribution_for_verb(outer)
            if found.speaker is None:
                found = _noun_before(outer, ranges) or _subject_before(outer, ranges) or found
            if found.speaker is not None and can_speak(found.speaker_head) and not ranges.inside(found.speaker.start_char):
                return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)
            return None
    return None


def _dependency_cue(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, lo: int, hi: int) -> Attribution | None:
    """The speech verb the quote hangs from (or that hangs from the quote)."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None:
        return None
    for tok in inner:
        head = tok.head
        for _ in range(3):
            if head.i == tok.i or inner.start <= head.i < inner.end:
                break
            if not (lo <= head.idx < hi) or ranges.inside(head.idx):
                break
            if verb_classes(head) & {"say", "obj"}:
                verb = outermost_cue(head, inside=ranges.inside)
                found = attribution_for_verb(verb)
                if found.speaker is None:
                    # "One attendee, who spoke on the condition of anonymity, said ...", the
                    # subject hung elsewhere by the parse
                    found = _noun_before(verb, ranges) or _subject_before(verb, ranges) or _adjacent_speaker(verb, ranges) or found
                return _reporting_speaker(doc, found, ranges) or found
            if head.head is head:
                break
            head = head.head
    return None


# A transcript turn opens with its speaker in capitals and a colon: '"WALLACE: Let's start',
# '"SEN. MARA KELL: We will not'. Two letters at least, so "Q:" and "A:" do not count.
_TURN = re.compile(r"((?:[A-Z][A-Z'’.\-]*[ \t]+){0,3}[A-Z][A-Z'’.\-]*[A-Z]):[ \t]+(?=\S)")


def _transcript_turn(doc: Doc, span: MarkedSpan) -> tuple[Attribution, int] | None:
    """A quote that is a transcript turn: its speaker, and where the spoken words start."""
    text = doc_text(doc)
    m = _TURN.match(text, span.start, span.end)
    if m is None:
        return None
    name = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
    if name is None or colon is None or len(name) == 0:
        return None
    return Attribution(":", colon[0].i, name, name[-1]), m.end()


@dataclass
class SpanContext:
    """One marked span and what the rules look at around it."""

    doc: Doc
    text: str
    span: MarkedSpan
    ranges: _QuoteRanges
    para_starts: list[int]
    p: int  # index of the span's paragraph
    para_start: int
    para_end: int
    left: Span | list
    right: Span | list
    quoted: str
    ends_open: bool  # the quote runs on into the sentence (no closing stop, or lower case after)
    fragment: bool
    embedded: bool


# A rule: (name, applies to this span?, the attribution it finds or None). The first rule of a
# table that applies and finds an attribution wins; its name is kept for error analysis.
Rule = tuple[str, Callable[[SpanContext], bool], Callable[[SpanContext], "Attribution | None"]]


def _always(ctx: SpanContext) -> bool:
    return True


# Quotes inside a sentence (fragments, and quotes embedded in running text): the cue governs
# them in the parse, or stands before them.
INSIDE_RULES: tuple[Rule, ...] = (
    ("dependency", _always, lambda c: _dependency_cue(c.doc, c.span, c.ranges, c.para_start, c.para_end)),
    ("left-cue", _always, lambda c: _cue_in(c.left, c.ranges, classes=("say", "obj"), reverse=True)),
    # 'the race “is a dead heat,” as Cruz said on Monday'
    ("as-cue", lambda c: bool(c.right) and c.right[0].lower_ == "as", lambda c: _cue_in(c.right[:8], c.ranges)),
    ("as-put-it", _always, lambda c: _as_put_it(c.left, c.right, c.ranges)),
    ("nominal", _always, lambda c: _nominal_source(c.doc, c.span, c.ranges, c.left, c.right)),
    ("governing", _always, lambda c: _governing_subject(c.doc, c.span, c.ranges, c.left, inline=True)),
)

# Quotes standing as sentences of their own: a signature, a cue on the side the sentence
# continues on, then ever weaker signs of who speaks.
STANDALONE_RULES: tuple[Rule, ...] = (
    ("inverted", lambda c: bool(c.right) and (c.quoted.endswith(",") or c.quoted[-1:] in ("?", "!")),
     lambda c: _inverted_cue(c.right, c.ranges)),
    ("colon", _always, lambda c: _colon_speaker(c.left)),
    ("as-put-it", _always, lambda c: _as_put_it(c.left, c.right, c.ranges)),
    ("nominal", _always, lambda c: _nominal_source(c.doc, c.span, c.ranges, c.left, c.right)),
    ("governing", lambda c: bool(c.left) and c.left[-1].text in (":", ","),
     lambda c: _governing_subject(c.doc, c.span, c.ranges, c.left)),
    ("right-cue-closed", lambda c: not c.ends_open and bool(c.right), lambda c: _cue_in(c.right[:4], c.ranges)),
)

# Whatever the span, when the rules above found nothing: the line, the paragraph, the speech
# before it.
_ALONE = lambda c: not c.fragment and not c.embedded  # noqa: E731
FALLBACK_RULES: tuple[Rule, ...] = (
    ("signature", _ALONE, lambda c: _signature_line(c.doc, c.span, c.para_starts, c.p, c.para_end)),
)
PARAGRAPH_RULES: tuple[Rule, ...] = (
    ("colon-paragraph", lambda c: _ALONE(c) and not c.span.continues and c.p > 0,
     lambda c: _colon_paragraph(c.doc, c.span, c.ranges, c.para_starts, c.p)),
    ("previous-speech", lambda c: _ALONE(c) and not c.span.continues, lambda c: _previous_speech_or_account(c)),
)


def first_match(rules: tuple[Rule, ...], ctx: SpanContext) -> tuple["Attribution | None", str]:
    """The first rule's attribution (and its name) among the rules that apply. A rule may
    name its finding more closely by returning (attribution, name)."""
    for name, applies, find in rules:
        if applies(ctx):
            found = find(ctx)
            if isinstance(found, tuple):
                return found
            if found is not None:
                return found, name
    return None, ""


def _previous_speech_or_account(c: SpanContext):
    found = _previous_speech(c.doc, c.ranges, c.para_starts, c.p, c.span)
    if found is not None and found.cue_token is not None:
        # '“...,” Halden said, according to the Herald. “...”': the account, for both
        sent = c.doc[found.cue_token].sent
        source = according_to(c.doc, sent.start, sent.end)
        if source is not None and not _in_report(c.doc[source.cue_token]) and not c.ranges.inside(c.doc[source.cue_token].idx):
            return source, "previous-speech+according"
    return found


def _context(doc: Doc, text: str, spans: list[MarkedSpan], k: int, ranges: _QuoteRanges,
             para_starts: list[int]) -> SpanContext:
    span = spans[k]
    p = bisect.bisect_right(para_starts, span.open_at) - 1
    para_start = para_starts[p]
    newline = text.find("\n", para_start)
    para_end = newline if newline >= 0 else len(text)
    prev_end = spans[k - 1].outer_end if k > 0 and spans[k - 1].outer_end <= span.open_at else para_start
    left_bound = max(para_start, prev_end)
    right_bound = min(para_end, _next_open(text, spans, k, para_end))
    right = _right_context(doc, text, span, right_bound)
    quoted = text[span.start : span.end].rstrip()
    return SpanContext(
        doc, text, span, ranges, para_starts, p, para_start, para_end,
        left=_left_context(doc, span, left_bound), right=right, quoted=quoted,
        ends_open=not quoted or quoted[-1] not in ".!?" or bool(right and right[0].is_lower),
        fragment=is_fragment(text, span, para_start), embedded=is_embedded(text, span, para_start),
    )


def _own_attribution(c: SpanContext) -> tuple["Attribution | None", str]:
    """What the span's own sentence says: its cue, signature or governing speaker."""
    if c.fragment or c.embedded:
        attribution, rule = first_match(INSIDE_RULES, c)
        if c.fragment and is_title(c.text, c.span, c.left):
            return None, ""
        return attribution, rule
    attribution = _signature_after(c.doc, c.span, c.para_end)
    if attribution is not None:
        return attribution, "signature"
    order = (c.right, c.left) if c.ends_open else (c.left,)
    if order == (c.right, c.left) and len(c.left) >= 2 and c.left[-1].text in (",", ":") and "say" in verb_classes(c.left[-2]):
        order = (c.left, c.right)  # 'Halden said, “We are ready,” before he left': the cue it follows
    for side in order:
        attribution = _cue_in(side, c.ranges, reverse=side is c.left)
        if attribution is not None:
            return attribution, "left-cue" if side is c.left else "right-cue"
        if side:
            attribution = according_to(c.doc, side[0].i, side[-1].i + 1)
            if attribution is not None:
                return attribution, "according"
    return first_match(STANDALONE_RULES, c)


def _refined(c: SpanContext, attribution: "Attribution", rule: str) -> tuple["Attribution", str]:
    """An attribution's speaker moved to whom the cue really reports, or to the account."""
    attribution = _past_relative(attribution, c.ranges)
    if attribution.cue_token is not None:
        attribution = _sender(c.doc[attribution.cue_token], attribution, c.ranges) or attribution
    if rule != "according":
        # "Walker said, according to an AP account": PolNeAR credits the account
        source = _according_in(c.doc, c.left, c.right, closed=not c.ends_open)
        if source is not None:
            return source, rule + "+according"
    return attribution, rule


def _attribute(c: SpanContext) -> tuple["Attribution | None", str, bool]:
    """(attribution, rule, fragment) for a span from its own sentence, line and paragraph."""
    fragment = c.fragment
    attribution, rule = _own_attribution(c)
    if attribution is None or rule == "governing":
        # 'Halden: Ostrova Is a “Proven Failure”': a line opened by a name and a colon
        found = _line_speaker(c.doc, c.span, c.ranges, c.para_start)
        if found is not None:
            attribution, rule = found, "line-colon"
    if attribution is None:
        attribution, rule = first_match(FALLBACK_RULES, c)
    if attribution is None and not fragment and not c.span.continues and not is_sentence(c.quoted) \
            and word_count(c.text, c.span) <= FRAGMENT_MAX_WORDS:
        # A few quoted words that no cue claims ("“Orange Is the New Black” star Ana
        # Ruiz", "'Thin-skinned' Halden") name or mock something; nobody is quoted.
        fragment = True
    if attribution is None and not fragment:
        attribution, rule = first_match(PARAGRAPH_RULES, c)
    if attribution is not None:
        attribution, rule = _refined(c, attribution, rule)
    return attribution, rule, fragment


def _from_neighbours(c: SpanContext, attribution, rule: str, fragment: bool, hits: list[DirectHit],
                     previous: DirectHit | None, previous_para: int, spans: list[MarkedSpan], k: int):
    """A speaker from the quotes before it: side by side in one sentence, or the last speech."""
    unclaimed = attribution is None or attribution.speaker is None
    if unclaimed and hits and _joined(c.text, spans[k - 1], c.span):
        # 'called the plan “reckless” and “a gift to the banks”', '“...” “...”': quotes
        # standing side by side in one sentence share what the first one found
        before = hits[-1].attribution
        if before is not None and before.speaker is not None:
            attribution, rule = before, "joined"
    unclaimed = attribution is None or attribution.speaker is None
    if unclaimed and hits and not c.span.continues and _same_sentence(c.doc, c.text, spans[k - 1], c.span):
        # 'Pence said he was “confident” that, once the vote is over, “the two men will ...”':
        # a later quote in the sentence of an attributed one, nobody else named between
        before = hits[-1].attribution
        if before is not None and before.speaker is not None:
            attribution, rule = before, "same-sentence"
    inherited = False
    if (attribution is None or attribution.speaker is None) and previous is not None and not fragment:
        same_para = previous_para == c.p
        next_para = previous_para == c.p - 1 and not c.text[c.para_start : c.span.open_at].strip(" \t\"“'‘")
        if (same_para or next_para or c.span.continues) and previous.attribution is not None:
            if previous.attribution.speaker is not None:
                attribution, inherited, rule = previous.attribution, True, "inherited"
    if attribution is None and not fragment and not c.embedded and not c.span.continues and not c.left:
        attribution = _previous_subject(c.doc, c.span, c.ranges, c.para_starts, c.p)
        rule = "previous-subject" if attribution is not None else ""
    return attribution, rule if attribution is not None else "", inherited


def find_direct(doc: Doc) -> list[DirectHit]:
    """Every marked span of a doc with its attribution, by the rule tables above in order."""
    text = doc_text(doc)
    spans = find_marked_spans(text)
    if not spans:
        return []
    ranges = _QuoteRanges(spans)
    para_starts = _paragraph_bounds(text)
    hits: list[DirectHit] = []
    previous: DirectHit | None = None
    previous_para = -2
    for k in range(len(spans)):
        c = _context(doc, text, spans, k, ranges, para_starts)
        turn = None if c.fragment or c.embedded else _transcript_turn(doc, c.span)
        if turn is not None:
            # the turn's words are the quote, its speaker's name is not
            (attribution, words_start), rule = turn, "transcript"
            c.span = replace(c.span, start=words_start)
            fragment = c.fragment
            if attribution is not None:
                attribution, rule = _refined(c, attribution, rule)
        else:
            attribution, rule, fragment = _attribute(c)
        attribution, rule, inherited = _from_neighbours(
            c, attribution, rule, fragment, hits, previous, previous_para, spans, k
        )
        hit = DirectHit(c.span, "fragment" if fragment else "direct", attribution, inherited, rule)
        hits.append(hit)
        if not fragment:
            previous, previous_para = hit, c.p
    _share_within_continued(hits)
    return hits


_JOINERS = re.compile(r"[\s,;]*(?:(?:and|or|as well as|but also|and then)[\s,]*)?", re.IGNORECASE)


def _joined(text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Two quotes in one sentence with nothing but a comma or 'and' between them."""
    if first.outer_end > second.open_at or first.close_at is None:
        return False
    between = text[first.outer_end : second.open_at]
    if "\n" in between or text[first.start : first.end].rstrip()[-1:] in (".", "!", "?"):
        return False
    m = _JOINERS.fullmatch(between)
    return m is not None


def _same_sentence(doc: Doc, text: str, first: MarkedSpan, second: MarkedSpan) -> bool:
    """Quote 'second' goes on the sentence quote 'first' stands in, and no one else is named between."""
    if first.close_at is None or first.outer_end > second.open_at:
        return False
    if text[first.start : first.end].rstrip()[-1:] in (".", "!", "?"):
        return False
    between = text[first.outer_end : second.open_at]
    if "\n" in between or re.search(r"[.!?]\s", between):
        return False
    region = _tokens_between(doc, first.outer_end, second.open_at)
    return region is None or not any(t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "they") for t in region)


def _next_open(text: str, spans: list[MarkedSpan], k: int, para_end: int) -> int:
    """Where the text after quote k stops being its context: the next quote that could be
    speech. A few quoted words ('“...,” Lenz, wearing “Vote Halden” pins, said') are part
    of the attribution that follows, not a new quote."""
    for later in spans[k + 1 :]:
        if later.open_at < spans[k].outer_end:
            continue
        if later.open_at >= para_end:
            return para_end
        quoted = text[later.start : later.end].rstrip()
        if later.close_at is None or word_count(text, later) > FRAGMENT_MAX_WORDS or quoted[-1:] in (".", "!", "?", ","):
            return later.open_at
    return para_end


def _according_in(doc: Doc, left, right, *, closed: bool) -> Attribution | None:
    """An 'according to X' in the quote's sentence, outside what a speech verb reports
    ("Win Htein said that according to its analysis ..." stays Win Htein's)."""
    for side in (right, left):
        if not side:
            continue
        found = according_to(doc, side[0].i, side[-1].i + 1)
        if found is None:
            continue
        according = doc[found.cue_token]
        if side is right and closed and according.i == side[0].i:
            continue  # '“... that much.” According to F.A.A. records, ...': the next sentence
        if side is right and closed and any(_own_clause(t) for t in doc[side[0].i : according.i]):
            continue  # '“...?” The shop sells crystal, according to its website': the next sentence
        if _in_report(according):
            continue
        return found
    return None


def _own_clause(token) -> bool:
    """A verb with a subject that says nothing: the head of a sentence of its own."""
    return token.pos_ in ("VERB", "AUX") and not verb_classes(token) & {"say"} and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _in_report(token) -> bool:
    """Whether a word sits inside the clause a speech verb reports."""
    current = token
    for _ in range(8):
        if current.head is current:
            return False
        if current.dep_ in ("ccomp", "xcomp") and verb_classes(current.head) & {"say", "think"}:
            return True
        current = current.head
    return False


def _past_relative(attribution: Attribution, ranges: _QuoteRanges) -> Attribution:
    """'The Post ran a piece that noted “...”': not "that" but what it stands for, and
    for a piece, statement or ad, whoever put it out (the one who ran, posted or issued it)."""
    head = attribution.speaker_head
    if head is None or head.lower_ not in ("that", "which") or head.head.dep_ != "relcl":
        return attribution
    noun = head.head.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return attribution
    if noun.lemma_.lower() not in _ISSUED_NOUNS:
        if not can_speak(noun):  # "T-shirts that said ...": the words on them, no one's
            return attribution
        return Attribution(attribution.cue, attribution.cue_token, speaker_span(noun), noun)
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "dobj", "nsubjpass", "conj", "appos") and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or ranges.inside(verb.idx):
        return attribution
    found = attribution_for_verb(outermost_cue(verb, inside=ranges.inside))
    if found.speaker is None or not can_speak(found.speaker_head):
        return attribution
    return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)


def _share_within_continued(hits: list[DirectHit]) -> None:
    """A quote running over paragraphs has one speaker, wherever its cue stands; a
    transcript running over paragraphs changes speaker at each turn."""
    groups: list[list[DirectHit]] = []
    for hit in hits:
        if hit.span.continues and groups:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    for group in groups:
        if len(group) < 2:
            continue
        owns = [h.attribution if h.attribution is not None and not h.inherited and h.attribution.speaker is not None else None for h in group]
        first = next((a for a in owns if a is not None), None)
        if first is None:
            continue
        last = None
        for h, own in zip(group, owns):
            if own is not None:
                last = own
            elif h.attribution is None or h.inherited or h.attribution.speaker is None:
                h.attribution, h.inherited = last or first, True
