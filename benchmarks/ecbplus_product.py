"""ECB+ through the product itself: `dateline analyze`, `dateline export`, then the exported
stories scored against ECB+'s topics, sub-topics and subjects, and the figure comparisons
counted (with every conflict listed, to read by hand).

    python benchmarks/ecbplus_product.py ../shared/data/ecbplus OUT [--batch N] [--seed S]

`dateline eval ecbplus` links our analyses in memory; this runs what a user runs: the
articles go in as one JSONL file (sentences one a line, the first as the title, no dates: the
pages' own time stamps stay in the text), are stored, linked and exported. With --batch N the
articles arrive in a shuffled order, N at a time, each batch a `dateline analyze` of its own
into the same store (online linking). Ids are opaque (a hash of the file name). Writes
OUT/articles*.jsonl, OUT/store.db, OUT/export/ and OUT/figures.json; prints the figures, the
conflicts, and last one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

from dateline.evaluate.clustering import clustering_figures
from dateline.evaluate.ecbplus import read_corpus, split_subjects, subject_of


def opaque_id(doc_id: str) -> str:
    return hashlib.sha1(doc_id.encode()).hexdigest()[:16]


def records(corpus: Path) -> tuple[list[dict], dict[str, object]]:
    """The articles as JSONL records, and each opaque id's gold labels."""
    split = split_subjects()
    rows, gold = [], {}
    for document in read_corpus(corpus):
        title, body = (("", document.sentences) if len(document.sentences) == 1
                       else (document.sentences[0], document.sentences[1:]))
        key = opaque_id(document.doc_id)
        rows.append({"id": key, "title": title, "text": "\n".join(body)})
        gold[key] = {"topic": document.topic, "subtopic": document.subtopic,
                     "subject": subject_of(document, split), "doc": document.doc_id}
    return rows, gold


def run(*args: str) -> None:
    subprocess.run([sys.executable, "-c", "from dateline.cli import cli; cli()", *args], check=True,
                   stdout=subprocess.DEVNULL)


def analyse(rows: list[dict], out: Path, batch: int | None, seed: int) -> Path:
    db = out / "store.db"
    for stale in out.glob("store.db*"):
        stale.unlink()
    order = list(rows)
    if batch:
        random.Random(seed).shuffle(order)
    step = batch or len(order)
    for n, start in enumerate(range(0, len(order), step)):
        path = out / f"articles-{n:03d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in order[start : start + step]))
        run("analyze", str(path), "--db", str(db), "-q")
    run("export", "--db", str(db), "--format", "jsonl", "--out", str(out / "export"))
    return out / "export"


def article_ids(export: Path, out: Path) -> dict[str, str]:
    """Stored article id -> the input record's id, through its origin (path:line)."""
    found, lines = {}, {}
    for line in (export / "articles.jsonl").open():
        row = json.loads(line)
        path, _, number = row["origin"].rpartition(":")
        if path not in lines:
            lines[path] = Path(path).read_text().splitlines()
        found[row["id"]] = json.loads(lines[path][int(number) - 1])["id"]
    return found


def scores(export: Path, gold: dict[str, dict]) -> dict[str, object]:
    to_input = article_ids(export, export.parent)
    story, happening, undated = {}, {}, 0
    for line in (export / "stories.jsonl").open():
        row = json.loads(line)
        undated += row.get("first_date") is None
        for article in row["article_ids"]:
            story[to_input.get(article, article)] = row["id"]
        for h in row["happenings"]:
            for article in h["article_ids"]:
                happening[to_input.get(article, article)] = h["id"]
    known = {k: v for k, v in gold.items() if k in story}
    label = {level: {k: v[level] for k, v in known.items()} for level in ("topic", "subtopic", "subject")}
    verdicts = Counter(json.loads(line)["verdict"] for line in (export / "comparisons.jsonl").open())
    return {
        "articles": len(gold), "linked": len(known), "stories": len(set(story.values())),
        "undated_stories": undated,
        "subject": clustering_figures({k: story[k] for k in known}, label["subject"]),
        "subtopic": clustering_figures({k: happening[k] for k in known if k in happening}, label["subtopic"]),
        "topic": clustering_figures({k: story[k] for k in known}, label["topic"]),
        "comparisons": dict(sorted(verdicts.items())),
    }


def print_conflicts(export: Path) -> None:
    for line in (export / "comparisons.jsonl").open():
        row = json.loads(line)
        if row["verdict"] != "conflict":
            continue
        print(f"conflict {row['quantity']}")
        for value in row["values"]:
            print(f"    {value['text']!r:32} {value['source']} {value['article_id'][:8]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--batch", type=int, default=None, help="articles per analyze run, in a shuffled order")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    rows, gold = records(args.corpus)
    export = analyse(rows, args.out, args.batch, args.seed)
    figures = scores(export, gold)
    print_conflicts(export)
    for level in ("subject", "subtopic", "topic"):
        f = figures[level]
        print(f"{level:9} B-cubed P {f['bcubed_precision']:.3f} R {f['bcubed_recall']:.3f} F1 {f['bcubed_f1']:.3f}  ARI {f['ari']:.3f}")
    print(f"stories {figures['stories']} ({figures['undated_stories']} undated); comparisons {figures['comparisons']}")
    (args.out / "figures.json").write_text(json.dumps(figures, indent=1))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
