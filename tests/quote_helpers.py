"""Run the quote extractor on sentences of our own, through the real spaCy model and the
registry's wiring (entities first, then quotes), as production runs it."""

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
    """Every quote the registry's quote extractor finds in `text` (and `title`).

    Entities come from the registry's entities extractor, as in production; a test that needs
    particular entities passes them as `entities`, and the quote extractor gets those instead."""
    from dateline.analyse.components import EXTRACTORS

    article = parsed(text, title)
    if entities is not None:
        return EXTRACTORS.get("quotes").run(article, {"entities": entities})
    return EXTRACTORS.subset("quotes").analyse(article).quotes


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
