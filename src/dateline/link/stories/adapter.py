"""StoryDoc from our records: an Article with its entity mentions and time expressions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from dateline.lexicons import words as word_list
from dateline.link.stories.records import StoryDoc
from dateline.models import Article, EntityMention, Place, Timex
from dateline.sentences import sentence_spans

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
NAME_TYPES = frozenset({"PERSON", "ORG", "NORP", "EVENT"})
ACTOR_TYPES = frozenset({"PERSON", "ORG"})  # a demonym or an event's name is no actor of its own
HEADLINE_WEIGHT = 3  # a name in the headline counts as this many in the body
LEAD_WEIGHT = 2  # a name in the lead (its first LEAD_SENTENCES sentences) counts as this many
LEAD_SENTENCES = 3
_NOT_ACTORS = frozenset(word_list("stories/not_actors.txt"))


def story_doc(
    article: Article,
    *,
    entities: Iterable[EntityMention] = (),
    timexes: Iterable[Timex] = (),
    canonical: dict[str, str] | None = None,
    copy_sources: Iterable[str] = (),
    places: Iterable[Place] = (),
) -> StoryDoc:
    """The linker's view of one article. `canonical` maps an in-article name to its
    corpus identity's name (from link.identities), when linking has run; mentions from
    photo captions are left out (a caption may be wrong, see the sample corpus).
    `copy_sources`: the outlets of the article's other copies (the same text run again).
    `places`: its places as the places extractor resolved them; their first-level regions
    ("USA/California") join its names (StoryDoc.regions)."""
    canonical = canonical or {}
    entities = list(entities)
    names: list[str] = []
    place_names: list[str] = []
    for mention in entities:
        if mention.in_caption:
            continue
        name = canonical.get(mention.name, mention.name)
        if mention.type in PLACE_TYPES:
            place_names.append(name)
        elif mention.type in NAME_TYPES:
            names.append(name)
    captions = {(m.field, m.start, m.end) for m in entities if m.in_caption}
    dates = [t.value for t in timexes if t.type == "DATE" and t.value and t.value[:1].isdigit()]
    return StoryDoc(
        article_id=article.id,
        title=article.title or "",
        text=article.text,
        published=article.published,
        source=article.source,
        entity_names=tuple(dict.fromkeys(names)),
        place_names=tuple(dict.fromkeys(place_names)),
        dates=tuple(dates),
        copy_sources=tuple(sorted({s for s in copy_sources if s and s != article.source})),
        regions=regions(p for p in places if (p.field, p.start, p.end) not in captions),
        language=article.language,
        actors=actors(article, [m for m in entities if m.type in ACTOR_TYPES and not m.in_caption], canonical),
        resolved_places=most_named((p.name, p.field, p.start) for p in places
                                   if p.geonameid is not None and (p.field, p.start, p.end) not in captions)
        or _dateline_place(article),
    )


def actors(article: Article, mentions: list[EntityMention], canonical: dict[str, str]) -> tuple[str, ...]:
    """The parties an article is about, the most named first (a name in its lead counting
    LEAD_WEIGHT): names that are no party are left out (is_actor_name), and so is a name
    mentioned once past the lead ("Supreme Court" in a markets piece)."""
    spans = sentence_spans(article.text)
    lead_end = spans[min(LEAD_SENTENCES, len(spans)) - 1][1] if spans else 0
    kept = [m for m in mentions if is_actor_name(canonical.get(m.name, m.name), article.text)]
    weight: Counter[str] = Counter()
    for m in kept:
        weight[canonical.get(m.name, m.name)] += LEAD_WEIGHT if m.field == "title" or m.start < lead_end else 1
    ranked = most_named((canonical.get(m.name, m.name), m.field, m.start) for m in kept
                        for _ in range(LEAD_WEIGHT if m.field == "text" and m.start < lead_end else 1))
    return tuple(name for name in ranked if weight[name] >= 2)


def is_actor_name(name: str, text: str) -> bool:
    """Whether a tagged name can be a party: not a measure or jargon ("CTR", "AI"), not a
    phrase in lower case ("bird fancier", "¼ cup feta"), not a one-word name the article also
    writes as a common word ("Strategy" beside "strategy"), not a name ending in a number
    ("Jose Luevano 1")."""
    name = name.strip()
    if not name[:1].isupper() or name in _NOT_ACTORS or name.split()[-1].isdigit():
        return False
    if " " not in name and not name.isupper():
        return re.search(rf"(?<![\w-]){re.escape(name.lower())}(?![\w-])", text) is None
    return True


def _dateline_place(article: Article) -> tuple[str, ...]:
    """A wire dateline's place ("KIROV, Veldoria —") where the gazetteer resolved none: the
    dateline says where the report was filed, which a name the gazetteer lacks still is
    (names the gazetteer lacks in running text are mostly not places: "Stadia", "Brexit")."""
    place = (article.dateline_place or "").strip()
    return (place.title() if place.isupper() else place,) if place else ()


def most_named(mentions: Iterable[tuple[str, str, int]]) -> tuple[str, ...]:
    """Names of (name, field, start) mentions, the most named first: a headline mention counts
    HEADLINE_WEIGHT, ties go to the one named first. By name alone a report of a merger listed
    'Abernathy, Al Maa-idah, Alden Capital' as its actors, and a Black Friday deals page the
    toy 'Cloud City' as its place; by mentions the firms merging and the city come first."""
    weight: Counter[str] = Counter()
    first: dict[str, tuple[bool, int]] = {}
    for name, field, start in mentions:
        if not name.strip():
            continue
        weight[name] += HEADLINE_WEIGHT if field == "title" else 1
        first[name] = min(first.get(name, (True, start)), (field != "title", start))
    return tuple(sorted(weight, key=lambda name: (-weight[name], first[name])))


def regions(places: Iterable[Place]) -> tuple[str, ...]:
    """The first-level region of each resolved place, with its country ("USA/California"),
    first seen first. Countries alone are left out: on ECB+ they cost sub-topic B3 F1 (all
    0.934 -> 0.932, odd 0.935 -> 0.920), most articles of a country sharing them."""
    found = [f"{p.country}/{p.admin1}" for p in places if p.country and p.admin1]
    return tuple(dict.fromkeys(found))
