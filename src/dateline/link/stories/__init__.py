"""Stories (topics) and happenings (sub-topics) across articles, linked online.

records.py  StoryDoc (input) and the state rows (clusters of fixed size, memberships, frequencies)
features.py text, name and time vectors of an article; simhash for near-duplicates
cluster.py  group-average clustering over candidate pairs
linker.py   StoryLinker: a batch joins existing stories or opens new ones
reform.py   a small touched story's happenings formed anew over all its articles
adapter.py  StoryDoc from our Article / EntityMention / Timex records
timeline.py stories, happenings and the dated timeline from the state
compare.py  figures about one quantity within a happening: agree | compatible | conflict
tone.py     loaded language per outlet over headlines and leads
outputs.py  story_outputs: all of the above in one call
stored.py   the state in the store, read per batch: postings of the batch's terms, clusters by id
duplicates.py band keys of the simhash: the only members an article may be a near-duplicate of
component.py the registered linker: link_docs (state in, link, changed state out), then rebuilds

Wiring: in memory, keep a LinkerState and call StoryLinker(state).link(docs) per batch (it
builds its inverted index from ClusterRow.terms when the state has none). With a store,
component.link_docs(store, docs) does the same, the state read on demand from the linker's
tables (stored.py): a batch reads the postings of its own salient terms, never every cluster.
"""

from dateline.link.stories.linker import LinkerSettings, StoryLinker, link_batch
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc

__all__ = ["ClusterRow", "LinkerSettings", "LinkerState", "MembershipRow", "StoryDoc", "StoryLinker", "link_batch"]
