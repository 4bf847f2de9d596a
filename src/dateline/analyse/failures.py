"""An article whose analysis failed: reported for that article, and the batch goes on.

The extractors run on untrusted text; a bug one article triggers must cost that article only,
never the batch in flight (nor, in a worker process, the whole run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dateline.models import Article, ArticleAnalysis


@dataclass(frozen=True)
class AnalysisFailure:
    """Why one article could not be analysed (picklable, so it crosses from worker processes)."""

    article_id: str
    message: str


def split_failures(
    articles: Sequence[Article], results: Sequence[ArticleAnalysis | AnalysisFailure]
) -> tuple[list[Article], list[ArticleAnalysis], list[tuple[Article, str]]]:
    """(articles analysed, their analyses, (article, message) for each failure), in order."""
    done, analyses, failed = [], [], []
    for article, result in zip(articles, results):
        if isinstance(result, AnalysisFailure):
            failed.append((article, result.message))
        else:
            done.append(article)
            analyses.append(result)
    return done, analyses, failed
