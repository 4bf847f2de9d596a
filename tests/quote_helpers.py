"""Run the quote extractor on sentences of our own, through the real spaCy model."""

from __future__ import annotations

from dateline.models import Article, EntityMention, Quote


def parsed(text: str, title: str | None = None):
    """A ParsedArticle of `text` (and `title`), as the pipeline would hand it over."""
    from dateline.analyse.parsed import ParsedArticle
    from dateline.analyse.pipeline import load_nlp

    nlp = load_nlp()
    article = Article.from_text(text, origin="test", title=title)
    return ParsedArticle(article=article, doc=nlp(text), title_doc=nlp(title) if title else None)


def quotes_in(text: str, title: str | None = None, entities: list[EntityMention] | None = None) -> list[Quote]:
    """Every quote `extract_quotes` finds in `text` (and `title`)."""
    from dateline.analyse.quotes import extract_quotes

    return extract_quotes(parsed(text, title), entities or [])


def find(found: list[Quote], words: str, kind: str | None = None) -> Quote:
    """The first quote containing `words` (of `kind`, when given)."""
    hits = [q for q in found if words in q.text and (kind is None or q.kind == kind)]
    assert hits, f"no quote containing {words!r} in {[q.text for q in found]}"
    return hits[0]


def find_marked(found: list[Quote], words: str) -> Quote:
    """The first direct quote or fragment containing `words`."""
    hits = [q for q in found if words in q.text and q.kind != "indirect"]
    assert hits, f"no quote in marks containing {words!r} in {[q.text for q in found]}"
    return hits[0]
