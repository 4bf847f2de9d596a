"""Identities, linked batch by batch with the result of linking everything at once.

The full algorithm (clusters.py) compares names only within a block (a type and a
spelling-blind key), and joins blocks only through an organisation's first word or an acronym.
So the names a batch can change are those of the blocks its names fall in, grown along those
two keys until nothing new joins: a *component*. Linking a batch re-runs the full algorithm on
its components alone, from the running per-name records in `entity_names`, fetched by indexed
queries; names elsewhere cannot be affected, so the result equals a full relink (tested).

Three corpus-wide facts can retype a name (a lone word that is a person's surname, a country
that roles name, a word of a person's name); they only ever grow, so a batch retypes just the
names its new facts point at.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from dateline.vocabulary.names import acronym, fold, is_full_name, name_tokens, surname_and_given
from dateline.link.identities.clusters import (
    top_vote, _Name, _block_key, _canonical_name, _cluster, _disambiguate_ids, _folded, _is_acronym, decide_type,
)
from dateline.link.phonetic import phonetic
from dateline.analyse.events.mentions import entity_country_code
from dateline.models import CorpusFact, Entity, EntityMention, EntityName, MentionLink
from dateline.store import Store


def add_mentions(names: dict[str, EntityName], mentions: list[EntityMention]) -> None:
    """Fold a batch's mentions (of articles never linked before) into the running name records."""
    article_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    seen_descriptors: dict[str, set[tuple[str, str, bool]]] = {
        key: {tuple(d) for d in name.descriptors} for key, name in names.items()
    }
    for m in mentions:
        key = _folded(m)
        name = names.get(key)
        if name is None:
            name = names[key] = EntityName(key, {}, {}, {}, {}, [], [], [], 0, [], False)
            seen_descriptors[key] = set()
        name.votes[m.type] = name.votes.get(m.type, 0) + 1
        name.forms[m.name] = name.forms.get(m.name, 0) + 1
        if m.country:
            name.mention_countries[m.country] = name.mention_countries.get(m.country, 0) + 1
            if not m.in_caption:
                article_votes[(key, m.article_id)][m.country] += 1
        if m.sector:
            name.sectors = name.sectors or {}  # a record stored before sectors has none
            name.sectors[m.sector] = name.sectors.get(m.sector, 0) + 1
        name.texts = sorted(set(name.texts) | {m.text, m.name})
        for text in m.descriptors:
            triple = (text, m.article_id, m.in_caption)
            if triple not in seen_descriptors[key]:
                seen_descriptors[key].add(triple)
                name.descriptors.append(list(triple))
        if m.article_id not in name.article_ids:
            name.article_ids = sorted({*name.article_ids, m.article_id})
        name.mentions += 1
        order = [m.article_id, m.field, m.start, m.end, m.type]
        if not name.first or order < name.first:
            name.first, name.first_full = order, is_full_name(m.name)
    for (key, _article), votes in article_votes.items():
        country = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        names[key].countries[country] = names[key].countries.get(country, 0) + 1


def facts_of(mentions: Iterable[EntityMention]) -> set[tuple[str, str]]:
    facts = set()
    for m in mentions:
        if m.type == "PERSON" and is_full_name(m.name):
            facts.add(("surname", phonetic(surname_and_given(name_tokens(m.name))[0])))
            facts.update(("person_word", w) for w in name_tokens(m.name))
        if m.country:
            facts.add(("country", fold(m.country)))
    return facts


def _one_word_phonetic(key: str) -> str | None:
    tokens = name_tokens(key)
    return phonetic(tokens[0]) if len(tokens) == 1 else None


def place(name: EntityName, facts: set[tuple[str, str]]) -> None:
    """Type, block and joining keys of a name, from its votes and the corpus facts."""
    name.phonetic = _one_word_phonetic(name.key)
    name.type = decide_type(
        name.key, Counter(name.votes),
        person_surname=name.phonetic is not None and ("surname", name.phonetic) in facts,
        country=("country", name.key) in facts,
        person_word=("person_word", name.key) in facts,
    )
    as_name = to_name(name)
    name.block = f"{name.type}\x1f{_block_key(as_name)}"
    tokens = as_name.tokens
    name.head = tokens[0] if name.type == "ORG" and tokens else None
    name.acronym = None
    if name.type != "PERSON" and len(tokens) >= 2:
        name.acronym = f"{name.type}\x1f{acronym(' '.join(tokens))}"
    elif name.type != "PERSON" and len(tokens) == 1 and all(_is_acronym(f) for f in name.forms):
        name.acronym = f"{name.type}\x1f{tokens[0].replace('.', '').upper()}"


def to_name(name: EntityName) -> _Name:
    return _Name(
        f"{name.type}\x1f{name.key}", name.type, Counter(name.forms), Counter(name.countries),
        name_tokens(name.key), name.first_full,
    )


def component(store: Store, names: dict[str, EntityName]) -> dict[str, EntityName]:
    """`names` grown by every stored name sharing a block, a head word or an acronym with them,
    until nothing new joins."""
    keys = {"block": set(), "head": set(), "acronym": set()}
    frontier = list(names.values())
    while frontier:
        wanted = {"block": set(), "head": set(), "acronym": set()}
        for name in frontier:
            for column in wanted:
                value = getattr(name, column)
                if value is not None and value not in keys[column]:
                    wanted[column].add(value)
                    keys[column].add(value)
        frontier = []
        for column, values in wanted.items():
            for row in store.rows_matching("entity_names", column, values):
                if row["key"] not in names:
                    names[row["key"]] = EntityName(**row)
                    frontier.append(names[row["key"]])
    return names


def entities_for(names: dict[str, EntityName], published: dict[str, str | None]) -> tuple[list[Entity], dict[str, str]]:
    """The entities of a closed set of names (a union of components), and name key -> entity id."""
    by_key = {f"{n.type}\x1f{n.key}": n for n in names.values()}
    clusters = _cluster({k: to_name(n) for k, n in by_key.items()})
    members: dict[str, list[str]] = defaultdict(list)
    for key, root in clusters.items():
        members[root].append(key)
    cluster_id: dict[str, str] = {}
    groups = {root: [to_name(by_key[k]) for k in sorted(members[root])] for root in sorted(members)}
    for root, group in groups.items():
        cluster_id[root] = Entity.make_id(group[0].type, _canonical_name(group))
    _disambiguate_ids(cluster_id, members, {k: to_name(n) for k, n in by_key.items()})
    entities = [
        _entity(cluster_id[root], group, [by_key[k] for k in sorted(members[root])], published)
        for root, group in groups.items()
    ]
    entity_of = {by_key[key].key: cluster_id[root] for key, root in clusters.items()}
    return entities, entity_of


def _entity(entity_id: str, group: list, records: list[EntityName], published: dict[str, str | None]) -> Entity:
    countries: Counter = Counter()
    for name in group:
        countries.update(name.countries)
    if not countries:
        for record in records:
            countries.update(record.mention_countries)
    country = sorted(countries.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if countries else None
    sectors: Counter = Counter()
    for record in records:
        sectors.update(record.sectors or {})
    return Entity(
        id=entity_id,
        name=_canonical_name(group),
        type=group[0].type,
        aliases=sorted({t for r in records for t in r.texts}),
        descriptors=_descriptors(records, published),
        country=country,
        article_ids=sorted({a for r in records for a in r.article_ids}),
        mentions=sum(r.mentions for r in records),
        country_code=entity_country_code(country, group[0].type, _canonical_name(group)),
        sector=top_vote(sectors),
    )


def _descriptors(records: list[EntityName], published: dict[str, str | None]) -> list[dict]:
    """Body descriptors, plus caption ones from articles whose body gives none."""
    triples = [tuple(d) for r in records for d in r.descriptors]
    body_articles = {article for _text, article, in_caption in triples if not in_caption}
    chosen = {(text, article) for text, article, in_caption in triples
              if not (in_caption and article in body_articles)}
    out = [{"text": text, "article_id": article, "date": published.get(article)} for text, article in chosen]
    out.sort(key=lambda d: (d["date"] or "", d["article_id"], d["text"]))
    return out


def mention_links(mentions: list[EntityMention], entity_of: dict[str, str]) -> list[MentionLink]:
    links = []
    for m in mentions:
        key = _folded(m)
        links.append(MentionLink(m.article_id, m.field, m.start, m.end, m.type, entity_of[key], key))
    return links


def new_facts(store: Store, facts: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The facts the store did not know yet (stored now); returns them."""
    known = set()
    for kind in {k for k, _ in facts}:
        values = {v for k, v in facts if k == kind}
        known.update((kind, row["value"]) for row in store.rows_matching("corpus_facts", "value", values)
                     if row["kind"] == kind)
    fresh = facts - known
    store.insert_rows("corpus_facts", [CorpusFact(k, v) for k, v in sorted(fresh)])
    return fresh


def known_facts(store: Store, names: Iterable[EntityName]) -> set[tuple[str, str]]:
    """The stored facts that bear on these names' types."""
    wanted = set()
    for name in names:
        wanted.add(("country", name.key))
        wanted.add(("person_word", name.key))
        one_word = _one_word_phonetic(name.key)
        if one_word:
            wanted.add(("surname", one_word))
    found = set()
    for row in store.rows_matching("corpus_facts", "value", {v for _, v in wanted}):
        if (row["kind"], row["value"]) in wanted:
            found.add((row["kind"], row["value"]))
    return found
