"""Phonetic keys and fuzzy ratios for names: ours against jellyfish and rapidfuzz.

    python benchmarks/name_keys.py [--no-corpus]

Two measurements of "are these two spellings one name" (`_same_spelling` in
link/identities/clusters.py: equal phonetic keys, or a spelling ratio >= 0.88 for
names of 7+ letters):
1. name pairs in `name_pairs.tsv` (written for this benchmark): transliterations that must
   merge, near-spellings that must not; precision, recall, and the pairs each variant gets
   wrong;
2. the sample corpus gold (examples/corpus/gold.json, scored as tests/test_entities_corpus.py
   does): the linker run with each variant's key and ratio in place of ours.
And the speed of each key and ratio. jellyfish is not a dependency of dateline: its rows are
left out unless it is installed. Prints tables and, last, one JSON object.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import JaroWinkler

from dateline.link.identities import clusters
from dateline.link.phonetic import phonetic
from dateline.vocabulary.names import name_tokens

HERE = Path(__file__).parent
ROOT = HERE.parent
CLOSE = 0.88  # clusters.CLOSE_SPELLING
MIN_LENGTH = 7  # clusters.MIN_CLOSE_LENGTH

try:
    import jellyfish
except ImportError:  # measured with jellyfish 1.3.0
    jellyfish = None

KEYS: dict[str, Callable[[str], str]] = {"ours": phonetic}
if jellyfish is not None:
    KEYS |= {
        "metaphone": jellyfish.metaphone,
        "nysiis": jellyfish.nysiis,
        "match-rating": jellyfish.match_rating_codex,
        "soundex": jellyfish.soundex,
    }
RATIOS: dict[str, Callable[[str, str], float]] = {
    "SequenceMatcher": lambda a, b: SequenceMatcher(None, a, b).ratio(),
    "rapidfuzz.ratio": lambda a, b: fuzz.ratio(a, b) / 100,
    "jaro-winkler": JaroWinkler.similarity,
}


def key_of(key: Callable[[str], str]) -> Callable[[str], str]:
    """A key over a whole (multi-word) name, as `phonetic` is: the words' keys joined."""
    if key is phonetic:
        return key
    return lambda text: " ".join(key(word) for word in re.findall(r"[a-z]+", text))


def same_spelling(key_name: str, ratio_name: str | None) -> Callable[[str, str], bool]:
    """`_same_spelling` with another phonetic key and spelling ratio (None: keys only)."""
    key, ratio = key_of(KEYS[key_name]), RATIOS.get(ratio_name or "")

    def same(a: str, b: str) -> bool:
        if a == b:
            return True
        ka, kb = key(a), key(b)
        if ka and ka == kb:
            return True
        if ratio is None or min(len(a), len(b)) < MIN_LENGTH:
            return False
        return ratio(a, b) >= CLOSE

    return same


_ALL_VARIANTS = {
    "ours (phonetic + rapidfuzz.ratio)": ("ours", "rapidfuzz.ratio"),
    "ours phonetic + SequenceMatcher": ("ours", "SequenceMatcher"),
    "ours phonetic + jaro-winkler": ("ours", "jaro-winkler"),
    "ours phonetic only": ("ours", None),
    "metaphone + SequenceMatcher": ("metaphone", "SequenceMatcher"),
    "nysiis + SequenceMatcher": ("nysiis", "SequenceMatcher"),
    "match-rating + SequenceMatcher": ("match-rating", "SequenceMatcher"),
    "soundex + SequenceMatcher": ("soundex", "SequenceMatcher"),
    "metaphone only": ("metaphone", None),
    "nysiis only": ("nysiis", None),
}
VARIANTS = {name: (key, ratio) for name, (key, ratio) in _ALL_VARIANTS.items() if key in KEYS}


def read_pairs() -> list[tuple[str, str, bool]]:
    pairs = []
    for line in (HERE / "name_pairs.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            a, b, label = line.split("\t")
            pairs.append((" ".join(name_tokens(a)), " ".join(name_tokens(b)), label == "same"))
    return pairs


def score_pairs(pairs: list[tuple[str, str, bool]]) -> dict[str, dict]:
    out = {}
    for variant, (key_name, ratio_name) in VARIANTS.items():
        same = same_spelling(key_name, ratio_name)
        tp = fp = fn = 0
        errors = []
        for a, b, gold in pairs:
            said = same(a, b)
            tp += said and gold
            fp += said and not gold
            fn += gold and not said
            if said != gold:
                errors.append(f"{'merged' if said else 'missed'} {a}/{b}")
        out[variant] = {
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
            "recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
            "errors": errors,
        }
    return out


def corpus_mentions():
    from dateline.analyse.entities import extract_entities
    from dateline.analyse.pipeline import parse_articles
    from dateline.clean import clean
    from dateline.ingest import read_paths
    from dateline.models import IngestError

    raws = read_paths([str(ROOT / "examples" / "corpus")])
    articles = [a for raw in raws if not isinstance(raw, IngestError) for a in [clean(raw)] if a]
    mentions = [m for parsed in parse_articles(articles) for m in extract_entities(parsed)]
    return mentions, {a.id: a.published for a in articles}


def score_corpus(mentions, published) -> dict[str, dict]:
    """The linker with each variant's key (blocking too) and ratio: gold figures.

    Swaps the module's functions for the measurement only; restores them after."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_entities_corpus import GOLD, score_linking

    saved = (clusters.phonetic, clusters.skeleton, clusters._same_spelling)
    out = {}
    try:
        for variant, (key_name, ratio_name) in VARIANTS.items():
            key = key_of(KEYS[key_name])
            clusters.phonetic = key
            clusters.skeleton = key if key_name != "ours" else saved[1]
            clusters._same_spelling = same_spelling(key_name, ratio_name)
            entities, _ = clusters.link_entities(mentions, published=published)
            figures = score_linking(GOLD["entities"], entities)
            out[variant] = {k: round(figures[k], 3) for k in ("merged", "aliases_found", "over_merges")}
            out[variant]["entities"] = len(entities)
    finally:
        clusters.phonetic, clusters.skeleton, clusters._same_spelling = saved
    return out


def speed(words: list[str], repeat: int = 20) -> dict[str, float]:
    """Microseconds per key and per ratio (ours uncached: its lru_cache is cleared first)."""
    out = {}
    for name, key in KEYS.items():
        started = time.perf_counter()
        for _ in range(repeat):
            if key is phonetic:
                phonetic.cache_clear()
            for word in words:
                key(word)
        out[f"key {name}"] = round(1e6 * (time.perf_counter() - started) / (repeat * len(words)), 3)
    pairs = list(zip(words, words[1:]))
    for name, ratio in RATIOS.items():
        started = time.perf_counter()
        for _ in range(repeat):
            for a, b in pairs:
                ratio(a, b)
        out[f"ratio {name}"] = round(1e6 * (time.perf_counter() - started) / (repeat * len(pairs)), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-corpus", action="store_true", help="skip the sample-corpus run (needs spaCy)")
    args = parser.parse_args()
    pairs = read_pairs()
    pair_scores = score_pairs(pairs)
    corpus = {}
    if not args.no_corpus:
        corpus = score_corpus(*corpus_mentions())
    words = sorted({w for a, b, _ in pairs for w in (*a.split(), *b.split())})
    timings = speed(words)
    n_same = sum(gold for *_, gold in pairs)
    print(f"{len(pairs)} pairs ({n_same} same, {len(pairs) - n_same} different); corpus gold: examples/corpus/gold.json")
    header = f"{'variant':<36} {'P':>6} {'R':>6}  {'merged':>7} {'found':>6} {'over':>5} {'ents':>5}"
    print(header + "\n" + "-" * len(header))
    for variant, s in pair_scores.items():
        c = corpus.get(variant, {})
        print(f"{variant:<36} {s['precision']:>6.3f} {s['recall']:>6.3f}  {c.get('merged', 0):>7.3f} "
              f"{c.get('aliases_found', 0):>6.3f} {c.get('over_merges', 0):>5} {c.get('entities', 0):>5}")
    print("\nmicroseconds per call: " + ", ".join(f"{k} {v}" for k, v in timings.items()))
    for variant, s in pair_scores.items():
        print(f"\n{variant} wrong on: " + "; ".join(s["errors"]))
    print(json.dumps({"pairs": len(pairs), "pair_scores": pair_scores, "corpus": corpus,
                      "microseconds": timings}))


if __name__ == "__main__":
    main()
