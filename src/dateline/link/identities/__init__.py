"""One identity per person, organisation and place across the corpus (see clusters.py)."""

from dateline.link.identities.clusters import link_entities
from dateline.link.identities.speakers import canonical_speakers

__all__ = ["canonical_speakers", "link_entities"]
