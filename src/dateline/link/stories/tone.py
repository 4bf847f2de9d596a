"""Loaded language per outlet: a tone score over headlines and leads.

The lexicon (src/dateline/data/loaded_words.txt) lists words that judge or dramatise
rather than report, each weighted -1 (against) or +1 (for). For each outlet, over the
headlines and lead sentences of its articles:
- loaded = loaded words per 100 words (how much it dramatises, either way);
- tone = (for - against) / (for + against), in [-1, 1], 0 when nothing loaded was found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateline.lexicons import table
from dateline.link.stories.records import StoryDoc
from dateline.link.stories.timeline import lead_sentences

LEAD_SENTENCES = 1
_WORD = re.compile(r"[\w'’-]+")


@dataclass
class OutletTone:
    source: str
    articles: int
    words: int
    loaded: float  # loaded words per 100 words
    tone: float  # (for - against) / (for + against)
    examples: list[str]  # the loaded words found, most frequent first


@lru_cache(maxsize=1)
def lexicon() -> dict[str, int]:
    return {word.lower(): int(weight) for word, weight in table("loaded_words.txt", 2)}


def headline_and_lead(doc: StoryDoc) -> str:
    return " ".join(lead_sentences(doc, LEAD_SENTENCES))


def outlet_tone(docs: Iterable[StoryDoc]) -> list[OutletTone]:
    words_of = lexicon()
    totals: dict[str, dict] = {}
    for doc in docs:
        source = doc.source or "(no outlet)"
        entry = totals.setdefault(source, {"articles": 0, "words": 0, "for": 0, "against": 0, "found": {}})
        found = [w.lower().replace("’", "'") for w in _WORD.findall(headline_and_lead(doc))]
        entry["articles"] += 1
        entry["words"] += len(found)
        for word in found:
            weight = words_of.get(word)
            if weight:
                entry["for" if weight > 0 else "against"] += 1
                entry["found"][word] = entry["found"].get(word, 0) + 1
    result = []
    for source in sorted(totals):
        entry = totals[source]
        hits = entry["for"] + entry["against"]
        result.append(OutletTone(
            source=source, articles=entry["articles"], words=entry["words"],
            loaded=round(100 * hits / entry["words"], 2) if entry["words"] else 0.0,
            tone=round((entry["for"] - entry["against"]) / hits, 3) if hits else 0.0,
            examples=[w for w, _ in sorted(entry["found"].items(), key=lambda i: (-i[1], i[0]))][:5],
        ))
    return result
