"""One identity per person, organisation or place across the corpus.

Mentions arrive resolved within their article (`EntityMention.name`). Linking works
on distinct names, not mentions: names are blocked by a spelling-blind key (the
consonant skeleton of a person's surname, of a whole name otherwise), compared only
within their block, and merged when their phonetic forms agree (or their spellings are
very close) and nothing speaks against it: different given names ("Piet Halden" /
"Anna Halden") or different countries keep people apart. A lone surname joins the one
full name in the corpus it fits, and stays apart when several fit.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from dateline.analyse.entities.lexicon import place_variants
from dateline.analyse.places.gazetteer import place_ids
from dateline.analyse.places.lexicon import region_abbreviations
from dateline.vocabulary.names import acronym, fold, is_full_name, name_tokens, surname_and_given
from dateline.link.phonetic import phonetic, skeleton
from dateline.analyse.events.mentions import entity_country_code
from dateline.lexicons import table, words
from dateline.models import Entity, EntityMention

MentionKey = tuple[str, str, str]  # (article_id, type as tagged, in-article name)

MAX_BLOCK = 200  # past this, a block compares only names with one phonetic form
CLOSE_SPELLING = 0.88  # spelling ratio (2 x common letters / letters) above which two long spellings are one name
MIN_CLOSE_LENGTH = 7
MAX_LONE_LENGTH_GAP = 1  # letters a lone surname's spelling may differ in length from the full name's
MAX_UNSPELT_LENGTH = 3  # names this short match on their letters only, not their sound
MIN_LONE_SOUNDED = 5  # a lone word shorter than this joins a surname spelled exactly like it only
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_TYPE_PRIORITY = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 3, "FAC": 4, "NORP": 5}
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_NICKNAMES = frozenset((short, full) for short, full in table("names/nicknames.tsv", 2))
_ORG_NAME_WORDS = frozenset(words("entities/org_name_words.txt")) | frozenset(words("entities/org_heads.txt"))


@dataclasses.dataclass
class _Name:
    """A distinct name (folded) of one type, with everything the corpus says about it."""

    key: str
    type: str
    forms: Counter  # in-article names as given -> mentions
    countries: Counter  # body countries, one vote per article
    tokens: list[str]
    is_full: bool

    @property
    def country(self) -> str | None:
        if not self.countries:
            return None
        return sorted(self.countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


class _UnionFind:
    def __init__(self, keys: Iterable[str]):
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key becomes the root, so the result does not depend on input order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def link_entities(
    mentions: list[EntityMention], *, published: dict[str, str | None]
) -> tuple[list[Entity], dict[MentionKey, str]]:
    """Canonical entities for the corpus, and (article_id, type, in-article name) -> entity id."""
    types = _vote_types(mentions)
    names = _collect_names(mentions, types)
    clusters = _cluster(names)
    entities: list[Entity] = []
    cluster_id: dict[str, str] = {}
    members: dict[str, list[str]] = defaultdict(list)
    for name_key, root in clusters.items():
        members[root].append(name_key)
    for root in sorted(members):
        group = [names[k] for k in sorted(members[root])]
        entity_type = group[0].type
        canonical = _canonical_name(group)
        cluster_id[root] = Entity.make_id(entity_type, canonical)
    _disambiguate_ids(cluster_id, members, names)
    by_cluster: dict[str, list[EntityMention]] = defaultdict(list)
    mapping: dict[MentionKey, str] = {}
    for m in mentions:
        key = _name_key(m, types)
        root = clusters[key]
        by_cluster[root].append(m)
        mapping[(m.article_id, m.type, m.name)] = cluster_id[root]
    for root in sorted(members):
        group = [names[k] for k in sorted(members[root])]
        entities.append(_entity(cluster_id[root], group, by_cluster[root], published))
    entities.sort(key=lambda e: (e.type, e.name, e.id))
    return entities, dict(sorted(mapping.items()))


# ----------------------------------------------------------------------------- names


def _name_key(mention: EntityMention, types: dict[str, str]) -> str:
    folded = _folded(mention)
    return f"{types[folded]}\x1f{folded}"


def _folded(mention: EntityMention) -> str:
    folded = fold(mention.name)
    if folded.startswith("the "):
        folded = folded[4:]
    if mention.type in _PLACE_TYPES or mention.type == "ORG":
        preferred = place_variants().get(folded)
        if preferred and (mention.type in _PLACE_TYPES or folded.isupper() or len(folded) <= 5):
            folded = fold(preferred)
    return folded


def _vote_types(mentions: list[EntityMention]) -> dict[str, str]:
    """One type per folded name: the tagger labels one name differently from article to
    article ("Veldoria" GPE here, ORG there); the majority wins."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        votes[_folded(m)][m.type] += 1
    facts = corpus_facts(mentions)
    return {
        folded: decide_type(
            folded, counter,
            person_surname=_single_token_phonetic(folded) in facts.surnames,
            country=folded in facts.countries,
            person_word=folded in facts.person_words,
        )
        for folded, counter in votes.items()
    }


@dataclasses.dataclass
class CorpusFacts:
    """What the whole corpus says that can retype a name: the phonetic surnames of full
    person names, the words of those names, and the countries roles name."""

    surnames: set[str]
    person_words: set[str]
    countries: set[str]


def corpus_facts(mentions: Iterable[EntityMention]) -> CorpusFacts:
    facts = CorpusFacts(set(), set(), set())
    for m in mentions:
        if m.type == "PERSON" and is_full_name(m.name):
            facts.surnames.add(phonetic(surname_and_given(name_tokens(m.name))[0]))
            facts.person_words.update(name_tokens(m.name))
        if m.country:
            facts.countries.add(fold(m.country))
    return facts


def _single_token_phonetic(folded: str) -> str | None:
    tokens = name_tokens(folded)
    return phonetic(tokens[0]) if len(tokens) == 1 else None


def decide_type(folded: str, votes: Counter, *, person_surname: bool, country: bool, person_word: bool) -> str:
    """The majority type of a folded name, corrected by what the corpus knows of it."""
    best = sorted(votes.items(), key=lambda kv: (-kv[1], _TYPE_PRIORITY.get(kv[0], 9), kv[0]))[0][0]
    # a lone word tagged ORG that is a known person's surname is that person (a common tagger slip)
    if best == "ORG" and person_surname:
        best = "PERSON"
    # a country the corpus's roles name ("Marennese leader") is a place, whatever the tagger said
    if best in ("PERSON", "ORG", "NORP") and country and not person_word:
        best = "GPE"
    return best


def _collect_names(mentions: list[EntityMention], types: dict[str, str]) -> dict[str, _Name]:
    names: dict[str, _Name] = {}
    article_country: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for m in mentions:
        key = _name_key(m, types)
        name = names.get(key)
        if name is None:
            folded = key.split("\x1f", 1)[1]
            name = names[key] = _Name(key, types[folded], Counter(), Counter(), name_tokens(folded), is_full_name(m.name))
        name.forms[m.name] += 1
        if m.country and not m.in_caption:
            article_country[(key, m.article_id)][m.country] += 1
    for (key, _article), votes in article_country.items():
        names[key].countries[sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]] += 1
    return names


# ----------------------------------------------------------------------------- clustering


def _cluster(names: dict[str, _Name]) -> dict[str, str]:
    """name key -> cluster root key."""
    uf = _UnionFind(sorted(names))
    blocks: dict[tuple[str, str], list[_Name]] = defaultdict(list)
    for key in sorted(names):
        name = names[key]
        blocks[(name.type, _block_key(name))].append(name)
    for block in blocks.values():
        full = [n for n in block if n.type != "PERSON" or n.is_full]
        for part in _split_large(full):
            _link_block(part, uf)
    _attach_short_forms(names, blocks, uf)
    return {key: uf.find(key) for key in names}


def _split_large(names: list[_Name]) -> list[list[_Name]]:
    """A crowded block (a common surname) is cut by the phonetic form of the whole name,
    so comparing stays cheap; only exact phonetic matches are then merged in it."""
    if len(names) <= MAX_BLOCK:
        return [names]
    parts: dict[str, list[_Name]] = defaultdict(list)
    for name in names:
        parts[" ".join(phonetic(t) for t in name.tokens)].append(name)
    return [parts[k] for k in sorted(parts)]


def _link_block(full: list[_Name], uf: _UnionFind) -> None:
    clusters = {n.key: [n] for n in full}
    for i, a in enumerate(full):
        for b in full[i + 1 :]:
            ra, rb = uf.find(a.key), uf.find(b.key)
            if ra == rb or not _same(a, b):
                continue
            # complete link: every name of one cluster must match every name of the
            # other, so "P. Halden" cannot chain "Piet Halden" to "Paul Halden"
            if all(_same(x, y) for x in clusters[ra] for y in clusters[rb]):
                uf.union(ra, rb)
                merged = clusters.pop(ra) + clusters.pop(rb)
                clusters[uf.find(ra)] = merged


def _block_key(name: _Name) -> str:
    if not name.tokens:
        return name.key
    if name.type != "PERSON":
        last = "".join(name.tokens)
    elif name.is_full:
        last = surname_and_given(name.tokens)[0]
    else:
        last = "".join(t for t in name.tokens if t not in ("al", "el"))
    return skeleton(last) or last


def _same(a: _Name, b: _Name) -> bool:
    if a.type == "PERSON":
        return _same_person(a, b)
    if _all_acronyms(a) or _all_acronyms(b):
        # letters stand for words: "EPA" and "IPO" sound alike and name different things
        return a.tokens == b.tokens
    if a.type in _PLACE_TYPES and a.tokens != b.tokens:
        known_a, known_b = place_ids(" ".join(a.tokens)), place_ids(" ".join(b.tokens))
        if known_a or known_b:
            # the gazetteer knows its places' spellings: "Europa" (a moon) is no spelling of
            # Europe, while "Kiev" and "Kyiv" are one place in it
            return bool(known_a & known_b)
    return _same_spelling(" ".join(a.tokens), " ".join(b.tokens))


def _all_acronyms(name: _Name) -> bool:
    return bool(name.forms) and all(_is_acronym(form) for form in name.forms)


def _same_spelling(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) <= MAX_UNSPELT_LENGTH:
        return False  # "ca" and "kea" share a sound, and a sound of two letters says nothing
    pa, pb = phonetic(a), phonetic(b)
    if pa and pa == pb:
        return True
    if min(len(a), len(b)) < MIN_CLOSE_LENGTH:
        return False
    # rapidfuzz's ratio (longest common subsequence) decided as difflib's SequenceMatcher
    # did on every pair measured (benchmarks/name_keys.py), 300 times faster
    return fuzz.ratio(a, b) >= 100 * CLOSE_SPELLING


def _same_person(a: _Name, b: _Name) -> bool:
    surname_a, given_a = surname_and_given(a.tokens)
    surname_b, given_b = surname_and_given(b.tokens)
    if not _has_letters(surname_a) or not _has_letters(surname_b):
        # a roster line's number ("A. Sanger 2") is no surname: only the same name is the same person
        return a.tokens == b.tokens
    if not _same_spelling(surname_a, surname_b):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    return _given_names_agree(given_a, given_b)


def _has_letters(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def _given_names_agree(a: list[str], b: list[str]) -> bool:
    """"Muammar" ~ "Moammar"; "P." ~ "Piet"; "Abdel Fattah" ~ "Abdel-Fattah"; "Piet" !~ "Anna"."""
    if not a or not b:
        return True
    first_a, first_b = a[0].strip("."), b[0].strip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[:1] == first_b[:1]
    if _same_spelling(first_a, first_b):
        return True
    short, long_ = sorted((first_a, first_b), key=len)
    if len(short) >= 4 and long_.startswith(short):
        return True  # "Piet" / "Pieter"
    if (short, long_) in _NICKNAMES:
        return True  # "Pat" / "Patrick"
    joined_a, joined_b = "".join(a).replace("-", ""), "".join(b).replace("-", "")
    return _same_spelling(joined_a, joined_b)


def _attach_short_forms(names: dict[str, _Name], blocks: dict[tuple[str, str], list[_Name]], uf: _UnionFind) -> None:
    """A lone surname (or acronym) joins the single cluster of full names it fits."""
    for (entity_type, _block), block in sorted(blocks.items()):
        if entity_type != "PERSON":
            continue
        full = [n for n in block if n.is_full]
        by_surname: dict[str, list[_Name]] = defaultdict(list)
        for n in full:
            by_surname[phonetic(surname_and_given(n.tokens)[0])].append(n)
        for short in block:
            if short.is_full or not short.tokens or _all_acronyms(short):
                continue  # "CA", "COO" tagged as people are no one's surname
            surname = "".join(t for t in short.tokens if t not in ("al", "el"))
            pool = full if len(full) <= MAX_BLOCK else by_surname.get(phonetic(surname), [])
            fitting = [
                n for n in pool
                if _lone_surname_fits(surname_and_given(n.tokens)[0], surname)
                and not (n.country and short.country and n.country != short.country)
            ]
            # a surname spelled exactly so outweighs one that only sounds like it
            exact = [n for n in fitting if surname_and_given(n.tokens)[0] == surname]
            fits = {uf.find(n.key) for n in exact or fitting}
            if len(fits) == 1:
                uf.union(short.key, fits.pop())
    _attach_org_heads(names, uf)
    acronyms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in names.values():
        if name.type != "PERSON" and len(name.tokens) >= 2:
            acronyms[(name.type, acronym(" ".join(name.tokens)))].add(uf.find(name.key))
    for key in sorted(names):
        name = names[key]
        forms = list(name.forms)
        if name.type == "PERSON" or len(name.tokens) != 1 or not all(_is_acronym(f) for f in forms):
            continue
        letters = name.tokens[0].replace(".", "").upper()
        fits = acronyms.get((name.type, letters), set())
        # a region's postal code ("CT" in a tour's listing) names the region, no "Chicago Tribune"
        region_code = name.type not in _PLACE_TYPES and letters in region_abbreviations()
        if len(fits) == 1 and not region_code:
            uf.union(key, next(iter(fits)))


def _lone_surname_fits(full_surname: str, lone: str) -> bool:
    """A lone word has no given name to agree with, so sounding alike is not enough: its
    spelling may differ from the surname by one letter's length at most ("Gadhafi" and
    "Qaddafi" fit; the carmaker "Audi", tagged a person, is no "Yahudi", whose phonetic form
    it shares), and in the vowels it writes: transliterations vary the consonants (G/Q,
    dh/dd) where different names differ in their vowels ("Baker" is no "Booker", "House" no
    "Haase", "Patton" no "Putin"). Short words ("Macs", "Lowe") must be spelled alike."""
    if full_surname == lone:
        return True
    if not _same_spelling(full_surname, lone) or abs(len(full_surname) - len(lone)) > MAX_LONE_LENGTH_GAP:
        return False
    if len(lone) < MIN_LONE_SOUNDED:
        return False
    return _vowels(full_surname) == _vowels(lone) or fuzz.ratio(full_surname, lone) >= 100 * CLOSE_SPELLING


def _vowels(word: str) -> list[str]:
    """The vowel runs of a word, doubled letters as one ("Zelenskyy" -> e, e, y)."""
    return [re.sub(r"(.)\1+", r"\1", run) for run in _VOWEL_RUNS.findall(word)]


def _attach_org_heads(names: dict[str, _Name], uf: _UnionFind) -> None:
    """"Kestrel" joins "Kestrel Dynamics" when it is the only organisation named so, and
    the longer name is the organisation's own ("Dell eGift Card" is a product)."""
    heads: dict[str, set[str]] = defaultdict(set)
    for name in names.values():
        if name.type == "ORG" and len(name.tokens) >= 2 and all(t in _ORG_NAME_WORDS for t in name.tokens[1:]):
            heads[name.tokens[0]].add(uf.find(name.key))
    for key in sorted(names):
        name = names[key]
        if _all_acronyms(name):
            continue  # "NBA" is the league, not "NBA League Pass"; "AZ" a state, not a venue's
        if name.type == "ORG" and len(name.tokens) == 1 and len(heads.get(name.tokens[0], ())) == 1:
            uf.union(key, next(iter(heads[name.tokens[0]])))


def _is_acronym(form: str) -> bool:
    compact = form.replace(".", "")
    return 2 <= len(compact) <= 8 and compact.isalpha() and compact.isupper()


# ----------------------------------------------------------------------------- records


def _canonical_name(group: list[_Name]) -> str:
    """The most frequent full form; ties go to the longer, then the alphabetically first."""
    counts: Counter = Counter()
    for name in group:
        counts.update(name.forms)
    full = {form: n for form, n in counts.items() if len(form.split()) >= 2}
    preferred = _preferred_place(group)
    if preferred:
        return preferred
    pool = full or counts
    return sorted(pool.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def _preferred_place(group: list[_Name]) -> str | None:
    """Places named in the variants table take its preferred spelling ("Kiev" -> "Kyiv")."""
    if group[0].type not in _PLACE_TYPES:
        return None
    table = place_variants()
    preferred = {table[fold(form)] for name in group for form in name.forms if fold(form) in table}
    return sorted(preferred)[0] if len(preferred) == 1 else None


def _disambiguate_ids(cluster_id: dict[str, str], members: dict[str, list[str]], names: dict[str, _Name]) -> None:
    """Two clusters with one canonical name (rare) get distinct, still stable ids."""
    seen: dict[str, str] = {}
    for root in sorted(members):
        entity_id = cluster_id[root]
        if entity_id in seen:
            cluster_id[root] = Entity.make_id(names[root].type, root)
        seen[cluster_id[root]] = root


def _entity(entity_id: str, group: list[_Name], mentions: list[EntityMention], published: dict[str, str | None]) -> Entity:
    descriptors = _descriptors(mentions, published)
    countries: Counter = Counter()
    for name in group:
        countries.update(name.countries)
    if not countries:
        countries.update(m.country for m in mentions if m.country)
    country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries else None
    return Entity(
        id=entity_id,
        name=_canonical_name(group),
        type=group[0].type,
        aliases=sorted({m.text for m in mentions} | {m.name for m in mentions}),
        descriptors=descriptors,
        country=country,
        article_ids=sorted({m.article_id for m in mentions}),
        mentions=len(mentions),
        country_code=entity_country_code(country, group[0].type, _canonical_name(group)),
        sector=top_vote(Counter(m.sector for m in mentions if m.sector)),
    )


def top_vote(votes: Counter) -> str | None:
    """The value with most votes (alphabetical first on a tie), None when there are none."""
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if votes else None


def _descriptors(mentions: list[EntityMention], published: dict[str, str | None]) -> list[dict]:
    """Body descriptors, plus caption ones from articles whose body gives none."""
    body_articles = {m.article_id for m in mentions if m.descriptors and not m.in_caption}
    seen = set()
    out = []
    for m in mentions:
        if m.in_caption and m.article_id in body_articles:
            continue
        for text in m.descriptors:
            if (text, m.article_id) in seen:
                continue
            seen.add((text, m.article_id))
            out.append({"text": text, "article_id": m.article_id, "date": published.get(m.article_id)})
    out.sort(key=lambda d: (d["date"] or "", d["article_id"], d["text"]))
    return out
