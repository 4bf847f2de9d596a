"""Which language an article is in: py3langid's character n-gram model, answered only when sure.

py3langid (a maintained fork of langid.py; its model ships in the wheel) knows about 100
languages. Measured against our former stop-word detector (7 languages) and lingua on
PolNeAR and ECB+ articles, their first eight words and headlines and paragraphs in eleven
languages (benchmarks/language_detection.py), it was right on every article and paragraph,
and on headlines where the stop-word lists had nothing to go on; lingua's full model was
more accurate on snippets but needs over 1 GB and half a minute to load.
A wrong answer is worse than none, so a guess below MIN_CONFIDENCE (a name, a one-word
title) is None ("unsure").
"""

from __future__ import annotations

from functools import lru_cache

# Below this normalised probability the answer is a guess: 8-word English snippets that the
# model calls Nigerian Pidgin or Welsh score under 0.5, whole sentences above 0.9.
MIN_CONFIDENCE = 0.5
# The first few thousand characters tell the language; reading more only costs time.
MAX_CHARS = 5000
# The model's label for text without linguistic content (digits, symbols).
_NO_LANGUAGE = "zxx"


@lru_cache(maxsize=1)
def _identifier():
    """The model, loaded once per process (about 2 s, 100 MB with numpy)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (639-3 where there is none) of the language `text` is written in,
    or None when unsure."""
    if not isinstance(text, str) or not text.strip():
        return None
    language, probability = _identifier().classify(text[:MAX_CHARS])
    if probability < MIN_CONFIDENCE or language == _NO_LANGUAGE:
        return None
    return language
