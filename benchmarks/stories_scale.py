"""Story linking at scale: time and peak memory at 1k, 10k (and 100k) synthetic articles.

The articles are built from the sample corpus's own sentences (examples/corpus, fictional):
each synthetic story takes the sentences of one sample article, three invented names and a
start date; each of its articles is five of those sentences plus two from anywhere, with the
story's names put in, dated within ten days of the start. Articles arrive in batches of
1,000, as they would from `dateline analyze`. Each size runs in its own process, so peak
memory (ru_maxrss) is that size's alone.

    PYTHONPATH=src python benchmarks/stories_scale.py [--sizes 1000 10000 100000]

Prints one line per size, the growth exponent between sizes (log time ratio over log size
ratio; 1.0 is linear), and a last line of JSON.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import re
import resource
import subprocess
import sys
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


def _disguise(text: str, names: list[str], *, vocabulary: dict[str, str]) -> str:
    """The text with capitalised words swapped for the story's names and two thirds of its longer
    words for the story's own invented words, so that stories differ as real ones do."""
    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].isupper():
            return names[len(word) % len(names)]
        if len(word) > 3 and zlib.crc32(word.encode()) % 3 != 0:
            if word not in vocabulary:
                seeded = random.Random(f"{names[0]}:{word}")
                vocabulary[word] = "".join(seeded.choice(SYLLABLES) for _ in range(3))
            return vocabulary[word]
        return word

    return re.sub(r"[A-Za-z]+", swap, text)


def synthetic(count: int, *, seed: int = 7):
    from dateline.link.stories import StoryDoc

    rng = random.Random(seed)
    bases = sample_sentences()
    everything = [s for base in bases for s in base]
    docs = []
    stories = max(1, count // 10)
    plans = [(rng.choice(bases), [_name(rng) for _ in range(3)],
              dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3000))) for _ in range(stories)]
    # each story's own words: its names and two thirds of its longer words, always the same
    plans_vocabulary = {id(names): {} for _, names, _ in plans}
    for n in range(count):
        base, names, start = plans[rng.randrange(stories)]
        chosen = rng.sample(base, 5) + rng.sample(everything, 2)
        text = _disguise(" ".join(chosen), names, vocabulary=plans_vocabulary[id(names)])
        day = (start + dt.timedelta(days=rng.randrange(10))).isoformat()
        docs.append(StoryDoc(f"a{n:07d}", f"{names[0]} {chosen[0][:40]}", text, published=day,
                             source=f"Outlet {rng.randrange(40)}", entity_names=tuple(names[:2]),
                             dates=(day,)))
    return docs


def run_one(count: int) -> dict:
    from dateline.link.stories import StoryLinker

    docs = synthetic(count)
    linker = StoryLinker()
    started = time.perf_counter()
    for start in range(0, len(docs), BATCH):
        linker.link(docs[start : start + BATCH])
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"articles": count, "seconds": round(seconds, 2), "peak_mb": round(peak_kb / 1024, 1),
            "stories": len(linker.state.stories()), "happenings": len(linker.state.happenings())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(run_one(options.one)))
        return
    results = []
    for size in options.sizes:
        output = subprocess.run([sys.executable, __file__, "--one", str(size)], capture_output=True, text=True, check=True)
        result = json.loads(output.stdout.strip().splitlines()[-1])
        results.append(result)
        print(f"{size:>7} articles  {result['seconds']:>8.2f} s  peak {result['peak_mb']:>7.1f} MB  "
              f"{result['stories']} stories, {result['happenings']} happenings", flush=True)
    exponents = [
        round(math.log(b["seconds"] / a["seconds"]) / math.log(b["articles"] / a["articles"]), 2)
        for a, b in zip(results, results[1:]) if a["seconds"] > 0
    ]
    for (a, b), exponent in zip(zip(results, results[1:]), exponents):
        print(f"growth {a['articles']} -> {b['articles']}: time ~ n^{exponent}")
    print(json.dumps({"results": results, "growth_exponents": exponents}))


if __name__ == "__main__":
    main()
