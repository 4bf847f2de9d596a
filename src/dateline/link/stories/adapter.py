"""StoryDoc from our records: an Article with its entity mentions and time expressions."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.link.stories.records import StoryDoc
from dateline.models import Article, EntityMention, Timex

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
NAME_TYPES = frozenset({"PERSON", "ORG", "NORP", "EVENT"})


def story_doc(
    article: Article,
    *,
    entities: Iterable[EntityMention] = (),
    timexes: Iterable[Timex] = (),
    canonical: dict[str, str] | None = None,
    copy_sources: Iterable[str] = (),
) -> StoryDoc:
    """The linker's view of one article. `canonical` maps an in-article name to its
    corpus identity's name (from link.identities), when linking has run; mentions from
    photo captions are left out (a caption may be wrong, see the sample corpus).
    `copy_sources`: the outlets of the article's other copies (the same text run again)."""
    canonical = canonical or {}
    names: list[str] = []
    places: list[str] = []
    for mention in entities:
        if mention.in_caption:
            continue
        name = canonical.get(mention.name, mention.name)
        if mention.type in PLACE_TYPES:
            places.append(name)
        elif mention.type in NAME_TYPES:
            names.append(name)
    dates = [t.value for t in timexes if t.type == "DATE" and t.value and t.value[:1].isdigit()]
    return StoryDoc(
        article_id=article.id,
        title=article.title or "",
        text=article.text,
        published=article.published,
        source=article.source,
        entity_names=tuple(dict.fromkeys(names)),
        place_names=tuple(dict.fromkeys(places)),
        dates=tuple(dates),
        copy_sources=tuple(sorted({s for s in copy_sources if s and s != article.source})),
    )
