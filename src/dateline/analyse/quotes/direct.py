"""Direct quotes: marked spans, each with its cue and speaker (or the last speaker's)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.marks import find_marked_spans
from dateline.analyse.quotes.line_cues import _transcript_turn
from dateline.analyse.quotes.rules import _attribute, _from_neighbours, _refined
from dateline.analyse.quotes.span_context import DirectHit, _QuoteRanges, _context, _paragraph_bounds


def find_direct(doc: Doc) -> list[DirectHit]:
    """Every marked span of a doc with its attribution, by the rule tables of rules.py in order."""
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
