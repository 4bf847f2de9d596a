"""Score time expressions against TempEval-3 TimeML files (TimeBank, AQUAINT).

Each `.tml` file gives a document creation time (DCT) and a text with inline
`<TIMEX3>` tags. We strip the tags (keeping offsets), build an Article published
on the DCT, run the real parse and the registry's `timexes` extractor, and compare:

- span P/R/F1, strict (same offsets) and relaxed (any overlap);
- type accuracy over relaxed matches;
- value P/R/F1 as in TempEval-3: a prediction counts as correct when its span
  overlaps a gold span and its value equals the gold value
  (precision over all predictions, recall over all gold expressions).

Files are split deterministically: every fifth file (by sorted name, per
subcorpus) is the held-out part, the rest is the development part, so figures
can be reported on `split="dev"`, `split="heldout"` or everything (None).
"""

from __future__ import annotations

import html
import pathlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from dateline.errors import DataNotFound
from dateline.evaluate.common import check_split, extracted, require_data
from dateline.models import Article, Timex

HELDOUT_EVERY = 5
SPLITS = ("dev", "heldout")
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass
class TmlDocument:
    name: str
    subcorpus: str
    dct: str  # ISO date (the DCT's first ten characters)
    text: str
    gold: list[GoldTimex] = field(default_factory=list)


def read_tml(path: pathlib.Path, *, subcorpus: str = "") -> TmlDocument:
    """One TimeML file as plain text with its gold TIMEX3 spans (offsets into the text)."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_match = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    dct = dct_match.group(1)[:10] if dct_match else ""
    body_start = raw.find("<TEXT>")
    body_end = raw.find("</TEXT>")
    body = raw[body_start + len("<TEXT>") : body_end] if body_start >= 0 else raw
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name = tag.group(1) == "/", tag.group(2).upper()
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            gold.append(
                GoldTimex(
                    start=start,
                    end=length,
                    text="".join(pieces)[start:length],
                    type=attrs.get("type", ""),
                    value=attrs.get("value", ""),
                    mod=attrs.get("mod"),
                )
            )
            open_timex = None
    pieces.append(html.unescape(body[position:]))
    return TmlDocument(
        name=path.stem, subcorpus=subcorpus, dct=dct, text="".join(pieces), gold=gold
    )


def find_tml_files(path: pathlib.Path) -> list[tuple[str, pathlib.Path]]:
    """(subcorpus, file) pairs under path; the subcorpus is the file's parent folder name."""
    require_data(path, what="TimeML data", expected="a folder of .tml files (e.g. tempeval3/TBAQ-cleaned)")
    files = [path] if path.is_file() else sorted(path.rglob("*.tml"))
    if not files:
        raise DataNotFound(f"no .tml files under {path}")
    return [(file.parent.name, file) for file in files]


def split_files(
    files: list[tuple[str, pathlib.Path]], split: str | None
) -> list[tuple[str, pathlib.Path]]:
    """The development part, the held-out part (every fifth file per subcorpus), or all."""
    check_split(split, SPLITS, dataset="TempEval-3")
    if split is None or split == "all":
        return files
    chosen = []
    seen: dict[str, int] = {}
    for subcorpus, file in files:
        index = seen.get(subcorpus, 0)
        seen[subcorpus] = index + 1
        heldout = index % HELDOUT_EVERY == HELDOUT_EVERY - 1
        if heldout == (split == "heldout"):
            chosen.append((subcorpus, file))
    return chosen


def article_for(document: TmlDocument) -> Article:
    return Article.from_text(
        document.text, origin=document.name, published=document.dct or None,
        id=Article.make_id(document.name + document.text),
    )


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed_gold: int = 0  # gold spans overlapped by some prediction
    relaxed_predicted: int = 0  # predictions overlapping some gold span
    type_correct: int = 0
    value_correct_gold: int = 0
    value_correct_predicted: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def compare(gold: list[GoldTimex], predicted: Iterable[Timex]) -> Counts:
    """Counts for one document (body timexes only)."""
    predicted = [p for p in predicted if p.field == "text"]
    counts = Counts(gold=len(gold), predicted=len(predicted))
    gold_spans = {(g.start, g.end) for g in gold}
    counts.strict = sum(1 for p in predicted if (p.start, p.end) in gold_spans)

    def overlapping(p: Timex) -> list[GoldTimex]:
        return [g for g in gold if g.start < p.end and p.start < g.end]

    matched_gold: set[int] = set()
    value_gold: set[int] = set()
    for p in predicted:
        hits = overlapping(p)
        if not hits:
            continue
        counts.relaxed_predicted += 1
        best = max(hits, key=lambda g: min(g.end, p.end) - max(g.start, p.start))
        matched_gold.update(id(g) for g in hits)
        if best.type == p.type:
            counts.type_correct += 1
        correct = [g for g in hits if g.value == p.value]
        if correct:
            counts.value_correct_predicted += 1
            value_gold.update(id(g) for g in correct)
    counts.relaxed_gold = len(matched_gold)
    counts.value_correct_gold = len(value_gold)
    return counts


def _prf(correct_p: int, predicted: int, correct_g: int, gold: int) -> tuple[float, float, float]:
    p = correct_p / predicted if predicted else 0.0
    r = correct_g / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def figures_for(counts: Counts, prefix: str = "") -> dict:
    sp, sr, sf = _prf(counts.strict, counts.predicted, counts.strict, counts.gold)
    rp, rr, rf = _prf(
        counts.relaxed_predicted, counts.predicted, counts.relaxed_gold, counts.gold
    )
    vp, vr, vf = _prf(
        counts.value_correct_predicted,
        counts.predicted,
        counts.value_correct_gold,
        counts.gold,
    )
    type_accuracy = counts.type_correct / counts.relaxed_predicted if counts.relaxed_predicted else 0.0
    return {
        f"{prefix}gold": counts.gold,
        f"{prefix}predicted": counts.predicted,
        f"{prefix}strict_precision": sp,
        f"{prefix}strict_recall": sr,
        f"{prefix}strict_f1": sf,
        f"{prefix}relaxed_precision": rp,
        f"{prefix}relaxed_recall": rr,
        f"{prefix}relaxed_f1": rf,
        f"{prefix}type_accuracy": round(type_accuracy, 4),
        f"{prefix}value_precision": vp,
        f"{prefix}value_recall": vr,
        f"{prefix}value_f1": vf,
    }


def score_documents(
    documents: list[TmlDocument], predictions: list[list[Timex]], *, split: str | None = None
) -> dict:
    """Figures overall and per subcorpus from documents and their predicted timexes."""
    total = Counts()
    per_subcorpus: dict[str, Counts] = {}
    for document, predicted in zip(documents, predictions):
        counts = compare(document.gold, predicted)
        total.add(counts)
        per_subcorpus.setdefault(document.subcorpus or "all", Counts()).add(counts)
    figures: dict = {"documents": len(documents), "split": split or "all"}
    figures.update(figures_for(total))
    for name in sorted(per_subcorpus):
        figures[f"{name}_documents"] = sum(1 for d in documents if (d.subcorpus or "all") == name)
        figures.update(figures_for(per_subcorpus[name], prefix=f"{name}_"))
    return figures


def evaluate(
    path: pathlib.Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """Tag the .tml files under path with the real pipeline and score them (see module doc)."""
    check_split(split, SPLITS, dataset="TempEval-3")  # before looking for data: the option is wrong either way
    files = split_files(find_tml_files(pathlib.Path(path)), split)
    if limit is not None:
        files = files[:limit]
    documents = [read_tml(file, subcorpus=subcorpus) for subcorpus, file in files]
    predictions: list[list[Timex]] = []
    batch = 16
    for first in range(0, len(documents), batch):
        chunk = documents[first : first + batch]
        for _, timexes in extracted("timexes", [article_for(d) for d in chunk], model=model):
            predictions.append(timexes)
        if progress:
            progress(len(predictions), len(documents))
    return score_documents(documents, predictions, split=split)


def format_figures(figures: dict) -> str:
    """Human-readable lines: one block overall, one per subcorpus."""
    prefixes = [""] + sorted(
        {key[: -len("gold")] for key in figures if key.endswith("_gold")}
    )
    lines = [f"TempEval-3 TIMEX3: {figures.get('documents', 0)} documents, split {figures.get('split')}"]
    for prefix in prefixes:
        label = prefix.rstrip("_") or "overall"
        if f"{prefix}gold" not in figures:
            continue
        g = lambda key: figures[f"{prefix}{key}"]  # noqa: E731
        lines.append(
            f"{label:>10}: gold {g('gold')}, predicted {g('predicted')} | "
            f"strict P/R/F1 {g('strict_precision'):.3f}/{g('strict_recall'):.3f}/{g('strict_f1'):.3f} | "
            f"relaxed {g('relaxed_precision'):.3f}/{g('relaxed_recall'):.3f}/{g('relaxed_f1'):.3f} | "
            f"type acc {g('type_accuracy'):.3f} | "
            f"value {g('value_precision'):.3f}/{g('value_recall'):.3f}/{g('value_f1'):.3f}"
        )
    return "\n".join(lines)
