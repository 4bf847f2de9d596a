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

from dateline.headline import is_title_case
from dateline.models import EntityMention

_WORD = re.compile(r"\S+")
MAX_PERSON_WORDS = 3  # a headline name ending in a body person's surname is that person's


def confirmed_by_body(title: list[EntityMention], body: list[EntityMention], headline: str | None) -> list[EntityMention]:
    """The headline's mentions, in a title-case headline each cut to its longest run of
    words the body names (or dropped when there is none)."""
    if not is_title_case(headline):
        return title
    named = {m.text: m.type for m in body} | {m.name: m.type for m in body}
    for m in body:  # a person named in full in the body is named by the surname alone
        if m.type == "PERSON" and len(m.name.split()) >= 2:
            named.setdefault(m.name.split()[-1], "PERSON")
    surnames = {m.name.split()[-1] for m in body if m.type == "PERSON"}
    kept = []
    for mention in title:
        if mention.text.split()[-1] in surnames and len(mention.text.split()) <= MAX_PERSON_WORDS:
            kept.append(mention)  # "Lindsay Lohan Checks In" has her whole: the body calls her Lohan
            continue
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
