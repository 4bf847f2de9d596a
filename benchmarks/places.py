"""Cost of the places extractor beside the whole per-article analysis, on the sample corpus.

    PYTHONPATH=src python benchmarks/places.py [--corpus examples/corpus] [--repeat 3] [--show]

Reads the corpus with dateline's own ingest and clean, parses once, then times (ms/article)
the parse, every existing extractor and extract_places over the same parses; the gazetteer's
one-off load per process is timed apart. --show lists the places found. Last line: one JSON
object of the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dateline.analyse import pipeline
from dateline.analyse.amounts import extract_amounts
from dateline.analyse.entities import extract_entities
from dateline.analyse.places import extract_places
from dateline.analyse.places.gazetteer import load_gazetteer
from dateline.analyse.quotes import extract_quotes
from dateline.analyse.time import extract_timexes
from dateline.clean import clean
from dateline.ingest import read_paths
from dateline.models import RawArticle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="examples/corpus")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    articles = [clean(item) for item in read_paths([args.corpus]) if isinstance(item, RawArticle)]
    articles = list({a.id: a for a in articles if a is not None}.values())
    if not articles:
        sys.exit(f"no articles under {args.corpus}")
    pipeline.load_nlp()
    started = time.perf_counter()
    load_gazetteer()
    gazetteer_s = time.perf_counter() - started
    parse_s = others_s = places_s = 0.0
    for _ in range(args.repeat):
        started = time.perf_counter()
        parsed_all = list(pipeline.parse_articles(articles))
        parse_s += time.perf_counter() - started
        for parsed in parsed_all:
            started = time.perf_counter()
            entities = extract_entities(parsed)
            extract_quotes(parsed, entities)
            extract_timexes(parsed)
            extract_amounts(parsed)
            middle = time.perf_counter()
            places = extract_places(parsed, entities=entities)
            others_s += middle - started
            places_s += time.perf_counter() - middle
            if args.show and _ == 0:
                for p in places:
                    print(f"{parsed.article.origin}: {p.text!r} -> {p.name} {p.country} {p.lat} {p.lon} {p.evidence}")
    n = len(articles) * args.repeat
    figures = {
        "articles": len(articles), "repeat": args.repeat,
        "parse_ms": round(1000 * parse_s / n, 2), "other_extractors_ms": round(1000 * others_s / n, 2),
        "places_ms": round(1000 * places_s / n, 2), "gazetteer_load_s": round(gazetteer_s, 2),
    }
    analysis = figures["parse_ms"] + figures["other_extractors_ms"]
    figures["places_share_of_analysis"] = round(figures["places_ms"] / analysis, 4)
    print(f"{len(articles)} articles x {args.repeat}: parse {figures['parse_ms']} ms/article, "
          f"other extractors {figures['other_extractors_ms']} ms/article, places {figures['places_ms']} "
          f"ms/article (+{100 * figures['places_share_of_analysis']:.1f}% of the analysis); "
          f"gazetteer load {figures['gazetteer_load_s']} s once per process")
    print(json.dumps(figures, sort_keys=True))


if __name__ == "__main__":
    main()
