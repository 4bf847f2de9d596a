"""Everything the story linker's state yields, in one call: the records behind stories.jsonl,
timeline.jsonl and comparisons.jsonl, and the outlets' tone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from dateline.link.stories.compare import compare_figures
from dateline.link.stories.records import LinkerState, StoryDoc
from dateline.link.stories.timeline import build_stories, build_timeline
from dateline.link.stories.tone import OutletTone, outlet_tone
from dateline.models import Amount, Comparison, Event, Quote, Story, Timex, TimelineEntry


@dataclass
class StoryOutputs:
    stories: list[Story]
    timeline: list[TimelineEntry]
    comparisons: list[Comparison]
    tones: list[OutletTone]


def story_outputs(
    state: LinkerState,
    docs: Mapping[str, StoryDoc],
    *,
    timexes: Mapping[str, list[Timex]],
    quotes: Mapping[str, list[Quote]] | None = None,
    amounts: Mapping[str, list[Amount]] | None = None,
    event_ids: Mapping[str, list[str]] | None = None,
    events: Mapping[str, list[Event]] | None = None,
) -> StoryOutputs:
    """All keyed by article id; `docs` must hold every linked article (the adapter builds them).
    Near-duplicate copies (MembershipRow.duplicate_of) are left out of the tone, so a wire
    story republished by an aggregator counts for its own outlet once."""
    sources = {article_id: doc.source for article_id, doc in docs.items()}
    happenings = {h.id: state.member_ids(h.id) for h in state.happenings()}
    originals = [doc for article_id, doc in docs.items()
                 if not (article_id in state.members and state.members[article_id].duplicate_of)]
    if events is not None and event_ids is None:
        event_ids = {article_id: [e.id for e in found] for article_id, found in events.items()}
    timeline = build_timeline(state, docs, timexes=timexes, quotes=quotes, event_ids=event_ids, events=events)
    return StoryOutputs(
        stories=build_stories(state, docs, event_ids, timeline),
        timeline=timeline,
        comparisons=compare_figures(
            happenings, amounts or {}, sources, quotes, {a: (doc.published or "")[:10] or None for a, doc in docs.items()}
        ),
        tones=outlet_tone(originals),
    )
