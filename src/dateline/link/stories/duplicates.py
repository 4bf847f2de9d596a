"""Near-duplicate candidates found through band keys of the simhash, not by walking every
member of a happening.

An article is a near-duplicate of the first member of its happening (by article id) whose
64-bit simhash is within `duplicate_bits` (10) bits of its own. Cut the 64 bits into 11
disjoint bands (nine of 6 bits, two of 5): two fingerprints differing in at most 10 bits
cannot differ in every band, so they agree exactly on at least one (pigeonhole). A member
sharing none of an article's 11 band keys within its happening therefore cannot be its
near-duplicate; those sharing one are candidates, still tested by their Hamming distance in
article id order, so the answer is the one walking every member gives. A band of 6 bits
matches an unrelated fingerprint 1 time in 64 (11 bands: about one member in six), members of
one happening, whose texts share words, more often: a batch of the scale benchmark at 97k
articles read 3.6k candidate memberships (and 5.2k key rows of two columns) where walking
every member of the touched happenings read 8.9k memberships.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# (first bit, bit count) of each band: 9 x 6 + 2 x 5 = 64 bits
BANDS: tuple[tuple[int, int], ...] = tuple((6 * n, 6) for n in range(9)) + ((54, 5), (59, 5))
EXACT_UP_TO = len(BANDS) - 1  # the most differing bits for which a shared band is guaranteed


@dataclass
class DuplicateKey:
    """One band of an article's fingerprint within its happening (story_duplicate_keys)."""

    key: int
    article_id: str


def band_keys(happening_id: str, fingerprint: int) -> list[int]:
    """The 11 keys of a fingerprint's bands within a happening: 48 bits naming the happening,
    4 the band, 6 its value (a key shared by chance across happenings only adds a candidate
    the caller drops: it reads the candidate's own happening)."""
    happening = int.from_bytes(hashlib.blake2b(happening_id.encode("utf-8"), digest_size=6).digest(), "big")
    return [(happening << 10) | (band << 6) | ((fingerprint >> first) & ((1 << width) - 1))
            for band, (first, width) in enumerate(BANDS)]


def duplicate_keys(article_id: str, happening_id: str, fingerprint: int) -> list[DuplicateKey]:
    return [DuplicateKey(key, article_id) for key in band_keys(happening_id, fingerprint)]
