"""One identity per person, organisation and place across the corpus (see clusters.py)."""

from dateline.link.identities.clusters import canonical_speakers, link_entities

__all__ = ["canonical_speakers", "link_entities"]
