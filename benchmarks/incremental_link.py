"""What adding 50 articles costs in a small and in a large corpus, in one run.

    python benchmarks/incremental_link.py [--small 500] [--large 4000] [--add 50] [--workers 2]

Builds two stores from the sample corpus, repeated until they hold --small and --large
articles (each copy made distinct, with a person of its own, so identities grow as the corpus
does), then times `analyze` of the same --add new articles into each, and the link step alone.
The goal: adding to the large store costs no more than adding to the small one. Prints the
figures and, last, one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from dateline.clean import clean
from dateline.components import DEFAULT
from dateline.ingest import read_paths
from dateline.link.registry import LinkBatch
from dateline.models import RawArticle
from dateline.run import analyze_paths, link
from dateline.settings import Settings

CORPUS = Path(__file__).parent.parent / "examples" / "corpus"
GIVEN = ("Mira", "Tomas", "Anna", "Piet", "Lena", "Karel", "Iva", "Oskar")
FAMILY = ("Vrana", "Kolar", "Sedlak", "Marek", "Horak", "Dvorak", "Benes", "Fiala")


def base_articles() -> list:
    base = [clean(item) for item in read_paths([str(CORPUS)]) if isinstance(item, RawArticle)]
    return list({a.id: a for a in base if a is not None}.values())


def records(base: list, start: int, count: int) -> list[dict]:
    out = []
    for i in range(start, start + count):
        article = base[i % len(base)]
        person = f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}{i}"
        text = f"{article.text}\n\nReport {i}, filed by {person}, who said the figures were checked."
        out.append({"title": article.title, "text": text, "published": article.published, "source": article.source})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


def measure(tmp: Path, base: list, size: int, add: int, settings: Settings) -> dict:
    db = tmp / f"store{size}.db"
    with DEFAULT.open(db) as store:
        analyze_paths([write_jsonl(tmp / f"base{size}.jsonl", records(base, 0, size))], store=store, settings=settings)
        new = write_jsonl(tmp / f"new{size}.jsonl", records(base, 10**6, add))
        started = time.perf_counter()
        summary = analyze_paths([new], store=store, settings=settings)
        total = time.perf_counter() - started
        started = time.perf_counter()
        link(store, LinkBatch())  # nothing new: the fixed cost of a link run
        idle = time.perf_counter() - started
        idle_by_linker = {}
        for linker in DEFAULT.linkers:  # the same, one linker at a time
            started = time.perf_counter()
            linker.run(store, LinkBatch())
            idle_by_linker[linker.name] = round(time.perf_counter() - started, 4)
        rows = sum(store.count(t) for t in DEFAULT.export_tables)
    if summary.stored != add:
        sys.exit(f"expected {add} new articles stored, got {summary.line()}")
    return {"articles": size, "rows": rows, "add_seconds": round(total, 2), "idle_link_seconds": round(idle, 3),
            "idle_link_seconds_by_linker": idle_by_linker}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=4000)
    parser.add_argument("--add", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    settings = Settings(workers=args.workers)
    base = base_articles()
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(Path(tmp), base, args.small, args.add, settings)
        large = measure(Path(tmp), base, args.large, args.add, settings)
    figures = {"add": args.add, "small": small, "large": large,
               "large_over_small": round(large["add_seconds"] / small["add_seconds"], 2),
               "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}
    for row in (small, large):
        print(f"adding {args.add} to {row['articles']:>6} articles ({row['rows']} rows): "
              f"{row['add_seconds']:>6} s, idle link {row['idle_link_seconds']} s")
        print("  idle, each linker: " + ", ".join(f"{k} {v} s" for k, v in row["idle_link_seconds_by_linker"].items()))
    print(f"large / small: {figures['large_over_small']}x (goal: <= 1)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
