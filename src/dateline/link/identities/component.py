"""The identities linker: corpus-wide entities, each mention's entity, each quote's speaker.

It writes its own tables (entities, entity_links, quote_speakers, and its running name
records); the extractor's entity_mentions and quotes rows stay as the extractor wrote them,
and reading those tables through the overlays shows the linked entity ids and canonical
speakers. A batch touches only the names its articles mention and the components they fall
in (see incremental.py), so linking 50 new articles costs the same in a large corpus as in a
small one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from dateline.link.identities.speakers import canonical_speakers
from dateline.link.identities.incremental import (
    add_mentions, component, entities_for, facts_of, known_facts, mention_links, new_facts, place,
)
from dateline.link.registry import LinkBatch, LinkOutcome, Linker
from dateline.models import (
    from_row,
    CorpusFact, Entity, EntityMention, EntityName, MentionLink, Quote, QuoteSpeaker,
)
from dateline.store import Overlay, Store, TableSpec

ENTITIES = TableSpec.from_record("entities", Entity, key=("id",), order=("type", "name", "id"), per_article=False)
ENTITY_LINKS = TableSpec.from_record(
    "entity_links", MentionLink, key=("article_id", "field", "start", "end", "type"),
    indexes=(("entity_id",), ("name_key",)),
)
QUOTE_SPEAKERS = TableSpec.from_record(
    "quote_speakers", QuoteSpeaker, key=("quote_id",), indexes=(("article_id",), ("speaker_entity_id",))
)
ENTITY_NAMES = TableSpec.from_record(
    "entity_names", EntityName, key=("key",),
    indexes=(("block",), ("head",), ("acronym",), ("phonetic",), ("entity_id",)), per_article=False,
)
CORPUS_FACTS = TableSpec.from_record(
    "corpus_facts", CorpusFact, key=("kind", "value"), indexes=(("value",),), per_article=False
)


def link_identities(store: Store, batch: LinkBatch) -> LinkOutcome:
    """Fold the batch's mentions into the name records, relink the components they touch, and
    give the quotes of every article whose entities changed their canonical speakers."""
    mentions = [from_row(EntityMention, row) for row in store.rows_for_articles("entity_mentions", batch.article_ids)]
    touched = _stored_names(store, {_key(m) for m in mentions})
    before = {key: name.entity_id for key, name in touched.items()}
    add_mentions(touched, mentions)
    batch_facts = facts_of(mentions)
    fresh = new_facts(store, batch_facts)
    # names a new fact may retype, and names of articles whose dates changed (descriptor dates)
    retyped = _names_retyped_by(store, fresh)
    revised = _names_in_articles(store, batch.revised)
    for key, name in {**retyped, **revised}.items():
        if key not in touched:
            touched[key] = name
            before[key] = name.entity_id
    old_keys = {(n.block, n.head, n.acronym) for n in touched.values()}
    facts = known_facts(store, touched.values()) | batch_facts
    for name in touched.values():
        place(name, facts)
    names = component(store, dict(touched))
    # the old blocks and keys of retyped names belong to the component too
    names = component(store, {**_names_with_keys(store, old_keys), **names})
    for key, name in names.items():
        before.setdefault(key, name.entity_id)
    published = _published(store, {a for n in names.values() for a in n.article_ids})
    entities, entity_of = entities_for(names, published)
    for key, name in names.items():
        name.entity_id = entity_of[key]
    changed_names = {key for key, name in names.items() if before.get(key) != name.entity_id}
    _write(store, names, entities, before, mentions, entity_of, changed_names)
    articles = set(batch.article_ids) | {a for key in changed_names for a in names[key].article_ids} \
        | set(batch.revised)
    linked = _relink_quotes(store, articles)
    return LinkOutcome({"entities": store.count("entities"), "quotes_linked": linked})


def _key(mention: EntityMention) -> str:
    from dateline.link.identities.clusters import _folded

    return _folded(mention)


def _stored_names(store: Store, keys: Iterable[str]) -> dict[str, EntityName]:
    return {row["key"]: EntityName(**row) for row in store.rows_matching("entity_names", "key", keys)}


def _names_retyped_by(store: Store, fresh: set[tuple[str, str]]) -> dict[str, EntityName]:
    names: dict[str, EntityName] = {}
    surnames = {v for k, v in fresh if k == "surname"}
    for row in store.rows_matching("entity_names", "phonetic", surnames):
        names[row["key"]] = EntityName(**row)
    words = {v for k, v in fresh if k in ("country", "person_word")}
    names.update(_stored_names(store, words))
    return names


def _names_in_articles(store: Store, article_ids: Iterable[str]) -> dict[str, EntityName]:
    keys = {row["name_key"] for row in store.rows_for_articles("entity_links", article_ids)}
    return _stored_names(store, keys)


def _names_with_keys(store: Store, keys: set[tuple[str, str | None, str | None]]) -> dict[str, EntityName]:
    names: dict[str, EntityName] = {}
    for column, index in (("block", 0), ("head", 1), ("acronym", 2)):
        values = {k[index] for k in keys if k[index]}
        for row in store.rows_matching("entity_names", column, values):
            names[row["key"]] = EntityName(**row)
    return names


def _published(store: Store, article_ids: set[str]) -> dict[str, str | None]:
    return {row["id"]: row["published"] for row in store.rows_matching("articles", "id", article_ids)}


def _write(store: Store, names: dict[str, EntityName], entities: list[Entity], before: dict[str, str | None],
           mentions: list[EntityMention], entity_of: dict[str, str], changed_names: set[str]) -> None:
    with store.transaction():
        store.delete_matching("entities", "id", {i for i in before.values() if i})
        store.insert_rows("entities", entities)
        store.insert_rows("entity_names", names.values())
        for key in sorted(changed_names):
            store.update_matching("entity_links", "name_key", [key], entity_id=entity_of[key])
        store.insert_rows("entity_links", mention_links(mentions, entity_of))


def _relink_quotes(store: Store, article_ids: set[str]) -> int:
    """Canonical speakers for the quotes of these articles, from their mentions' entities."""
    if not article_ids:
        return 0
    mentions = {(r["article_id"], r["field"], r["start"], r["end"], r["type"]): r
                for r in store.rows_for_articles("entity_mentions", article_ids)}
    mapping = {}
    for link in store.rows_for_articles("entity_links", article_ids):
        mention = mentions.get((link["article_id"], link["field"], link["start"], link["end"], link["type"]))
        if mention is not None:
            mapping[(mention["article_id"], mention["type"], mention["name"])] = link["entity_id"]
    entities = [from_row(Entity, r) for r in store.rows_matching("entities", "id", set(mapping.values()))]
    quotes = [dataclasses.replace(from_row(Quote, r), speaker_entity_id=None)
              for r in store.rows_for_articles("quotes", article_ids)]
    linked = canonical_speakers(quotes, dict(sorted(mapping.items())), entities=entities)
    store.replace_rows(
        "quote_speakers", [QuoteSpeaker(q.id, q.article_id, q.speaker, q.speaker_entity_id) for q in linked],
        article_ids=article_ids,
    )
    return store.count_present("quote_speakers", "speaker_entity_id")


COMPONENT = Linker(
    name="identities",
    function=link_identities,
    requires=("entities", "quotes", "pubdates"),
    tables=(ENTITIES, ENTITY_LINKS, QUOTE_SPEAKERS, ENTITY_NAMES, CORPUS_FACTS),
    exports=("entities",),
    overlays=(
        Overlay("entity_mentions", "entity_links",
                on=(("article_id", "article_id"), ("field", "field"), ("start", "start"), ("end", "end"),
                    ("type", "type")),
                columns=("entity_id",)),
        Overlay("quotes", "quote_speakers", on=(("quote_id", "id"),), columns=("speaker", "speaker_entity_id")),
    ),
    doc="one identity per person, organisation and place; quotes get canonical speakers",
)
