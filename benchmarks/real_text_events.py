"""Event precision on real web pages: a fixed-seed sample of events to read by hand.

    PYTHONPATH=src python benchmarks/real_text_events.py ../shared/data/articlebench OUT \
        [--sample 40] [--seed 1] [--compare OLD_OUT]

Decompresses the benchmark's `html/<id>.html.gz` pages into OUT/html, analyses them with
dateline into OUT/events.db, exports the tables to OUT/export, then prints N events drawn with
a fixed seed (sentence, trigger, category, mode, source -> target, confidence) to judge: is it
an event a reader would accept (category and both actors right; leniently, the category right
and no actor wrong)? `--compare OLD_OUT` instead samples N of the events OLD_OUT had and this
run no longer has (the recall cost of a change). The pages are the publishers' own: they are
read from the shared data folder, never copied into the project.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import subprocess
import sys
from pathlib import Path


def decompress(bench: Path, out: Path) -> Path:
    pages = out / "html"
    pages.mkdir(parents=True, exist_ok=True)
    for page in sorted((bench / "html").glob("*.html.gz")):
        target = pages / page.name[: -len(".gz")]
        if not target.exists():
            target.write_bytes(gzip.decompress(page.read_bytes()))
    return pages


def analyse(pages: Path, out: Path) -> Path:
    db, export = out / "events.db", out / "export"
    run = [sys.executable, "-c", "from dateline.cli import cli; cli()"]
    if not db.exists():
        subprocess.run([*run, "analyze", str(pages), "--db", str(db), "-q", "-w", "2"], check=True)
    subprocess.run([*run, "export", "--db", str(db), "--out", str(export)], check=True,
                   stdout=subprocess.DEVNULL)
    return export / "events.jsonl"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def side(actor: dict | None) -> str:
    if actor is None:
        return "-"
    code = "/".join(x for x in (actor.get("country"), actor.get("sector")) if x)
    return f"{actor['name']} [{code}]"


def show(events: list[dict]) -> None:
    for number, event in enumerate(events, 1):
        sentence = " ".join(event["sentence"].split())
        print(f"#{number} {event['category']} ({event['cameo']}, {event['mode']}, conf {event['confidence']})"
              f" trigger={event['trigger']!r}\n   {side(event['source'])} -> {side(event['target'])}\n"
              f"   {sentence[:400]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="the articlebench folder (with html/)")
    parser.add_argument("out", type=Path, help="a scratch folder outside the project")
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--compare", type=Path, help="an earlier OUT: sample the events it had that this run drops")
    args = parser.parse_args()
    if not (args.bench / "html").is_dir():
        sys.exit(f"no articlebench pages under {args.bench}/html: skipped")
    events = load(analyse(decompress(args.bench, args.out), args.out))
    print(f"{len(events)} events on {len(list((args.out / 'html').glob('*.html')))} pages")
    pool = events
    if args.compare is not None:
        kept = {e["id"] for e in events}
        pool = [e for e in load(args.compare / "export" / "events.jsonl") if e["id"] not in kept]
        print(f"{len(pool)} events of {args.compare} dropped")
    rng = random.Random(args.seed)
    show(rng.sample(pool, min(args.sample, len(pool))))


if __name__ == "__main__":
    main()
