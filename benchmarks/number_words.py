"""Number words: our parse_number against text2num, on phrases and on the scorers that use it.

    python benchmarks/number_words.py [--tempeval ../shared/data/tempeval3/TBAQ-cleaned] [--no-eval]

Three readers of one number as written ("forty-two", "3 million", "two-thirds"):
- `ours`: dateline.vocabulary.numbers.parse_number;
- `text2num`: text_to_num.text2num for words, float() for plain digits, nothing else;
- `text2num first`: text2num where it gives an answer, ours otherwise.
1. the phrases in `number_phrases.tsv` (written for this benchmark: what reporters write, and
   what is not one number): right, wrong (a value where there should be another or none),
   missed;
2. the amounts scorer on the sample corpus gold and the TempEval-3 scorer, with each reader
   put in place of parse_number (the amounts extractor and the time tagger's counts).
Prints tables and, last, one JSON object. text2num is not a dependency of dateline: without it
only `ours` is measured.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from dateline.analyse.amounts import extract as amounts_extract
from dateline.analyse.time import normalise as time_normalise
from dateline.vocabulary.numbers import parse_number

try:
    from text_to_num import text2num
except ImportError:  # measured with text2num 3.1.0
    text2num = None

HERE = Path(__file__).parent
_PLAIN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
ROOT = HERE.parent


def text2num_only(text: str) -> float | None:
    cleaned = text.strip().lower()
    if _PLAIN_NUMBER.fullmatch(cleaned):
        return float(cleaned.replace(",", ""))
    try:
        return float(text2num(cleaned, "en"))
    except ValueError:
        return None


def text2num_first(text: str) -> float | None:
    try:
        return float(text2num(text.strip().lower(), "en"))
    except ValueError:
        return parse_number(text)


READERS: dict[str, Callable[[str], float | None]] = {"ours": parse_number}
if text2num is not None:
    READERS |= {"text2num": text2num_only, "text2num first": text2num_first}


def read_phrases() -> list[tuple[str, float | None]]:
    rows = []
    for line in (HERE / "number_phrases.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, value = line.split("\t")
            rows.append((text, None if value == "-" else float(value)))
    return rows


def score_phrases(phrases: list[tuple[str, float | None]]) -> dict[str, dict]:
    out = {}
    for name, reader in READERS.items():
        right = wrong = missed = 0
        errors = []
        started = time.perf_counter()
        answers = [reader(text) for text, _ in phrases]
        seconds = time.perf_counter() - started
        for (text, gold), answer in zip(phrases, answers):
            if answer is None and gold is None or (
                answer is not None and gold is not None and math.isclose(answer, gold, rel_tol=1e-9)
            ):
                right += 1
                continue
            if answer is None:
                missed += 1
            else:
                wrong += 1
            errors.append(f"{text!r} -> {answer} (gold {gold})")
        out[name] = {"right": right, "wrong": wrong, "missed": missed, "errors": errors,
                     "us_per_phrase": round(1e6 * seconds / len(phrases), 2)}
    return out


@contextlib.contextmanager
def reading_numbers_with(reader: Callable[[str], float | None]) -> Iterator[None]:
    """The amounts extractor and the time tagger's counts read numbers with `reader`
    (for this measurement only; restored after)."""
    saved = amounts_extract.parse_number, time_normalise.shared_parse_number
    amounts_extract.parse_number = time_normalise.shared_parse_number = reader
    try:
        yield
    finally:
        amounts_extract.parse_number, time_normalise.shared_parse_number = saved


def score_scorers(tempeval: Path | None) -> dict[str, dict]:
    from dateline.evaluate import load_scorer

    out = {}
    for name, reader in READERS.items():
        with reading_numbers_with(reader):
            amounts = load_scorer("amounts").evaluate(ROOT / "examples" / "corpus" / "gold.json")
            figures = {k: amounts[k] for k in amounts if k in ("span_f1", "value_accuracy", "unit_accuracy")}
            if tempeval is not None:
                temp = load_scorer("tempeval").evaluate(tempeval)
                figures |= {f"tempeval_{k}": temp[k] for k in temp if k in ("value_f1", "strict_f1", "relaxed_f1")}
        out[name] = {k: round(v, 4) for k, v in figures.items()}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tempeval", type=Path, default=ROOT.parent / "shared" / "data" / "tempeval3" / "TBAQ-cleaned")
    parser.add_argument("--no-eval", action="store_true", help="phrases only (the scorers need spaCy)")
    args = parser.parse_args()
    phrases = read_phrases()
    phrase_scores = score_phrases(phrases)
    scorers = {} if args.no_eval else score_scorers(args.tempeval if args.tempeval.exists() else None)
    print(f"{len(phrases)} phrases ({sum(g is None for _, g in phrases)} that are not one number)")
    header = f"{'reader':<16} {'right':>6} {'wrong':>6} {'missed':>7} {'us/phrase':>10}  scorers"
    print(header + "\n" + "-" * len(header))
    for name, s in phrase_scores.items():
        figures = ", ".join(f"{k} {v}" for k, v in scorers.get(name, {}).items())
        print(f"{name:<16} {s['right']:>6} {s['wrong']:>6} {s['missed']:>7} {s['us_per_phrase']:>10}  {figures}")
    for name, s in phrase_scores.items():
        print(f"\n{name} wrong or missing on:\n  " + "\n  ".join(s["errors"]))
    print(json.dumps({"phrases": len(phrases), "readers": phrase_scores, "scorers": scorers}))


if __name__ == "__main__":
    main()
