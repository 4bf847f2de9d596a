"""Stories (topics) and happenings (sub-topics) across articles, linked online.

records.py  StoryDoc (input) and the state rows (clusters, memberships, frequencies)
features.py text, name and time vectors of an article; simhash for near-duplicates
cluster.py  group-average clustering over candidate pairs
linker.py   StoryLinker: a batch joins existing stories or opens new ones
adapter.py  StoryDoc from our Article / EntityMention / Timex records
"""

from dateline.link.stories.linker import LinkerSettings, StoryLinker, link_batch
from dateline.link.stories.records import ClusterRow, LinkerState, MembershipRow, StoryDoc

__all__ = ["ClusterRow", "LinkerSettings", "LinkerState", "MembershipRow", "StoryDoc", "StoryLinker", "link_batch"]
