"""Stories (topics) and happenings (sub-topics) across articles, linked online.

records.py  StoryDoc (input) and the state rows (clusters, memberships, frequencies)
features.py text, name and time vectors of an article; simhash for near-duplicates
cluster.py  group-average clustering over candidate pairs
linker.py   StoryLinker: a batch joins existing stories or opens new ones
adapter.py  StoryDoc from our Article / EntityMention / Timex records
timeline.py stories, happenings and the dated timeline from the state
compare.py  figures about one quantity within a happening: agree | compatible | conflict
tone.py     loaded language per outlet over headlines and leads
outputs.py  story_outputs: all of the above in one call

Wiring (for the store): keep a LinkerState per corpus (its rows: ClusterRow, MembershipRow,
document frequencies); per run, build StoryDocs of the new articles with adapter.story_doc
and call StoryLinker(state).link(docs); the returned MembershipRows are the new articles'
places. One StoryLinker per run: it builds its inverted index (ClusterRow.terms) once.
"""

from dateline.link.stories.linker import LinkerSettings, StoryLinker, link_batch
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc

__all__ = ["ClusterRow", "LinkerSettings", "LinkerState", "MembershipRow", "StoryDoc", "StoryLinker", "link_batch"]
