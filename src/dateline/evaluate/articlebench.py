"""Score page-residue removal on the article-extraction benchmark (../shared/data/articlebench).

PATH is a split folder of scrapinghub/article-extraction-benchmark: `html/<id>.html.gz` and
`ground-truth.json` ({id: {"articleBody", "url"}}). Two paths are scored:

- HTML: each page is read by dateline's HTML reader and cleaned; the article text is compared
  with `articleBody` by the benchmark's own metric: `\\w+` word tokens, 4-word shingles counted
  as multisets, per page tp/fp/fn normalised to sum 1, precision and recall averaged over pages
  (a page counts for precision when it has tp+fp, for recall when it has tp+fn), F1 of the two
  averages. trafilatura alone (`extract(html, include_comments=False)`, the benchmark's own
  call) is scored beside it.
- Plain text: the shared converter `articlebench_inputs.py` (looked up as
  `PATH/../../tools/articlebench_inputs.py`, or PATH itself when it already holds its output:
  `text/` and `gold.json`) puts six lines of each page's own non-body text back into its gold
  body. Each text is read by dateline's text reader and cleaned. Figures: share of injected
  lines gone from the article (title and text), and share of gold paragraphs kept whole (a
  paragraph may be the title, and may have lost a wire dateline). When the converter is absent,
  this part is skipped with a note.

`split`: "even" / "odd" scores the pages at even / odd positions of the sorted ids (develop on
one, check on the other); None or "all" scores all. `limit`: the first N pages of the split.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dateline.evaluate.common import check_split
from dateline.clean import clean, normalise_whitespace, split_dateline
from dateline.errors import ReadError
from dateline.ingest import read_file
from dateline.ingest.html import parse_html_article
from dateline.models import Article, RawArticle

SHINGLE = 4
_TOKEN = re.compile(r"\w+")
CONVERTER = Path("tools") / "articlebench_inputs.py"
SPLITS = ("even", "odd")


# ----------------------------------------------------------------------------- the benchmark's metric


def _shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1)))


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) over 4-word shingle multisets, normalised to sum 1 (0s when both are empty)."""
    truth, guess = _shingles(gold), _shingles(predicted)
    tp = sum((truth & guess).values())
    fp = sum((guess - truth).values())
    fn = sum((truth - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _ratio(tp: float, other: float, rest: float) -> float:
    if other == rest == 0:
        return 1.0
    if tp == other == 0:
        return 0.0
    return tp / (tp + other)


def body_scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    """Precision and recall averaged over pages, and the F1 of the two averages."""
    precisions = [_ratio(tp, fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


# ----------------------------------------------------------------------------- data


def _ground_truth(path: Path) -> dict[str, dict[str, Any]]:
    gold_file = path / "ground-truth.json"
    if not gold_file.is_file() or not (path / "html").is_dir():
        raise FileNotFoundError(
            f"article benchmark not found at {path}: pass the folder holding ground-truth.json "
            f"and html/ (e.g. ../shared/data/articlebench)"
        )
    return json.loads(gold_file.read_text(encoding="utf-8"))


def choose_ids(ids: list[str], *, split: str | None, limit: int | None) -> list[str]:
    ids = sorted(ids)
    if split in ("even", "odd"):
        ids = ids[0 if split == "even" else 1::2]
    else:
        check_split(split, SPLITS, dataset="articlebench")
    return ids[:limit] if limit else ids


def _page(path: Path, key: str) -> str:
    with gzip.open(path / "html" / f"{key}.html.gz", "rt", encoding="utf-8", errors="replace") as handle:
        return handle.read()


# ----------------------------------------------------------------------------- HTML path


def _ours(html: str, key: str) -> str:
    try:
        article = clean(parse_html_article(html, origin=key))
    except ReadError:
        return ""
    return article.text if article else ""


def _trafilatura_alone(html: str) -> str | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura.extract(html, include_comments=False) or ""


def score_html(path: Path, ids: list[str], *, progress: Callable[[int, int], None] | None = None) -> dict:
    gold = _ground_truth(path)
    ours, theirs = [], []
    for done, key in enumerate(ids, start=1):
        html, body = _page(path, key), gold[key].get("articleBody", "")
        ours.append(page_counts(body, _ours(html, key)))
        alone = _trafilatura_alone(html)
        if alone is not None:
            theirs.append(page_counts(body, alone))
        if progress:
            progress(done, 2 * len(ids))
    figures = {"pages": len(ids), "dateline": body_scores(ours)}
    if theirs:
        figures["trafilatura"] = body_scores(theirs)
    return figures


# ----------------------------------------------------------------------------- plain-text path


def _norm(text: str) -> str:
    """Text compared after the character tidying cleaning does (soft hyphens, odd spaces)."""
    return " ".join(normalise_whitespace(text).split())


def _read_cleaned(file: Path) -> Article | None:
    for item in read_file(str(file)):
        if isinstance(item, RawArticle):
            return clean(item)
    return None


def text_outcome(article: Article | None, *, body: str, injected: list[str]) -> dict[str, int]:
    """Injected lines gone and gold paragraphs kept whole, for one cleaned article."""
    units = []
    if article is not None:
        units = ([_norm(article.title)] if article.title else []) + [_norm(p) for p in article.text.split("\n\n")]
    paragraphs = [text for text in (_norm(p) for p in re.split(r"\n\s*\n|\n", body)) if text]
    gold_units = set(paragraphs)
    gone = sum(
        1 for line in injected
        if not any(_norm(line) in unit for unit in units if unit not in gold_units)
    )
    kept = 0
    for paragraph in paragraphs:
        forms = {paragraph, _norm(split_dateline(paragraph)[2])}
        kept += any(form and form in unit for form in forms for unit in units)
    title_is_residue = bool(article and article.title and _norm(article.title) in {_norm(l) for l in injected})
    return {"injected": len(injected), "removed": gone, "paragraphs": len(paragraphs), "kept": kept,
            "title_residue": int(title_is_residue)}


def _converted(path: Path, out: Path) -> Path | None:
    """The folder holding text/ and gold.json: PATH itself, or the converter's output in `out`."""
    if (path / "gold.json").is_file() and (path / "text").is_dir():
        return path
    converter = path.resolve().parent.parent / CONVERTER
    if not converter.is_file():
        return None
    subprocess.run([sys.executable, str(converter), str(path), str(out)], check=True,
                   capture_output=True, text=True)
    return out


def score_text(path: Path, ids: list[str], *, progress: Callable[[int, int], None] | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="articlebench-") as tmp:
        folder = _converted(path, Path(tmp))
        if folder is None:
            return {"skipped": f"converter not found at {path.resolve().parent.parent / CONVERTER}"}
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        totals: Counter = Counter()
        reasons: Counter = Counter()
        for done, key in enumerate(ids, start=1):
            article = _read_cleaned(folder / "text" / f"{key}.txt")
            totals.update(text_outcome(article, body=gold[key]["body"], injected=gold[key]["injected"]))
            if article is not None:
                reasons.update(line.reason for line in article.removed)
            if progress:
                progress(len(ids) + done, 2 * len(ids))
    return {
        "pages": len(ids),
        "injected": totals["injected"],
        "removed": round(totals["removed"] / max(1, totals["injected"]), 4),
        "paragraphs": totals["paragraphs"],
        "kept": round(totals["kept"] / max(1, totals["paragraphs"]), 4),
        "title_is_residue": totals["title_residue"],
        "reasons": dict(reasons.most_common()),
    }


# ----------------------------------------------------------------------------- entry points


def evaluate(
    path: Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict:
    """HTML-path body F1 (ours and trafilatura alone) and plain-text residue figures."""
    path = Path(path)
    ids = choose_ids(list(_ground_truth(path)), split=split, limit=limit)
    return {
        "split": split or "all",
        "html": score_html(path, ids, progress=progress),
        "text": score_text(path, ids, progress=progress),
    }


def format_figures(figures: dict) -> str:
    html, text = figures["html"], figures["text"]
    lines = [f"articlebench ({figures['split']}, {html['pages']} pages)", "HTML path (body F1, 4-word shingles):"]
    for name in ("dateline", "trafilatura"):
        if name in html:
            s = html[name]
            lines.append(f"  {name:<12} P {s['precision']:.4f}  R {s['recall']:.4f}  F1 {s['f1']:.4f}")
    lines.append("Plain-text path (residue put back into gold bodies):")
    if "skipped" in text:
        lines.append(f"  skipped: {text['skipped']}")
    else:
        lines.append(f"  residue lines removed {text['removed']:.1%} of {text['injected']}"
                     f" (title is residue in {text['title_is_residue']} pages)")
        lines.append(f"  gold paragraphs kept whole {text['kept']:.1%} of {text['paragraphs']}")
        lines.append("  removal reasons: " + ", ".join(f"{k} {v}" for k, v in text["reasons"].items()))
    return "\n".join(lines)
