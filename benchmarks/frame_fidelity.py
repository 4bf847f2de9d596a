"""Are actors found in every sentence frame news writes? A frame-by-frame extraction check.

    PYTHONPATH=src python benchmarks/frame_fidelity.py [--per-type 3] [--seed 11] [--misses] [--frame NAME]

benchmarks/actor_fidelity.py showed that actor forms from our dictionaries are looked up right
in one plain frame ("X accused the Ugandan army of ..."). This check holds the lookup fixed and
varies the construction: a fixed set of news frames (passive, relative clause, apposition,
fronted adverbial, dateline, conjoined parties, possessive, prepositional parties, nominal
events, reported speech, headline without articles, ...) crossed with a stratified sample of
actor forms (actor_fidelity's form types) and well-coded verbs of several PLOVER categories,
each with its noun ("attacked" / "an attack on").

Every sentence has a source actor S and a target actor T of different countries. Runs the real
analysis (spaCy and every extractor, with the publication date set) and prints per frame:
sentences, an event coded, the right category, source found / right (country and sector),
target found / right. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from actor_fidelity import PLAIN_DATE, Form, candidates, sample  # noqa: E402

from fidelity_common import capitalised, events_of, stable_key  # noqa: E402


@dataclass(frozen=True)
class Verb:
    base: str
    third: str  # headline present ("Kenya attacks Uganda")
    past: str
    participle: str
    category: str
    light: str  # the event as a noun after a light verb ("launched an attack on")
    noun: str  # the noun with its preposition ("attack on")


VERBS = [
    Verb("attack", "attacks", "attacked", "attacked", "FIGHT", "launched an attack on", "attack on"),
    Verb("criticise", "criticises", "criticised", "criticised", "DISAPPROVE", "voiced sharp criticism of", "criticism of"),
    Verb("threaten", "threatens", "threatened", "threatened", "THREATEN", "issued threats against", "threats against"),
    Verb("sanction", "sanctions", "sanctioned", "sanctioned", "SANCTION", "imposed sanctions on", "sanctions on"),
    Verb("praise", "praises", "praised", "praised", "SUPPORT", "offered warm praise for", "praise for"),
    Verb("meet", "meets", "met", "met", "CONSULT", "held talks with", "talks with"),
]

# name -> template. {S} source, {T} target; {base} {third} {past} {participle} {light} {noun}
# from the verb. Each is a construction wire copy writes; none is taken from evaluation data.
FRAMES = {
    "plain": "{S} {past} {T} on Tuesday.",
    "time_after_subject": "{S} on Monday {past} {T} in a move that surprised diplomats.",
    "adverb_before_verb": "{S} also sharply {past} {T} last week.",
    "fronted_adverbial": "On Tuesday, {S} {past} {T} for the second time this month.",
    "fronted_clause": "Despite weeks of quiet diplomacy, {S} {past} {T} on Friday.",
    "dateline": "NAIROBI, June 3 (Reuters) - {S} {past} {T} on Monday, officials said.",
    "headline": "{S} {third} {T} over border dispute",
    "perfect": "{S} has {participle} {T} twice this year.",
    "passive": "{T} was {participle} by {S} on Tuesday.",
    "passive_reported": "Officials said {T} had been {participle} by {S} earlier in the week.",
    "reported_speech": "A spokesman said {S} had {participle} {T} near the border.",
    "reported_after": "{S} {past} {T}, according to local officials.",
    "subordinate": "Tensions rose after {S} {past} {T} on Monday.",
    "relative_subject": "Observers criticised the decision by {S}, which {past} {T} without warning.",
    "relative_object": "{T}, which {S} {past} last week, has asked for mediation.",
    "apposition_source": "{S}, a long-standing regional player, {past} {T} on Thursday.",
    "apposition_target": "{S} {past} {T}, a close ally of the West, on Thursday.",
    "conjoined_subjects": "{S} and its partners {past} {T} on Wednesday.",
    "conjoined_objects": "{S} {past} {T} and its allies on Wednesday.",
    "participle_clause": "Citing security concerns, {S} {past} {T} late on Sunday.",
    "light_verb": "{S} {light} {T} on Tuesday.",
    "nominal_possessive": "{S}'s {noun} {T} drew a swift response.",
    "nominal_by": "The {noun} {T} by {S} drew a swift response.",
    "nominal_subject_of": "Analysts said the {noun} {T} by {S} marked a shift.",
    "infinitive": "{S} moved to {base} {T} after the vote.",
    "quote_attribution": '"We have no choice," said a spokesman, as {S} {past} {T}.',
}


def pairs(forms: list[Form], seed: int) -> list[tuple[Form, Form]]:
    """Each form as source once, with a target of another country drawn by the seed (targets
    are forms without a date of their own, so the article's date is the source's)."""
    targets = [f for f in forms if f.date == PLAIN_DATE and f.kind not in ("holder_full", "holder_title", "holder_role", "former")]
    found = []
    for form in forms:
        options = [t for t in targets if t.country != form.country and t.text != form.text]
        found.append((form, options[stable_key(seed, form.text) % len(options)]))
    return found


def sentence(frame: str, source: Form, target: Form, verb: Verb) -> str:
    text = FRAMES[frame].format(S=source.text, T=target.text, base=verb.base, third=verb.third,
                                past=verb.past, participle=verb.participle, light=verb.light, noun=verb.noun)
    return capitalised(text)


def right(actor, form: Form) -> bool:
    return actor is not None and (actor.country or None) == form.country and actor.sector == form.sector


def chosen_event(events, category: str):
    """The event of the expected category, else the first coded."""
    return next((e for e in events if e.category == category), events[0] if events else None)


def run(items: list[tuple[str, Form, Form, Verb]]) -> list:
    return events_of([(sentence(f, s, t, v), s.date) for f, s, t, v in items])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-type", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--misses", action="store_true", help="print each sentence with a miss")
    parser.add_argument("--frame", action="append", help="only these frames")
    args = parser.parse_args()
    forms = sample(candidates(args.seed), args.per_type, args.seed)
    frames = args.frame or list(FRAMES)
    items = []
    for frame in frames:
        for i, (source, target) in enumerate(pairs(forms, args.seed)):
            items.append((frame, source, target, VERBS[(i + stable_key(frame)) % len(VERBS)]))
    table: dict[str, Counter] = defaultdict(Counter)
    for (frame, source, target, verb), events in zip(items, run(items)):
        event = chosen_event(events, verb.category)
        row = table[frame]
        row["sentences"] += 1
        row["event"] += event is not None
        row["category"] += event is not None and event.category == verb.category
        row["source"] += event is not None and event.source is not None
        row["source_ok"] += event is not None and right(event.source, source)
        row["target"] += event is not None and event.target is not None
        row["target_ok"] += event is not None and right(event.target, target)
        if args.misses and not (event and event.category == verb.category and right(event.source, source)
                                and right(event.target, target)):
            got = "no event" if event is None else (
                f"{event.trigger} {event.category} S={event.source and (event.source.name, event.source.country, event.source.sector)}"
                f" T={event.target and (event.target.name, event.target.country, event.target.sector)}")
            print(f"MISS {frame:20} {sentence(frame, source, target, verb)!r} "
                  f"[{verb.category} {source.country}/{source.sector} -> {target.country}/{target.sector}] -> {got}")
    columns = ("sentences", "event", "category", "source", "source_ok", "target", "target_ok")
    print(f"{'frame':20} " + " ".join(f"{c:>9}" for c in columns))
    total: Counter = Counter()
    for frame in frames:
        total.update(table[frame])
        print(f"{frame:20} " + " ".join(f"{table[frame][c]:9}" for c in columns))
    print(f"{'ALL':20} " + " ".join(f"{total[c]:9}" for c in columns))
    n = total["sentences"] or 1
    print(json.dumps({"sentences": total["sentences"], **{c: round(total[c] / n, 3) for c in columns[1:]},
                      "by_frame": {f: round((table[f]["source_ok"] + table[f]["target_ok"]) / 2 / (table[f]["sentences"] or 1), 3)
                                   for f in frames}}))


if __name__ == "__main__":
    sys.exit(main())
