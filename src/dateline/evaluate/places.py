"""Score place finding and geocoding against a gold file of articles we wrote ourselves.

There is no public geoparsing gold here, so the yardstick is `tests/fixtures/places/gold.jsonl`
(our own wording, real places): one article a line, {"id", "text", "dateline_place"?,
"places": [{"text", "occurrence", "kind", "geonameid", "country", "lat", "lon"}]} where
`kind` is "place" (a place to find and geocode), "actor" (a place named as a government,
"Paris says": predicting a place there is an error) or "skip" (a place our gazetteer cannot
hold, such as an island or a sea: not scored). `occurrence` is the 1-based occurrence of
`text` in the article.

Figures:
- detection P/R/F1 (a prediction matches a gold place when the spans overlap);
- over found gold places: right country, right place (same GeoNames id or within 161 km, the
  usual geoparsing tolerance), exact id, and how many were left without coordinates;
- the same country/place rates over all gold places (a missed place counts as wrong);
- places predicted where the gold has an actor ("Washington warned").
"""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateline.models import Article, Place

SAME_PLACE_KM = 161.0


@dataclass
class GoldPlace:
    text: str
    kind: str
    start: int
    end: int
    geonameid: int | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    matched_predictions: int = 0
    found: int = 0
    right_country: int = 0
    right_place: int = 0
    exact_id: int = 0
    unresolved: int = 0
    actors: int = 0
    actors_as_places: int = 0
    errors: list[str] = field(default_factory=list)


SPLITS: tuple[str, ...] = ()  # one gold file, no splits


def _locate(text: str, phrase: str, occurrence: int) -> int:
    start = -1
    for _ in range(max(occurrence, 1)):
        start = text.find(phrase, start + 1)
        if start < 0:
            raise ValueError(f"gold place {phrase!r} (occurrence {occurrence}) is not in the text")
    return start


def gold_places(entry: dict[str, Any]) -> list[GoldPlace]:
    out = []
    for item in entry["places"]:
        start = _locate(entry["text"], item["text"], item.get("occurrence", 1))
        out.append(GoldPlace(
            text=item["text"], kind=item.get("kind", "place"), start=start, end=start + len(item["text"]),
            geonameid=item.get("geonameid"), country=item.get("country"), lat=item.get("lat"), lon=item.get("lon"),
        ))
    return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def right_place(predicted: Place, gold: GoldPlace) -> bool:
    from dateline.analyse.places.resolve import distance_km

    if predicted.geonameid is not None and predicted.geonameid == gold.geonameid:
        return True
    if None in (predicted.lat, predicted.lon, gold.lat, gold.lon):
        return False
    return distance_km(predicted.lat, predicted.lon, gold.lat, gold.lon) <= SAME_PLACE_KM


def compare(gold: list[GoldPlace], predicted: list[Place], *, label: str = "") -> Counts:
    counts = Counts()
    body = [p for p in predicted if p.field == "text"]
    for p in body:
        hits = [g for g in gold if _overlaps(p.start, p.end, g.start, g.end)]
        if any(g.kind == "skip" for g in hits):
            continue
        counts.predicted += 1
        if any(g.kind == "place" for g in hits):
            counts.matched_predictions += 1
        elif any(g.kind == "actor" for g in hits):
            counts.actors_as_places += 1
            counts.errors.append(f"{label}: actor taken as a place: {p.text!r}")
        else:
            counts.errors.append(f"{label}: not a gold place: {p.text!r} -> {p.name} {p.country}")
    for g in gold:
        if g.kind == "actor":
            counts.actors += 1
        if g.kind != "place":
            continue
        counts.gold += 1
        match = next((p for p in body if _overlaps(p.start, p.end, g.start, g.end)), None)
        if match is None:
            counts.errors.append(f"{label}: missed {g.text!r}")
            continue
        counts.found += 1
        counts.unresolved += match.geonameid is None
        counts.right_country += match.country == g.country
        counts.right_place += right_place(match, g)
        counts.exact_id += match.geonameid is not None and match.geonameid == g.geonameid
        if not right_place(match, g):
            counts.errors.append(f"{label}: {g.text!r} -> {match.name} {match.country} (gold {g.country} {g.geonameid})")
    return counts


def figures_for(total: Counts, *, articles: int) -> dict[str, Any]:
    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    precision, recall = ratio(total.matched_predictions, total.predicted), ratio(total.found, total.gold)
    f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
    return {
        "articles": articles, "gold_places": total.gold, "predicted": total.predicted,
        "detection_precision": precision, "detection_recall": recall, "detection_f1": f1,
        "right_country": ratio(total.right_country, total.found),
        "right_place": ratio(total.right_place, total.found),
        "exact_id": ratio(total.exact_id, total.found),
        "unresolved": ratio(total.unresolved, total.found),
        "right_country_all_gold": ratio(total.right_country, total.gold),
        "right_place_all_gold": ratio(total.right_place, total.gold),
        "gold_actors": total.actors, "actors_as_places": total.actors_as_places,
        "errors": total.errors,
    }


def _gold_file(path: pathlib.Path) -> pathlib.Path:
    candidate = path / "gold.jsonl" if path.is_dir() else path
    if not candidate.is_file():
        raise FileNotFoundError(f"no places gold at {path} (expected a JSONL file such as tests/fixtures/places/gold.jsonl)")
    return candidate


def evaluate(
    path: pathlib.Path, *, split: str | None = None, limit: int | None = None, model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """`split` is unused (one file); `limit` takes the first N articles."""
    from dateline.analyse.entities import extract_entities
    from dateline.analyse.pipeline import parse_articles
    from dateline.analyse.places import extract_places

    lines = _gold_file(path).read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()][: limit or None]
    articles = [
        Article.from_text(e["text"], origin=e["id"], dateline_place=e.get("dateline_place")) for e in entries
    ]
    total = Counts()
    for done, (entry, parsed) in enumerate(zip(entries, parse_articles(articles, model=model)), start=1):
        places = extract_places(parsed, entities=extract_entities(parsed))
        counts = compare(gold_places(entry), places, label=entry["id"])
        for name in ("gold", "predicted", "matched_predictions", "found", "right_country", "right_place",
                     "exact_id", "unresolved", "actors", "actors_as_places"):
            setattr(total, name, getattr(total, name) + getattr(counts, name))
        total.errors.extend(counts.errors)
        if progress:
            progress(done, len(entries))
    return figures_for(total, articles=len(entries))


def format_figures(figures: dict[str, Any]) -> str:
    lines = [
        f"places over {figures['articles']} articles, {figures['gold_places']} gold places, "
        f"{figures['predicted']} predicted",
        f"  detection P {figures['detection_precision']:.3f}  R {figures['detection_recall']:.3f}  "
        f"F1 {figures['detection_f1']:.3f}",
        f"  found places: right country {figures['right_country']:.3f}, right place (id or <= 161 km) "
        f"{figures['right_place']:.3f}, exact id {figures['exact_id']:.3f}, unresolved {figures['unresolved']:.3f}",
        f"  all gold places: right country {figures['right_country_all_gold']:.3f}, "
        f"right place {figures['right_place_all_gold']:.3f}",
        f"  metonymic actors: {figures['actors_as_places']} of {figures['gold_actors']} taken as places",
    ]
    lines += [f"  - {e}" for e in figures["errors"][:40]]
    return "\n".join(lines)
