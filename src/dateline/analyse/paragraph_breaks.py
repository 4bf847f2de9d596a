"""Paragraph breaks are sentence boundaries, whatever the parser would make of them.

The small English model's parser reads a blank line as one more space: a heading left above a
paragraph ("Most read in world news", "Status Quo") or a list item became the start of the
next paragraph's sentence, and the extractors took the heading's words as actors ("read in
world news\\n\\nAuthorities"). A component placed before the parser marks the first token after
every blank line as a sentence start; spaCy's parser keeps a start that is set before it runs.
Only the sentence boundaries change: the tokens, the text and every offset stay as they were.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "dateline_paragraph_breaks"
# A blank line: two line breaks with nothing but spaces or tabs between them. The tokenizer
# keeps such a stretch as one whitespace token.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@Language.component(COMPONENT)
def mark_paragraph_breaks(doc: Doc) -> Doc:
    """Set `is_sent_start` on the token after each whitespace token that holds a blank line."""
    for token in doc[:-1]:
        if token.is_space and _BLANK_LINE.search(token.text):
            doc[token.i + 1].is_sent_start = True
    return doc


def add_paragraph_breaks(nlp: Language) -> None:
    """Put the component before the parser (or first, in a pipeline without one), once."""
    if COMPONENT in nlp.pipe_names:
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    else:
        nlp.add_pipe(COMPONENT, first=True)
