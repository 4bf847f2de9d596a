"""The event coder's data: countries, actors, role nouns, verbs and their CAMEO/PLOVER codes.

Everything is read once per process from `src/dateline/data/events/` (see the data README; the
PETRARCH2-derived files are rebuilt by `scripts/build_event_data.py`). Plain dicts and tuples,
so the coder stays pure and picklable.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from dateline.lexicons import rows as lexicon_rows
from dateline.lexicons import table as table_rows
from dateline.lexicons import words
from dateline.analyse.events.verb_forms import british, with_british
from dateline.analyse.events.verb_pattern_table import Pattern, pattern_table

__all__ = ["ActorEntry", "Pattern"]  # Pattern: the type of patterns() and hand_patterns() values

_DATA = "data/events"


def _rows(name: str) -> list[list[str]]:
    return [list(row) for row in lexicon_rows(f"events/{name}")]


class ActorEntry(NamedTuple):
    """One office (or standing) of a person or institution: country, sector and date range.
    (A named tuple: tens of thousands are built at load, and a frozen dataclass is slow to build.)"""

    name: str
    country: str  # ISO-3, "" for IGOs and groups without one
    sector: str  # GOV, MIL, REB, OPP, IGO ... ("ELI": former office holder, no current office)
    start: str = ""  # ISO date, "" when open
    end: str = ""
    office: str = ""  # "president", "foreign minister" ... for role resolution


def plain(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("-", " ").split())


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Country names, demonyms, capitals and major cities (lower case) -> ISO-3."""
    table: dict[str, str] = {}
    names: dict[str, str] = {}
    for row in _rows("countries.tsv"):
        code, name = row[0], row[1]
        names[plain(name)] = code
        for alias in [name, *(row[2].split("|") if len(row) > 2 else [])]:
            if alias:
                table.setdefault(plain(alias), code)
                table.setdefault(plain(alias).replace("'", "").replace(" the ", " "), code)
    for row in _rows("country_extra.tsv") + _rows("government_seats.tsv"):
        table[plain(row[0])] = row[1]
    return _with_demonyms(table, names)


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Country names, short forms and demonyms (lower case) -> ISO-3; no capitals or cities."""
    table = {plain(name): code for code, name in country_names().items()}
    for row in _rows("country_extra.tsv"):
        table[plain(row[0])] = row[1]  # our short forms win ("Congo" is Kinshasa's)
    return _with_demonyms(table, {})


def _with_demonyms(table: dict[str, str], names: dict[str, str]) -> dict[str, str]:
    """`table` (name -> ISO-3) with each demonym of a country it (or `names`) holds added."""
    for demonym, country in table_rows("demonyms.tsv", 2):
        code = table.get(plain(country)) or names.get(plain(country))
        if code:
            table.setdefault(plain(demonym), code)
    return table


@lru_cache(maxsize=1)
def peoples() -> dict[str, tuple[str, ...]]:
    """A people living across state borders (lower case) -> their states (peoples.tsv)."""
    return {row[0]: tuple(row[1].split("|")) for row in _rows("peoples.tsv")}


def people_states(name: str) -> tuple[str, ...]:
    """The states of the people a phrase names ('Kurdish fighters' -> TUR, IRQ, SYR, IRN), or ()."""
    table = peoples()
    for word in plain(name).split():
        if word in table:
            return table[word]
    return ()


def names_a_country(name: str) -> bool:
    """'Ukraine', 'the Kremlin', 'Ukrainians', 'the Chinese': the phrase is a country, its seat
    of government or its people, not a thing of it ('U.S. imports', 'Japan's Nikkei')."""
    words = plain(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    phrase = " ".join(words)
    if not phrase:
        return False
    if phrase in countries() or phrase in demonym_words() or (phrase.endswith("s") and phrase[:-1] in demonym_words()):
        return True
    # people of the country: "protesters in Shan", "unidentified attackers in Dili"
    head = words[words.index("in") - 1] if "in" in words[1:] else words[-1]
    return head in agents() or head.rstrip("s") in agents()


@lru_cache(maxsize=1)
def demonym_words() -> frozenset[str]:
    """Demonyms and country adjectives (lower case): 'chilean', 'kenyan' ..."""
    return frozenset(plain(demonym) for demonym, _ in table_rows("demonyms.tsv", 2))


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO-3 -> the country's name. A code has rows for its territories and regions too
    (FRA: France, Mayotte, Saint Barthelemy; DEU: Leipzig, Germany): the country's own row is
    the one listing most aliases (its cities and regions), not whichever comes last."""
    best: dict[str, tuple[int, str]] = {}
    for row in _rows("countries.tsv"):
        aliases = len(row[2].split("|")) if len(row) > 2 and row[2] else 0
        if row[0] not in best or aliases > best[row[0]][0]:
            best[row[0]] = (aliases, row[1])
    return {code: name for code, (_, name) in best.items()}


def _actor_rows(rows: list[list[str]]) -> list[tuple[list[str], ActorEntry]]:
    found = []
    for row in rows:
        row = row + [""] * (7 - len(row))
        name, aliases, country, sector, start, end, office = row[:7]
        entry = ActorEntry(name=name, country=country.strip(), sector=sector.strip(),
                           start=start.strip(), end=end.strip(), office=office.strip().lower())
        found.append(([name, *[a for a in aliases.split("|") if a]], entry))
    return found


# The user's own actor rows (`dateline analyze --actors FILE`), set per process by
# `use_user_actors` before an article is coded; every table built from the book follows them.
_user_rows: tuple[tuple[str, ...], ...] = ()


def use_user_actors(rows: tuple[tuple[str, ...], ...]) -> None:
    """Code with these user actor rows (from `actor_files.read_actor_files`) from now on."""
    global _user_rows
    rows = tuple(tuple(r) for r in rows)
    if rows != _user_rows:
        _user_rows = rows
        for table in (actor_book, abbreviations, surnames, surname_counts, surname_countries,
                      people_by_first_word, offices, office_names):
            table.cache_clear()


def _user_actor_rows() -> list[tuple[list[str], ActorEntry]]:
    return _actor_rows([list(r) for r in _user_rows])


def _current_rows() -> list[tuple[list[str], ActorEntry]]:
    """The user's rows, then ours: the offices we keep up to date by hand."""
    return _user_actor_rows() + _actor_rows(_rows("actors_current.tsv"))


@lru_cache(maxsize=1)
def actor_book() -> dict[str, tuple[ActorEntry, ...]]:
    """Name or alias (lower case) -> every office entry under it: the user's first, then
    PETRARCH2's where ours does not supersede it, then ours."""
    users, ours = _user_actor_rows(), _actor_rows(_rows("actors_current.tsv"))
    bodies = _bare_bodies()
    petrarch = [([n for n in names if plain(n) not in bodies], entry) for names, entry in _actor_rows(_rows("actors_petrarch.tsv"))]
    return _book(users + _unsuperseded(petrarch, users + ours) + ours
                 + _actor_rows(_rows("actors_historic.tsv")) + _actor_rows(_rows("organisations.tsv")))


@lru_cache(maxsize=1)
def _bare_bodies() -> frozenset[str]:
    """'Senate': a legislature's name that names no country (legislative_words.tsv '-'), which
    PETRARCH2 gives the US Congress: placed as the article places it, like any country's."""
    return frozenset(w for w, kind, country in table_rows("events/legislative_words.tsv", 3) if kind == "body" and country == "-")


def _unsuperseded(petrarch: list[tuple[list[str], ActorEntry]],
                  ours: list[tuple[list[str], ActorEntry]]) -> list[tuple[list[str], ActorEntry]]:
    """PETRARCH2's rows less the open-ended offices of people our file records: its open end
    means "still in office in 2014", and our file knows when they left ('Haider al-Abadi')."""
    known = {(plain(name), entry.country) for names, entry in ours for name in names}
    return [(names, entry) for names, entry in petrarch
            if entry.end or not entry.start or not any((plain(n), entry.country) in known for n in names)]


def _book(rows: list[tuple[list[str], ActorEntry]]) -> dict[str, tuple[ActorEntry, ...]]:
    book: dict[str, dict[ActorEntry, None]] = defaultdict(dict)  # a dict keeps order, drops repeats
    for names, entry in rows:
        for name in names:
            book[plain(name)][entry] = None
    found = {key: tuple(entries) for key, entries in book.items()}
    for key, entries in list(found.items()):
        # the forms a phrase is looked up in: no leading article (a phrase's "the" is stripped
        # before lookup: "The Holders of the Black Banners"), no comma ("Global Kids, Inc"),
        # PETRARCH's inverted article ("Citizens Foundation, The")
        variant = _lookup_form(key)
        if variant and variant != key and variant not in found:
            found[variant] = entries
        if re.fullmatch(r"(?:[a-z]\.){2,}", key) and key[:-1] not in found:
            found[key[:-1]] = entries  # "criticised the E.U..": the tokenizer takes the last stop for the sentence's
    return found


def _lookup_form(key: str) -> str:
    # a final stop on an abbreviation ("eric h. holder jr."): the phrase is looked up without
    # it, as a sentence's full stop kept on a name's last word is dropped (actors.py)
    key = re.sub(r"(?<=\s)([^.\s]+)\.$", r"\1", key)
    if not (key.startswith("the ") or key.endswith(", the")):
        return " ".join(key.replace(",", " ").split())
    # without its article only a name of four words or more: "The Order", "Order, The",
    # "The Group of Death" less theirs are everyday words ("the order favoured banks")
    bare = " ".join(key.removesuffix(", the").removeprefix("the ").replace(",", " ").split())
    return bare if len(bare.split()) >= 4 else key


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Names (lower case) the actor files write as one word in capitals ('LTTE', 'ANC'): in a
    person's name the same letters are a name of their own ('Ana Soto' is no 'ANA')."""
    found = set()
    rows = _current_rows() + [row for file_name in ("actors_petrarch.tsv", "actors_historic.tsv", "organisations.tsv")
                              for row in _actor_rows(_rows(file_name))]
    for names, _entry in rows:
        found.update(plain(n) for n in names if n.isupper() and " " not in n.strip())
    return frozenset(found)


def load_actors(path: Path) -> dict[str, tuple[ActorEntry, ...]]:
    """A user's own actors (TSV in the actors_current.tsv columns, CSV with a header or YAML;
    see `actor_files`), merged over the shipped book."""
    from dateline.analyse.events.actor_files import read_actor_file

    merged = dict(actor_book())
    for key, entries in _book(_actor_rows([list(r) for r in read_actor_file(Path(path))])).items():
        merged[key] = entries + merged.get(key, ())
    return merged


@lru_cache(maxsize=1)
def surnames() -> dict[str, str]:
    """A surname (lower case) -> the one full name it belongs to among the dictionary's office
    holders; surnames shared by two people are left out ("Mugabe" -> "robert mugabe")."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, entries in actor_book().items():
        words = key.split()
        if len(words) >= 2 and any(e.country and e.sector in ("GOV", "MIL", "OPP", "REB") and (e.start or e.end)
                                   for e in entries):
            owners[words[-1]].add(plain(entries[0].name))
    return {surname: next(iter(names)) for surname, names in owners.items() if len(names) == 1}


@lru_cache(maxsize=1)
def surname_counts() -> dict[str, int]:
    """A surname (lower case) -> how many people of the dictionary with a dated office bear it."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, entries in actor_book().items():
        words = key.split()
        if len(words) >= 2 and any(e.country and (e.start or e.end) for e in entries):
            owners[words[-1]].add(plain(entries[0].name))
    return {surname: len(names) for surname, names in owners.items()}


@lru_cache(maxsize=1)
def surname_countries() -> dict[str, str]:
    """A surname (lower case) shared by office holders of one country only -> that country
    ("Bush", "Gandhi", "Mitterrand": which of them is unsure, whose country is not)."""
    owners: dict[str, set[str]] = defaultdict(set)
    for key, entries in actor_book().items():
        words = key.split()
        if len(words) >= 2:
            for e in entries:
                if e.country and e.sector in ("GOV", "MIL", "OPP", "REB") and (e.start or e.end):
                    owners[words[-1]].add(e.country)
    return {surname: next(iter(found)) for surname, found in owners.items() if len(found) == 1}


@lru_cache(maxsize=1)
def people_by_first_word() -> dict[str, tuple[str, ...]]:
    """First word -> the dictionary's names (lower case, two words or more) of people who held
    a dated office in a country, for matching other spellings of their names."""
    table: dict[str, list[str]] = defaultdict(list)
    for key, entries in actor_book().items():
        words = key.split()
        if len(words) >= 2 and any(e.country and (e.start or e.end) for e in entries):
            table[words[0]].append(key)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1)
def office_names() -> dict[str, tuple[tuple[tuple[tuple[str, ...], ...], ActorEntry], ...]]:
    """Office -> (the words of each name and alias, entry) of its holders, so that a title and
    a name ("Prime Minister al-Sudani") can be matched against the holder on a date."""
    table: dict[str, list] = defaultdict(list)
    for names, entry in _current_rows():
        if entry.office:
            table[entry.office].append((tuple(tuple(plain(n).split()) for n in names), entry))
    return {office: tuple(rows) for office, rows in table.items()}


@lru_cache(maxsize=1)
def offices() -> dict[tuple[str, str], tuple[ActorEntry, ...]]:
    """(country or "" for IGOs, office) -> its holders, for "the Russian president"."""
    table: dict[tuple[str, str], list[ActorEntry]] = defaultdict(list)
    for _names, entry in _current_rows():
        if entry.office:
            table[(entry.country, entry.office)].append(entry)
    return {key: tuple(v) for key, v in table.items()}


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Role noun lemma (lower case, multi-word with spaces) -> sector."""
    table = {row[0]: row[1] for row in _rows("agents.tsv") if len(row) > 1}
    table.update({row[0]: row[1] for row in _rows("agents_extra.tsv") if len(row) > 1})
    return table


@lru_cache(maxsize=1)
def collectives() -> dict[str, tuple[str, str]]:
    return {row[0]: (row[1], row[2]) for row in _rows("collectives.tsv")}


@lru_cache(maxsize=1)
def verbs() -> dict[str, tuple[str, str]]:
    """Verb lemma (phrasal: 'carry out') -> (PETRARCH block, default CAMEO code or '-')."""
    table = {row[0]: (row[1], row[2]) for row in _rows("verbs.tsv")}
    for row in _rows("verbs_extra.tsv"):
        block = table.get(row[0], (row[0], "-"))[0]
        table[row[0]] = (block, row[1])
    return with_british(table)


@lru_cache(maxsize=1)
def weak_verbs() -> frozenset[str]:
    """Verbs whose default code alone codes nothing (weak_verbs.tsv), and every verb of a block
    whose default is too vague (weak_blocks.txt), unless verbs_extra.tsv keeps its own code."""
    blocks = frozenset(words("events/weak_blocks.txt"))
    rows = [row for row in _rows("verbs.tsv") if row[1] in blocks]
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        counts[row[1]][row[2]] += 1
    # the block's vague defaults: its head verb's and the code most of its verbs share
    vague = {block: {codes.most_common(1)[0][0]} for block, codes in counts.items()}
    for row in rows:
        if row[0] == row[1]:
            vague[row[1]].add(row[2])
    # a verb with a sense of its own in the block ('monitor' 090 among 'oversee' 060) keeps it
    in_weak_block = {row[0] for row in rows if row[2] == "-" or row[2] in vague[row[1]]}
    return frozenset(row[0] for row in _rows("weak_verbs.tsv")) | (in_weak_block - hand_verbs())


@lru_cache(maxsize=1)
def prep_verbs() -> dict[tuple[str, str], str]:
    """(weak verb lemma, preposition) -> the CAMEO code of the prepositional verb (prep_verbs.tsv)."""
    return {(row[0], row[1]): row[2] for row in _rows("prep_verbs.tsv")}


@lru_cache(maxsize=1)
def hand_verbs() -> frozenset[str]:
    """The verbs whose default the project keeps by hand (verbs_extra.tsv)."""
    return frozenset(row[0] for row in _rows("verbs_extra.tsv"))


@lru_cache(maxsize=1)
def patterns() -> dict[str, tuple[Pattern, ...]]:
    """PETRARCH block -> its patterns, most specific first."""
    return pattern_table(_rows("verb_patterns.tsv"))


@lru_cache(maxsize=1)
def hand_patterns() -> dict[str, tuple[Pattern, ...]]:
    """Verb lemma -> the hand-kept patterns (verb_patterns_extra.tsv), most specific first."""
    return pattern_table(_rows("verb_patterns_extra.tsv"))


@lru_cache(maxsize=1)
def synsets() -> dict[str, frozenset[str]]:
    table = {}
    for row in _rows("synsets.tsv"):
        members = row[1].split("|")
        table[row[0]] = frozenset(members + [b for b in map(british, members) if b])  # "defence"
    return table


@lru_cache(maxsize=1)
def nouns() -> dict[str, str]:
    """Event noun (lemma, or two-word compound) -> CAMEO code: the hand-kept nouns.tsv over the
    nominalisations of the coded verbs (nouns_derived.tsv), which take their verb's default
    code; a weak verb's or an uncoded verb's noun codes nothing."""
    table = {}
    verb_codes, weak = verbs(), weak_verbs()
    for noun, verb in (row[:2] for row in _rows("nouns_derived.tsv")):
        code = verb_codes.get(verb, ("", "-"))[1]
        if code != "-" and verb not in weak:
            table[noun] = code
    table.update({row[0]: row[1] for row in _rows("nouns.tsv")})
    return with_british(table)


@lru_cache(maxsize=1)
def speech_act_nouns() -> frozenset[str]:
    """Every noun that names an act (an event noun, or a nominalised verb even of an uncoded
    verb: 'declaration', 'statement'), whether or not it codes an event."""
    return frozenset(row[0] for row in _rows("nouns_derived.tsv")) | frozenset(nouns())


@lru_cache(maxsize=1)
def weapons() -> dict[str, str]:
    """Means of violence (lemma, or two-word compound) -> PLOVER mode (weapons.tsv)."""
    return {row[0]: row[1] for row in _rows("weapons.tsv")}


@lru_cache(maxsize=1)
def weapon_heads() -> frozenset[str]:
    """The head word of each means of violence ('bomb' of 'car bomb')."""
    return frozenset(name.split()[-1] for name in weapons())


@lru_cache(maxsize=1)
def halted() -> dict[str, str]:
    """What a verb of ending halts (noun lemma, or 'code:' and an event noun's CAMEO prefix) ->
    the CAMEO code of halting it (halted.tsv)."""
    return {row[0]: row[1] for row in _rows("halted.tsv")}


@lru_cache(maxsize=1)
def mode_cues() -> dict[str, dict[str, str]]:
    """PLOVER category -> cue (lemma, or two-word compound) -> PLOVER mode (mode_cues.tsv)."""
    cues: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _rows("mode_cues.tsv"):
        cues[row[0]][row[1]] = row[2]
    return dict(cues)


@lru_cache(maxsize=1)
def frames() -> dict[tuple[str, str], str]:
    """(lemma, 'verb'|'adj') -> the mode it gives its complement."""
    return {(row[0], row[1]): row[2] for row in _rows("frames.tsv")}


@dataclass(frozen=True)
class Category:
    name: str  # PLOVER category
    mode: str  # PLOVER mode ("heavy-weapons", "visit" ...), "" when none
    context: str


@lru_cache(maxsize=1)
def cameo_categories() -> dict[str, Category]:
    """CAMEO code -> PLOVER category: the 2021 table, with the hand-kept cameo_extra.tsv over it."""
    table = {}
    for name in ("cameo_plover.tsv", "cameo_extra.tsv"):
        for row in _rows(name):
            code, category, mode, context = (row + [""] * 4)[:4]
            table[code] = Category(category, mode.strip(), context.strip())
    return table


@lru_cache(maxsize=1)
def category_names() -> dict[str, str]:
    """CAMEO code prefix -> the category dateline reports for it (category_names.tsv)."""
    return {row[0]: row[1] for row in _rows("category_names.tsv")}


def category_of(code: str) -> Category | None:
    """The PLOVER category of a CAMEO code, falling back to its parent code (0231 -> 023 -> 02);
    None for codes that are no event (statements) or unknown."""
    table = cameo_categories()
    probe, found = code, None
    while probe and found is None:
        found = table.get(probe)
        probe = probe[:-1] if len(probe) > 2 else ""
    if found is None or found.name == "-":
        return None
    names = category_names()
    prefix = next((code[:n] for n in range(len(code), 1, -1) if code[:n] in names), None)
    return Category(names[prefix], found.mode, found.context) if prefix else found
