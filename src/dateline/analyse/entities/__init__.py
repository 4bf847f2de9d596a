"""Named entities in one article, resolved within it.

`extract_entities` takes spaCy's PERSON / ORG / GPE / LOC / NORP / FAC spans, fixes
what it cheaply can (see mentions.py), finds the roles the article gives each name
(descriptors.py), marks names in photo captions (captions.py) and gives each mention
the fullest name the article uses for it (resolve.py). Demonyms used as part of a
person's role ("Kenyan leader") become that person's country, not entities of their own.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from dateline.analyse.entities.captions import caption_spans, in_spans
from dateline.analyse.entities.descriptors import Descriptor, DescriptorFinder
from dateline.analyse.entities.foreign_text import supported_in_language
from dateline.analyse.entities.headline_names import confirmed_by_body
from dateline.analyse.entities.lexicon import country_of_demonym
from dateline.analyse.entities.mentions import NameSpan, find_name_spans
from dateline.analyse.entities.coreference import resolve_org_names, resolve_person_names
from dateline.analyse.parsed import ParsedArticle
from dateline.models import EntityMention, TextField

__all__ = ["extract_entities"]

MAX_MENTIONS = 5000


def extract_entities(parsed: ParsedArticle) -> list[EntityMention]:
    """Every person, organisation, place and group named in the title and body."""
    article_id = parsed.article.id
    body = _field_mentions(parsed.doc, article_id, "text")
    title = _field_mentions(parsed.title_doc, article_id, "title") if parsed.title_doc is not None else []
    _relabel_title_people(title, body)
    title = confirmed_by_body(title, body, parsed.article.title)
    _dateline_place(body + title, parsed.article.dateline_place)
    _vote_place_labels(body + title)
    _resolve_names(body, title)
    _assign_countries(body + title)
    texts = {"text": parsed.article.text, "title": parsed.article.title or ""}
    mentions = supported_in_language(title + body, parsed.article.language, texts)
    return mentions[:MAX_MENTIONS]


def _field_mentions(doc: Doc, article_id: str, field: TextField) -> list[EntityMention]:
    spans = find_name_spans(doc)
    places = {doc[s.start : s.end].text for s in spans if s.label in ("GPE", "LOC")}
    finder = DescriptorFinder(doc, spans, known_places=places)
    captions = caption_spans(doc) if field == "text" else []
    found: list[tuple[NameSpan, list[Descriptor]]] = []
    consumed: set[int] = set()
    for span in spans:
        descriptors = finder.find(span) if span.label in ("PERSON", "ORG") else []
        for d in descriptors:
            consumed.update(d.tokens)
        found.append((span, descriptors))
    mentions = []
    for span, descriptors in found:
        if span.label == "NORP" and any(i in consumed for i in range(span.start, span.end)):
            continue  # "Kenyan" in "Kenyan leader": the leader's country, not an entity
        text_span = doc[span.start : span.end]
        country = next((d.country for d in descriptors if d.country), None)
        if span.label == "NORP":
            country = country_of_demonym(text_span.text, known_places=places)
        mention = EntityMention(
            article_id=article_id,
            text=text_span.text,
            type=span.label,
            start=text_span.start_char,
            end=text_span.end_char,
            name=text_span.text,
            field=field,
            descriptors=[d.text for d in descriptors],
            country=country,
            in_caption=in_spans(text_span.start_char, captions),
        )
        mentions.append(mention)
    return mentions


def _relabel_title_people(title: list[EntityMention], body: list[EntityMention]) -> None:
    """Headlines are terse and the tagger often misreads surnames there ("Ostrova" ORG):
    a title name that is a body person's surname or full name is that person."""
    names = set()
    for m in body:
        if m.type == "PERSON" and len(m.text.split()) >= 2:
            names.add(m.text)
            names.add(m.text.split()[-1])
    for m in title:
        if m.type in ("ORG", "GPE", "LOC", "FAC") and m.text in names:
            m.type = "PERSON"


_PLACE_LABELS = ("GPE", "LOC")


def _dateline_place(mentions: list[EntityMention], place: str | None) -> None:
    """The wire dateline ("KIROV —") names a place; the tagger often calls it an ORG."""
    if not place:
        return
    for m in mentions:
        if m.type in ("ORG", "PERSON", "NORP", "FAC") and m.text.lower() == place.lower():
            m.type = "GPE"


def _vote_place_labels(mentions: list[EntityMention]) -> None:
    """A name tagged ORG here and GPE elsewhere in the article, or that a role names as
    a country ("Veldoria's foreign minister"), is the place."""
    places = {m.text for m in mentions if m.type in _PLACE_LABELS}
    places.update(m.country for m in mentions if m.country and m.type in ("PERSON", "ORG"))
    person_words = {w for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2 for w in m.text.split()}
    for m in mentions:
        lone_person = m.type == "PERSON" and " " not in m.text and m.text not in person_words and not m.descriptors
        if (m.type in ("ORG", "FAC") or lone_person) and m.text in places:
            labels = Counter(x.type for x in mentions if x.text == m.text and x.type in _PLACE_LABELS)
            m.type = labels.most_common(1)[0][0] if labels else "GPE"


def _resolve_names(body: list[EntityMention], title: list[EntityMention]) -> None:
    people = [m for m in body if m.type == "PERSON"]
    # captions come after the story in reading order; resolve them against the body alike
    resolved = resolve_person_names([(m.start, m.text) for m in people])
    for m in people:
        m.name = resolved[m.start]
    title_people = [m for m in title if m.type == "PERSON"]
    body_full = [m.name for m in people if not m.in_caption]
    resolved = resolve_person_names([(m.start, m.text) for m in title_people], extra_full=body_full)
    for m in title_people:
        m.name = resolved[m.start]
    orgs = [m for m in body + title if m.type == "ORG"]
    long_forms = resolve_org_names(sorted({m.text for m in orgs}))
    for m in orgs:
        m.name = long_forms.get(m.text, m.text)


def _assign_countries(mentions: list[EntityMention]) -> None:
    """Every mention of a person or organisation takes the country its body descriptors
    give; caption descriptors count only when the body gives none."""
    by_name: dict[tuple[str, str], list[EntityMention]] = {}
    for m in mentions:
        if m.type in ("PERSON", "ORG"):
            by_name.setdefault((m.type, m.name), []).append(m)
    for group in by_name.values():
        body = Counter(m.country for m in group if m.country and not m.in_caption)
        caption = Counter(m.country for m in group if m.country and m.in_caption)
        votes = body or caption
        if not votes:
            continue
        country = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for m in group:
            m.country = country
