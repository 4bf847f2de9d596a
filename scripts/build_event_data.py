"""Build dateline's event-coding data files from the PETRARCH2 dictionaries (MIT licence).

    python scripts/build_event_data.py PETRARCH2_DIR [PLOVER_TABLE]

PETRARCH2_DIR holds CAMEO.2.0.txt, Phoenix.Countries.actors.txt, Phoenix.International.actors.txt,
Phoenix.MilNonState.actors.txt and Phoenix.agents.txt (github openeventdata/petrarch2); PLOVER_TABLE
is CAMEO2PLOVER-2021.txt (github openeventdata/PLOVER). Writes our own formats into
src/dateline/data/events/ (see src/dateline/data/README.md):

    countries.tsv        iso3, name, aliases (names, demonyms, capitals and cities: '|'-separated)
    actors_petrarch.tsv  name, aliases, country, sector, start, end (one row per office range)
    agents.tsv           role noun (lower case), sector
    verbs.tsv            verb lemma (phrasal verbs with a space), block, CAMEO code
    verb_patterns.tsv    block, words before the verb, words after it, CAMEO code ('-' blocks)
    synsets.tsv          synset name, words ('|'-separated)
    nouns_derived.tsv    event noun, the coded verb it derives from ('withdrawal', 'withdraw')
    cameo_plover.tsv     CAMEO code, PLOVER category, PLOVER mode, context, description

The hand-kept files beside them (actors_current.tsv, cameo_extra.tsv, nouns.tsv ...) are not
touched: they carry what PETRARCH2 lacks (office holders after 2014, nominalisations).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "dateline" / "data" / "events"
# Entries whose ranges all ended before this year are left out: the dictionary is for news since.
FIRST_YEAR = 1945
# PETRARCH's country codes that are not ISO-3 (East Timor, Kosovo, Angola, Republika Srpska,
# Serbian Krajina, Wallis and Futuna).
ISO_FIXES = {"TMP": "TLS", "KSV": "XKX", "ANG": "AGO", "SRP": "BIH", "KRJ": "HRV", "FRN": "WLF"}
# CAMEO's region, religion and media codes in the country slot: they place an actor in no one
# country ('Revolutionary United Front [WAFREB]' is West African, 'Aleph [BUDREB]' Buddhist), so
# the actor keeps its sector and no country rather than a code that is no ISO-3.
NOT_COUNTRIES = frozenset({"AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN",
                           "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS",
                           "SCN", "SEA", "WAF", "WEU", "WST", "INT", "KKL", "HIN", "BUD", "BAH",
                           "MOS", "MED"})
# PETRARCH sector codes kept as our sectors; others fold into the first three letters.
CODE_RE = re.compile(r"\[([A-Z~]{3,})\s*([<>]?\d{6,8})?(?:-(\d{6,8}))?\s*\]")


def _words(name: str) -> str:
    """PETRARCH's 'VLADIMIR_V._PUTIN_' as 'Vladimir V. Putin'."""
    text = name.strip().strip("_+").replace("_", " ").strip()
    return " ".join(part.capitalize() if not part.isupper() or len(part) > 3 or part.isalpha()
                    else part for part in text.split())


def _date(raw: str | None) -> str:
    """'990809' -> '1999-08-09', '20070101' -> '2007-01-01'; PETRARCH's six digits mean 19yy
    from 30 on (its dictionaries end in 2014)."""
    if not raw:
        return ""
    raw = raw.lstrip("<>")
    if len(raw) == 6:
        year = int(raw[:2])
        raw = ("20" if year < 30 else "19") + raw
    if len(raw) != 8:
        return ""
    return f"{raw[:4]}-{raw[4:6]}-{raw[6:8]}"


def _code_parts(code: str, places: frozenset[str] = frozenset()) -> tuple[str, str]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'IGOUNO' -> ('', 'IGO'); '~MIL' -> ('', 'MIL'); a code with
    a territory of the country after it ('GBRVGBGOV', the British Virgin Islands' government,
    'PSEGZA' Gaza) takes its sector after the territory: the territory is no sector."""
    code = code.lstrip("~")
    if code[:3] in {"IGO", "NGO", "IMG", "MNC", "NGM", "ELI", "UIS", "UAF"}:
        return "", code[:3]
    if code[3:6] in places:
        return code[:3], code[6:9]
    return code[:3], code[3:6]


def _territories(folder: Path) -> frozenset[str]:
    """The territory parts of PETRARCH's country codes: an entry of the countries file coded
    with a country and a place and nothing else ('AMERICAN_SAMOA_ [USAASM]', 'GAZA_ [PSEGZA]');
    less the codes that are sectors ('[USAGOV]' is one too)."""
    text = (folder / "Phoenix.Countries.actors.txt").read_text(encoding="utf-8", errors="replace")
    agents = (folder / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    sectors = set(re.findall(r"~([A-Z]{3})", agents)) | {"ELI", "GOV", "MIL", "REB", "OPP", "SPY"}
    found = {m.group(1)[3:6] for m in re.finditer(r"^\S+\s+\[([A-Z]{6})\]", text, re.MULTILINE)}
    return frozenset(found - sectors)


def _blocks(lines: list[str]):
    """PETRARCH actor entries: (primary name, aliases, codes text)."""
    entry: list[str] | None = None
    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        if not text.strip():
            continue
        if text.startswith("+"):
            if entry is not None:
                entry.append(text)
            continue
        if text[0].isspace() or text.lstrip().startswith("["):
            if entry is not None:
                entry.append(text)
            continue
        if re.match(r"\w+:\s", text):
            continue  # a note between entries ('Source: MNC.MLH.actors'), no name
        if entry is not None and not any("[" in part for part in entry):
            # a name line before the entry's codes is another of its names: PETRARCH writes
            # some aliases without '+' ('BORIS_YELTSIN_', 'BORIS_N._YELTSIN', ... '[RUSGOV ...]')
            entry.append("+" + text)
            continue
        if entry is not None:
            yield entry
        entry = [text]
    if entry is not None:
        yield entry


def _parse_entry(entry: list[str]) -> tuple[str, list[str], list[tuple[str, str, str]]]:
    head = entry[0]
    name = head.split("[", 1)[0].strip()
    aliases, ranges = [], []
    for line in entry:
        for match in CODE_RE.finditer(line):
            start, end = match.group(2), match.group(3)
            if start and start.startswith("<"):
                start, end = None, start
            ranges.append((match.group(1), _date(start), _date(end)))
        if line.startswith("+"):
            aliases.append(_words(line[1:].split("[", 1)[0]))
    name, forms = _without_qualifier(_words(name))
    for alias in aliases:
        forms += [alias, *_without_qualifier(alias)[1]]
    return name, list(dict.fromkeys(a for a in forms if a and a != name)), ranges


QUALIFIER = re.compile(r"\s*\(([^)]*)\)?\s*$")
ACRONYM = re.compile(r"^[A-Za-z][A-Za-z-]{2,9}$")


def _without_qualifier(name: str) -> tuple[str, list[str]]:
    """'Liberation Tigers Of Tamil Eelam (ltte)' -> the name without its parenthesis, and the
    abbreviation it holds as another name ('LTTE'); a place or note in it ('(south Africa)',
    '(acting') is dropped: news writes the name without it."""
    match = QUALIFIER.search(name)
    if not match or match.start() == 0:
        return name, []
    inner, bare = match.group(1).strip(), name[:match.start()].strip()
    closed = match.group(0).rstrip().endswith(")")
    acronym = [inner.upper()] if closed and ACRONYM.match(inner) and _initials_hold(inner, bare) else []
    return bare, acronym


def _initials_hold(acronym: str, name: str) -> bool:
    """Whether the abbreviation's letters come in order from the name's initials ('LTTE' of
    Liberation Tigers Of Tamil Eelam), so a qualifier ('Samoa (american)') is no abbreviation."""
    initials = iter(w[0].lower() for w in re.split(r"[\s-]+", name) if w)
    return all(letter in initials for letter in acronym.lower().replace("-", ""))


def build_actors(folder: Path) -> tuple[list[str], list[str]]:
    countries, actors = [], []
    places = _territories(folder)
    for file_name in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                      "Phoenix.MilNonState.actors.txt"):
        lines = (folder / file_name).read_text(encoding="utf-8", errors="replace").splitlines()
        for entry in _blocks(lines):
            name, aliases, ranges = _parse_entry(entry)
            if not name or not ranges:
                continue
            # a country: its current code is a bare ISO-3 ('[LVAOCC <910821] [LVA >910821]')
            code = ranges[-1][0]
            code = ISO_FIXES.get(code, code)
            if len(code) == 3 and code.isalpha() and not ranges[-1][2] and "Countries" in file_name:
                countries.append("\t".join([code, name, "|".join(aliases)]))
                continue
            for code, start, end in ranges:
                if code in {"---"} or (end and int(end[:4]) < FIRST_YEAR):
                    continue
                country, sector = _code_parts(code, places)
                if country in NOT_COUNTRIES:
                    country, sector = "", sector or ("MED" if country == "MED" else "")
                country = ISO_FIXES.get(country, country)
                actors.append("\t".join([name, "|".join(aliases), country, sector, start, end]))
    return countries, sorted(set(actors))


def build_agents(folder: Path) -> list[str]:
    macros: dict[str, list[str]] = {}
    rows = set()
    for line in (folder / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        text = line.split("#", 1)[0].strip()
        macro = re.match(r"(!\w+!)\s*=\s*(.+)", text)
        if macro:
            macros[macro.group(1)] = [w.strip() for w in macro.group(2).split(",")]
            continue
        match = re.match(r"([^\[]+?)\s*\[~?([A-Z]{3})", text)
        if not match:
            continue
        words = [match.group(1)]
        for key, values in macros.items():
            if key in words[0]:
                words = [w.replace(key, "_" + v) for w in words for v in values]
        plurals = re.search(r"\{([^}]*)\}", text)  # 'CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE}'
        if plurals and plurals.group(1).strip():
            words = [w.split("{", 1)[0] for w in words] + [plurals.group(1)]
        for word in words:
            for form in _agent_forms(word.replace("_", " ").split("{", 1)[0]):
                rows.add(f"{form}\t{match.group(2)}")
    return sorted(rows)


# PETRARCH writes some role words as stems ('COMMERCE_MINIST' matches minister and ministry).
AGENT_STEMS = {"minist": ("minister", "ministry")}


def _agent_forms(phrase: str) -> list[str]:
    words = phrase.strip().lower().split()
    if not words:
        return []
    stems = AGENT_STEMS.get(words[-1])
    if stems:
        return [" ".join(words[:-1] + [stem]) for stem in stems]
    return [" ".join(words)]


def _pattern_words(text: str) -> list[str]:
    """Pattern words, lower case; a word inside a prepositional group '(OF RIGHTS ABUSES)' is
    written with a leading '(' ('(of (rights (abuses'), so the coder matches it inside the
    verb's prepositional phrases only and the other words inside its objects."""
    words, depth = [], 0
    for raw in re.sub(r"([()])", r" \1 ", text.replace("{", " ").replace("}", " ")).split():
        if raw == "(":
            depth += 1
        elif raw == ")":
            depth = max(0, depth - 1)
        elif raw.startswith("&"):
            words.append("(" + raw if depth else raw)
        elif raw not in {"$", "+", "^", "%"}:
            # PETRARCH joins a compound's words with '_' ('AIR_STRIKE', 'IDEA_OF'); a trailing
            # '_' only marks an exact word. The coder matches word by word.
            for word in raw.strip("_").split("_"):
                word = word if word.startswith("&") else word.lower()
                if word:
                    words.append("(" + word if depth else word)
    return words


def build_verbs(folder: Path) -> tuple[list[str], list[str], list[str]]:
    lines = (folder / "CAMEO.2.0.txt").read_text(encoding="utf-8", errors="replace").splitlines()
    synsets: dict[str, list[str]] = {}
    verbs, patterns = set(), set()
    current_synset, block, block_code = None, "", ""
    in_verbs = False
    for line in lines:
        text = line.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not text.strip():
            continue
        if not in_verbs:
            if text.startswith("&"):
                current_synset = text.strip()
                synsets[current_synset] = []
            elif text.startswith("+") and current_synset:
                synsets[current_synset].append(text[1:].strip().strip("_").replace("_", " ").lower())
            continue
        header = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", text)
        if header:
            block_code = header.group(2).strip()
            block = header.group(1).lower()
            continue
        if text.startswith("-"):
            match = re.match(r"-\s*(.*?)\s*\[([^\]]*)\]", text)
            if not match or "*" not in match.group(1):
                continue
            before, after = match.group(1).split("*", 1)
            code = _first_code(match.group(2)) or "-"
            patterns.add("\t".join([block, " ".join(_pattern_words(before)),
                                    " ".join(_pattern_words(after)), code]))
            continue
        verb_line = re.match(r"\+?([A-Z][A-Z_\-']*)\s*(?:\{[^}]*\})?\s*(?:\[([^\]]*)\])?", text.strip())
        if verb_line:
            verb = verb_line.group(1).strip("_").replace("_", " ").lower()
            code = _first_code(verb_line.group(2) or "") or _first_code(block_code) or "-"
            verbs.add(f"{verb}\t{block}\t{code}")
    synset_rows = [f"{name}\t{'|'.join(words)}" for name, words in sorted(synsets.items())]
    return sorted(verbs), sorted(patterns), synset_rows


def _nominalisations(verb: str) -> list[str]:
    """The regular event nouns of a verb ('negotiate' -> 'negotiation', 'withdraw' ->
    'withdrawal', 'deploy' -> 'deployment', 'accuse' -> 'accusation'): every regular
    derivation, so some are no English word; those never occur in text and cost nothing."""
    if verb.endswith("ate"):
        return [verb[:-1] + "ion"]
    if verb.endswith(("ize", "ise")):
        return [verb[:-1] + "ation"]
    if verb.endswith("ify"):
        return [verb[:-1] + "ication"]
    if verb.endswith(("ct", "pt", "ss")):
        return [verb + "ion"]
    if verb.endswith("e") and not verb.endswith(("ee", "ye")):
        return [verb[:-1] + "ation", verb[:-1] + "al", verb + "ment"]
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return [verb[:-1] + "ial"]
    return [verb + "ment", verb + "al", verb + "ation"]


def build_nouns(verbs: list[str], agents: list[str], actors: list[str]) -> list[str]:
    """Event nouns derived from the verbs: noun, verb (its code is the verb's default, read at
    run time so hand-kept verb defaults apply; a verb with none codes no noun). A derived word that names an actor ('govern'
    -> 'government', 'depart' -> 'department', 'organize' -> 'organization') is left out."""
    roles = [row.split("\t")[0].split() for row in agents]
    taken = {" ".join(words) for words in roles} | {words[-1] for words in roles if words}  # role heads
    taken |= {row.split("\t")[0].lower() for row in actors}
    rows = set()
    for row in verbs:
        verb = row.split("\t")[0]
        if " " in verb or "-" in verb:
            continue
        for noun in _nominalisations(verb):
            if noun not in taken and noun != verb:
                rows.add(f"{noun}\t{verb}")
    return sorted(rows)


def _first_code(text: str) -> str:
    for part in text.split(":"):
        part = part.strip()
        if re.fullmatch(r"\d{3,4}", part):
            return part
    return ""


def build_plover(table: Path) -> list[str]:
    rows = []
    for line in table.read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{3,4}):\s*([A-Z]+)\s*,([^,]*),([^#]*)#?\s*(.*)", line)
        if match:
            code, category, mode, context, note = (g.strip() for g in match.groups())
            rows.append("\t".join([code, category, mode, context, note]))
    return rows


def write(name: str, header: str, rows: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    body = "\n".join(rows) + "\n"
    (OUT / name).write_text(f"# {header}\n# generated by scripts/build_event_data.py; "
                            f"derived from PETRARCH2 / PLOVER (MIT), see ../README.md\n" + body,
                            encoding="utf-8")


def main(argv: list[str]) -> int:
    folder = Path(argv[1])
    countries, actors = build_actors(folder)
    write("countries.tsv", "iso3\tname\taliases", countries)
    write("actors_petrarch.tsv", "name\taliases\tcountry\tsector\tstart\tend", actors)
    agents = build_agents(folder)
    write("agents.tsv", "role\tsector", agents)
    verbs, patterns, synsets = build_verbs(folder)
    write("nouns_derived.tsv", "event noun\tthe verb it is derived from", build_nouns(verbs, agents, actors))
    write("verbs.tsv", "verb\tblock\tcameo ('-': none unless a pattern matches)", verbs)
    write("verb_patterns.tsv", "block\tbefore\tafter\tcameo ('-': the pattern blocks coding)", patterns)
    write("synsets.tsv", "name\twords", synsets)
    if len(argv) > 2:
        write("cameo_plover.tsv", "cameo\tcategory\tmode\tcontext\tdescription",
              build_plover(Path(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
