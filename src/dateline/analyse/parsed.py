"""The parsed article handed to every extractor, so nothing parses twice."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from dateline.models import Article

_TEXT_KEY = "dateline.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, read once: spaCy rebuilds it from every token on each access, which made
    it the extractors' largest cost when read per quote or per name."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


@dataclass
class ParsedArticle:
    """An article with the spaCy parse of its text and of its title."""

    article: Article
    doc: Doc  # parse of article.text; offsets match Article.text
    title_doc: Doc | None  # parse of article.title, when there is one

    def docs(self):
        """(field, doc) pairs: the title first, then the body."""
        if self.title_doc is not None:
            yield "title", self.title_doc
        yield "text", self.doc
