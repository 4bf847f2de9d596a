"""Names in a title-case headline, kept as far as the body confirms them.

In "Chelsea Activate £71.6m Release Clause To Sign Kepa Arrizabalaga" every word is
capitalised, so the tagger has nothing to tell a name from a verb or a noun by, and runs
names into both ("Chelsea Activate", "Release Clause", "Doobie Brothers Unite", "Google
Bets"). Such a headline's name is kept only where the body names it too, cut to the words
the body uses ("Chelsea"); a name the body never uses is left out (a wrong actor is worse
than none). A sentence-case headline's names stand as the tagger found them.
"""

from __future__ import annotations

import dataclasses
import re

from dateline.lexicons import words
from dateline.models import EntityMention

_WORD = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_MINOR_WORDS = frozenset(words("function_words.txt"))
TITLE_CASE_SHARE = 0.8  # of a headline's content words capitalised: it is set in title case
MIN_CONTENT_WORDS = 3


def is_title_case(headline: str | None) -> bool:
    """Whether (nearly) every content word of the headline starts with a capital."""
    content = [w for w in (m.group().strip("\"'‘’“”()[]:,.!?") for m in _WORD.finditer(headline or ""))
               if _LETTERS.match(w[:1]) and w.lower() not in _MINOR_WORDS]
    if len(content) < MIN_CONTENT_WORDS:
        return False
    return sum(w[0].isupper() for w in content) >= TITLE_CASE_SHARE * len(content)


def confirmed_by_body(title: list[EntityMention], body: list[EntityMention], headline: str | None) -> list[EntityMention]:
    """The headline's mentions, in a title-case headline each cut to its longest run of
    words the body names (or dropped when there is none)."""
    if not is_title_case(headline):
        return title
    named = {m.text: m.type for m in body} | {m.name: m.type for m in body}
    for m in body:  # a person named in full in the body is named by the surname alone
        if m.type == "PERSON" and len(m.name.split()) >= 2:
            named.setdefault(m.name.split()[-1], "PERSON")
    kept = []
    for mention in title:
        cut = _longest_named_run(mention, named)
        if cut is not None:
            kept.append(cut)
    return kept


def _longest_named_run(mention: EntityMention, named: dict[str, str]) -> EntityMention | None:
    spans = [(m.start(), m.end()) for m in _WORD.finditer(mention.text)]
    for length in range(len(spans), 0, -1):
        for first in range(len(spans) - length + 1):
            start, end = spans[first][0], spans[first + length - 1][1]
            text = mention.text[start:end]
            if text in named:
                if length == len(spans):
                    return mention
                return dataclasses.replace(mention, text=text, name=text, type=named[text],
                                           start=mention.start + start, end=mention.start + end)
    return None
