"""Does the event coder apply its own verb dictionary? A fidelity check built from the dictionary.

    PYTHONPATH=src python benchmarks/cameo_fidelity.py [--per-category 24] [--seed 7] [--misses]

Reads the shipped data files (verbs.tsv with verbs_extra.tsv, verb_patterns.tsv, synsets.tsv,
nouns_derived.tsv and the CAMEO -> PLOVER tables through dateline.analyse.events.lexicon), draws
a fixed-seed sample of entries stratified by the PLOVER category the dictionary gives them (a
verb's default code, a block pattern's code, an event noun's code), writes one plain news
sentence per entry with fixed actors (Kenya's government acting on Uganda's army):

    verb default   "The Kenyan government condemned the Ugandan army."  (every other one passive:
                   "The Ugandan army was condemned by the Kenyan government.")
    block pattern  "The Kenyan government imposed sanctions against the Ugandan army." /
                   "The Kenyan government accused the Ugandan army of rights abuses."
    event noun     "The Kenyan government announced a blockade against the Ugandan army."

and runs the real analysis (spaCy and every extractor, as `dateline analyze` does) on each.
Prints per PLOVER category: sentences, coded (any event), right category, right source and
target country (KEN -> UGA); with --misses each miss and its likely cause. The last line is one
JSON object. Entries whose words make no sentence (a stem such as 'cooperat' no dictionary of
English knows, a pattern with words before the verb other than the actor, a blocking pattern)
are skipped and counted by reason.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass

from dateline.analyse.events import lexicon
from dateline.analyse.pipeline import load_nlp
from fidelity_common import events_of, stable_key

SOURCE, TARGET = "The Kenyan government", "the Ugandan army"
SOURCE_CODE, TARGET_CODE = "KEN", "UGA"
# categories whose act is done against its target; the rest are done with or for it
HOSTILE = frozenset({"DISAPPROVE", "ACCUSE", "THREATEN", "DEMAND", "REJECT", "PROTEST", "SANCTION",
                     "MOBILIZE", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE", "REDUCE"})
GIVING = frozenset({"AID", "SUPPORT", "YIELD", "CONCEDE", "RETREAT", "REQUEST"})


@dataclass(frozen=True)
class Item:
    kind: str  # default, passive, pattern, noun
    entry: str  # what the dictionary says, for the report
    code: str
    category: str
    sentence: str


class Words:
    """English word knowledge from the spaCy model's own lemmatizer tables: past forms of the
    irregular verbs, and which nouns are words (a PETRARCH stem such as 'cooperat' is none)."""

    def __init__(self) -> None:
        tables = load_nlp().get_pipe("lemmatizer").lookups
        exc, index = tables.get_table("lemma_exc"), tables.get_table("lemma_index")
        self.forms: dict[str, list[str]] = defaultdict(list)
        for form, lemmas in exc["verb"].items():
            for lemma in lemmas:
                if not form.endswith(("ing", "s")):
                    self.forms[lemma].append(form)
        self.nouns = set(index["noun"]) | set(index["adj"]) | set(exc["noun"])
        self.all = self.nouns | set(index["verb"]) | set(index["adv"]) | set(exc["verb"])

    def past(self, verb: str, participle: bool = False) -> str:
        head, _, rest = verb.partition(" ")
        forms = sorted(set(self.forms.get(head, [])), key=len)
        if forms:
            ends_n = [f for f in forms if f.endswith("n")]
            plain = [f for f in forms if not f.endswith("n")] or forms
            form = (ends_n or plain)[0] if participle else plain[0]
        elif head.endswith("e"):
            form = head + "d"
        elif head.endswith("y") and head[-2:-1] not in "aeiou":
            form = head[:-1] + "ied"
        else:
            form = head + "ed"
        return f"{form} {rest}".strip()

    def is_word(self, word: str) -> bool:
        return word in self.all or word.rstrip("s") in self.all


def _members(name: str) -> list[str]:
    return sorted(lexicon.synsets().get(name, ()))


def _phrase(words: list[str], rng: random.Random) -> str:
    return " ".join(rng.choice(_members(w)) if w.startswith("&") and _members(w) else w for w in words)


def _pattern_sentence(verb: str, pattern: lexicon.Pattern, category: str, words: Words,
                      rng: random.Random) -> str | None:
    """The sentence a pattern's words make with the fixed actors, or None when they make none."""
    if pattern.before or any(w in ("$", "+", "%") for w in pattern.after):
        return None
    objects, groups = [], []  # object words; prepositional groups (preposition, words)
    for word in pattern.after:
        if word.startswith("("):
            word = word.lstrip("(")
            if not groups or (word in PREPOSITIONS and groups[-1][1]):
                groups.append([word, []])
            else:
                groups[-1][1].append(word)
        elif groups:
            return None  # an object after a prepositional group: no plain order
        else:
            objects.append(word)
    plain = [w for w in objects + [x for g in groups for x in g[1]] if not w.startswith("&")]
    if any(not words.is_word(w) for w in plain) or any(g[0] not in PREPOSITIONS for g in groups):
        return None
    groups_text = " ".join(f"{prep} the {_phrase(ws, rng)}".strip() if ws else prep for prep, ws in groups)
    verbed = words.past(verb)
    if not objects:
        if groups and not groups[-1][1]:
            return f"{SOURCE} {verbed} {groups_text} {TARGET}."  # "appealed to" + the target
        return f"{SOURCE} {verbed} {TARGET} {groups_text}.".replace("  ", " ")
    link = "against" if category in HOSTILE else "to" if category in GIVING else "with"
    return f"{SOURCE} {verbed} {_phrase(objects, rng)} {groups_text} {link} {TARGET}.".replace("  ", " ")


PREPOSITIONS = frozenset({"of", "to", "for", "with", "against", "on", "in", "into", "from", "by",
                          "at", "over", "about", "toward", "towards", "between", "through", "under",
                          "upon", "across", "onto", "out", "off", "up", "down", "back", "away"})


def candidates(words: Words, seed: int, skipped: Counter) -> dict[str, list[Item]]:
    """Every entry that makes a sentence, by the PLOVER category its code has."""
    found: dict[str, list[Item]] = defaultdict(list)
    verbs, weak, hand = lexicon.verbs(), lexicon.weak_verbs(), lexicon.hand_verbs()
    by_block: dict[str, list[str]] = defaultdict(list)
    for verb, (block, code) in sorted(verbs.items()):
        if lexicon.british(verb) is None and verb not in hand:
            by_block[block].append(verb)
        category = lexicon.category_of(code) if code != "-" else None
        if category is None:
            continue
        if verb in weak:
            skipped["weak verb (patterns only, by design)"] += 1
            continue
        if lexicon.british(verb) is None and not all(words.is_word(w) for w in verb.split()):
            skipped["verb not an English word"] += 1
            continue
        if " " in verb:
            head, rest = verb.split(" ", 1)
            found[category.name].append(Item("default", f"{verb} [{code}]", code, category.name,
                                             f"{SOURCE} {words.past(head)} {rest} {TARGET}."))
        else:
            found[category.name].append(Item("default", f"{verb} [{code}]", code, category.name,
                                             f"{SOURCE} {words.past(verb)} {TARGET}."))
            found[category.name].append(Item("passive", f"{verb} [{code}]", code, category.name,
                                             f"{TARGET[0].upper() + TARGET[1:]} was {words.past(verb, True)} by {SOURCE[0].lower() + SOURCE[1:]}."))
    for block, patterns in sorted(lexicon.patterns().items()):
        for pattern in patterns:
            category = lexicon.category_of(pattern.code) if pattern.code != "-" else None
            if category is None:
                skipped["blocking or non-event pattern"] += 1
                continue
            if not by_block.get(block):
                skipped["block with no verb of its own code"] += 1
                continue
            # each entry draws from its own seeded generator, so a change to other entries
            # leaves its sentence as it was (before/after runs compare the same sentences)
            own = random.Random(f"{seed}:{block}:{pattern}")
            verb = own.choice(by_block[block])
            sentence = _pattern_sentence(verb, pattern, category.name, words, own)
            if sentence is None:
                skipped["pattern words make no sentence"] += 1
                continue
            entry = f"{verb} ({block}): {' '.join(pattern.before)} * {' '.join(pattern.after)} [{pattern.code}]"
            found[category.name].append(Item("pattern", entry, pattern.code, category.name, sentence))
    for noun, code in sorted(lexicon.nouns().items()):
        category = lexicon.category_of(code)
        if category is None or " " in noun or not words.is_word(noun):
            skipped["noun not a word or no event"] += 1
            continue
        link = "against" if category.name in HOSTILE else "to" if category.name in GIVING else "with"
        found[category.name].append(Item("noun", f"{noun} [{code}]", code, category.name,
                                         f"{SOURCE} announced a {noun} {link} {TARGET}."))
    return found


def sample(found: dict[str, list[Item]], per_category: int, seed: int) -> list[Item]:
    """The first `per_category` entries of each category in an order fixed by the seed and
    each entry's own text (not by its position, which any new entry would shift)."""
    def key(item: Item) -> int:
        return stable_key(seed, item.kind, item.entry)

    return [item for category in sorted(found) for item in sorted(found[category], key=key)[:per_category]]


def cause(item: Item, events: list) -> str:
    if not events:
        return "nothing coded"
    best = max(events, key=lambda e: (e.category == item.category, e.confidence))
    if best.category != item.category:
        return f"category {best.category} ({best.cameo}, trigger {best.trigger!r})"
    src = best.source.country if best.source else None
    tgt = best.target.country if best.target else None
    return f"actors {src} -> {tgt}"


def run(items: list[Item]) -> list[list]:
    return events_of([(item.sentence, None) for item in items])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-category", type=int, default=24)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--misses", action="store_true", help="print each miss and its cause")
    args = parser.parse_args()
    skipped, words = Counter(), Words()
    items = sample(candidates(words, args.seed, skipped), args.per_category, args.seed)
    results = run(items)
    table: dict[str, Counter] = defaultdict(Counter)
    for item, events in zip(items, results):
        row = table[item.category]
        row["sentences"] += 1
        row["coded"] += bool(events)
        right = [e for e in events if e.category == item.category]
        row["category"] += bool(right)
        actors_right = any(e.source and e.target and e.source.country == SOURCE_CODE
                           and e.target.country == TARGET_CODE for e in right)
        row["actors"] += actors_right
        if args.misses and not actors_right:
            print(f"MISS {item.kind:8} {item.category:11} {item.entry}\n     {item.sentence}\n     -> {cause(item, events)}")
    total = Counter()
    print(f"{'category':12} {'sent':>5} {'coded':>6} {'cat':>5} {'actors':>7}")
    for category in sorted(table):
        row = table[category]
        total.update(row)
        print(f"{category:12} {row['sentences']:5} {row['coded']:6} {row['category']:5} {row['actors']:7}")
    n = total["sentences"] or 1
    print(f"{'ALL':12} {total['sentences']:5} {total['coded']:6} {total['category']:5} {total['actors']:7}")
    print(json.dumps({"sentences": total["sentences"], "coded": round(total["coded"] / n, 3),
                      "category": round(total["category"] / n, 3), "actors": round(total["actors"] / n, 3),
                      "skipped": dict(skipped), "by_kind": dict(Counter(i.kind for i in items))}))


if __name__ == "__main__":
    sys.exit(main())
