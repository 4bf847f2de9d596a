"""Story linking at scale: time and peak memory at 1k, 10k (and 100k) synthetic articles.

The articles are built from the sample corpus's own sentences (examples/corpus, fictional):
each synthetic story takes the sentences of one sample article, three invented names and a
start date; each of its articles is five of those sentences plus two from anywhere, with the
story's names put in, dated within ten days of the start. Articles arrive in batches of
1,000, as they would from `dateline analyze`.

By default the linker runs as `dateline` runs it: its state in a SQLite store (a temporary
file), each batch reading only the postings of its own salient terms and the clusters they
lead to, and writing back what changed (link.stories.component.link_docs; the articles are
stored first, untimed, and the stories' timelines are not rebuilt). `--memory` runs the
in-memory StoryLinker instead (every cluster held in one process). Each size runs in its own
process, so peak memory (ru_maxrss, the whole process) is that size's alone; the articles
are generated batch by batch, never all held at once.

    PYTHONPATH=src python benchmarks/stories_scale.py [--sizes 1000 10000 100000] [--memory]

Prints one line per size (with `--progress`, each batch's seconds on stderr), the growth
exponent between sizes (log time ratio over log size ratio; 1.0 is linear) and from each size
to the last, and a last line of JSON. Time is given twice: wall-clock seconds, and the
process's CPU seconds, which another job sharing the cores slows far less (the exponents
are printed for both).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import json
import math
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

BATCH = 1000
ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "ro", "ven", "tal", "mi", "sor", "du", "bel", "an", "quo", "ri", "zet", "pol", "ash", "ne"]


def sample_sentences() -> list[list[str]]:
    from dateline.clean import clean
    from dateline.ingest import read_paths
    from dateline.models import IngestError

    articles = []
    for raw in read_paths([str(ROOT / "examples" / "corpus")]):
        if isinstance(raw, IngestError):
            continue
        article = clean(raw)
        if article:
            parts = [s.strip() for s in re.split(r"(?<=[.!?])\s+", article.text) if len(s.split()) > 5]
            if len(parts) >= 5:
                articles.append(parts)
    return articles


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


@functools.lru_cache(maxsize=100_000)  # bounded: the generator's memory must not grow with the corpus
def _invented(name: str, word: str) -> str:
    """A story's own word for `word`: always the same for the same story name."""
    seeded = random.Random(f"{name}:{word}")
    return "".join(seeded.choice(SYLLABLES) for _ in range(3))


def _disguise(text: str, names: list[str]) -> str:
    """The text with capitalised words swapped for the story's names and two thirds of its longer
    words for the story's own invented words, so that stories differ as real ones do."""
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].isupper():
            return names[len(word) % len(names)]
        if len(word) > 3 and zlib.crc32(word.encode()) % 3 != 0:
            return _invented(names[0], word)
        return word

    return re.sub(r"[A-Za-z]+", swap, text)


def synthetic(count: int, *, seed: int = 7):
    """The synthetic articles, one at a time."""
    from dateline.link.stories import StoryDoc

    rng = random.Random(seed)
    bases = sample_sentences()
    everything = [s for base in bases for s in base]
    stories = max(1, count // 10)
    plans = [(rng.choice(bases), [_name(rng) for _ in range(3)],
              dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))) for _ in range(stories)]
    # each story's own words: its names and two thirds of its longer words, always the same
    for n in range(count):
        base, names, start = plans[rng.randrange(stories)]
        chosen = rng.sample(base, 5) + rng.sample(everything, 2)
        text = _disguise(" ".join(chosen), names)
        day = (start + dt.timedelta(days=rng.randrange(10))).isoformat()
        yield StoryDoc(f"a{n:07d}", f"{names[0]} {chosen[0][:40]}", text, published=day,
                       source=f"Outlet {rng.randrange(40)}", entity_names=tuple(names[:2]), dates=(day,))


def batches(count: int):
    docs = synthetic(count)
    while batch := list(itertools.islice(docs, BATCH)):
        yield batch


def _article(doc):
    from dateline.models import Article

    return Article(id=doc.article_id, origin=f"{doc.article_id}.txt", title=doc.title, text=doc.text,
                   published=doc.published, published_from="metadata", source=doc.source, url=None,
                   dateline_place=None, language="en", removed=[], word_count=len(doc.text.split()))


def _progress(count: int, linked: int, seconds: float, show: bool) -> None:
    if show:
        print(f"  {count}: {linked} linked, last batch {seconds:.2f} s", file=sys.stderr, flush=True)


def run_in_memory(count: int, *, progress: bool = False) -> dict:
    from dateline.link.stories import StoryLinker

    linker = StoryLinker()
    total, cpu, linked = 0.0, 0.0, 0
    for batch in batches(count):
        started, cpu_started = time.perf_counter(), time.process_time()
        linker.link(batch)
        seconds = time.perf_counter() - started
        total, cpu, linked = total + seconds, cpu + time.process_time() - cpu_started, linked + len(batch)
        _progress(count, linked, seconds, progress)
    return {"articles": count, "seconds": round(total, 2), "cpu_seconds": round(cpu, 2),
            "last_batch_seconds": round(seconds, 2),
            "stories": len(linker.state.stories()), "happenings": len(linker.state.happenings())}


def run_stored(count: int, *, progress: bool = False) -> dict:
    from dateline.components import DEFAULT
    from dateline.link.registry import LinkBatch
    from dateline.link.stories.component import link_docs, link_stories

    total, cpu, linked = 0.0, 0.0, 0
    with tempfile.TemporaryDirectory() as tmp, DEFAULT.open(Path(tmp) / "scale.db") as store:
        for batch in batches(count):
            store.save_analysed([_article(d) for d in batch], [], tables={}, analysed_with="benchmark")
            started, cpu_started = time.perf_counter(), time.process_time()
            link_docs(store, batch)
            seconds = time.perf_counter() - started
            total, cpu, linked = total + seconds, cpu + time.process_time() - cpu_started, linked + len(batch)
            _progress(count, linked, seconds, progress)
        idle = math.inf
        for _ in range(5):  # nothing new: a link run's fixed cost (the best of five)
            started = time.perf_counter()
            link_stories(store, LinkBatch())
            idle = min(idle, time.perf_counter() - started)
        stories = store.count_matching("story_clusters", "level", "story")
        happenings = store.count_matching("story_clusters", "level", "happening")
    return {"articles": count, "seconds": round(total, 2), "cpu_seconds": round(cpu, 2),
            "last_batch_seconds": round(seconds, 2), "idle_ms": round(idle * 1000, 2), "stories": stories, "happenings": happenings}


def run_one(count: int, *, memory: bool, progress: bool) -> dict:
    result = (run_in_memory if memory else run_stored)(count, progress=progress)
    result["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def _growth(a: dict, b: dict, measure: str) -> float | None:
    """The exponent k of time ~ n^k between two sizes (log time ratio over log size ratio)."""
    if a[measure] <= 0 or b[measure] <= 0 or a["articles"] == b["articles"]:
        return None
    return round(math.log(b[measure] / a[measure]) / math.log(b["articles"] / a["articles"]), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--memory", action="store_true", help="the in-memory linker, not the stored state")
    parser.add_argument("--progress", action="store_true", help="each batch's seconds on stderr")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(run_one(options.one, memory=options.memory, progress=options.progress)))
        return
    results = []
    for size in options.sizes:
        command = [sys.executable, __file__, "--one", str(size)]
        command += ["--memory"] * options.memory + ["--progress"] * options.progress
        output = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
        result = json.loads(output.stdout.strip().splitlines()[-1])
        results.append(result)
        idle = f"  idle run {result['idle_ms']} ms" if "idle_ms" in result else ""
        print(f"{size:>7} articles  {result['seconds']:>8.2f} s  cpu {result['cpu_seconds']:>8.2f} s  "
              f"(last batch {result['last_batch_seconds']} s)  peak {result['peak_mb']:>7.1f} MB  "
              f"{result['stories']} stories, {result['happenings']} happenings{idle}", flush=True)
    steps = list(zip(results, results[1:])) + [(earlier, results[-1]) for earlier in results[:-2]]
    exponents = [_growth(a, b, "seconds") for a, b in steps]
    cpu_exponents = [_growth(a, b, "cpu_seconds") for a, b in steps]
    for (a, b), exponent, cpu_exponent in zip(steps, exponents, cpu_exponents):
        print(f"growth {a['articles']} -> {b['articles']}: time ~ n^{exponent}, cpu time ~ n^{cpu_exponent}")
    print(json.dumps({"results": results, "growth_exponents": exponents, "cpu_growth_exponents": cpu_exponents}))


if __name__ == "__main__":
    main()
