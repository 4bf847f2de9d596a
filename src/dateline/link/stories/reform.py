"""A touched story's happenings formed anew from all its articles, as one batch would.

Online, a story's first batches bring it a few articles at a time, and a few reports of two
happenings of one kind (two fires of one town, a trial and the crime it judges) clear the
happening threshold together before either happening has the fellows that would have kept
them apart: one batch compares every article with every other, and the closest pairs form
each happening first. So while a story is small (at most `reform_happenings_up_to`
articles), a batch that touches it clusters the story's happenings again over all its
articles, each weighed by the document frequencies of the corpus as they are now (a story's
own articles alone make its shared words look rare: re-clustered that way ECB+ sub-topics
scored 0.78). A larger story keeps its happenings and new articles join them one batch at
a time, so a batch costs the same however long a story runs.

Happening ids carry over: each new group takes the id of the old happening holding most of
its members (each old id once; ties to the smaller id), else a new one named after its first
article, so a re-formed story whose happenings stay as they were changes nothing. Old ids no
group takes leave the state, like happenings absorbed into another. Members that move are
written back with their near-duplicate link found again in their new happening.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from dateline.link.stories import features
from dateline.link.stories.records import ClusterRow, MembershipRow, StoryDoc
from dateline.models import stable_id

if TYPE_CHECKING:
    from dateline.link.stories.linker import StoryLinker, _Prepared

# article ids -> their StoryDocs (those it cannot give are missing from the answer)
DocumentSource = Callable[[Iterable[str]], Mapping[str, StoryDoc]]


def stories_to_reform(linker: StoryLinker, by_story: Mapping[str, list[_Prepared]]) -> dict[str, list[str]]:
    """The touched stories whose happenings are formed anew, with their old articles: those
    with old articles and at most `reform_happenings_up_to` in all (none without a source)."""
    cap = linker.settings.reform_happenings_up_to
    if linker.documents is None or not cap:
        return {}
    chosen = {}
    for story_id, new in sorted(by_story.items()):
        if linker.state.clusters[story_id].size > cap or linker.state.clusters[story_id].size == len(new):
            continue  # its size counts the new articles: too large, or all new (nothing to re-form)
        fresh = {item.doc.article_id for item in new}
        old_ids = [a for a in linker.state.member_ids(story_id) if a not in fresh]
        if old_ids and len(old_ids) + len(new) <= cap:
            chosen[story_id] = old_ids
    return chosen


def read_old_articles(linker: StoryLinker, chosen: Mapping[str, list[str]]) -> dict[str, _Prepared]:
    """The old articles of the stories to re-form, prepared with today's document frequencies
    from their counted terms as the state keeps them (a stored state: rows read by key), those
    it lacks counted from the source's StoryDocs and kept (read at once: one request to each,
    one for the frequencies). Reading and parsing every old article again was most of the
    cost of re-forming."""
    wanted = [a for old_ids in chosen.values() for a in old_ids]
    if not wanted or linker.documents is None:
        return {}
    terms = linker.state.article_terms(wanted)
    unread = [a for a in wanted if a not in terms]
    if unread:
        counted = {a: features.counted(doc) for a, doc in linker.documents(unread).items()}
        linker.state.keep_terms(counted.values())
        terms.update(counted)
    linker.state.prefetch(terms={t for kept in terms.values() for t in (*kept.words, *kept.names)})
    return {a: linker._prepare(terms[a].doc(), terms[a]) for a in sorted(terms)}


def reform_happenings(linker: StoryLinker, story_id: str, new: list[_Prepared], old_ids: list[str],
                      old: Mapping[str, _Prepared]) -> list[str] | None:
    """The happening ids of the story's new articles, its happenings formed anew over all its
    articles; None when an old article could not be read (its happenings are grown as before)."""
    if any(a not in old for a in old_ids):
        return None  # an article the source no longer gives: keep what is there
    state = linker.state
    everyone = sorted([*new, *(old[a] for a in old_ids)], key=lambda p: p.doc.article_id)
    groups = linker._cluster_new(everyone, level="happening")
    old_happening = {a: state.members[a].happening_id for a in old_ids}
    ids = _carried_ids(groups, everyone, old_happening)
    for happening_id in sorted(set(old_happening.values()) - set(ids)):
        if happening_id in state.clusters:
            state.drop(happening_id)
    for group, happening_id in zip(groups, ids):
        _rebuild_happening(linker, happening_id, story_id, [everyone[i] for i in group])
    placed = {everyone[i].doc.article_id: happening_id for group, happening_id in zip(groups, ids) for i in group}
    _move_members(linker, story_id, placed, old_ids)
    return [placed[item.doc.article_id] for item in new]


def _carried_ids(groups: list[list[int]], everyone: list[_Prepared], old_happening: dict[str, str]) -> list[str]:
    """Each group's id: the old happening holding most of its members, larger groups choosing
    first (each old id once), else one named after the group's first article."""
    order = sorted(range(len(groups)), key=lambda g: (-len(groups[g]), min(groups[g])))
    taken: set[str] = set()
    ids = [""] * len(groups)
    for g in order:
        held = Counter(old_happening[a] for a in (everyone[i].doc.article_id for i in groups[g]) if a in old_happening)
        free = sorted((h for h in held if h not in taken), key=lambda h: (-held[h], h))
        if free:
            ids[g] = free[0]
            taken.add(free[0])
        else:
            ids[g] = stable_id("happening", everyone[min(groups[g])].doc.article_id)
    return ids


def _rebuild_happening(linker: StoryLinker, happening_id: str, story_id: str, members: list[_Prepared]) -> None:
    """The happening's row summed afresh from its members (a new row when the id is new)."""
    state = linker.state
    row = state.clusters.get(happening_id)
    if row is None:
        state.clusters[happening_id] = ClusterRow(id=happening_id, level="happening", parent_id=None, size=0, vectors={})
        state.adopt(happening_id, story_id)
    else:
        row.vectors, row.size, row.first_date, row.last_date = {}, 0, None, None
    linker._grow(happening_id, members, level="happening", parent=story_id)


def _move_members(linker: StoryLinker, story_id: str, placed: dict[str, str], old_ids: list[str]) -> None:
    """Old members whose happening changed are placed anew, with their near-duplicate link
    found again among the earlier members (by article id) of their new happening."""
    state = linker.state
    bits = linker.settings.duplicate_bits
    changed = {a for a in old_ids if state.members[a].happening_id != placed[a]}
    # and those whose original left their happening
    moved = sorted(changed | {a for a in old_ids if (d := state.members[a].duplicate_of) is not None
                              and placed.get(d) != placed[a]})
    if not moved:
        return
    by_happening: dict[str, list[MembershipRow]] = {}
    for a in sorted(old_ids):
        by_happening.setdefault(placed[a], []).append(state.members[a])
    for article_id in moved:
        member = state.members[article_id]
        duplicate_of = None
        for other in by_happening[placed[article_id]]:
            if other.article_id >= article_id:
                break
            if features.hamming(other.fingerprint, member.fingerprint) <= bits:
                duplicate_of = other.duplicate_of or other.article_id
                break
        row = dataclasses.replace(member, story_id=story_id, happening_id=placed[article_id], duplicate_of=duplicate_of)
        state.place(row)
        linker._moved[article_id] = row
