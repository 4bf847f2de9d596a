"""PLOVER gold records: event category, mode and actor countries, one sentence per record.

Data: PLOVER_GSR_dev.json (openeventdata/PLOVER, CC BY-SA 4.0): coded example sentences, each
with source and target actors (ISO-3 codes, or IGO/NGO), a PLOVER category and sometimes a mode.
Each sentence is analysed as a one-sentence article (entities, quotes, time, then events).

Which predicted event is scored: the one whose trigger is the earliest word of the gold
`eventText` (the coders list the main event word first; the same word or another form of it:
"refused" for "refusing"), else the most confident. Category accuracy is over all records (a sentence with no event is wrong);
macro-F1 over categories. Mode accuracy: PLOVER's own mode (`plover_mode`: "heavy-weapons",
"visit" ...) over records whose gold has one; the gold's PLOVER 0.5 mode names are read as the
2021 table's (strike-hun as hunger, demo-org as demo ...). Actor codes: the scored event's source/target code
(country, else IGO/NGO/IMG, as the gold codes them) against the gold codes, P/R/F1, sources and targets pooled; a compound
actor ("The United States and Jordan") is one event per actor on the same trigger, all scored.
Event place, over records whose gold names one (`eventLoc`): precision among scored events that
carry a place, recall over those records; right when it lies in the gold's country (when the
gold gives one) and is the gold name's GeoNames place or
names it ("Herat" for "province of Herat").

The gold uses PLOVER 0.5 names where the 2021 table merged categories: dateline reports those
(DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) and adds REQUEST (CAMEO 02, appeals) and ACCUSE (CAMEO
112/114/115); PLOVER 0.5 coded both inside DEMAND and DISAPPROVE, so they score as those (on both
sides: the project's own written gold, tests/fixtures/events/, names REQUEST and ACCUSE). Gold
country codes from CAMEO that are not ISO-3 (JAP, VTN) are read as their ISO-3 codes.

Splits: `dev` is every record but each fifth (the part read while developing), `heldout` each
fifth record (index 4, 9, ...), None all.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

from dateline.evaluate.common import check_split
from dateline.models import Article

SCORED_AS = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}
GOLD_CODES = {"JAP": "JPN", "VTN": "VNM"}
FILE_NAME = "PLOVER_GSR_dev.json"
GOLD_SPELLING = 0.85  # a one-word gold place this alike is the same name misspelt


SPLITS = ("dev", "heldout")  # every fifth record is held out; "all" or none scores all


def _records(path: Path, split: str | None, limit: int | None) -> list[dict]:
    file = path / FILE_NAME if path.is_dir() else path
    if not file.exists():
        raise FileNotFoundError(f"PLOVER gold not found: {file}")
    records = [r for r in json.loads(file.read_text(encoding="utf-8")) if r.get("text")]
    if split == "dev":
        records = [r for i, r in enumerate(records) if i % 5 != 4]
    elif split == "heldout":
        records = [r for i, r in enumerate(records) if i % 5 == 4]
    else:
        check_split(split, SPLITS, dataset="plover")
    return records[:limit] if limit else records


def _codes(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {GOLD_CODES.get(a.get("code", ""), a.get("code", "")) for a in actors if a.get("code")}


def _actor_code(actor) -> str | None:
    if actor is None:
        return None
    return actor.country or (actor.sector if actor.sector in ("IGO", "NGO", "IMG") else None)


def _pick(events, gold: dict):
    words = [w.lower() for w in re.findall(r"[\w'-]+", gold.get("eventText", ""))]
    aligned = [(_word_index(e.trigger.lower(), words), e) for e in events]
    aligned = [(i, e) for i, e in aligned if i is not None]
    if aligned:
        return min(aligned, key=lambda ie: (ie[0], -ie[1].confidence))[1]
    return max(events, key=lambda e: e.confidence) if events else None


def _word_index(trigger: str, words: list[str]) -> int | None:
    """Where the trigger stands in the gold's event words: the same word, else another form of
    it (the coders write 'refused admission' for 'was still refusing admittance')."""
    if trigger in words:
        return words.index(trigger)
    for i, word in enumerate(words):
        shared = len(os.path.commonprefix([trigger, word]))
        if shared >= 4 and shared >= min(len(trigger), len(word)) - 3:
            return i
    return None


def analyse_records(records: list[dict], *, model: str | None = None, progress=None) -> list:
    """The events of each record's sentence (one list per record)."""
    from dateline.analyse.pipeline import analyse_parsed, parse_articles

    articles = [Article.from_text(r["text"], published=None) for r in records]
    results = []
    for parsed in parse_articles(articles, model=model):
        analysis = analyse_parsed(parsed)
        results.append(analysis["events"])
        if progress:
            progress(len(results), len(records))
    return results


def score(records: list[dict], predictions: list) -> dict:
    categories = Counter()
    confusion = Counter()
    right = mode_right = mode_total = 0
    actor_tp = actor_pred = actor_gold = 0
    located = [0, 0, 0]  # records with a gold location, scored events with one, the right one
    errors = []
    for record, events in zip(records, predictions):
        # written gold may name REQUEST/ACCUSE; PLOVER 0.5 folds them into DEMAND/DISAPPROVE
        gold = SCORED_AS.get(record["event"], record["event"])
        event = _pick(events, record)
        predicted = SCORED_AS.get(event.category, event.category) if event else None
        confusion[(gold, predicted)] += 1
        categories[gold] += 1
        if predicted == gold:
            right += 1
        if record.get("mode"):
            mode_total += 1
            mode_right += bool(event and event.plover_mode and _same_mode(event.plover_mode, record["mode"]))
        # a compound actor is coded as one event per actor pair on the same trigger
        same = [e for e in events if event and e.start == event.start]
        for side in ("source", "target"):
            gold_codes = _codes(record.get(side))
            codes = {c for c in (_actor_code(getattr(e, side)) for e in same) if c}
            actor_gold += len(gold_codes)
            actor_pred += len(codes)
            actor_tp += len(codes & gold_codes)
        if record.get("eventLoc", {}).get("name"):
            located[0] += 1
            located[1] += bool(event and event.location)
            located[2] += bool(event and event.location and _same_place(event.location, record["eventLoc"]))
        if predicted != gold:
            errors.append({"id": record["id"], "gold": gold, "predicted": predicted})
    total = len(records)
    precision = actor_tp / actor_pred if actor_pred else 0.0
    recall = actor_tp / actor_gold if actor_gold else 0.0
    return {
        "records": total,
        "category_accuracy": round(right / total, 4) if total else 0.0,
        "category_macro_f1": round(_macro_f1(confusion, categories), 4),
        "mode_accuracy": round(mode_right / mode_total, 4) if mode_total else None,
        "mode_records": mode_total,
        "actor_precision": round(precision, 4),
        "actor_recall": round(recall, 4),
        "actor_f1": round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0,
        "location_records": located[0],
        "location_precision": round(located[2] / located[1], 4) if located[1] else None,
        "location_recall": round(located[2] / located[0], 4) if located[0] else None,
        "no_event": sum(1 for events in predictions if not events),
        "errors": errors,
    }


# PLOVER 0.5 mode names (the gold's) for the 2021 table's (ours).
GOLD_MODES = {"strike-hun": "hunger", "strike-gen": "boycott", "demo-spon": "demo", "demo-org": "demo",
              "riot-spon": "riot", "detain": "arrest", "confiscate": "seize", "destroy": "seize",
              "censor": "restrict"}


def _same_mode(predicted: str, gold: str) -> bool:
    predicted, gold = predicted.strip().lower(), gold.strip().lower()
    return predicted == GOLD_MODES.get(gold, gold)


def _same_place(location, gold: dict) -> bool:
    """Whether the scored event's place is the gold's: in the gold's country when it gives one
    ("Tripoli" in Lebanon is not Tripoli in Libya), and the same GeoNames place as the gold
    name reads in the gazetteer, or the same name ("Herat" in the gold's "province of Herat")."""
    from dateline.analyse.places.gazetteer import load_gazetteer
    from dateline.analyse.places.names import name_key

    gazetteer = load_gazetteer()
    country = gazetteer.country(gold.get("country code"))
    if country is not None and location.country != country.country3:
        return False
    gold_key, key = name_key(gold["name"]), name_key(location.name or "")
    if key and (key == gold_key or f" {key} " in f" {gold_key} " or f" {gold_key} " in f" {key} "):
        return True
    if key and " " not in gold_key and SequenceMatcher(None, key, gold_key).ratio() >= GOLD_SPELLING:
        return True  # the coders' spelling ("Algers" for Algiers)
    gold_ids = {place.geonameid for place in gazetteer.lookup(gold_key)}
    return location.geonameid is not None and location.geonameid in gold_ids


def _macro_f1(confusion: Counter, categories: Counter) -> float:
    scores = []
    for category in categories:
        tp = confusion[(category, category)]
        predicted = sum(n for (g, p), n in confusion.items() if p == category)
        gold = categories[category]
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        scores.append(2 * p * r / (p + r) if p + r else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def evaluate(path: Path, *, split=None, limit=None, model=None, progress=None) -> dict:
    records = _records(Path(path), split, limit)
    figures = score(records, analyse_records(records, model=model, progress=progress))
    figures.pop("errors")
    figures["split"] = split or "all"
    return figures


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_figures(figures: dict) -> str:
    lines = [
        f"PLOVER gold ({figures['split']}, {figures['records']} sentences)",
        f"  category accuracy {figures['category_accuracy']:.3f}, macro-F1 {figures['category_macro_f1']:.3f}",
        f"  mode accuracy {figures['mode_accuracy'] if figures['mode_accuracy'] is not None else '-'}"
        f" over {figures['mode_records']} records with a gold mode",
        f"  actor codes P {figures['actor_precision']:.3f} R {figures['actor_recall']:.3f}"
        f" F1 {figures['actor_f1']:.3f}",
        f"  event place P {_figure(figures['location_precision'])} R {_figure(figures['location_recall'])}"
        f" over {figures['location_records']} records with a gold place",
        f"  sentences with no event: {figures['no_event']}",
    ]
    return "\n".join(lines)
