"""Verb patterns as the coder reads them: PETRARCH2's block patterns (verb_patterns.tsv) and the
hand-kept ones (verb_patterns_extra.tsv), each a verb's words before and after it and a code;
lexicon.patterns() and lexicon.hand_patterns() load them, pattern_match.py matches them."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str  # "-" blocks coding

    @property
    def size(self) -> int:
        return len(self.before) + len(self.after)


def pattern_table(rows: list[list[str]]) -> dict[str, tuple[Pattern, ...]]:
    """First column -> the patterns of a file's rows (key, words before, words after, code),
    most specific first."""
    table: dict[str, list[Pattern]] = defaultdict(list)
    for row in rows:
        key, before, after, code = (row + [""] * 4)[:4]
        table[key].append(Pattern(token_words(before), token_words(after), code))
    return {k: tuple(sorted(v, key=lambda p: -p.size)) for k, v in table.items()}


def token_words(text: str) -> tuple[str, ...]:
    """A pattern's words as the tokenizer splits text: a hyphenated word ('go-ahead',
    '(self-determination') is its parts in order, each in the group its whole is in."""
    found = []
    for word in text.split():
        group = "(" * (len(word) - len(word.lstrip("(")))
        parts = [p for p in word.lstrip("(").split("-") if p] if not word.startswith("&") else [word.lstrip("(")]
        found += [group + part for part in parts]
    return tuple(found)
