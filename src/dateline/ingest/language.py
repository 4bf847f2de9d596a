"""Which language an article is in, from its most frequent function words.

A small, dependency-free detector for the languages dateline's users send most: English,
French, Spanish, German, Italian, Portuguese and Dutch. Each language has a list of very
frequent words that are rare in the others; the language with most hits wins when it has
enough hits and a clear lead. Otherwise the answer is None ("unsure") rather than a guess.
Words shared by several languages ("de", "la", "a", "in") are left out on purpose.
"""

from __future__ import annotations

import re

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the and of to is was are were that with for this from have has had said by not it "
        "they their which would will been who on at an be as but he she his her its after "
        "about also than there when more what our we you".split()
    ),
    "fr": frozenset(
        "le les des du et est une dans pour que qui sur pas avec au aux ces cette sont ont "
        "été il elle ils nous vous mais ou leur leurs selon après avait était aussi être "
        "plus lors contre entre".split()
    ),
    "es": frozenset(
        "el los las del y es una en por que con para su sus se al lo como pero más fue "
        "han ha este esta según sobre entre también desde cuando dijo sido hay muy ya".split()
    ),
    "de": frozenset(
        "der die das und ist nicht mit den dem des ein eine einer sich auf für von zu "
        "im auch wird wurde werden sind hat haben nach bei aus wie oder aber noch sagte "
        "gegen über nur".split()
    ),
    "it": frozenset(
        "il gli della delle dei degli e è che non per una con del alla sono ha stato "
        "anche come più nel nella sul dopo tra ma ai al questo questa secondo ancora "
        "essere".split()
    ),
    "pt": frozenset(
        "o os as do da dos das e é que não para uma com em no na nos nas um foi pelo "
        "pela ao mais como mas seu sua também ser são está disse segundo entre após".split()
    ),
    "nl": frozenset(
        "de het een en van is dat niet met voor zijn op aan ook bij er die dit maar "
        "werd wordt worden heeft hebben naar om uit nog over dan tegen volgens zei".split()
    ),
}
# Fewer hits than this and the text is too short to tell.
MIN_HITS = 4
# The winner needs this many times the runner-up's hits.
MIN_LEAD = 1.5
# Reading the first few thousand words is enough and keeps long texts cheap.
MAX_WORDS = 3000

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in, or None when unsure."""
    if not isinstance(text, str) or not text:
        return None
    counts = dict.fromkeys(STOPWORDS, 0)
    for index, match in enumerate(_WORD.finditer(text.lower())):
        if index >= MAX_WORDS:
            break
        word = match.group()
        for language, words in STOPWORDS.items():
            if word in words:
                counts[language] += 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, best_hits), (_, second_hits) = ranked[0], ranked[1]
    if best_hits < MIN_HITS or best_hits < MIN_LEAD * second_hits:
        return None
    return best
