"""Direct quotes: cue finders inside the quote's sentence (speech verbs either side, inverted and
adjacent cues, 'as X put it', nominal sources, governing subjects, 'according to', dependency
cues).
"""

from __future__ import annotations

from spacy.tokens import Doc

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
from dateline.analyse.quotes.marks import MarkedSpan
from dateline.analyse.quotes.speakers import can_speak, name_words
from dateline.analyse.quotes.span_context import CONTEXT_TOKENS, SENTENCE_END, _QuoteRanges


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


# Verbs that link a subject to what it is called ('Halden is a “fighter”').
_LINKING_VERBS = frozenset({"be", "become", "seem", "remain", "appear", "look", "sound"})


def _holder_verb(linking):
    """The nearest verb above a linking verb's clause, in its sentence, that is no linking verb."""
    current = linking
    for _ in range(4):
        if current.dep_ not in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "pobj", "prep", "dobj") or current.head.i == current.i:
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
    while verb.dep_ in ("aux", "auxpass") and verb.head.i != verb.i:
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
            if head.head.i == head.i:
                break
            head = head.head
    return None


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
        if current.head.i == current.i:
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
    while verb.dep_ in ("prep", "pobj", "dobj", "nsubjpass", "conj", "appos") and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or ranges.inside(verb.idx):
        return attribution
    found = attribution_for_verb(outermost_cue(verb, inside=ranges.inside))
    if found.speaker is None or not can_speak(found.speaker_head):
        return attribution
    return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)
