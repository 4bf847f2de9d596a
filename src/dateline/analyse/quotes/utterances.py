"""One utterance, one quote: the marked pieces of a quotation a writer split around its
attribution ("“We won,” Halden said, “and we will win again.”") or ran over several
paragraphs (an opening mark at each paragraph, no closing mark until the end) are one.

Two pieces are one utterance when they are of one kind (direct, fragment), have the same
cue word and speaker mention (one act of saying), and either the marks run the quotation
on into the next paragraph, or, in one paragraph, nothing stands between them but the
attribution ("Halden said, pausing,") or words joining what the cue governs ("called it
“reckless” and “a gift”"). A sentence of the writer's, a reported clause or another
speaker between them keeps them apart: a wrong join is worse than two records.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.span_context import DirectHit

# Arcs from the cue to a clause reported or narrated beside it ('he said the plan was bad',
# 'he said and she left'): not the attribution. Under the speaker any arc is ('said Don
# Fowler, who led the party').
_NOT_ATTRIBUTION_DEPS = frozenset({"ccomp", "parataxis", "conj", "csubj"})
_SENTENCE_END = frozenset({".", "!", "?"})
# Words that open a reported clause ('said that ...'), unlike 'as', 'while', 'after'.
_REPORTING_MARKS = frozenset({"that", "whether", "if"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
# How far up the tree a clause between two pieces is followed to reach the cue or speaker.
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
    sentence ends between them ('Halden said. He left. “...'), and no clause with a subject
    of its own hangs from the cue as what it reports or as another event ('he said the
    count was fair', 'he said, and Ostrova nodded'). Whatever else stands there is the
    attribution ('said Halden, who chairs the board', 'Tulsa police Chief Ana Ruiz said
    Monday, according to the Herald', 'pausing to look at the river': the parse may hang
    these anywhere) or joins what the cue governs ('called it “reckless” and “a gift”').
    """
    assert attribution.speaker is not None and attribution.cue_token is not None
    speaker = {t.i for t in attribution.speaker}
    tokens = list(_tokens_between(doc, start, end))
    if _sentence_ends_within(tokens):
        return False
    clauses = [t for t in tokens if _has_subject(t)]
    return not any(_beside_the_cue(clause, attribution.cue_token, speaker) for clause in clauses)


def _tokens_between(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None:
        return []
    return [t for t in span if start <= t.idx < end and not t.is_space]


def _sentence_ends_within(tokens: list[Token]) -> bool:
    """A sentence ends among `tokens` and another begins there: a period the parse ends a
    sentence with, before a capital ('Putin. He', not 'Lt. Gen.' nor 'Mass., said')."""
    for k, token in enumerate(tokens[:-1]):
        if token.text not in _SENTENCE_END:
            continue
        word = next((t for t in tokens[k + 1 :] if t.is_alpha), None)
        if tokens[k + 1].is_sent_start and word is not None and word.text[0].isupper():
            return True
    return False


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _beside_the_cue(clause: Token, cue: int, speaker: set[int]) -> bool:
    """Whether a clause hangs from the cue as what it reports or as an event of its own,
    rather than telling about the speaker or when, where and how the words were said."""
    if clause.i == cue or any(c.i in speaker for c in clause.children if c.dep_ in _SUBJECT_DEPS):
        return False  # the cue's own clause, or one about the speaker ('Reich ... endorsed')
    current = clause
    for _ in range(_MAX_DEPTH):
        if current.i in speaker:
            return False
        if current.head.i == cue:
            return current.dep_ in _NOT_ATTRIBUTION_DEPS and not _adverbial(current)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _adverbial(clause: Token) -> bool:
    """'said, as the fighters trained': a clause opened by 'as', 'while', 'after' tells
    when the words were said, whatever arc the parse gave it."""
    return any(c.dep_ == "mark" and c.lower_ not in _REPORTING_MARKS for c in clause.children)
