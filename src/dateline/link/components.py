"""The linkers dateline runs after every analysis, in order: one line each."""

from dateline.link.identities.component import COMPONENT as IDENTITIES
from dateline.link.pubdates.component import COMPONENT as PUBDATES
from dateline.link.registry import Linkers
from dateline.link.stories.component import COMPONENT as STORIES

LINKERS = Linkers.of(PUBDATES, IDENTITIES, STORIES)
