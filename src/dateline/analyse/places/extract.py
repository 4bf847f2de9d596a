"""extract_places: every place an article names, geocoded offline."""

from __future__ import annotations

import re
from collections import Counter

from dateline.analyse.entities.lexicon import demonyms
from dateline.analyse.parsed import ParsedArticle, doc_text
from dateline.analyse.places.gazetteer import Gazetteer, load_gazetteer
from dateline.analyse.places.lexicon import description_nouns, region_abbreviations
from dateline.analyse.places.mentions import PlaceMention, find_mentions, reads_as_place
from dateline.analyse.places.metonymy import is_metonymic_actor
from dateline.analyse.places.names import name_key
from dateline.analyse.places.resolve import Context, NameUse, Resolution, resolve_name, resolve_names
from dateline.models import EntityMention, Place

DATELINE_WEIGHT = 2.0
# "the Lebanese city of | Tripoli", "the Libyan capital | Tripoli", "Syrian border town of | Kobani"
_DESCRIBED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?:[a-z]+\s+)??([a-z]+)\s+(?:of\s+)?$")
# "Tripoli | , the north Lebanese port"
_DESCRIBED_AFTER = re.compile(r"^,\s+(?:the|a)\s+(?:[a-z]+\s+)?([A-Z][a-z]+)\s+(?:[a-z]+\s+)?([a-z]+)\b")
# "Tripoli as shells crashed into | the north Lebanese port |" (a later description)
_DESCRIBED_LATER = re.compile(r"\bthe\s+(?:[a-z]+\s+)?([A-Z][a-z]+)((?:\s+[a-z]+){1,2})")
_NAMED_AFTER = re.compile(r"\s+(?:of\b|[A-Z])")  # "the Lebanese port of Tyre" names its own place
_REGION_AFTER_COMMA = re.compile(r",\s*((?:[A-Z]\.){2}|[A-Z][A-Za-z]{0,4}\.?|[A-Z]\.[A-Z][a-z]\.)(?=[\s,;:)]|$)")
ACTOR_WEIGHT = 0.5


def extract_places(parsed: ParsedArticle, *, entities: list[EntityMention]) -> list[Place]:
    """Places in the title and body, resolved against each other, the wire dateline and the
    actors' countries. Names used as governments ("Washington warned") are left out."""
    gaz = load_gazetteer()
    mentions: list[PlaceMention] = []
    for field_name, doc in parsed.docs():
        mentions.extend(find_mentions(doc, field_name, entities, gaz))
    if parsed.article.language not in (None, "en"):
        # every language capitalises a sentence's first word, and the English tagger calls
        # such a word a proper noun: "Dabei unterstützt ..." read as Dubai, "Urusan mereka" as Ulsan
        mentions = [m for m in mentions if not (len(m.span) == 1 and m.span[0].is_sent_start)]
    actors = [is_metonymic_actor(m.span) for m in mentions]
    uses = _name_uses(parsed, mentions, actors)
    placed = _names_read_as_places(mentions, entities)
    ctx = _article_context(parsed, entities, mentions, gaz)
    resolved = resolve_names(list(uses.values()), gaz, ctx)
    article_id = parsed.article.id
    return [
        _place(article_id, m, resolved[m.key])
        for m, actor in zip(mentions, actors)
        if _kept(m, resolved[m.key], placed) and not actor
    ]


def _name_uses(parsed: ParsedArticle, mentions: list[PlaceMention], actors: list[bool]) -> dict[str, NameUse]:
    """Each name's uses; a name used only as a government ("Washington warned") counts as an
    actor's country, not as a place beside the others."""
    uses: dict[str, NameUse] = {}
    texts = {name: doc_text(doc) for name, doc in parsed.docs()}
    sentences: dict[tuple[str, int], set[str]] = {}
    for m, actor in zip(mentions, actors):
        if not actor:
            sentences.setdefault(_sentence_of(m), set()).add(m.key)
    places = {m.key for m, actor in zip(mentions, actors) if not actor}
    for i, m in enumerate(mentions):
        use = uses.setdefault(m.key, NameUse(key=m.key, actor_only=m.key not in places))
        use.hint = use.hint or m.hint
        use.near |= sentences.get(_sentence_of(m), set()) - {m.key}
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and nxt.field == m.field and texts[m.field][m.end : nxt.start].strip() == ",":
            use.containers.add(nxt.key)
        region = _abbreviated_region(texts[m.field], m.end)
        if region:
            use.containers.add(name_key(region))
        described = _described_country(texts[m.field], m.start, m.end) or _described_later(
            texts[m.field], m, nxt.start if nxt is not None and nxt.field == m.field else None
        )
        if described:
            use.containers.add(name_key(described))
    return uses


def _has_sentences(m: PlaceMention) -> bool:
    doc = m.span.doc
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def _sentence_of(m: PlaceMention) -> tuple[str, int]:
    if _has_sentences(m):
        return m.field, m.span.sent.start
    return m.field, 0  # no sentence boundaries (a blank pipeline): the field is the sentence


def _described_country(text: str, start: int, end: int) -> str | None:
    """The country a demonym describing the place names: "the Lebanese city of Tripoli", "the
    Syrian border town of Kobani", "Tripoli, the north Lebanese port" -> Lebanon, Syria."""
    nouns = description_nouns()
    before = _DESCRIBED_BEFORE.search(text[max(0, start - 60) : start])
    after = _DESCRIBED_AFTER.match(text[end : end + 60])
    for found in (before, after):
        if found and found.group(2).lower() in nouns:
            country = demonyms().get(found.group(1).lower())
            if country:
                return country
    return None


def _described_later(text: str, m: PlaceMention, next_start: int | None) -> str | None:
    """The country of a description later in the name's sentence, before any other place
    name, that refers back to it: "fighting in Tripoli as shells hit the north Lebanese port"."""
    sentence_end = m.span.sent.end_char if _has_sentences(m) else len(text)
    stop = min(sentence_end, next_start if next_start is not None else sentence_end)
    nouns = description_nouns()
    for found in _DESCRIBED_LATER.finditer(text, m.end, max(m.end, stop)):
        country = demonyms().get(found.group(1).lower())
        offset = found.start(2)
        for word in found.group(2).split():
            offset = text.index(word, offset) + len(word)
            if word in nouns:
                if country and not _NAMED_AFTER.match(text, offset):
                    return country
                break
    return None


def _abbreviated_region(text: str, end: int) -> str | None:
    """"Tulsa, Okla.", "Paris, TX." -> the region the abbreviation names."""
    found = _REGION_AFTER_COMMA.match(text, end)
    if not found:
        return None
    table = region_abbreviations()
    return table.get(found.group(1)) or table.get(found.group(1).rstrip("."))


def _article_context(parsed: ParsedArticle, entities: list[EntityMention], mentions: list[PlaceMention], gaz: Gazetteer) -> Context:
    ctx = Context()
    place_texts = {name_key(m.text) for m in mentions} | {name_key(e.text) for e in entities if e.type in ("GPE", "LOC")}
    for i, entity in enumerate(entities):
        if not entity.country:
            continue
        country = gaz.country(entity.country)
        if country is not None:
            ctx.add(f"actor:{i}", country.country3, None, ACTOR_WEIGHT)
        elif name_key(entity.country) in place_texts and not gaz.lookup(name_key(entity.country)):
            ctx.unknown_world = True  # "Veldorian unions ... in Veldoria": a country we cannot place
    _add_dateline(ctx, parsed.article.dateline_place, gaz)
    return ctx


def _add_dateline(ctx: Context, dateline: str | None, gaz: Gazetteer) -> None:
    """"ZELINOGRAD, Veldoria" / "GENEVA": the place the story was filed from weighs more
    than a passing mention."""
    if not dateline:
        return
    parts = [name_key(p) for p in dateline.split(",") if p.strip()]
    if not parts:
        return
    use = NameUse(key=parts[0], containers=set(parts[1:]))
    resolution = resolve_name(use, gaz, ctx)
    if resolution.place is not None:
        # keyed by its name, so "Kirov" in the body is not its own evidence through "KIROV -"
        ctx.add(parts[0], resolution.place.country3, resolution.place.admin1_code, DATELINE_WEIGHT)
    elif any(not gaz.lookup(p) for p in parts[1:]):
        ctx.unknown_world = True


def _names_read_as_places(mentions: list[PlaceMention], entities: list[EntityMention]) -> set[str]:
    """Names the text treats as places somewhere: "in Zelinograd", "the Gulf of Aden", or a
    country an actor belongs to ("Veldorian unions" -> Veldoria)."""
    read = Counter(m.key for m in mentions if reads_as_place(m))
    total = Counter(m.key for m in mentions)
    # a quarter of the uses at least: "into Creighton's victory" once among eleven is a team
    placed = {key for key, n in read.items() if n * 4 >= total[key]}
    placed |= {name_key(e.country) for e in entities if e.country}
    return placed


def _kept(mention: PlaceMention, resolution: Resolution, placed: set[str]) -> bool:
    """A name the gazetteer resolves is kept. One it cannot is kept when the text reads it
    as a place somewhere ("X village", "in Zelinograd"): the tagger calls teams, ships and
    streaming services places too ("Creighton's victory", "on Netflix")."""
    if resolution.place is not None:
        return True
    return mention.source != "gazetteer" and mention.key in placed


def _place(article_id: str, m: PlaceMention, r: Resolution) -> Place:
    p = r.place
    return Place(
        article_id=article_id, text=m.text,
        name=p.name if p else (m.entity_name or m.span.text),
        country=p.country3 if p else None, admin1=p.admin1 if p else None,
        lat=p.lat if p else None, lon=p.lon if p else None, geonameid=p.geonameid if p else None,
        start=m.start, end=m.end, field=m.field,  # type: ignore[arg-type]
        country_code2=p.country2 if p else None, feature=p.feature if p else None,
        confidence=r.confidence if p else None, evidence=list(r.evidence),
    )
