"""Actors: who a phrase names, with an ISO-3 country and a sector, for a given date.

`actor_for(text, date)` is the reusable entry point (quotes, entities and events call it):
"the Chilean defence minister" -> (CHL, GOV), "rebel fighters" -> (REB), "Washington" -> (USA,
GOV), "the UN envoy" -> (IGO), "Vladimir Putin" on 2015-03-01 -> (RUS, GOV). Evidence comes from
the phrase itself first (demonyms, country names, capitals, role nouns), then from the actor
dictionary for the date; a phrase that gives none is no actor. `acceptable_name` says whether a
string may stand as an actor's name at all (never a bare demonym, a title, a headline fragment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dateline.analyse.events import lexicon
from dateline.analyse.events.actor_countries import ETHNIC
from dateline.analyse.events.actor_countries import capitals as _capitals
from dateline.analyse.events.actor_countries import country_in as _country_in
from dateline.analyse.events.actor_countries import placed_only as _placed_only
from dateline.analyse.events.actor_countries import singular as _singular
from dateline.analyse.events.dated_entries import current_alias as _current_alias
from dateline.analyse.events.dated_entries import on_date as _on_date
from dateline.analyse.events.descriptors import described, field_not_force, legislative, topic_country_words
from dateline.analyse.events.person_names import EMPTY_WORDS, TITLES
from dateline.analyse.events.person_names import has_demonym as _has_demonym
from dateline.analyse.events.person_names import last_written as _last_written
from dateline.analyse.events.person_names import named_in as _named_in
from dateline.analyse.events.person_names import place_as_given_name as _place_as_given_name
from dateline.analyse.events.office_titles import OFFICES
from dateline.analyse.events.office_titles import titled_holder as _titled_holder
from dateline.analyse.events.lone_names import lone_word_names, role_as_surname, without_titles_in_names
from dateline.lexicons import words

_TITLE_GLUE = re.compile(r"^(?:of|for|and|to)\b|\b(?:of|for)$", re.IGNORECASE)


@dataclass(frozen=True)
class ActorRef:
    """An actor as events and quotes carry it."""

    name: str
    country: str | None
    sector: str | None
    entity_id: str | None = None

    @property
    def code(self) -> str | None:
        """The event-data code: the country, else IGO/NGO for international actors."""
        if self.country:
            return self.country
        return self.sector if self.sector in ("IGO", "NGO", "IMG") else None

    def as_dict(self) -> dict:
        return {"entity_id": self.entity_id, "name": self.name, "country": self.country,
                "sector": self.sector}


def _plain(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ").replace("-", " ")
    return " ".join(text.lower().split())


def _without_final_stop(words: list[str]) -> list[str]:
    """'Global Kids Inc.', 'Hun Sen.' at a sentence's end: the tokenizer keeps the full stop on
    an abbreviation-like last word; the name has none ('U.S.', dotted throughout, keeps its)."""
    if len(words) > 1 and re.fullmatch(r"[^.]+\.", words[-1]):
        return words[:-1] + [words[-1][:-1]]
    return words


def _strip_article(words: list[str]) -> list[str]:
    while words and words[0] in EMPTY_WORDS:
        words = words[1:]
    return words


def _sector_of(words: list[str]) -> str | None:
    """The sector the phrase's role words give ("rebel fighters" -> REB), last role word first;
    a role that only speaks for a body takes the body's ("rebel spokesman" -> REB)."""
    table = lexicon.agents()
    generic = None
    for end in range(len(words), 0, -1):
        for size in (3, 2, 1):
            if end - size < 0:
                continue
            phrase = " ".join(words[end - size:end])
            for form in (phrase, _singular(phrase)):
                if field_not_force(words, end - size, end):
                    continue  # "border security", "security cameras": the field, no force
                if form in table and form in GENERIC_ROLES:
                    generic = generic or table[form]
                elif form in table:
                    return table[form]
    return generic


GENERIC_ROLES = frozenset(words("events/generic_roles.txt"))


def _igo_in(words: list[str], date: str | None) -> lexicon.ActorEntry | None:
    book = lexicon.actor_book()
    groups = lexicon.collectives()
    national = _national_bodies(words, book, date)
    for size in (5, 4, 3, 2, 1):
        for i in range(0, len(words) - size + 1):
            if any(start <= i and i + size <= end and end - start > size for start, end in national):
                continue  # "National Security Council" is a state's, whatever "security council" is
            group = groups.get(" ".join(words[i:i + size]))
            if group and group[0] in ("IGO", "NGO"):
                return lexicon.ActorEntry(" ".join(words[i:i + size]), "", group[0])
            entries = book.get(" ".join(words[i:i + size]))
            if entries:
                entry = _on_date(entries, date)
                if entry and entry.sector in ("IGO", "NGO") and not entry.country:
                    return entry
    return None


def _national_bodies(words: list[str], book, date: str | None) -> list[tuple[int, int]]:
    """Spans of two or more words the dictionary knows as a body of one country."""
    spans = []
    for size in (5, 4, 3, 2):
        for i in range(0, len(words) - size + 1):
            entries = book.get(" ".join(words[i:i + size]))
            entry = _on_date(entries, date) if entries else None
            if entry and entry.country:
                spans.append((i, i + size))
    return spans


def _office_holder(country: str | None, words: list[str], date: str | None) -> lexicon.ActorEntry | None:
    if not date:
        return None
    text = " ".join(words)
    for role, office in OFFICES.items():
        if re.search(rf"\b{re.escape(role)}\b", text):
            key_office = office
            if office == "secretary-general" and country is None:
                igo = "nato" if "nato" in text else "un" if re.search(r"\bu\.?n\.?\b|united nations", text) else None
                if not igo:
                    return None
                key_office = f"{igo} secretary-general"
            holders = lexicon.offices().get((country or "", key_office), ()) \
                or (() if country else _sole_holders(key_office))
            entry = _on_date(tuple(h for h in holders if h.start <= date), date)
            if entry and (not entry.end or date < entry.end):
                return entry
    return None


UNIQUE_OFFICES = frozenset(words("events/unique_offices.txt"))


def _sole_holders(office: str) -> tuple[lexicon.ActorEntry, ...]:
    """The holders of an office only one state has ("the pope"), which needs no country."""
    if office not in UNIQUE_OFFICES:
        return ()
    return tuple(entry for (country, name), entries in lexicon.offices().items() if name == office and country
                 for entry in entries)


def actor_for(text: str, date: str | None = None, *, book=None, person: bool = False) -> ActorRef | None:
    """The actor a phrase names on a date (ISO), or None when the phrase gives no evidence.

    `person`: the phrase is a person's name (as the entity tagger found it), so the dictionary
    is asked for the whole name and its last word (the surname) too. The phrase's own
    descriptors ("Rep.", "a former ... official") set the sector last (descriptors.py)."""
    words = _without_final_stop(without_titles_in_names(_strip_article(_plain(text).split())))
    found = _actor_by_evidence(text, words, date, book or lexicon.actor_book(), person)
    if found is not None and not person and not found.country and len(words) > 1 and words[0] in TITLES \
            and text.strip().split()[-1][:1].isupper():
        # "President Tebboune", "Chancellor Scholz" the tagger did not call a person: a title
        # before a name is a person's, asked for by surname as well
        titled = _actor_by_evidence(text, words, date, book or lexicon.actor_book(), True)
        found = titled if titled is not None and titled.country else found
    if found is not None and person and not found.country and found.sector == _sector_of(words[-1:]) \
            and role_as_surname(text, words):
        found = None  # "Kevin King", "King and Weeks were abducted": a surname, not a monarch's title
    before = _before_place(text)
    if found is not None and not found.sector and _placed_only(words) and before != text:
        # "Houthi positions in Sanaa": the group named before the place, placed there (a
        # phrase that does not split, "Cooperation In Europe", would only ask itself again)
        own = actor_for(before, date, book=book, person=person)
        if own is not None and own.sector:
            found = ActorRef(found.name, own.country or found.country, own.sector, found.entity_id)
    if found is None:
        is_legislative, implied = legislative(words)
        return ActorRef(text.strip(), implied, "LEG") if is_legislative else None
    country, sector = described(found.country, found.sector, words)
    if (country, sector) == (found.country, found.sector):
        return found
    return ActorRef(found.name, country, sector, found.entity_id)


def _actor_by_evidence(text: str, words: list[str], date: str | None, book, person: bool) -> ActorRef | None:
    if not words:
        return None
    phrase = " ".join(words)
    group = lexicon.collectives().get(phrase) or lexicon.collectives().get("the " + phrase)
    if group:
        if group[0] in ("IGO", "NGO"):
            return ActorRef(text.strip(), None, group[0])
        return ActorRef(text.strip(), group[0], group[1])
    titled = _titled_holder(words, date)
    if titled is not None:
        return ActorRef(titled.name if person else text.strip(), titled.country or None, titled.sector)
    if _only_role_words(words):
        holder = _office_holder(_country_in(words, _capitals(text))[0], words, date)
        if holder:
            return ActorRef(holder.name, holder.country or None, holder.sector)
    spelt_out = _spelt_out_abbreviation(phrase, text) and (person or _last_written(text)[:1].islower())
    if spelt_out and len(words) == 1 and not person:
        return None  # "attacked at dawn": an acronym of the actor files ('DAWN') in lower case is a word
    entries = book.get(phrase) if not spelt_out else None
    if entries and len(words) == 1 and not lone_word_names(words[0], _last_written(text), entries, date,
                                                           titled=False):
        entries = None  # "the Moon contract", "Kim said": a lone word that names no one for sure
    if entries:
        entry = _on_date(_current_alias(words, entries, date, book), date)
        if entry:
            sector = entry.sector or ("GOV" if entry.country else None)
            return ActorRef(entry.name if person else text.strip(), entry.country or None, sector)
    ethnic = _ethnic_group(words)
    country, size = _country_in(_without_borrowed_countries(words, text), _capitals(text))
    if person and country and size < len(words) and not _has_demonym(words) and _place_as_given_name(words):
        # a person's name holds places as given names and surnames ("Alexandria Ocasio-Cortez",
        # "Paris Hilton"): only a demonym in it says whose they are (a place the tagger took for
        # a person, "Havana" alone, stays the place)
        country, size = None, 0
    # a people across borders ("Kurds", "Tuareg elders"): an ethnic group the text must place
    sector = _sector_of(words) or ("ETH" if ethnic or (not country and lexicon.people_states(phrase)) else None)
    if country and size == len(words):
        # the phrase is a country, capital or demonym: the state (a plural demonym: its people)
        # "Palestinians" (a people) has no sector; "Israel", "Moscow" speak for the government
        # ("the Philippines", whose singular is a demonym too, is the country's name)
        is_people = words[-1].endswith("s") and _singular(words[-1]) in lexicon.demonym_words() \
            and phrase not in _country_name_set()
        return ActorRef(text.strip(), country, None if is_people else "GOV")
    igo = _igo_in(words, date)
    if igo is not None and country and _placed_only(words):
        country = None  # "UN peacekeepers in Mali", "the UN envoy in Khartoum": the body's, where they serve
    named = _named_in(words, date, book, person=person, written=_last_written(text))
    holder = _office_holder(country if not igo else None, words, date)
    if holder and named and not _only_role_words(words):
        holder = None  # "President Ana Soto": the named person, whoever holds the office
    if holder:
        return ActorRef(holder.name, holder.country or None, holder.sector)
    if named and igo and _igo_words_before_name(words, named):
        # "Arab League Secretary General X", "UN envoy X": X acts for the organisation
        return ActorRef(named.name if person else text.strip(), None, igo.sector)
    if named:
        return ActorRef(named.name if person else text.strip(), country or named.country or None,
                        sector or named.sector or None)
    if igo and not country:
        # an international organisation's troops, envoys and agencies are the organisation's
        return ActorRef(text.strip(), None, igo.sector)
    inner = _name_inside(text, date, book, person=person) if not country else None
    if sector and inner is not None and inner.country:
        # "a former National Security Council official": the role's sector, the body's country
        return ActorRef(text.strip(), inner.country, sector)
    if country or sector:
        return ActorRef(text.strip(), country, sector)
    if inner is not None:
        return ActorRef(text.strip(), inner.country or None, inner.sector or None)
    return None


@lru_cache(maxsize=1)
def _country_name_set() -> frozenset[str]:
    """The countries' own names (lower case), not their demonyms or short forms."""
    return frozenset(lexicon.plain(n) for n in lexicon.country_names().values())


def _before_place(text: str) -> str:
    """The words before the phrase's first place preposition ("Houthi positions in Sanaa")."""
    return re.split(r"\s(?:in|at|near|outside|inside)\s", text, maxsplit=1, flags=re.IGNORECASE)[0]


BACKER_WORDS = frozenset(words("events/backer_words.txt"))
# ETHNIC ("ethnic Albanians"): a people, whose country is where they live, not the demonym's;
# "anti-Syria", "pro-Kremlin": a stance towards a country, not its nationality.
_STANCE_PREFIXES = frozenset({"anti", "pro"})


def _ethnic_group(words: list[str]) -> bool:
    demonyms = lexicon.demonym_words()
    return any(w == ETHNIC and (nxt in demonyms or _singular(nxt) in demonyms)
               for w, nxt in zip(words, words[1:]))


def _without_borrowed_countries(words: list[str], text: str = "") -> list[str]:
    """The phrase's words less those that name a country it is not of: the people after
    'ethnic', after 'anti-'/'pro-', before a topic role ('a Ukraine specialist') and a backer's
    ('Iran-backed militias': the backer and its word)."""
    kept, skip = [], False
    topics = topic_country_words(words)
    for index, word in enumerate(words):
        if skip or index in topics:  # "a Ukraine specialist" works on Ukraine
            skip = False
            continue
        if index + 1 < len(words) and words[index + 1] in BACKER_WORDS \
                and _backs(words[max(0, index - 2):index + 1], words[index + 1], text):
            skip = True  # "iran backed": neither word says whose the group is
            continue
        if word == ETHNIC or word in _STANCE_PREFIXES:
            skip = True
        kept.append(word)
    return kept


def _backs(before: list[str], backer: str, text: str) -> bool:
    """'Iran-backed', 'Iran backed' name a backer; a possessive ("Latvia's armed police") or
    a demonym before a plain adjective ('Saint Lucian armed bandits') names the group's own
    country: unhyphenated, only a country's name backs."""
    word = before[-1]
    if word.endswith("'s"):
        return False
    if re.search(rf"\b{re.escape(word)}\s*-\s*{re.escape(backer)}\b", _plain_keep_hyphens(text)):
        return True
    demonyms = lexicon.demonym_words()
    return not any(" ".join(before[start:]) in demonyms for start in range(len(before)))


def _plain_keep_hyphens(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


def _spelt_out_abbreviation(key: str, written: str) -> bool:
    """An abbreviation of the actor files ('ANA') written as a word ('Ana'): a name, no actor."""
    return key in lexicon.abbreviations() and not written.strip().isupper()


def _name_inside(text: str, date: str | None, book, *, person: bool = False) -> lexicon.ActorEntry | None:
    """A known organisation named inside a longer phrase ('the UNITA militarist wing'): any
    run of two or more words, or an acronym in capitals, that the dictionary knows."""
    original = text.replace("-", " ").split()
    words = [_plain(w) for w in original]
    for size in (4, 3, 2, 1):
        for i in range(0, len(words) - size + 1):
            entries = book.get(" ".join(words[i:i + size]))
            if size == 1 and person and _spelt_out_abbreviation(words[i], original[i]):
                continue
            if size == 1 and not (original[i].isupper() and len(original[i]) >= 3) and not (
                    original[i][:1].isupper() and entries and not any(e.start or e.end for e in entries)):
                continue  # one word: an acronym, or a capitalised group name the book holds undated
            if entries:
                entry = _on_date(entries, date)
                if entry and (entry.country or entry.sector in ("IGO", "NGO")):
                    return entry
    return None


def _igo_words_before_name(words: list[str], named: lexicon.ActorEntry) -> bool:
    surname = _plain(named.name).split()[-1:] or [""]
    return surname[0] in words and words.index(surname[0]) > 0 and not named.sector == "IGO"


def role_of(text: str) -> tuple[str | None, str | None] | None:
    """(country, office) when the phrase is only a role ('the Chilean FM' -> ('CHL', 'foreign
    minister'), 'the president' -> (None, 'president')); None when it names someone."""
    words = _strip_article(_plain(text).split())
    if not words or not _only_role_words(words):
        return None
    joined = " " + " ".join(words) + " "
    office = next((OFFICES[r] for r in sorted(OFFICES, key=len, reverse=True) if f" {r} " in joined), None)
    if office is None:
        return None
    return _country_in(words, _capitals(text))[0], office


def _only_role_words(words: list[str]) -> bool:
    """'the German chancellor', 'Russia's foreign minister': a role and a country, no name."""
    rest = " " + " ".join(words) + " "
    for role in sorted(OFFICES, key=len, reverse=True):
        rest = rest.replace(f" {role} ", " ")
    table = lexicon.countries()
    return all(w in table or w.removesuffix("'s") in table or w in EMPTY_WORDS or w in ("'s", "of")
               for w in rest.split())


def acceptable_name(text: str) -> bool:
    """Whether a string can stand as an actor's name: not a bare demonym ("Chilean"), not a title
    glued to a name by a preposition ("of Interior of Peru Ana Soto"), not a headline fragment
    ending in a verb ("Halden vows"), not a phrase of empty words."""
    words = _plain(text).split()
    if not words or all(w in EMPTY_WORDS for w in words):
        return False
    if len(words) == 1 and words[0] in lexicon.demonym_words():
        return False  # a bare demonym: "Chilean officials said" is spoken by the officials
    if _TITLE_GLUE.search(text.strip()):
        return False
    if len(words) >= 2 and words[-1] in _HEADLINE_VERBS:
        return False
    if len(words) >= 2 and words[-1] in ("press", "office", "secretary") and words[0] in ("palace", "white"):
        return False
    return True


_HEADLINE_VERBS = frozenset(words("events/headline_verbs.txt"))
