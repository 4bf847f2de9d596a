"""A publication-date task from ECB+ pages, for `dateline eval pubdates` on a second corpus.

    python benchmarks/ecbplus_undated.py ../shared/data/ecbplus OUT.jsonl [--seed 1]
    dateline eval pubdates OUT.jsonl

ECB+ articles are web pages, many with the page's own time stamp among their first lines
("Posted on Thu Jun 13, 2013 08:45 AM PDT"; see dateline.timestamp_lines). Those stamps are
the gold: every stamped article loses its stamp lines, half of them (drawn with --seed) keep
their day as `published`, the other half must be dated from their text and the corpus; the
unstamped articles come along undated, as the rest of a real pile would: each gets no day, only
the span of its happening (ECB+ sub-topic) that the stamped articles of the same happening give,
widened by SPAN_MARGIN days, so a date inferred for one far outside it is counted as out of
span (`ranges` in the gold, scored by `dateline eval pubdates`). Ids are opaque and the order
shuffled, so nothing leaks a date. Writes OUT.jsonl and OUT.gold.json ({"dated": [ids],
"undated": {id: day}, "ranges": {id: [first, last]}}), the format of
../shared/tools/undated_to_jsonl.py plus `ranges`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from dateline.evaluate.ecbplus import read_corpus
from dateline.evaluate.pubdates import gold_path
from dateline.timestamp_lines import publication_stamp, read_timestamp


def stamped_records(corpus: Path) -> list[dict]:
    """Every article as {title, text, day}: sentences one a line, stamp lines taken out."""
    records = []
    for document in read_corpus(corpus):
        title, lines = ("", document.sentences) if len(document.sentences) == 1 else (
            document.sentences[0], document.sentences[1:])
        day, stamps = publication_stamp("\n".join(lines))
        title_stamp = read_timestamp(title) if title else None
        if title_stamp is not None:
            day, title = day or title_stamp.date, ""
        text = "\n".join(line for line in lines if line not in stamps)
        records.append({"title": title, "text": text, "day": day,
                        "happening": f"{document.topic}/{document.subtopic}"})
    return records


SPAN_MARGIN = 30  # days either side of a happening's stamped days that a report may still fall in


def happening_spans(records: list[dict]) -> dict[str, list[str]]:
    """Each happening's [first, last] day: its stamped articles' days, SPAN_MARGIN wider."""
    days: dict[str, list[dt.date]] = {}
    for record in records:
        if record["day"]:
            days.setdefault(record["happening"], []).append(dt.date.fromisoformat(str(record["day"])[:10]))
    margin = dt.timedelta(days=SPAN_MARGIN)
    return {key: [(min(found) - margin).isoformat(), (max(found) + margin).isoformat()]
            for key, found in days.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    records = stamped_records(args.corpus)
    rng.shuffle(records)
    stamped = [i for i, r in enumerate(records) if r["day"]]
    withheld = set(rng.sample(stamped, k=len(stamped) // 2))
    gold: dict = {"dated": [], "undated": {}, "ranges": {}}
    spans = happening_spans(records)
    with args.out.open("w", encoding="utf-8") as out:
        for i, record in enumerate(records):
            line = {"id": f"e{i:04d}", "title": record["title"], "text": record["text"]}
            if record["day"] and i in withheld:
                gold["undated"][line["id"]] = record["day"]
            elif record["day"]:
                line["published"] = record["day"]
                gold["dated"].append(line["id"])
            elif record["happening"] in spans:
                gold["ranges"][line["id"]] = spans[record["happening"]]
            out.write(json.dumps(line) + "\n")
    gold_path(args.out).write_text(json.dumps(gold), encoding="utf-8")
    print(f"{len(records)} articles: {len(gold['dated'])} dated, {len(gold['undated'])} to infer, "
          f"{len(records) - len(stamped)} unstamped")


if __name__ == "__main__":
    main()
