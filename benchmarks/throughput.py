"""Throughput of `dateline analyze` versus bare spaCy `nlp.pipe`, on the same texts in one run.

    python benchmarks/throughput.py [--corpus examples/corpus] [--articles 400] [--workers 1]

The sample corpus is read through dateline's own ingest and clean, then repeated (each copy
made distinct, so deduplication keeps it) until it reaches --articles. Prints articles/s and
words/s for both, their ratio, the cost of each extractor over the shared parse, and last
one JSON object of the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from dateline.analyse import pipeline
from dateline.clean import clean
from dateline.components import DEFAULT, Components
from dateline.ingest import read_paths
from dateline.models import RawArticle
from dateline.run import analyze_paths
from dateline.settings import Settings


def corpus_texts(corpus: Path, target: int) -> list[dict]:
    """Cleaned articles from the corpus, repeated (and made distinct) up to `target`."""
    base = [clean(item) for item in read_paths([str(corpus)]) if isinstance(item, RawArticle)]
    base = list({a.id: a for a in base if a is not None}.values())  # the corpus has its own duplicates
    if not base:
        sys.exit(f"no articles under {corpus}")
    records = []
    for i in range(target):
        article = base[i % len(base)]
        copy = i // len(base)
        # A distinct closing line per copy gives each copy its own id, as distinct articles would.
        text = article.text if copy == 0 else f"{article.text}\n\nCopy {copy} of this report."
        records.append({"title": article.title, "text": text, "published": article.published,
                        "source": article.source})
    return records


def bench_bare(texts: list[str], *, model: str | None) -> float:
    nlp = pipeline.load_nlp(model)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=pipeline.BATCH_SIZE):
        pass
    return time.perf_counter() - started


def bench_dateline(records: list[dict], *, settings: Settings, components: Components = DEFAULT) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "bench.jsonl"
        source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        with components.open(Path(tmp) / "bench.db") as store:
            started = time.perf_counter()
            summary = analyze_paths([str(source)], store=store, settings=settings, components=components)
            elapsed = time.perf_counter() - started
    if summary.stored != len(records):
        sys.exit(f"expected {len(records)} articles stored, got {summary.line()}")
    return elapsed


def bench_extractors(records: list[dict], *, model: str | None, components: Components = DEFAULT) -> dict[str, float]:
    """Seconds spent in the parse and in each registered extractor, over the same parses,
    each extractor given what it requires as the registry wires it."""
    from dateline.models import Article

    articles = [
        Article.from_text(r["text"], origin="bench", title=r["title"], published=r["published"], source=r["source"])
        for r in records
    ]
    started = time.perf_counter()
    parsed = list(pipeline.parse_articles(articles, model=model))
    seconds = {"parse": time.perf_counter() - started}
    found: dict[str, dict[str, list]] = {p.article.id: {} for p in parsed}
    for component in components.extractors:
        started = time.perf_counter()
        for p in parsed:
            found[p.article.id][component.name] = component.run(p, found[p.article.id])
        seconds[component.name] = time.perf_counter() - started
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parent.parent / "examples" / "corpus")
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    records = corpus_texts(args.corpus, args.articles)
    texts = [r["text"] for r in records]
    words = sum(len(t.split()) for t in texts)
    settings = Settings.from_env(model=args.model, workers=args.workers)
    pipeline.load_nlp(settings.model)  # load once, outside the timings

    bare = bench_bare(texts, model=settings.model)
    full = bench_dateline(records, settings=settings)
    parts = bench_extractors(records, model=settings.model)
    extractors = sum(v for k, v in parts.items() if k != "parse")

    figures = {
        "articles": len(records), "words": words, "workers": args.workers,
        "spacy_articles_per_s": round(len(records) / bare, 1), "spacy_words_per_s": round(words / bare),
        "dateline_articles_per_s": round(len(records) / full, 1), "dateline_words_per_s": round(words / full),
        "dateline_over_spacy": round(full / bare, 2),
        "extractor_share_of_analysis": round(extractors / (parts["parse"] + extractors), 3),
        "quotes_and_entities_over_parse": round((parts.get("quotes", 0) + parts.get("entities", 0)) / parts["parse"], 3),
        # issue 17's budget: events (with their actors) and places add at most 25% to the analysis
        "events_and_places_over_rest": round(
            (parts.get("events", 0) + parts.get("places", 0))
            / (parts["parse"] + extractors - parts.get("events", 0) - parts.get("places", 0)), 3),
        "seconds": {k: round(v, 2) for k, v in parts.items()},
    }
    print(f"{len(records)} articles, {words} words, {args.workers} worker(s)")
    print(f"bare spaCy nlp.pipe : {figures['spacy_articles_per_s']:>8} articles/s {figures['spacy_words_per_s']:>8} words/s")
    print(f"dateline analyze    : {figures['dateline_articles_per_s']:>8} articles/s {figures['dateline_words_per_s']:>8} words/s")
    print(f"dateline / spaCy time: {figures['dateline_over_spacy']}x "
          "(dateline also parses titles, cleans, extracts, stores and links)")
    print("seconds over the same parses: " + ", ".join(f"{k} {v}" for k, v in figures["seconds"].items()))
    print(f"quotes + entities add {figures['quotes_and_entities_over_parse']:.1%} to the parse")
    print(f"events (with actors) + places add {figures['events_and_places_over_rest']:.1%} "
          "to the rest of the analysis (parse and the other extractors)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
