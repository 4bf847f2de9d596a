"""Where an article names a place: spaCy's place entities (GPE, LOC, FAC), names the tagger
missed but the gazetteer knows (a capital tagged as an organisation, "Hellenic Republic",
"Bavaria"), and "X village" / "the Donetsk region" with their kind of place."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dateline.analyse.places.gazetteer import Gazetteer
from dateline.analyse.places.lexicon import demonym_keys, generic_words, stop_names, type_words
from dateline.analyse.places.names import name_key, spelt_alike
from dateline.models import EntityMention

PLACE_TYPES = ("GPE", "LOC", "FAC")
# Found by the gazetteer alone, a city must be well known to count: a town of 20,000 shares
# its name with too many words and people.
DIRECT_CITY_POPULATION = 100_000
MAX_NAME_TOKENS = 8
_OF_WORDS = {"of"}
_PLACE_PREPOSITIONS = {
    "in", "from", "to", "near", "at", "outside", "across", "into", "around", "towards", "toward",
    "through", "via", "for", "past", "beyond",
}
# prepositions that read a name as a place; "for" is left out: "11 points for Creighton"
_LOCATIVE_PREPOSITIONS = _PLACE_PREPOSITIONS - {"for"}
_READING_PREPOSITIONS = _LOCATIVE_PREPOSITIONS | {"of", "on", "across", "throughout", "within"}
# nouns a place name may modify and still be a place: "the Kaneohe Bay area"
_PLACE_HEADS = {
    "area", "areas", "suburb", "suburbs", "outskirts", "frontier", "side", "border", "region", "coast",
    "neighborhood", "neighbourhood", "quarter",
}
_LITTLE_WORDS = {"for", "and", "to", "from", "of", "the", "in", ","}
MISREAD_CITY_POPULATION = 50_000  # after "in", "to": a known town is the place
BIG_CITY_POPULATION = 1_000_000  # a city known the world over is a place even tagged as a person
_SMALL_PLACE_WORDS = {"village", "town", "hamlet", "settlement", "township"}
_REGIONS = ("admin1", "admin2")  # a state or a county: "unions in Bavaria", "police in Kent"
_ADDRESS_PREPOSITIONS = {"at", "on"}  # "at 2016 Ontario": a house number, not "in 2016"
_ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
}


@dataclass
class PlaceMention:
    field: str
    start: int  # character offsets into the field's text
    end: int
    text: str
    key: str  # gazetteer name key of the name itself (type word and "the" left out)
    hint: str | None  # "admin1" / "city" when the text says what kind of place
    source: str  # "ner" | "gazetteer" | "type-word"
    span: Span  # the name's tokens (for the parse-based metonymy test)
    entity_name: str | None = None  # the entities extractor's fullest name for it


def find_mentions(doc: Doc, field: str, entities: list[EntityMention], gaz: Gazetteer) -> list[PlaceMention]:
    """Place mentions in one field, in text order, without overlaps."""
    found: list[PlaceMention] = []
    blocked: list[tuple[int, int]] = []
    # words of the article's full personal names: "Garland" after "Merrick Garland" is him
    person_words = {name_key(w) for e in entities if e.type == "PERSON" and " " in e.text for w in e.text.split()}
    org_keys = {name_key(e.text) for e in entities if e.type == "ORG"}
    for entity in entities:
        if entity.field != field:
            continue
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        if _short_for_organisation(name_key(entity.text), org_keys, gaz):
            blocked.append((span.start_char, span.end_char))
            continue  # "Emirates" after "Emirates Airline": the airline, not the country
        if name_key(entity.text) in person_words and not any(
            p.feature in ("country", "admin1") for p in gaz.lookup(name_key(entity.text))
        ):
            blocked.append((span.start_char, span.end_char))
            continue  # "Wladimir's right hand" after "Wladimir Klitschko": him, not Vladimir
        if entity.type in PLACE_TYPES or _misread_place(entity, span, gaz):
            mention = _entity_mention(span, field, entity, gaz)
            if mention is not None:
                found.append(mention)
                continue
        if not _run_of_places(span, gaz):
            blocked.append((span.start_char, span.end_char))
    taken = blocked + [(m.start, m.end) for m in found]
    found.extend(m for m in _gazetteer_mentions(doc, field, gaz, taken) if not _short_for_organisation(m.key, org_keys, gaz))
    found.sort(key=lambda m: m.start)
    return [m for m in found if not in_street_address(m.span)]


def _short_for_organisation(key: str, org_keys: set[str], gaz: Gazetteer) -> bool:
    """A name that is only another name of a place ("Emirates" for the United Arab Emirates),
    while the article names an organisation starting with it ("Emirates Airline"): the
    organisation, short. A place's own name or a spelling of it stays a place ("Qatar" beside
    "Qatar Airways", "Seville" for Sevilla)."""
    if not key or key in gaz.variants or not any(org.startswith(key + " ") for org in org_keys):
        return False
    candidates = gaz.lookup(key)
    return bool(candidates) and not any(_spelling_of(key, p.name, multiword=" " in key) for p in candidates)


def in_street_address(span: Span) -> bool:
    """A name in a street address names a street, not the place: after a house number ("a
    heritage home at 2016 Ontario"), or at a crossing with a numbered street or on a corner
    ("at Fifth and Quebec", "the corner of Fifth and Ontario"). A year before a name is no
    house number: "In 2016 Ontario passed a law"."""
    doc = span.doc
    before = [doc[i] for i in range(max(0, span.start - 3), span.start)]
    if len(before) >= 2 and before[-1].text.isdigit() and before[-2].lower_ in _ADDRESS_PREPOSITIONS:
        return True
    if before and before[-1].lower_ in ("and", "&"):
        other = before[:-1]
        if other and _numbered_street(other[-1]):
            return True
        if len(other) >= 3 and other[-3].lower_ == "corner" and other[-2].lower_ == "of":
            return True
    after = [doc[i] for i in range(span.end, min(len(doc), span.end + 2))]
    if len(after) == 2 and after[0].lower_ in ("and", "&") and _numbered_street(after[1]):
        return True
    return span.start >= 2 and doc[span.start - 2].lower_ == "corner" and doc[span.start - 1].lower_ == "of"


def _numbered_street(token) -> bool:
    """"Fifth", "5th", "42nd": a street known by its number (capitalised or in figures)."""
    text = token.text
    if text[:1].isdigit():
        return text.lower().endswith(("st", "nd", "rd", "th"))
    return text[:1].isupper() and text.lower() in _ORDINAL_WORDS


def _misread_place(entity: EntityMention, span: Span, gaz: Gazetteer) -> bool:
    """A place the tagger called an organisation or a person: a country or a national capital
    ("Kyiv" ORG), or a well-known city after a preposition of place ("unions in Lyon"),
    unless the name is also a first name ("Jordan")."""
    if entity.type not in ("ORG", "PERSON", "NORP") or entity.descriptors:
        return False
    key = name_key(entity.text)
    if key in stop_names():
        return False
    candidates = gaz.lookup(key)
    if _acronym(entity.text) and not any(p.feature == "country" for p in candidates):
        return False  # "SUV", "NBC": an acronym, whatever town GeoNames spells alike
    # against the tagger, only the place's own name or a spelling of it counts: GeoNames lists
    # translations and old names among alternates ("White House" for Casablanca, "Quinnipiac"
    # for New Haven), while "Kiev", "Odessa" are spellings of Kyiv, Odesa
    if key not in gaz.variants:  # the project's own table of old names counts in full
        candidates = [p for p in candidates if p.feature == "country" or _spelling_of(key, p.name, multiword=" " in key)]
    if entity.type == "NORP" and any(p.feature in ("country", "admin1") for p in candidates):
        return True  # "Maharashtra" NORP; a demonym is no gazetteer name
    if any(p.feature == "country" or p.capital for p in candidates):
        return True
    if any(p.population >= BIG_CITY_POPULATION and p.names_known >= 30 for p in candidates):
        return True  # "Durban" PERSON
    if candidates and _hint_before(span):
        return True  # "the province of Santa Fe" ORG
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in _PLACE_PREPOSITIONS:
        return any(p.feature in _REGIONS or p.population >= MISREAD_CITY_POPULATION for p in candidates)
    # "in Lyon and Marseille", "in Devon and Cornwall": coordinated with a place name
    head = span.root.head
    return (
        before in ("and", "or", ",") and span.root.dep_ == "conj"
        and bool(gaz.lookup(name_key(head.text)))
        and any(p.population >= DIRECT_CITY_POPULATION or p.feature in _REGIONS for p in candidates)
    )


def _spelling_of(key: str, name: str, *, multiword: bool) -> bool:
    own = name_key(name)
    if own == key:
        return True
    return not multiword and spelt_alike(key, own)


def _run_of_places(span: Span, gaz: Gazetteer) -> bool:
    """An "organisation" made only of place names and little words ("Karachi for
    Hyderabad") is the tagger running two places together: it blocks nothing."""
    names = [t for t in span if t.lower_ not in _LITTLE_WORDS]
    return len(names) < len(span) and all(gaz.lookup(name_key(t.text)) for t in names)


def _entity_mention(span: Span, field: str, entity: EntityMention, gaz: Gazetteer) -> PlaceMention | None:
    span = _strip_determiner(span)
    if span is None:
        return None
    name_span, hint, span = _with_type_word(span)
    source = "ner" if entity.type in PLACE_TYPES else "gazetteer"
    key = name_key(name_span.text)
    candidates = gaz.lookup(key)
    if entity.type == "FAC" and not any(name_key(p.name) == key for p in candidates):
        # a building or a road; an alternate name is no evidence ("White House" is one of
        # Casablanca's, translated)
        return None
    if entity.type == "LOC" and candidates and all(
        p.feature == "city" and not _spelling_of(key, p.name, multiword=" " in key) for p in candidates
    ):
        # a park, a landmark, a mountain: a town elsewhere whose former or other name it is
        # ("Central Park", once Bethpage's) is not it
        return None
    return PlaceMention(
        field=field, start=span.start_char, end=span.end_char, text=span.text,
        key=key, hint=hint or _hint_before(span), source=source,
        span=name_span, entity_name=entity.name,
    )


def reads_as_place(mention: PlaceMention) -> bool:
    """Does the text itself treat the name as a place: after a preposition of place ("in
    Zelinograd", "in the Gulf of Aden"), with a kind of place ("Tavra river", "the town of"),
    or ending in one ("Kaneohe Bay", "South China Sea")?"""
    span = mention.span
    doc = span.doc
    modifier = _modifies_a_noun(span)
    if modifier and span.root.head.pos_ == "PROPN":
        return False  # the first part of a longer name: "Telecom Egypt"
    i = span.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an", "northern", "southern", "eastern", "western", "central"):
        i -= 1
    if modifier:
        # the noun it modifies is where things happen only after a preposition of place:
        # "at a Staunton ice cream store", not "millions of Windows users", "a Coast Mountain bus"
        return i >= 0 and doc[i].lower_ in _LOCATIVE_PREPOSITIONS
    if i >= 0 and doc[i].lower_ in _READING_PREPOSITIONS:
        return True
    if mention.hint or len(span) > 1 and name_key(span[-1].text) in generic_words():
        return True
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and name_key(after.text) in generic_words()


def _modifies_a_noun(span: Span) -> bool:
    """The name is a modifier of a later noun that is no kind of place: an attribute ("Windows
    users", "a Coast Mountain bus") or the first part of a longer name ("Telecom Egypt"), not a
    place the text is about. "the Kaneohe Bay area" still names a place."""
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod") or head.i < span.end or head.i == root.i:
        return False
    word = name_key(head.text)
    return not (word in generic_words() or word in type_words() or word in _PLACE_HEADS)


def _strip_determiner(span: Span) -> Span | None:
    """The name in a tagged span: no "the" before it, and no number, punctuation or lowercase
    word after it ("Ashgabat city - 15" -> "Ashgabat city", "Mt. Cook National Park on")."""
    while len(span) and span[0].lower_ in ("the", "'s"):
        span = span[1:]
    words = type_words()
    while len(span) and (
        span[-1].lower_ in ("'s", "’s") or span[-1].is_punct or span[-1].like_num
        or (span[-1].is_lower and span[-1].lower_ not in words)
    ):
        span = span[:-1]
    if len(span) and (name_key(span.text) in generic_words() or name_key(span.text) in demonym_keys()):
        return None  # "Valley", "the Gulf": a kind of place, not a name; "Virginian": a person
    return span if len(span) else None


def _with_type_word(span: Span) -> tuple[Span, str | None, Span]:
    """(name, kind, whole mention): "Donetsk region" -> (Donetsk, admin1, Donetsk region),
    whether the tagger took the type word in or left it out."""
    words = type_words()
    last = span[-1].lower_
    if len(span) > 1 and last in words and span[-1].is_lower:
        return span[:-1], words[last], span
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in words and not doc[span.end].is_title:
        return span, words[doc[span.end].lower_], doc[span.start : span.end + 1]
    return span, None, span


def _hint_before(span: Span) -> str | None:
    """"the town of X", "the province of X"."""
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].lower_ in _OF_WORDS:
        return type_words().get(doc[span.start - 2].lower_)
    return None


def _gazetteer_mentions(doc: Doc, field: str, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if not _capitalised(token.text) or any(s <= token.idx < e for s, e in taken):
            i += 1
            continue
        mention = _longest_known_name(doc, i, field, gaz, taken) or _small_place(doc, i, field)
        if mention is None:
            i += 1
            continue
        out.append(mention)
        taken.append((mention.start, mention.end))
        i = mention.span.end
    return out


def _longest_known_name(doc: Doc, i: int, field: str, gaz: Gazetteer, taken) -> PlaceMention | None:
    most = gaz.first_words.get(name_key(doc[i].text).split(" ", 1)[0])
    if not most:
        return None
    for n in range(min(MAX_NAME_TOKENS, len(doc) - i, 2 * most + 1), 0, -1):
        span = doc[i : i + n]
        if not _capitalised(span[-1].text) or any(s < span.end_char and span.start_char < e for s, e in taken):
            continue
        key = name_key(span.text)
        if key in gaz.by_key and _acceptable_direct(span, key, gaz):
            name_span, hint, whole = _with_type_word(span)
            return PlaceMention(
                field=field, start=whole.start_char, end=whole.end_char, text=whole.text, key=key,
                hint=hint or _hint_before(span), source="gazetteer", span=name_span,
            )
    return None


def _acceptable_direct(span: Span, key: str, gaz: Gazetteer) -> bool:
    """A gazetteer name found in running text is a place only when it reads as a name (a
    proper noun, not inside a longer capitalised name) and names a country, a region or a
    well-known city."""
    if key in stop_names():
        return False
    if _acronym(span.text) and not any(p.feature == "country" for p in gaz.lookup(key)):
        return False
    doc = span.doc
    if doc.has_annotation("TAG") and span[-1].pos_ != "PROPN":
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.lower_ == "the" and len(span) == 1 and (after is None or after.is_punct):
        # "Feel the Bern": a place's name takes no article of its own ("the Leeds branch",
        # "the Donetsk region" name something else, of the place)
        return False
    if before is not None and not before.is_sent_start and _capitalised(before.text) and before.is_alpha:
        if not doc[span.start].is_sent_start:
            return False  # "... Santa Clara University", "Lake Geneva"
    if after is not None and _capitalised(after.text) and after.is_alpha and after.lower_ not in type_words():
        return False  # "Georgia Tech", "Jordan Peterson"
    return any(
        p.feature in ("country", "admin1", "continent")
        or (p.feature == "city" and (p.capital or p.population >= DIRECT_CITY_POPULATION))
        for p in gaz.lookup(key)
    )


def _small_place(doc: Doc, i: int, field: str) -> PlaceMention | None:
    """"Bucha village", "the village of Hostomel": a place too small for the gazetteer is
    still a place; it keeps its name and gets no coordinates."""
    token = doc[i]
    if doc.has_annotation("TAG") and token.pos_ != "PROPN":
        return None
    if i + 1 < len(doc) and doc[i + 1].lower_ in _SMALL_PLACE_WORDS:
        span = doc[i : i + 2]
    elif i >= 3 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in _SMALL_PLACE_WORDS and doc[i - 3].lower_ == "the":
        span = doc[i : i + 1]
    else:
        return None
    if token.is_stop or name_key(token.text) in stop_names():
        return None  # "The village", "North town"
    return PlaceMention(
        field=field, start=span.start_char, end=span.end_char, text=span.text,
        key=name_key(token.text), hint="city", source="type-word", span=doc[i : i + 1],
    )


def _acronym(text: str) -> bool:
    letters = text.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def _capitalised(text: str) -> bool:
    return bool(text) and text[0].isupper()
