"""One utterance, one quote: the marked pieces of a quotation a writer split around its
attribution ("“We won,” Halden said, “and we will win again.”") or ran over several
paragraphs (an opening mark at each paragraph, no closing mark until the end) are one.

Two pieces are one utterance when they are of one kind, have the same cue and speaker
mention, and stand next to each other with nothing between them but words of that
attribution ("Halden said, pausing,"), or only the paragraph break the marks bridge.
Anything else between them (a sentence of the writer's, a reported clause, another
speaker's quote) keeps them apart: a wrong join is worse than two records.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.direct import DirectHit

# Arcs from the cue to a clause reported or narrated beside it ('he said the plan was bad',
# 'he said and she left'): not the attribution. Under the speaker any arc is ('said Don
# Fowler, who led the party').
_NOT_ATTRIBUTION_DEPS = frozenset({"ccomp", "parataxis", "conj", "csubj"})
_SENTENCE_END = frozenset({".", "!", "?"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# How far up the tree a word between two pieces is followed to reach the cue or speaker.
_MAX_DEPTH = 12


def join_utterances(doc: Doc, hits: list[DirectHit]) -> list[list[DirectHit]]:
    """The hits grouped into utterances, in text order; each group's pieces in text order."""
    text = doc_text(doc)
    groups: list[list[DirectHit]] = []
    latest: dict[str, tuple[int, int]] = {}  # kind -> (its group, index of its latest hit)
    for k, hit in enumerate(hits):
        found = latest.get(hit.kind)
        if found is not None and _continues(doc, text, hits, found[1], k):
            g = found[0]
            groups[g].append(hit)
        else:
            groups.append([hit])
            g = len(groups) - 1
        latest[hit.kind] = (g, k)
    return groups


def parts_of(group: list[DirectHit]) -> list[list[int]]:
    """[start, end] of each quoted piece of an utterance."""
    return [[hit.span.start, hit.span.end] for hit in group]


def _continues(doc: Doc, text: str, hits: list[DirectHit], j: int, k: int) -> bool:
    """Whether hits[k] goes on the utterance whose latest piece is hits[j] (the latest of its
    kind; hits of the other kind between them must be words of the attribution)."""
    last, hit = hits[j], hits[k]
    if not _same_source(last.attribution, hit.attribution):
        return False
    if hit.span.continues:
        # the marks say the quotation runs on from the piece left open right before it
        return j == k - 1 and last.span.close_at is None
    attribution = hit.attribution
    if attribution is None or attribution.speaker is None or attribution.cue_token is None:
        return False  # nothing says two pieces in one paragraph are one utterance
    gap_start, gap_end = last.span.outer_end, hit.span.open_at
    if gap_start > gap_end or "\n" in text[gap_start:gap_end]:
        return False
    return _only_attribution(doc, gap_start, gap_end, attribution)


def _same_source(a: Attribution | None, b: Attribution | None) -> bool:
    """Same cue word and same speaker mention (or neither has any attribution)."""
    if a is None or b is None:
        return a is None and b is None
    return a.cue_token == b.cue_token and _mention(a) == _mention(b)


def _mention(attribution: Attribution) -> tuple[int, int] | None:
    span = attribution.speaker
    return None if span is None else (span.start_char, span.end_char)


def _only_attribution(doc: Doc, start: int, end: int, attribution: Attribution) -> bool:
    """Whether the words from `start` to `end` only join two pieces of one utterance: no
    sentence ends before them, and no clause of its own stands there, reported or narrated
    ('he said the count was fair', 'He left.'), unless it hangs from the cue or the speaker
    ('said Halden, who chairs the board'). Whatever else stands there is the attribution
    ('Tulsa police Chief Ana Ruiz said Monday', 'pausing to look at the river', the parse
    may hang them anywhere) or joins what the cue governs ('called it “reckless” and “a gift”').
    """
    assert attribution.speaker is not None and attribution.cue_token is not None
    speaker = {t.i for t in attribution.speaker}
    tokens = list(_tokens_between(doc, start, end))
    last_word = max((k for k, t in enumerate(tokens) if not t.is_punct), default=-1)
    if any(t.text in _SENTENCE_END for t in tokens[:last_word]):
        return False
    clauses = [t for t in tokens if _has_subject(t)]
    return all(_hangs_from(verb, attribution.cue_token, speaker) for verb in clauses)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _tokens_between(doc: Doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None:
        return
    for token in span:
        if start <= token.idx < end and not token.is_space:
            yield token


def _hangs_from(token: Token, cue: int, speaker: set[int]) -> bool:
    """Whether `token` is the cue or the speaker or under them, not under what the cue reports."""
    current = token
    for _ in range(_MAX_DEPTH):
        if current.i in speaker or current.i == cue:
            return True
        if current.head.i == cue:
            return current.dep_ not in _NOT_ATTRIBUTION_DEPS
        if current.head is current:
            return False
        current = current.head
    return False

