"""Which marked spans are speech and which are fragments: titles of works, headings, names,
scare quotes (a few quoted words inside a sentence)."""

from __future__ import annotations

import re

from dateline.analyse.quotes.attribution import verb_classes
from dateline.analyse.quotes.marks import MarkedSpan
from dateline.lexicons import words

FRAGMENT_MAX_WORDS = 6

_WORD = re.compile(r"\w+")


def word_count(text: str, span: MarkedSpan) -> int:
    return len(_WORD.findall(text[span.start : span.end]))


def is_sentence(quoted: str) -> bool:
    """'“Now it is up to parliament.”': a whole short sentence, as speech is quoted."""
    return len(_WORD.findall(quoted)) >= 3 and quoted[:1].isupper() and quoted[-1:] in (".", "!", "?")


def is_fragment(text: str, span: MarkedSpan, para_start: int) -> bool:
    """Not speech given whole: a scare quote or a few words embedded in a sentence, a
    title, a section heading."""
    if _is_heading(text, span, para_start) or _is_byline_title(text, span, para_start):
        return True
    if word_count(text, span) > FRAGMENT_MAX_WORDS:
        return False
    before = text[para_start : span.open_at].rstrip()
    if not before:
        return False
    last = before[-1]
    # Embedded in a running sentence: right after a word ("called it “a disaster”").
    if not (last.isalnum() or last in ")%"):
        return False
    quoted = text[span.start : span.end].rstrip()
    after = text[span.outer_end : span.outer_end + 3].lstrip()
    if quoted.endswith(",") and not _title_cased(quoted):
        # '“We won,” he said': a sentence broken by its cue. A title takes the comma of
        # the sentence it sits in: 'on ABC's “This Week,” Halden said'.
        return False
    if after.startswith(",") and span.single:
        return False
    return True


# Stand-alone headings are short; a longer line in single marks is someone's words.
_HEADING_MAX_WORDS = 12

_BYLINE = re.compile(r"\s*by\s+(?:the\s+)?[A-Z]")


def _is_heading(text: str, span: MarkedSpan, para_start: int) -> bool:
    """A paragraph that is only a short phrase in single marks ("'A change of tone.'") is a
    section heading, as papers set them, not speech."""
    if not span.single or span.close_at is None or word_count(text, span) > _HEADING_MAX_WORDS:
        return False
    para_end = text.find("\n", span.outer_end)
    para_end = len(text) if para_end < 0 else para_end
    return not text[para_start : span.open_at].strip() and not text[span.outer_end : para_end].strip(" \t.;:")


def _is_byline_title(text: str, span: MarkedSpan, para_start: int) -> bool:
    """'—“Museum reopens its north wing,” by the Ledger's Mila Dorn' / 'according to
    “Nights in Veldoria,” by Anna Ostrova': a headline or a book and its author."""
    quoted = text[span.start : span.end].rstrip()
    if not quoted.endswith(",") or span.close_at is None or not _BYLINE.match(text, span.outer_end):
        return False
    before = text[para_start : span.open_at].rstrip()
    return _title_cased(quoted) or not before or not (before[-1].isalnum() or before[-1] in ")%")


def _title_cased(quoted: str) -> bool:
    """'The Daily Ledger', 'Nights in Veldoria': every word but the small ones capitalised."""
    words = [w for w in _WORD.findall(quoted) if w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


_SMALL_WORDS = frozenset({"of", "the", "and", "a", "an", "to", "in", "on", "for", "with", "at", "by", "&"})

# A capitalised quote of this many words (small words aside) reads as a name.
_NAME_MIN_WORDS = 2

# Nouns for works: right before a quote they name it, in a headline or not.
_WORK_NOUNS = frozenset(words("quotes/work_nouns.txt"))

_TITLE_CUES = frozenset(words("quotes/title_cues.txt"))


def is_title(text: str, span: MarkedSpan, left) -> bool:
    """'on ABC's "This Week"', 'a show called "Brokers"': a name of a work, not speech."""
    if not _title_cased(text[span.start : span.end]):
        return False
    if not left:
        return False
    prev = left[-1]
    if prev.lower_ in _WORK_NOUNS or prev.lemma_ in ("title", "entitle"):
        return True
    if _nickname(left):
        return True
    if _in_title_cased_line(text, span):
        # 'Ostrova Calls Halden's Plan ‘Reckless’': in a headline every word is capitalised,
        # so the quote's capitals say nothing about it being a title.
        return False
    if prev.lower_ in _TITLE_CUES or prev.tag_ == "POS" or prev.pos_ in ("ADP", "PROPN") or prev.lemma_ in ("call", "title"):
        return True
    # 'wearing “Vote Ostrova Now” pins', 'the “Harbour Club” reception': a capitalised
    # name of several words that no speech verb introduces names a thing; nobody says it.
    names = [w for w in _WORD.findall(text[span.start : span.end]) if w.lower() not in _SMALL_WORDS]
    return len(names) >= _NAME_MIN_WORDS and not any(verb_classes(tok) for tok in left)


def _nickname(left) -> bool:
    """'known as the "Three Amigos"', 'nicknamed "The Wall"': a name given, no one's words (a
    name "dubbed ... by" someone is theirs, and stays with them)."""
    words_ = [t for t in left if not t.is_punct]
    if words_ and words_[-1].pos_ == "DET":
        words_ = words_[:-1]
    if not words_:
        return False
    if words_[-1].lemma_.lower() == "nickname":
        return True
    return len(words_) >= 2 and words_[-1].lower_ == "as" and words_[-2].lemma_.lower() == "know"


def _in_title_cased_line(text: str, span: MarkedSpan) -> bool:
    """Whether the line around the quote is set in title case (a headline)."""
    line_start = text.rfind("\n", 0, span.open_at) + 1
    line_end = text.find("\n", span.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    outside = text[line_start : span.open_at] + " " + text[span.outer_end : line_end]
    words = [w for w in _WORD.findall(outside) if len(w) > 3 and not w.isdigit()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def is_embedded(text: str, span: MarkedSpan, para_start: int) -> bool:
    before = text[para_start : span.open_at].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in ")%")
