"""Do actors get the country and sector their own dictionaries give? A fidelity check built from them.

    PYTHONPATH=src python benchmarks/actor_fidelity.py [--per-type 30] [--seed 11] [--misses]

Reads the shipped actor data (actors_current.tsv, actors_historic.tsv, actors_petrarch.tsv,
organisations.tsv, agents.tsv, countries.tsv with demonyms.tsv, government_seats.tsv), draws a
fixed-seed sample of actor forms stratified by form type, and writes two plain news sentences
per form, the actor once as source and once as target of a well-coded verb:

    "<actor> accused the Ugandan army of human rights abuses."   (ACCUSE, actor = source)
    "The Ugandan army criticised <actor>."                        (DISAPPROVE, actor = target)

Form types (what the dictionary says the actor is, on the article's publication date):
    holder_full    an office holder in office on the date, full name ("Ana Soto")
    holder_title   the same by title and surname ("President Soto"), title and full name
                   ("President Ana Soto"), demonym, title and name ("Peruvian President Ana Soto")
    holder_role    the office alone, resolved through the office holder of the date
                   ("the Peruvian president", "Peru's president", "the president of Peru")
    former         a holder's name after the term, alone or "former President Ana Soto"
                   (the country; sector ELI)
    institution    a ministry, force or body of a country ("Kenya's interior ministry",
                   "the Brazilian navy", "the Kenyan Ministry of Interior"): the agent table's sector
    demonym_agent  a demonym and a role noun ("Chilean police", "the Nigerian defence minister"),
                   or the people of a role placed in the country ("rebels in Sudan")
    capital        a seat of government ("Paris", "the Kremlin"): the country, GOV (a body the
                   actor book holds, "the Pentagon": its sector there)
    country        a country's name: the country, GOV
    igo_name       an international organisation or NGO by name: no country, IGO/NGO
    igo_abbr       the same by its abbreviation
    armed_group    a PETRARCH armed group or party with a country: its country and sector

Runs the real analysis (spaCy and every extractor, as `dateline analyze` does, with the
publication date set) and prints per form type: sentences, actors found in the actor's slot,
right country, right sector; with --misses each miss. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.analyse.events import lexicon
from dateline.lexicons import table as table_rows
from fidelity_common import capitalised, events_of, stable_key

OTHERS = {"UGA": ("the Kenyan army", "KEN"), "": ("the Ugandan army", "UGA")}
PLAIN_DATE = "2024-06-15"  # publication date of the forms that carry no date of their own
LATEST = "2026-06-01"  # no sentence dated after the dictionaries were kept
TITLES = {"president": "President", "prime minister": "Prime Minister", "foreign minister": "Foreign Minister",
          "vice president": "Vice President"}
INSTITUTION_HEADS = ("ministry", "army", "navy", "air force", "police", "parliament", "court", "bank",
                     "council", "agency", "guard", "commission", "service", "senate", "cabinet",
                     "government", "military", "coast guard", "intelligence")


@dataclass(frozen=True)
class Form:
    kind: str
    text: str
    country: str | None  # expected ISO-3 (None: international)
    sector: str | None
    date: str


FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "in", "on", "to", "from", "against", "with", "at", "de", "del", "la"})


def _as_written(name: str) -> str:
    """A name as news writes it: PETRARCH's title case ('Front For The Liberation Of ...')
    with its function words in lower case after the first word."""
    words = name.split()
    return " ".join([words[0]] + [w.lower() if w.lower() in FUNCTION_WORDS else w for w in words[1:]])


def _rows(name: str) -> list[list[str]]:
    return [list(r) + [""] * (7 - len(r)) for r in lexicon._rows(name)]


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _inside(start: str, end: str) -> str | None:
    """A date well inside an office's term (a month in, or its middle if shorter)."""
    if not start:
        return None
    last = min(end, LATEST) if end else LATEST
    if last <= start:
        return None
    middle = _shift(start, (date.fromisoformat(last) - date.fromisoformat(start)).days // 2)
    return min(_shift(start, 45), middle)


def demonyms() -> dict[str, str]:
    """ISO-3 -> the first demonym demonyms.tsv gives its country."""
    codes = {lexicon.plain(name): code for code, name in lexicon.country_names().items()}
    found: dict[str, str] = {}
    for demonym, country in table_rows("demonyms.tsv", 2):
        code = codes.get(lexicon.plain(country))
        if code and code not in found:
            found[code] = demonym
    return found


def _surname(name: str, aliases: list[str]) -> str:
    parts = name.split()
    single = [a for a in aliases if " " not in a and a in parts]
    return single[0] if single else parts[-1]


def holders() -> dict[str, list[Form]]:
    found: dict[str, list[Form]] = defaultdict(list)
    adjective = demonyms()
    for name, aliases, country, sector, start, end, office in _rows("actors_current.tsv"):
        day = _inside(start, end)
        if not (country and office and day):
            continue
        found["holder_full"].append(Form("holder_full", name, country, sector, day))
        # the forms news writes them in, one per entry, chosen by the entry's own text
        variant = stable_key(name, start) % 3
        country_name = lexicon.country_names().get(country, "")
        if office in TITLES and len(name.split()) > 1:
            title = f"{TITLES[office]} {_surname(name, aliases.split('|'))}"
            if variant == 1 and country in adjective:
                title = f"{adjective[country]} {TITLES[office]} {name}"
            elif variant == 2:
                title = f"{TITLES[office]} {name}"
            found["holder_title"].append(Form("holder_title", title, country, sector, day))
        if office in TITLES and country in adjective:
            role = [f"the {adjective[country]} {office}", f"{country_name}'s {office}",
                    f"the {office} of {country_name}"][variant]
            found["holder_role"].append(Form("holder_role", role, country, sector, day))
    return found


def former() -> list[Form]:
    """Names whose every entry has ended, dated two years after the last end."""
    book = lexicon.actor_book()
    found = []
    for file in ("actors_current.tsv", "actors_historic.tsv"):
        for name, _aliases, country, sector, _start, end, _office in _rows(file):
            entries = book.get(lexicon.plain(name), ())
            if not (country and end) or sector in ("IGO", "NGO") or any(not e.end for e in entries):
                continue
            last = max(e.end for e in entries)
            day = _shift(last, 730)
            latest = max((e for e in entries if e.end == last), key=lambda e: e.end)
            if day <= LATEST and latest.country == country:
                titled = latest.office in TITLES and stable_key(name) % 2
                text = f"former {TITLES[latest.office]} {name}" if titled else name
                found.append(Form("former", text, country, "ELI", day))
    return found


def _agent_words() -> dict[str, str]:
    """Role nouns of one or two plain words (the agent table also holds phrases and ranks)."""
    return {role: sector for role, sector in lexicon.agents().items()
            if 1 <= len(role.split()) <= 2 and role.replace(" ", "").isalpha()
            and role.split()[0] not in ("the", "a", "an")}


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun  # the table holds plurals too ("industry ministers")
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith(("police", "military", "personnel", "staff", "people")):
        return noun
    return noun + "s"


def institutions_and_agents(seed: int) -> dict[str, list[Form]]:
    found: dict[str, list[Form]] = defaultdict(list)
    adjective = demonyms()
    names = lexicon.country_names()
    codes = sorted(c for c in adjective if c in names)
    for role, sector in sorted(_agent_words().items()):
        # each role gets its own country, fixed by the seed and the role's text
        code = codes[stable_key(seed, role) % len(codes)]
        variant = stable_key(role) % 3
        if role.endswith(INSTITUTION_HEADS):
            forms = [f"{names[code]}'s {role}", f"the {adjective[code]} {role}", f"the {adjective[code]} {role}"]
            if role.endswith(" ministry"):  # "the Kenyan Ministry of Interior"
                forms[2] = f"the {adjective[code]} Ministry of {role.removesuffix(' ministry').title()}"
            found["institution"].append(Form("institution", forms[variant], code, sector, PLAIN_DATE))
        else:
            forms = [f"{adjective[code]} {_plural(role)}", f"the {adjective[code]} {role}",
                     f"{_plural(role)} in {names[code]}"]
            found["demonym_agent"].append(Form("demonym_agent", forms[variant], code, sector, PLAIN_DATE))
    return found


def places() -> dict[str, list[Form]]:
    found: dict[str, list[Form]] = defaultdict(list)
    book = lexicon.actor_book()
    for seat, code in table_rows("events/government_seats.tsv", 2):
        text = seat.upper() if len(seat) <= 3 else " ".join(w.capitalize() for w in seat.split())
        if seat in ("white house", "pentagon", "kremlin", "elysee", "élysée", "state department"):
            text = "the " + text
        # a body the actor book holds ('Hamas', 'the Pentagon') has the book's sector
        sector = next((e.sector for e in book.get(lexicon.plain(seat), ()) if e.country == code and e.sector), "GOV")
        found["capital"].append(Form("capital", text, code, sector, PLAIN_DATE))
    for code, name in lexicon.country_names().items():
        found["country"].append(Form("country", name, code, "GOV", PLAIN_DATE))
    return found


def organisations() -> dict[str, list[Form]]:
    found: dict[str, list[Form]] = defaultdict(list)
    for file in ("organisations.tsv", "actors_petrarch.tsv"):
        for name, aliases, country, sector, start, end, _office in _rows(file):
            if country or sector not in ("IGO", "NGO") or start or end:
                continue
            found["igo_name"].append(Form("igo_name", _as_written(name), None, sector, PLAIN_DATE))
            for alias in aliases.split("|"):
                if alias.isupper() and " " not in alias and 3 <= len(alias) <= 6:
                    found["igo_abbr"].append(Form("igo_abbr", alias, None, sector, PLAIN_DATE))
    return found


def armed_groups() -> list[Form]:
    found = []
    for name, _aliases, country, sector, start, end, _office in _rows("actors_petrarch.tsv"):
        if not country or sector not in ("REB", "OPP", "PTY"):
            continue
        day = _inside(start, end) if start else PLAIN_DATE if not end else None
        if day:
            found.append(Form("armed_group", _as_written(name), country, sector, day))
    return found


def candidates(seed: int) -> dict[str, list[Form]]:
    found: dict[str, list[Form]] = defaultdict(list)
    for table in (holders(), institutions_and_agents(seed), places(), organisations()):
        for kind, forms in table.items():
            found[kind].extend(forms)
    found["former"] = former()
    found["armed_group"] = armed_groups()
    return found


def sample(found: dict[str, list[Form]], per_type: int, seed: int) -> list[Form]:
    """The first `per_type` forms of each type in an order fixed by the seed and each form's text."""
    chosen = []
    for kind in sorted(found):
        unique = {f.text: f for f in found[kind]}
        chosen.extend(sorted(unique.values(), key=lambda f: stable_key(seed, f.kind, f.text))[:per_type])
    return chosen


def sentences(form: Form) -> tuple[str, str, str]:
    """(source sentence, target sentence, the other actor's country)."""
    other, other_code = OTHERS["UGA"] if form.country == "UGA" else OTHERS[""]
    return (f"{capitalised(form.text)} accused {other} of human rights abuses.",
            f"{capitalised(other)} criticised {form.text}.", other_code)


def slot_actor(events: list, slot: str, other_code: str):
    """The actor coded in the slot (source or target) of the sentence's events, the other
    actor's slot aside."""
    for event in events:
        actor = getattr(event, slot)
        if actor is not None and not (actor.country == other_code and actor.sector == "MIL"):
            return actor
    return None


def run(forms: list[Form], undated: bool = False) -> list[tuple]:
    texts, others = [], []
    for form in forms:
        source, target, other_code = sentences(form)
        published = None if undated else form.date
        texts += [(source, published), (target, published)]
        others.append(other_code)
    results = events_of(texts)
    return [(slot_actor(results[2 * i], "source", others[i]), slot_actor(results[2 * i + 1], "target", others[i]))
            for i in range(len(forms))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-type", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--misses", action="store_true", help="print each miss")
    parser.add_argument("--kind", help="only this form type")
    parser.add_argument("--undated", action="store_true",
                        help="articles without a publication date (as PLOVER's); scored on country only")
    args = parser.parse_args()
    found = candidates(args.seed)
    if args.kind:
        found = {args.kind: found[args.kind]}
    forms = sample(found, args.per_type, args.seed)
    table: dict[str, Counter] = defaultdict(Counter)
    for form, pair in zip(forms, run(forms, args.undated)):
        for slot, actor in zip(("source", "target"), pair):
            row = table[form.kind]
            row["sentences"] += 1
            row["found"] += actor is not None
            country_ok = actor is not None and (actor.country or None) == form.country
            sector_ok = actor is not None and actor.sector == form.sector
            row["country"] += country_ok
            row["sector"] += sector_ok
            if args.misses and not (country_ok and sector_ok):
                got = f"{actor.name!r} {actor.country} {actor.sector}" if actor else "no actor"
                print(f"MISS {form.kind:13} {slot:6} {form.text!r} [{form.country} {form.sector} {form.date}] -> {got}")
    total: Counter = Counter()
    print(f"{'form':14} {'sent':>5} {'found':>6} {'country':>8} {'sector':>7}")
    for kind in sorted(table):
        row = table[kind]
        total.update(row)
        print(f"{kind:14} {row['sentences']:5} {row['found']:6} {row['country']:8} {row['sector']:7}")
    print(f"{'ALL':14} {total['sentences']:5} {total['found']:6} {total['country']:8} {total['sector']:7}")
    n = total["sentences"] or 1
    print(json.dumps({"sentences": total["sentences"], "found": round(total["found"] / n, 3),
                      "country": round(total["country"] / n, 3), "sector": round(total["sector"] / n, 3),
                      "by_type": {k: round((table[k]["country"] + table[k]["sector"]) / 2 / (table[k]["sentences"] or 1), 3)
                                  for k in sorted(table)}}))


if __name__ == "__main__":
    sys.exit(main())
