"""Score events against the sample corpus's own event gold (examples/corpus/gold.json, issue 17).

Each article's gold lists `events` (`sentence`: the sentence or clause holding the act, an exact
substring; `category`, `mode`, `source`, `target`: actors named as the article writes them, null
when it names none) and `non_events` (clauses with event words that code nothing). The gold was
written from the articles before the coder ran on them. Articles are read, cleaned and analysed
as `dateline analyze` does (the real readers, cleaner, model and extractor registry).

Matching: a system event matches a gold event of the same category when its sentence overlaps
the gold's clause; among several, the one whose trigger lies inside the clause, then the nearest
trigger. Events on one trigger and category (one per actor of a compound actor) are one event,
its actors any copy's. Headlines are not coded in the gold, so events in the title (or in its copy at the top
of the body) are not scored.

Figures: event precision, recall and F1 (all, and by category); over matched pairs, mode
accuracy, and source and target accuracy over the pairs whose gold names that actor (a name
matches when one's surname or head word is in the other, or both are spellings of one entity of
the gold's entity list, or the gold's words are a mention the analysis resolved to the system's
actor). `non_event_rate`: the share of `non_events` clauses holding an event's trigger
(`non_event_clean` the rest, for the gate's floors).
"""

from __future__ import annotations

import pathlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dateline.evaluate.amounts import entry_label, gold_entries
from dateline.evaluate.common import analysed

SPLITS: tuple[str, ...] = ()  # the corpus gold has no splits
# words that name no one by themselves: a name's head is its last other word
FUNCTION_WORDS = {"the", "a", "an", "his", "her", "its", "their", "our", "some", "of", "and", "at", "least"}
TITLES = {"mr", "ms", "mrs", "president", "minister", "judge", "mayor", "prosecutor", "general", "leader"}


@dataclass
class GoldEvent:
    sentence: str
    category: str
    mode: str
    source: str | None
    target: str | None
    start: int = -1
    end: int = -1


@dataclass
class Tally:
    gold: Counter = field(default_factory=Counter)  # by category
    predicted: Counter = field(default_factory=Counter)
    matched: Counter = field(default_factory=Counter)
    mode_right: int = 0
    actor_named: Counter = field(default_factory=Counter)  # side -> pairs whose gold names the actor
    actor_right: Counter = field(default_factory=Counter)
    non_events: int = 0
    non_events_hit: int = 0
    not_found: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)


def _words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w-]+", name.lower().replace("’s", "").replace("'s", ""))]


def _head_phrase(name: str) -> list[str]:
    """The words naming the actor itself: 'Veldoria's interior ministry' -> interior ministry,
    'Federation of Veldorian Workers' keeps all (its head is 'federation')."""
    name = re.split(r"[’']s\s+", name)[-1]
    return [w for w in _words(name) if w not in FUNCTION_WORDS]


def _head(name: str) -> str | None:
    words = _head_phrase(name)
    if not words:
        return None
    if "of" in _words(name) and not re.search(r"[’']s\s", name):
        before = _words(name)[: _words(name).index("of")]
        before = [w for w in before if w not in FUNCTION_WORDS]
        if before:
            return before[-1]
    return words[-1]


class Names:
    """Whether a gold actor and a system actor are the same, by name or by entity."""

    def __init__(self, entities: list[dict[str, Any]]):
        self.canonical: dict[str, str] = {}
        for entity in entities:
            for alias in [entity["name"], *entity.get("aliases", [])]:
                self.canonical.setdefault(alias.lower().removeprefix("the "), entity["name"])

    def entity(self, name: str) -> str | None:
        return self.canonical.get(name.lower().removeprefix("the "))

    def same(self, gold: str, system: str, mentions: dict[str, set[str]]) -> bool:
        gold_head, system_head = _head(gold), _head(system)
        gold_words, system_words = set(_head_phrase(gold)), set(_head_phrase(system))
        if gold_head and (gold_head in system_words or system_head in gold_words) and gold_head not in TITLES:
            return True
        if gold_head in TITLES and system_head == gold_head:
            return True
        entity = self.entity(gold)
        if entity is not None and entity == self.entity(system):
            return True
        return system.lower() in mentions.get(gold.lower(), set())


def _gold_events(entry: dict[str, Any]) -> list[GoldEvent]:
    return [GoldEvent(e["sentence"], e["category"], e["mode"], e.get("source"), e.get("target"))
            for e in entry.get("events") or []]


def _locate(text: str, fragment: str) -> tuple[int, int]:
    index = text.find(fragment)
    return (index, index + len(fragment)) if index >= 0 else (-1, -1)


def _sentence_span(text: str, event) -> tuple[int, int]:
    """Where the event's sentence lies: the occurrence that holds its trigger."""
    sentence = event.sentence or ""
    index = text.find(sentence, max(0, event.start - len(sentence)))
    if index < 0 or index > event.start or not sentence:
        return event.start, event.end
    return index, index + len(sentence)


def _in_headline(event, title: str | None) -> bool:
    """An event in the headline, or in its copy at the top of the body (an HTML page's h1): the
    gold codes no headlines."""
    sentence = (event.sentence or "").strip()
    return bool(title and sentence and sentence in title)


def _mentions(analysis) -> dict[str, set[str]]:
    """Mention text -> the names the analysis resolved it to (lower case)."""
    resolved: dict[str, set[str]] = {}
    for mention in analysis["entities"]:
        resolved.setdefault(mention.text.lower(), set()).add(mention.name.lower())
    return resolved


def score_article(entry: dict[str, Any], article, analysis, names: Names, tally: Tally) -> None:
    text = article.text
    coded = [e for e in analysis["events"] if e.field == "text" and not _in_headline(e, article.title)]
    # a compound actor ("Ostrova and Rashidi signed") is one event per actor on the same trigger:
    # one predicted event, its actors those of every copy
    copies: dict[tuple[int, str], list] = {}
    for event in coded:
        copies.setdefault((event.start, event.category), []).append(event)
    events = [group[0] for group in copies.values()]
    spans = [_sentence_span(text, e) for e in events]
    mentions = _mentions(analysis)
    label = entry_label(entry)
    used: set[int] = set()
    for event in events:
        tally.predicted[event.category] += 1
    for gold in _gold_events(entry):
        tally.gold[gold.category] += 1
        gold.start, gold.end = _locate(text, gold.sentence)
        if gold.start < 0:
            tally.not_found += 1
            tally.errors.append({"kind": "missed", "article": label, "gold": gold.__dict__, "why": "not in the cleaned text"})
            continue
        overlapping = [i for i, (s, e) in enumerate(spans) if i not in used and s < gold.end and e > gold.start]
        same = [i for i in overlapping if events[i].category == gold.category]
        if not same:
            other = [events[i] for i in overlapping if events[i].start < gold.end and events[i].end > gold.start]
            kind = "wrong category" if other else "missed"
            tally.errors.append({"kind": kind, "article": label, "gold": gold.__dict__,
                                 "system": [_brief(e) for e in other]})
            continue
        best = min(same, key=lambda i: (not gold.start <= events[i].start < gold.end, abs(events[i].start - gold.start)))
        used.add(best)
        _score_pair(gold, copies[(events[best].start, events[best].category)], names, mentions, tally, label)
    for i, event in enumerate(events):
        if i not in used:
            tally.errors.append({"kind": "spurious", "article": label, "system": _brief(event)})
    for clause in entry.get("non_events") or []:
        start, end = _locate(text, clause)
        if start < 0:
            continue
        tally.non_events += 1
        hit = [e for e in events if start <= e.start < end]
        if hit:
            tally.non_events_hit += 1
            tally.errors.append({"kind": "non-event coded", "article": label, "clause": clause,
                                 "system": [_brief(e) for e in hit]})


def _score_pair(gold: GoldEvent, group: list, names: Names, mentions, tally: Tally, label: str) -> None:
    event = group[0]
    tally.matched[gold.category] += 1
    problems = []
    if event.mode == gold.mode:
        tally.mode_right += 1
    else:
        problems.append("mode")
    for side in ("source", "target"):
        wanted = getattr(gold, side)
        if wanted is None:
            continue
        tally.actor_named[side] += 1
        actors = [getattr(copy, side) for copy in group if getattr(copy, side) is not None]
        if any(names.same(wanted, actor.name, mentions) for actor in actors):
            tally.actor_right[side] += 1
        else:
            problems.append(side)
    if problems:
        tally.errors.append({"kind": "matched: " + ", ".join(problems), "article": label,
                             "gold": gold.__dict__, "system": _brief(event)})


def _brief(event) -> dict[str, Any]:
    return {"trigger": event.trigger, "category": event.category, "mode": event.mode,
            "source": event.source.name if event.source else None,
            "target": event.target.name if event.target else None, "sentence": event.sentence}


def _prf(matched: int, predicted: int, gold: int) -> dict[str, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def figures_for(tally: Tally, *, articles: int) -> dict[str, Any]:
    matched = sum(tally.matched.values())
    overall = _prf(matched, sum(tally.predicted.values()), sum(tally.gold.values()))
    by_category = {
        category: {**_prf(tally.matched[category], tally.predicted[category], tally.gold[category]),
                   "gold": tally.gold[category], "predicted": tally.predicted[category]}
        for category in sorted(set(tally.gold) | set(tally.predicted))
    }

    def share(right: int, total: int) -> float | None:
        return round(right / total, 4) if total else None

    return {
        "articles": articles,
        "gold": sum(tally.gold.values()),
        "predicted": sum(tally.predicted.values()),
        "matched": matched,
        "gold_not_found": tally.not_found,
        "event_precision": overall["precision"],
        "event_recall": overall["recall"],
        "event_f1": overall["f1"],
        "mode_accuracy": share(tally.mode_right, matched),
        "source_accuracy": share(tally.actor_right["source"], tally.actor_named["source"]),
        "target_accuracy": share(tally.actor_right["target"], tally.actor_named["target"]),
        "source_named": tally.actor_named["source"],
        "target_named": tally.actor_named["target"],
        "non_events": tally.non_events,
        "non_event_rate": share(tally.non_events_hit, tally.non_events),
        # the same, as a figure that a floor holds up (the gate's floors are minimums)
        "non_event_clean": share(tally.non_events - tally.non_events_hit, tally.non_events),
        "by_category": by_category,
        "errors": tally.errors,
    }


def analyse(articles: list, *, model: str | None = None, progress: Callable[[int, int], None] | None = None):
    """Each article's analysis by the extractors events needs, as the registry wires them."""
    for done, (parsed, records) in enumerate(analysed("events", articles, model=model), start=1):
        yield parsed.article, records
        if progress:
            progress(done, len(articles))


def evaluate(
    path: pathlib.Path,
    *,
    split: str | None = None,
    limit: int | None = None,
    model: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep_errors: bool = False,
) -> dict[str, Any]:
    """Event figures over the articles of a gold.json that list their events."""
    gold, entries, readable = gold_entries(path, "events", split=split, limit=limit)
    names = Names(gold.get("entities", []))
    for entry in entries:  # an article's own resolutions ("Mr Halden" -> Piet Halden)
        for resolution in entry.get("entities", []):
            names.canonical.setdefault(resolution["mention"].lower().removeprefix("the "), resolution["name"])
    tally = Tally()
    analysed = analyse([a for _, a in readable], model=model, progress=progress)
    for (entry, _), (article, analysis) in zip(readable, analysed):
        score_article(entry, article, analysis, names, tally)
    figures = figures_for(tally, articles=len(readable))
    figures["unreadable_articles"] = len(entries) - len(readable)
    if not keep_errors:
        figures["errors"] = _error_counts(figures["errors"])
    return figures


def _error_counts(errors: list[dict[str, Any]]) -> dict[str, int]:
    return dict(sorted(Counter(error["kind"] for error in errors).items()))


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_figures(figures: dict[str, Any]) -> str:
    lines = [
        f"events, sample corpus gold: {figures['articles']} articles, {figures['gold']} gold, "
        f"{figures['predicted']} predicted, {figures['matched']} matched "
        f"({figures['gold_not_found']} gold sentences not in the cleaned text)",
        f"  events  P {figures['event_precision']:.3f}  R {figures['event_recall']:.3f}  F1 {figures['event_f1']:.3f}",
        f"  over matched: mode {_figure(figures['mode_accuracy'])}  source {_figure(figures['source_accuracy'])} "
        f"(of {figures['source_named']} named)  target {_figure(figures['target_accuracy'])} "
        f"(of {figures['target_named']} named)",
        f"  non-event clauses given an event: {_figure(figures['non_event_rate'])} of {figures['non_events']}",
    ]
    for category, row in figures["by_category"].items():
        lines.append(f"  {category:<12} P {row['precision']:.3f}  R {row['recall']:.3f}  F1 {row['f1']:.3f}"
                     f"  ({row['gold']} gold, {row['predicted']} predicted)")
    errors = figures.get("errors")
    if isinstance(errors, dict) and errors:
        lines.append("  errors: " + ", ".join(f"{kind} {count}" for kind, count in errors.items()))
    return "\n".join(lines)
