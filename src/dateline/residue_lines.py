"""What residue judging reads in one paragraph, and the topic of an article's prose.

`describe(text)` gives a `Line`: its words and topic words, function words, whether it ends a
sentence, reads as prose, is a list item, is cut short by the page, or is a headline run into its
standfirst. `Topic` holds the topic words of an article's prose and tells whether a word (or one
of its family: "strike" / "strikers") is among them; `support` and `headline_support` measure a
line's share of them. Text in scripts written without spaces (Chinese, Japanese, Thai) has its
topic words taken as pairs of characters. The judging itself is `dateline.residue`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.lexicons import words
from dateline.sentences import abbreviations

WORD = re.compile(r"[^\W_]+")
# Trailing emoji and symbols do not hide a sentence's end ("See you soon! 🙂").
_TRAILING_SYMBOLS = re.compile(r"[\s\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d~]+$")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
# Runs of characters of the scripts whose topic words are matched as character pairs.
_BIGRAM_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]{2,}")
_INFLECTION_PAIR = re.compile(r"[\u3040-\u309f\u30fc]{2}")
_NO_SPACE_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)\]]*\s*$")
_LIST_MARK = re.compile(r"^(?:\|.*\||[-*•–—·>]|\(?\d{1,3}[.)]|\(?[a-zA-Z][.)]\s|[A-Z]:\s|#\d)")
# A sentence ended inside a line, after a lower-case word that is no abbreviation ("... rich again. Economists").
_INNER_SENTENCE_END = re.compile(r"\b([^\W\d_]{2,})[.!?]['\"”’]?\s+(?=[\"“‘]?[A-Z])")
# Cut off mid-sentence by the page: a word run straight into an ellipsis ("... the headphones, which ar...").
_TRUNCATED = re.compile(r"[^\W_](?:\.{3}|…)$")

# A paragraph of prose: at least this many words, ending a sentence, with function words.
PROSE_MIN_WORDS = 6
# Topic words are compared on their first letters (a light, language-blind stemmer).
STEM_CHARS = 5
# ... and may differ in this many letters past the start they share ("strike" / "strikers").
SUFFIX_CHARS = 3
# A headline is checked against this many paragraphs below it.
HEADLINE_BODY_LINES = 60
# A line cut short by the page ("... with Realtek Bluetooth...") has at least this many words.
TRUNCATED_MIN_WORDS = 4
# A headline shares a topic word with the first this many paragraphs of prose below it.
LEDE_PARAGRAPHS = 4
# A headline with its standfirst is at most this long (a longer line is a paragraph cut short).
DEK_MAX_WORDS = 25


def _word_list(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in words(name))


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    return _word_list("function_words.txt")


@lru_cache(maxsize=1)
def site_words() -> frozenset[str]:
    return _word_list("site_words.txt")


@lru_cache(maxsize=1)
def section_heads() -> frozenset[str]:
    return _word_list("clean/section_heads.txt")


def is_section_head(line: Line) -> bool:
    """A conventional subheading ("The bottom line", "Fazit", "Our ruling:")."""
    return " ".join(line.words) in section_heads()


@lru_cache(maxsize=1)
def dangling_words() -> frozenset[str]:
    return _word_list("clean/dangling_words.txt")


@dataclass(frozen=True)
class Line:
    """What residue judging needs to know about one paragraph."""

    text: str
    words: tuple[str, ...]  # lower-cased \\w+ tokens
    content: frozenset[str]  # topic words: not function words, not numbers, 3+ characters
    function_count: int
    sentence_end: bool
    no_space_script: bool
    list_item: bool
    latin: bool  # most of its letters are Latin
    truncated: bool  # cut off by the page: a teaser's blurb ("... the headphones, which ar...")
    dek: bool  # a headline with its standfirst: "Trump says tariffs will help. Economists disagree"

    @property
    def n_words(self) -> int:
        return len(self.words)

    @property
    def prose(self) -> bool:
        """Reads as running text: a sentence with function words, or long with many of them."""
        if self.no_space_script:
            return len(self.text) >= 20 and self.sentence_end
        ended = self.sentence_end or self.text.rstrip().endswith(":")
        if ended and (self.function_count >= 1 or self.n_words >= 10):
            return self.n_words >= PROSE_MIN_WORDS
        return self.n_words >= 25 or self.n_words >= 16 and self.function_count >= 3

    @property
    def title_case(self) -> bool:
        """Every topic word capitalised, as in a menu or a headline ("Asia Markets")."""
        caps = [w for w in WORD.findall(self.text) if w.lower() in self.content]
        return bool(caps) and all(w[0].isupper() for w in caps)

    @property
    def short(self) -> bool:
        return not self.prose and not self.no_space_script


def _stem(word: str) -> str:
    """A crude stem, so that "strike" meets "strikers" and "relief" meets "relieved"."""
    return word[:STEM_CHARS]


def describe(text: str) -> Line:
    words = tuple(w.lower() for w in WORD.findall(text))
    stop = function_words()
    content = frozenset(w for w in words if len(w) >= 3 and w not in stop and not w.isdigit()
                        and not _BIGRAM_SCRIPT.search(w))
    content |= _script_bigrams(text)
    return Line(
        text=text,
        words=words,
        content=content,
        function_count=sum(1 for w in words if w in stop),
        sentence_end=bool(_SENTENCE_END.search(_TRAILING_SYMBOLS.sub("", text))),
        no_space_script=bool(_NO_SPACE_SCRIPT.search(text)),
        list_item=bool(_LIST_MARK.match(text)),
        latin=len(_LATIN.findall(text)) * 2 >= len(_LETTER.findall(text)),
        truncated=bool(_TRUNCATED.search(text)) and len(words) >= TRUNCATED_MIN_WORDS,
        dek=_dek_shape(text, n_words=len(words)),
    )


def _dek_shape(text: str, *, n_words: int) -> bool:
    """A headline run into its standfirst: it opens with a capital, ends a sentence inside ("...
    rich again. Economists disagree") but not at its end, where a word stands bare. A paragraph of
    the story that ends a sentence inside ends its last one too (or ends in a link, a tag, a colon)."""
    if n_words > DEK_MAX_WORDS or not text[:1].isupper() or not text[-1:].isalpha():
        return False
    ends = [m for m in _INNER_SENTENCE_END.finditer(text)
            if m.group(1)[0].islower() and m.group(1).lower() not in abbreviations()]
    if not ends:
        return False
    tail = text[ends[-1].end():]
    tail_words = tail.split()
    return (len(tail_words) >= 2 and not re.search(r"[:#@/]", tail)
            and tail_words[-1].lower() not in dangling_words())  # (cut short: "... publishers with an")


def _script_bigrams(text: str) -> frozenset[str]:
    """Topic "words" of text written without spaces (Chinese, Japanese, Thai): pairs of adjacent
    characters, leaving out pairs of kana that only inflect ("して")."""
    pairs = set()
    for run in _BIGRAM_SCRIPT.findall(text):
        pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return frozenset(pair for pair in pairs if not _INFLECTION_PAIR.fullmatch(pair))




class Topic:
    """The topic words of an article's prose: in how many paragraphs each occurs. A word meets
    another of its family ("strike" / "strikers", "relief" / "relieved"): they share their first
    STEM_CHARS letters and differ in no more than SUFFIX_CHARS letters past their common start
    ("special" / "specific" and "international" / "interview" do not meet)."""

    def __init__(self, lines: Iterable[Line]) -> None:
        self.words: Counter = Counter()
        for line in lines:
            if line.prose:
                self.words.update(line.content)
        self.family: dict[str, set[str]] = {}
        for word in self.words:
            self.family.setdefault(_stem(word), set()).add(word)

    def uses(self, word: str, *, besides: frozenset[str] = frozenset()) -> bool:
        """Whether the prose uses `word` or a word of its family (not counting, once, the
        paragraph whose words are `besides`)."""
        return any(self.words[other] - (other in besides) > 0
                   for other in self.family.get(_stem(word), ()) if _kin(word, other))


def _kin(a: str, b: str) -> bool:
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= min(STEM_CHARS, len(a), len(b)) and max(len(a), len(b)) - common <= SUFFIX_CHARS


def support(line: Line, counts: Topic) -> float:
    """Share of the line's content words that the article's other prose uses."""
    if not line.content:
        return 0.0
    besides = line.content if line.prose else frozenset()
    return sum(1 for w in line.content if counts.uses(w, besides=besides)) / len(line.content)


def headline_support(headline: Line, body: list[str]) -> float | None:
    """Share of a headline's topic words the body's prose uses (None: the body has no prose);
    0 when the story's opening (its first LEDE_PARAGRAPHS of prose) uses none of them: a
    headline tells what the opening tells, another story's headline only meets a word or two
    further down."""
    prose = [line for line in (describe(p) for p in body[:HEADLINE_BODY_LINES]) if line.prose]
    topic = Topic(prose)
    if not topic.words:
        return None
    lede = Topic(prose[:LEDE_PARAGRAPHS])
    if not headline.content or not any(lede.uses(w) for w in headline.content):
        return 0.0
    return sum(1 for w in headline.content if topic.uses(w)) / len(headline.content)
