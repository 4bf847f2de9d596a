"""Direct quotes: the ordered rule tables (inside a sentence, standing alone, fallbacks, paragraph)
and how a span's own attribution is chosen and refined from them.
"""

from __future__ import annotations

from collections.abc import Callable

from dateline.analyse.quotes.attribution import Attribution, according_to, verb_classes
from dateline.analyse.quotes.fragments import FRAGMENT_MAX_WORDS, is_sentence, is_title, word_count
from dateline.analyse.quotes.marks import MarkedSpan
from dateline.analyse.quotes.line_cues import (
    _colon_paragraph,
    _colon_speaker,
    _line_speaker,
    _previous_speech,
    _previous_subject,
    _signature_after,
    _signature_line,
)
from dateline.analyse.quotes.sentence_cues import (
    _according_in,
    _as_put_it,
    _cue_in,
    _dependency_cue,
    _governing_subject,
    _in_report,
    _inverted_cue,
    _nominal_source,
    _past_relative,
    _sender,
)
from dateline.analyse.quotes.span_context import DirectHit, SpanContext, _joined, _same_sentence


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
