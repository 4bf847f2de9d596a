"""Question-and-answer interviews ("Q: ..." then "A: ..." paragraphs): the answers are the
words of the one person the introduction names."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dateline.analyse.parsed import doc_text
from dateline.analyse.quotes.attribution import Attribution
from dateline.analyse.quotes.indirect.content import MAX_CONTENT_TOKENS, IndirectHit, mostly_quoted, trim

# "Q: ..." and "A: ..." paragraphs of an interview: the answers are the interviewee's
INTERVIEW_LABELS = ("Q", "A")


def interview_answer(doc: Doc, label, colon: Token, inside_quote) -> IndirectHit | None:
    """An "A: ..." paragraph of a question-and-answer interview (two questions and two answers
    at least): the words of the one person the text names before its first question; no
    speaker, and no quote, when it names none or several (the questions are the writer's)."""
    if label.text != "A":
        return None
    interviewee = _interviewee(doc)
    if interviewee is None:
        return None
    end = colon.i + 1
    while end < len(doc) and "\n" not in doc[end].text and end - colon.i <= MAX_CONTENT_TOKENS:
        end += 1
    start, end = trim(doc, colon.i + 1, end)
    if end - start < 3 or mostly_quoted(doc, start, end, inside_quote):
        return None
    return IndirectHit(start, end, Attribution(":", colon.i, interviewee, interviewee.root))


def _interviewee(doc: Doc):
    text = doc_text(doc)
    questions = [m for m in _label_starts(text, "Q")]
    if len(questions) < 2 or len(_label_starts(text, "A")) < 2:
        return None
    people = [e for e in doc.ents if e.label_ == "PERSON" and e.end_char <= questions[0]]
    if not people:
        # the tagger misses many a name in an introduction: a run of two or more capitalised
        # proper nouns it tags as nothing else ("to have Junior Gaspard as our new CEO")
        people = [r for r in _name_runs(doc) if r.end_char <= questions[0]]
    if len({e.text.split()[-1] for e in people}) != 1:
        return None
    return max(people, key=len)


def _name_runs(doc: Doc) -> list:
    runs, start = [], None
    for tok in doc:
        name_like = tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in ("", "PERSON")
        if name_like and start is None:
            start = tok.i
        elif not name_like and start is not None:
            if tok.i - start >= 2:
                runs.append(doc[start : tok.i])
            start = None
    return runs


def _label_starts(text: str, label: str) -> list[int]:
    found, pos = [], 0
    for line in text.split("\n"):
        if line.startswith(label + ":"):
            found.append(pos)
        pos += len(line) + 1
    return found
