"""What the three fidelity benchmarks (cameo_fidelity, actor_fidelity, frame_fidelity) share:
a draw fixed by the text of what is drawn, and the events the real analysis path codes."""

from __future__ import annotations

import hashlib

from dateline.analyse.pipeline import analyse_parsed, parse_articles
from dateline.models import Article


def stable_key(*parts) -> int:
    """A number fixed by the parts' text (not by their position, which any new data entry
    would shift): sorting or choosing by it keeps a draw the same from run to run."""
    return int(hashlib.sha1(":".join(map(str, parts)).encode()).hexdigest(), 16)


def capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


def events_of(texts: list[tuple[str, str | None]]) -> list[list]:
    """The events coded in each (sentence, publication date), through spaCy and the
    extractors as `dateline analyze` runs them."""
    articles = [Article.from_text(text, published=published) for text, published in texts]
    return [analyse_parsed(parsed)["events"] for parsed in parse_articles(articles)]
