"""The event scorer over the sample corpus gold: actor names, matching and the figures, on events
made by hand (its floors on the corpus itself are in the evaluation baseline, test_eval_gate.py)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline.evaluate.events_sample import Names, Tally, evaluate, figures_for, format_figures, score_article
from dateline.models import Actor, EntityMention, Event

NAMES = Names([{"name": "Khaled al-Rashidi", "aliases": ["Kaled Rachidi", "President Rasheedi"]}])
TEXT = ("Marennese leader Kaled Rachidi accepted within hours. Police detained 40 dockers in Tarvik. "
        "The union has called a rally for Friday. The storm battered the coast.")


def test_missing_gold_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="gold"):
        evaluate(tmp_path / "absent.json")


@pytest.mark.parametrize(("gold", "system", "same"), [
    ("President Ostrova", "Anna Ostrova", True),  # a surname
    ("Veldoria's main union federation", "Federation of Veldorian Workers", True),  # a head word
    ("Veldoria's interior ministry", "interior ministry", True),
    ("Veldoria's interior ministry", "Veldoria", False),  # the owner is not the actor
    ("Kaled Rachidi", "Khaled al-Rashidi", True),  # spellings of one entity
    ("the president", "Anna Ostrova", False),
    ("the president", "the president of Veldoria", True),
    ("Piet Halden", "Mira Kovach", False),
])
def test_actor_names(gold, system, same):
    assert NAMES.same(gold, system, {}) is same


def test_a_mention_the_analysis_resolved_names_the_actor():
    assert NAMES.same("the minister", "Piet Halden", {"the minister": {"piet halden"}})


def _event(trigger: str, category: str, mode: str = "asserted", source: str | None = None,
           target: str | None = None, field: str = "text") -> Event:
    start = TEXT.index(trigger)
    sentence = next(s + "." for s in TEXT.split(". ") if trigger in s)
    return Event(id=trigger, article_id="a", sentence=sentence.replace("..", "."), start=start,
                 end=start + len(trigger), category=category, cameo=None, mode=mode,
                 source=Actor(source) if source else None, target=Actor(target) if target else None,
                 date=None, date_from=None, field=field, trigger=trigger)


def test_matching_by_clause_and_category():
    entry = {"file": "x.txt", "item": None, "events": [
        {"sentence": "Kaled Rachidi accepted within hours", "category": "AGREE", "mode": "asserted",
         "source": "Kaled Rachidi", "target": None},
        {"sentence": "Police detained 40 dockers in Tarvik.", "category": "COERCE", "mode": "asserted",
         "source": "Police", "target": "40 dockers"},
        {"sentence": "The union has called a rally for Friday.", "category": "PROTEST", "mode": "intended",
         "source": "The union", "target": None},
    ], "non_events": ["The storm battered the coast."]}
    events = [
        _event("accepted", "AGREE", source="Marenne"),  # a compound actor's copy: one event with the next
        _event("accepted", "AGREE", source="Khaled al-Rashidi"),
        _event("detained", "COERCE", source="Tarvik police", target="Marenne"),  # target wrong
        _event("called", "DEMAND", "demanded", source="The union"),  # wrong category
        _event("battered", "ASSAULT"),  # a non-event coded
    ]
    analysis = {"events": events, "entities": [EntityMention("a", "Police", "ORG", 0, 6, "Police")]}
    tally = Tally()
    score_article(entry, SimpleNamespace(text=TEXT, title="Headline"), analysis, NAMES, tally)
    figures = figures_for(tally, articles=1)
    assert (figures["matched"], figures["gold"], figures["predicted"]) == (2, 3, 4)
    assert figures["event_precision"] == 0.5 and figures["event_recall"] == 0.6667
    assert figures["source_accuracy"] == 1.0 and figures["target_accuracy"] == 0.0
    assert figures["mode_accuracy"] == 1.0 and figures["non_event_rate"] == 1.0
    kinds = sorted(error["kind"] for error in figures["errors"])
    assert kinds == ["matched: target", "non-event coded", "spurious", "spurious", "wrong category"]
    assert "events  P 0.500" in format_figures({**figures, "errors": {}})


def test_headline_events_are_not_scored():
    entry = {"file": "x.txt", "item": None, "events": [], "non_events": []}
    event = _event("accepted", "AGREE", source="Khaled al-Rashidi")
    tally = Tally()
    article = SimpleNamespace(text=TEXT, title=event.sentence)
    score_article(entry, article, {"events": [event], "entities": []}, NAMES, tally)
    assert figures_for(tally, articles=1)["predicted"] == 0
