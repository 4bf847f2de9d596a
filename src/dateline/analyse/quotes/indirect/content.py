"""What every indirect-speech rule shares: the hit it returns and how a content is trimmed."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.analyse.quotes.attribution import Attribution

EDGE_PUNCT = frozenset({",", ";", ":", "-", "—", "–", "(", ")"})

MAX_CONTENT_TOKENS = 250

# A comma-set phrase closing a content that is the writer's aside, not the report.
ASIDE_DEPS = frozenset({"relcl", "appos"})

# Phrases after a content, hung on its verb, that the content keeps ("said X in March").
TAIL_DEPS = frozenset({"prep", "npadvmod"})

NO_SPEAKERS = frozenset({"it", "its", "this", "that", "which", "there", "what"})


@dataclass
class IndirectHit:
    start: int  # token indexes of the content
    end: int
    attribution: Attribution


def mostly_quoted(doc: Doc, start: int, end: int, inside_quote) -> bool:
    words = [t for t in doc[start:end] if not t.is_punct and not t.is_space]
    return 2 * sum(1 for t in words if not inside_quote(t.idx)) < len(words)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].text in (".", "!", "?") or doc[end - 1].is_space):
        end -= 1
    return start, end


def drop_trailing_aside(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Cut a comma-set relative clause or apposition that ends the content ("X, who was
    his chief of staff"): the writer's aside, outside the reported words."""
    for k in range(start + 2, end - 1):
        if doc[k].text != ",":
            continue
        node = doc[k + 1]  # climb to the highest word whose phrase starts after the comma
        while node.head.i != node.i and node.head.left_edge.i == k + 1 and node.head.i < end:
            node = node.head
        if node.right_edge.i < end - 1 or not (start <= node.head.i < k):
            continue
        if node.dep_ in ASIDE_DEPS:
            return trim(doc, start, k)
    return start, end
