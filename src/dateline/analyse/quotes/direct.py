"""Direct quotes: marked spans, each with its cue and speaker (or the last speaker's)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import (
    MEDIUM_NOUNS,
    Attribution,
    according_to,
    attribution_for_verb,
    outermost_cue,
    speaker_span,
    verb_classes,
)
from dateline.analyse.quotes.lexicon import speech_verbs
from dateline.analyse.quotes.marks import MarkedSpan, find_marked_spans

FRAGMENT_MAX_WORDS = 6
SENTENCE_END = frozenset({".", "!", "?", ";"})
# A cue is looked for this many tokens either side of the quote, within its sentence.
CONTEXT_TOKENS = 14
_WORD = re.compile(r"\w+")


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


def _word_count(text: str, span: MarkedSpan) -> int:
    return len(_WORD.findall(text[span.start : span.end]))


def _is_sentence(quoted: str) -> bool:
    """'“Now it is up to parliament.”': a whole short sentence, as speech is quoted."""
    return len(_WORD.findall(quoted)) >= 3 and quoted[:1].isupper() and quoted[-1:] in (".", "!", "?")


def _is_fragment(text: str, span: MarkedSpan, para_start: int) -> bool:
    if _word_count(text, span) > FRAGMENT_MAX_WORDS:
        return False
    before = text[para_start : span.open_at].rstrip()
    if not before:
        return False
    last = before[-1]
    # Embedded in a running sentence: right after a word ("called it “a disaster”").
    if not (last.isalnum() or last in ")%"):
        return False
    quoted = text[span.start : span.end].rstrip()
    after = text[span.outer_end : span.outer_end + 3].lstrip()
    if quoted.endswith(",") or (after.startswith(",") and span.single):
        return False
    return True


_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "to", "in", "on", "for", "with", "at", "by", "&"})
_TITLE_CUES = frozenset(
    {"on", "of", "with", "in", "titled", "entitled", "named", "show", "book", "film", "movie",
     "program", "programme", "newspaper", "magazine", "album", "song", "series", "like", "host"}
)


def _is_title(text: str, span: MarkedSpan, left) -> bool:
    """'on ABC's "This Week"', 'a show called "Brokers"': a name of a work, not speech."""
    words = [w for w in _WORD.findall(text[span.start : span.end]) if w.lower() not in _SMALL_WORDS]
    if not words or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return False
    if not left:
        return False
    prev = left[-1]
    return prev.lower_ in _TITLE_CUES or prev.tag_ == "POS" or prev.pos_ in ("ADP", "PROPN") or prev.lemma_ in ("call", "title")


def _is_embedded(text: str, span: MarkedSpan, para_start: int) -> bool:
    before = text[para_start : span.open_at].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ")%")


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
            if attribution.speaker is None:
                attribution = _adjacent_speaker(tok, ranges) or attribution
            if attribution.speaker is None:
                # "Mr. Trump, asked about it, had said, ..." / "“...,” Sperling, an adviser, said"
                attribution = _phrase_before(tokens if reverse else seq, tok, ranges) or attribution
            return attribution
    return None


def _with_outer_speaker(attribution: Attribution, verb, ranges: _QuoteRanges) -> Attribution:
    """The speaker of the highest speech verb reporting `verb`, keeping `verb` as the cue
    (PolNeAR, like a reader, counts "..., adding, “...”" as its own attribution)."""
    outer = outermost_cue(verb, inside=ranges.inside)
    lo, hi = sorted((outer.idx, verb.idx))
    if outer is verb or "\n" in doc_text(verb.doc)[lo:hi]:
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
        if tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON" or tok.lower_ in ("he", "she", "they"):
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
            if attribution is None or attribution.speaker is None or not _can_speak(attribution.speaker_head):
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
    while (
        i < len(doc)
        and i <= verb.i + 5
        and (doc[i].pos_ in ("DET", "ADJ", "PROPN", "NOUN") or doc[i].dep_ in ("amod", "compound"))
        and not ranges.inside(doc[i].idx)
    ):
        if doc[i].pos_ in ("PROPN", "NOUN") and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("PROPN", "NOUN")):
            return Attribution(verb.text, verb.i, speaker_span(doc[i]), doc[i])
        i += 1
    before = verb.i - 1
    if before > 0 and doc[before].text == ")":
        # "Rep. Paul Ryan (R-WI) said": step over the parenthesis to the name
        opening = next((k for k in range(before - 1, max(-1, before - 8), -1) if doc[k].text == "("), None)
        if opening is not None:
            before = opening - 1
    for j in (verb.i + 1, before):
        if 0 <= j < len(doc) and not ranges.inside(doc[j].idx):
            tok = doc[j]
            if tok.ent_type_ in ("PERSON", "ORG") or tok.lower_ in ("he", "she", "they"):
                return Attribution(verb.text, verb.i, speaker_span(tok), tok)
    return None


def _signature_line(doc: Doc, span: MarkedSpan, para_starts: list[int], p: int, para_end: int) -> Attribution | None:
    """A quote closing its paragraph, signed on the next line: '“...” / — Mira Kovach, Lodz.'"""
    text = doc_text(doc)
    if text[span.outer_end : para_end].strip(" \t.,\"”’'") or p + 1 >= len(para_starts):
        return None
    nxt = para_starts[p + 1]
    m = re.match(r"[-—–]+[ \t]*", text[nxt : nxt + 4])
    if m is None:
        return None
    line_end = text.find("\n", nxt)
    line_end = len(text) if line_end < 0 else line_end
    region = _tokens_between(doc, nxt + m.end(), min(line_end, nxt + 200))
    if region is None or len(region) == 0:
        return None
    first = region[0]
    if first.pos_ != "PROPN" and first.ent_type_ != "PERSON":
        return None
    head = first
    while head.i + 1 < region.end and doc[head.i + 1].pos_ == "PROPN" and doc[head.i + 1].text not in ",.":
        head = doc[head.i + 1]
    return Attribution("—", first.i, doc[first.i : head.i + 1], head)


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
            if found.speaker is not None and _can_speak(found.speaker_head):
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
    for tok in reversed(region):
        if ranges.inside(tok.idx):
            return None  # a quote in between: that one's speaker is the candidate, via inheritance
        if "say" in verb_classes(tok) or "think" in verb_classes(tok):
            # "Carter said that critics had been predicting ...": Carter, not the critics
            attribution = _with_outer_speaker(attribution_for_verb(tok), tok, ranges)
            if attribution.speaker is not None and attribution.speaker_head.pos_ in ("PROPN", "PRON", "NOUN"):
                if attribution.speaker_head.lower_ not in ("it", "there", "this", "that", "which", "who", "i", "you", "we"):
                    return attribution
            return None
    return None


def _governing_subject(doc: Doc, span: MarkedSpan, ranges: _QuoteRanges, left) -> Attribution | None:
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
    attribution = attribution_for_verb(outermost_cue(verb, inside=ranges.inside))
    if attribution.speaker is None or not _can_speak(attribution.speaker_head):
        return None
    return attribution


# Suffixes of nouns for people ("the senator", "voters", "the campaign manager").
_PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "men", "women", "person", "people", "ent", "ant", "ee", "ive", "ary", "aff", "ff")


_SPEAKING_NOUNS = MEDIUM_NOUNS | frozenset(
    {
        "official", "aide", "critic", "expert", "analyst", "pundit", "delegate", "candidate", "citizen",
        "host", "guest", "friend", "colleague", "ally", "rival", "attorney", "judge", "chief", "boss",
        "wife", "husband", "son", "child", "kid", "boy", "girl", "guy", "folk", "fan", "source",
        "campaign", "group", "committee", "administration", "government", "party", "police", "staff",
        "team", "board", "council", "senate", "house", "congress", "department", "ministry", "office",
        "agency", "commission", "organization", "organisation", "coalition", "alliance", "association",
        "institute", "foundation", "church", "school", "university", "college", "company", "firm",
        "union", "panel", "court", "crowd", "audience", "family", "poll", "survey", "study", "paper",
        "newspaper", "editorial", "petition", "lawsuit", "complaint", "book", "network", "article", "ad",
        "democrat", "republican", "liberal", "progressive", "conservative", "pac", "side", "camp",
    }
)


# Things written or put out by someone, who is the speaker of what they say.
_ISSUED_NOUNS = MEDIUM_NOUNS | frozenset(
    {"piece", "editorial", "ad", "resolution", "headline", "voice", "banner", "poster",
     "mailer", "flyer", "story", "article", "commercial", "spot", "bill", "measure", "platform"}
)


def _can_speak(head) -> bool:
    """A subject that can say something: a name, a personal pronoun, a noun for people
    ("his inability", "the timing of the vote" and "a popular play" cannot)."""
    low = head.lower_
    if low in ("he", "she", "they", "we", "i", "you"):
        return True
    if head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if head.pos_ == "PROPN":
        return True
    if head.pos_ == "NOUN":
        lemma = head.lemma_.lower()
        return lemma.endswith(_PERSON_SUFFIXES) or lemma in _SPEAKING_NOUNS
    return False


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
                return attribution_for_verb(outermost_cue(head, inside=ranges.inside))
            if head.head is head:
                break
            head = head.head
    return None


def find_direct(doc: Doc) -> list[DirectHit]:
    text = doc_text(doc)
    spans = find_marked_spans(text)
    if not spans:
        return []
    ranges = _QuoteRanges(spans)
    para_starts = _paragraph_bounds(text)
    hits: list[DirectHit] = []
    previous: DirectHit | None = None
    previous_para = -2
    for k, span in enumerate(spans):
        p = bisect.bisect_right(para_starts, span.open_at) - 1
        para_start = para_starts[p]
        newline = text.find("\n", para_start)
        para_end = newline if newline >= 0 else len(text)
        prev_end = spans[k - 1].outer_end if k > 0 and spans[k - 1].outer_end <= span.open_at else para_start
        next_open = spans[k + 1].open_at if k + 1 < len(spans) and spans[k + 1].open_at >= span.outer_end else para_end
        left_bound = max(para_start, prev_end)
        right_bound = min(para_end, next_open)
        fragment = _is_fragment(text, span, para_start)
        left = _left_context(doc, span, left_bound)
        right = _right_context(doc, text, span, right_bound)
        quoted = text[span.start : span.end].rstrip()
        ends_open = not quoted or quoted[-1] not in ".!?" or bool(right and right[0].is_lower)
        attribution = None
        rule = ""
        embedded = _is_embedded(text, span, para_start)
        if fragment or embedded:
            attribution, rule = _dependency_cue(doc, span, ranges, para_start, para_end), "dependency"
            if attribution is None:
                attribution, rule = _cue_in(left, ranges, classes=("say", "obj"), reverse=True), "left-cue"
            if attribution is None and right and right[0].lower_ == "as":
                # 'the race “is a dead heat,” as Cruz said on Monday'
                attribution, rule = _cue_in(right[:8], ranges), "as-cue"
            if attribution is None:
                attribution, rule = _governing_subject(doc, span, ranges, left), "governing"
            if fragment and _is_title(text, span, left):
                attribution = None
        else:
            order = (right, left) if ends_open else (left,)
            for side in order:
                attribution, rule = _cue_in(side, ranges, reverse=side is left), ("left-cue" if side is left else "right-cue")
                if attribution is None and side:
                    attribution, rule = according_to(doc, side[0].i, side[-1].i + 1), "according"
                if attribution is not None:
                    break
            if attribution is None and right and (quoted.endswith(",") or (quoted[-1:] in ("?", "!") and right[0].is_lower)):
                attribution, rule = _inverted_cue(right, ranges), "inverted"
            if attribution is None:
                attribution, rule = _colon_speaker(left), "colon"
            if attribution is None and left and left[-1].text in (":", ","):
                attribution, rule = _governing_subject(doc, span, ranges, left), "governing"
            if attribution is None and not ends_open and right:
                attribution, rule = _cue_in(right[:4], ranges), "right-cue-closed"
        if attribution is None and not fragment and not embedded:
            attribution, rule = _signature_line(doc, span, para_starts, p, para_end), "signature"
        if attribution is None and not fragment and not span.continues and not _is_sentence(quoted) and _word_count(text, span) <= FRAGMENT_MAX_WORDS:
            # A few quoted words that no cue claims ("“Orange Is the New Black” star Ana
            # Ruiz", "'Thin-skinned' Halden") name or mock something; nobody is quoted.
            fragment = True
        if attribution is None and not fragment and not embedded and not span.continues and p > 0:
            attribution, rule = _colon_paragraph(doc, span, ranges, para_starts, p), "colon-paragraph"
        if attribution is None and not fragment and not embedded and not span.continues:
            attribution, rule = _previous_speech(doc, ranges, para_starts, p, span), "previous-speech"
        if attribution is not None:
            attribution = _past_relative(attribution, ranges)
            if rule != "according":
                # "Walker said, according to an AP account": PolNeAR credits the account
                source = _according_in(doc, left, right, closed=not ends_open)
                if source is not None:
                    attribution, rule = source, rule + "+according"
        inherited = False
        if (attribution is None or attribution.speaker is None) and previous is not None and not fragment:
            same_para = previous_para == p
            next_para = previous_para == p - 1 and not text[para_start : span.open_at].strip(" \t\"“'‘")
            if (same_para or next_para or span.continues) and previous.attribution is not None:
                if previous.attribution.speaker is not None:
                    attribution, inherited, rule = previous.attribution, True, "inherited"
        if attribution is None:
            rule = ""
        hit = DirectHit(span, "fragment" if fragment else "direct", attribution, inherited, rule)
        hits.append(hit)
        if not fragment:
            previous, previous_para = hit, p
    _share_within_continued(hits)
    return hits


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
        if _in_report(according):
            continue
        return found
    return None


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
        if not _can_speak(noun):  # "T-shirts that said ...": the words on them, no one's
            return attribution
        return Attribution(attribution.cue, attribution.cue_token, speaker_span(noun), noun)
    verb = noun.head
    while verb.dep_ in ("prep", "pobj", "dobj", "nsubjpass", "conj", "appos") and verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or ranges.inside(verb.idx):
        return attribution
    found = attribution_for_verb(outermost_cue(verb, inside=ranges.inside))
    if found.speaker is None or not _can_speak(found.speaker_head):
        return attribution
    return Attribution(attribution.cue, attribution.cue_token, found.speaker, found.speaker_head)


def _share_within_continued(hits: list[DirectHit]) -> None:
    """A quote running over paragraphs has one speaker, wherever its cue stands."""
    groups: list[list[DirectHit]] = []
    for hit in hits:
        if hit.span.continues and groups:
            groups[-1].append(hit)
        else:
            groups.append([hit])
    for group in groups:
        if len(group) < 2:
            continue
        own = next((h.attribution for h in group if h.attribution is not None and not h.inherited and h.attribution.speaker is not None), None)
        if own is None:
            continue
        for h in group:
            if h.attribution is None or h.inherited or h.attribution.speaker is None:
                h.attribution, h.inherited = own, True
