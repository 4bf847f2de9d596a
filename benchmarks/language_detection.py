"""Language detectors side by side: accuracy, speed and memory on news texts.

    python benchmarks/language_detection.py [--data ../shared/data] [--per-corpus 150]

Samples --per-corpus English articles from PolNeAR (`polnear/data/*/text`) and ECB+
(`ecbplus/ECB+`, CAT XML tokens joined back into text), their first eight words as
title-like snippets, and the paragraphs and headlines in `language_samples.tsv` (written
for this benchmark, eleven languages). Each detector runs in a process of its own, so its
load time and peak memory are its own: `dateline` is what `detect_language` ships, the
others are the libraries as they come (lingua is not a dependency of dateline: its rows are
left out unless `lingua-language-detector` is installed). A detector's answer is right, wrong
or "unsure" (None). Prints a table and, last, one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
DETECTORS = ("none", "dateline", "py3langid", "lingua-low", "lingua-high")
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s\b|n't\b|'re\b|'ll\b|'ve\b|'d\b|'m\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def polnear_texts(root: Path, count: int) -> list[str]:
    files = sorted((root / "polnear" / "data").glob("*/text/*.txt"))
    if not files:
        raise FileNotFoundError(f"no PolNeAR texts under {root / 'polnear'}")
    step = max(1, len(files) // count)
    return [f.read_text(encoding="utf-8") for f in files[::step][:count]]


def detokenise(path: Path) -> str:
    """A CAT XML file's tokens as running text, one line per sentence (ecbplus sentence 0 is a URL)."""
    sentences: dict[int, list[str]] = defaultdict(list)
    for token in ET.parse(path).getroot().iter("token"):
        sentences[int(token.get("sentence", "0"))].append(token.text or "")
    skip = {0} if path.name.endswith("ecbplus.xml") else set()
    lines = []
    for number in sorted(set(sentences) - skip):
        line = " ".join(sentences[number])
        line = _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", line))
        lines.append(line)
    return "\n".join(lines)


def ecbplus_texts(root: Path, count: int) -> list[str]:
    files = sorted((root / "ecbplus" / "ECB+").glob("*/*.xml"))
    if not files:
        raise FileNotFoundError(f"no ECB+ files under {root / 'ecbplus'}")
    step = max(1, len(files) // count)
    return [detokenise(f) for f in files[::step][:count]]


def own_samples() -> list[tuple[str, str, str]]:
    rows = []
    for line in (HERE / "language_samples.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, kind, text = line.split("\t", 2)
            rows.append((language, kind, text))
    return rows


def build_samples(root: Path, count: int) -> list[dict]:
    samples = []
    for corpus, texts in (("polnear", polnear_texts(root, count)), ("ecbplus", ecbplus_texts(root, count))):
        for text in texts:
            samples.append({"group": f"{corpus} article", "language": "en", "text": text})
            samples.append({"group": "en 8-word snippet", "language": "en", "text": " ".join(text.split()[:8])})
    for language, kind, text in own_samples():
        group = "own title" if kind == "title" else "own paragraph (non-en)"
        samples.append({"group": group, "language": language, "text": text})
    return samples


# ------------------------------------------------------------------ one detector, own process


def load_detector(name: str):
    """The detector as a function text -> ISO 639-1 code or None."""
    if name == "none":
        return lambda text: None
    if name == "dateline":
        from dateline.ingest.language import detect_language

        return detect_language
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        return lambda text: identifier.classify(text)[0]
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if name == "lingua-low":
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found is not None else None

    return detect


def run_one(name: str, samples_path: Path) -> dict:
    samples = json.loads(samples_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    detect = load_detector(name)
    detect("The council voted on Tuesday to close the bridge.")  # lazy models load here
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    answers = [detect(s["text"]) for s in samples]
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"answers": answers, "load_s": load_seconds, "detect_s": seconds, "peak_mb": peak_mb}


def run_in_process(name: str, samples_path: Path) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--one", name, "--samples", str(samples_path)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ scoring and table


def score(samples: list[dict], answers: list[str | None]) -> dict[str, dict]:
    groups: dict[str, dict] = defaultdict(lambda: {"n": 0, "right": 0, "wrong": 0, "unsure": 0})
    for sample, answer in zip(samples, answers):
        for group in (sample["group"], "all"):
            g = groups[group]
            g["n"] += 1
            key = "unsure" if answer is None else "right" if answer == sample["language"] else "wrong"
            g[key] += 1
    for g in groups.values():
        g["accuracy"] = round(g["right"] / g["n"], 3)
    return dict(groups)


def mistakes(samples: list[dict], answers: list[str | None], limit: int = 8) -> list[str]:
    out = []
    for sample, answer in zip(samples, answers):
        if answer is not None and answer != sample["language"]:
            out.append(f"{sample['language']}->{answer}: {sample['text'][:60]!r}")
    return out[:limit]


def format_table(results: dict[str, dict], group_names: list[str]) -> str:
    header = f"{'detector':<12} {'load s':>7} {'ms/text':>8} {'peak MB':>8}  " + "  ".join(
        f"{g[:22]:>22}" for g in group_names
    )
    lines = [header, "-" * len(header)]
    for name, r in results.items():
        cells = []
        for g in group_names:
            s = r["groups"].get(g, {})
            cells.append(f"{s.get('accuracy', 0):.3f} w{s.get('wrong', 0):>3} ?{s.get('unsure', 0):>3}".rjust(22))
        lines.append(f"{name:<12} {r['load_s']:>7.2f} {r['ms_per_text']:>8.2f} {r['peak_mb']:>8.0f}  " + "  ".join(cells))
    lines.append("cells: accuracy, w = confidently wrong, ? = unsure (None)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    parser.add_argument("--per-corpus", type=int, default=150)
    parser.add_argument("--detectors", default=",".join(DETECTORS))
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--samples", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.samples)))
        return
    names = [n for n in args.detectors.split(",") if not n.startswith("lingua") or importlib.util.find_spec("lingua")]
    samples = build_samples(args.data, args.per_corpus)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        samples_path = Path(tmp) / "samples.json"
        samples_path.write_text(json.dumps(samples), encoding="utf-8")
        for name in names:
            run = run_in_process(name, samples_path)
            results[name] = {
                "load_s": round(run["load_s"], 3),
                "ms_per_text": round(1000 * run["detect_s"] / len(samples), 3),
                "peak_mb": round(run["peak_mb"], 1),
                "groups": score(samples, run["answers"]),
                "mistakes": mistakes(samples, run["answers"]),
            }
    group_names = ["all", *sorted({s["group"] for s in samples})]
    print(f"{len(samples)} texts: " + ", ".join(f"{g} {results[next(iter(results))]['groups'][g]['n']}" for g in group_names))
    print(format_table(results, group_names))
    for name, r in results.items():
        if r["mistakes"]:
            print(f"\n{name} wrong on:\n  " + "\n  ".join(r["mistakes"]))
    print(json.dumps({"texts": len(samples), "detectors": results}))


if __name__ == "__main__":
    main()
