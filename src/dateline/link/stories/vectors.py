"""Summed sparse vectors of feature groups, and their similarity.

A cluster's vectors are the sums of its members' unit vectors per feature group ("text",
"entities", "time"), so the group-average similarity of two clusters (the mean over all
member pairs of the weighted dot products) is exact from the sums and the sizes alone:
dot(sum_a, sum_b) / (size_a * size_b). Kept apart from the clustering (cluster.py), which
decides which pairs merge, since the features and the themes weigh vectors the same way.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from itertools import repeat
from operator import add, mul

Vectors = dict[str, dict[str, float]]

def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    # the shared terms by a set intersection of the keys (in C: a cluster's 300 terms against
    # another's were the linker's main cost walked in Python), summed exactly (math.fsum), so
    # the value does not depend on the order the intersection lists them in; the products
    # by map (a set lists its members in the same order each time it is walked), not a
    # Python loop: this is the linker's innermost step
    shared = a.keys() & b.keys()
    return math.fsum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared))) if shared else 0.0


DATED = "#dated"  # in a time vector: how many of its members are dated


def centred_dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Summed time similarity over member pairs, rescaled from [0, 1] to [-1, 1] over the
    pairs where both are dated: two dates a year apart push apart instead of adding nothing."""
    overlap = dot(a, b) - a.get(DATED, 0.0) * b.get(DATED, 0.0)
    return 2 * overlap - a.get(DATED, 0.0) * b.get(DATED, 0.0)


def norm(vector: Mapping[str, float]) -> float:
    return math.sqrt(sum(w * w for t, w in vector.items() if t != DATED))


def similarity(a_vectors: Vectors, a_size: int, b_vectors: Vectors, b_size: int,
               weights: Mapping[str, float], *, linkage: str = "average") -> float:
    """Weighted similarity over the feature groups both sides have: the group average
    (mean over member pairs) or, with linkage "centroid", the cosine of the summed vectors
    (which does not fall as a cluster grows more varied)."""
    total = 0.0
    used = 0.0
    for group, weight in weights.items():
        if not weight:
            continue
        a, b = a_vectors.get(group), b_vectors.get(group)
        if not a or not b:
            continue
        if DATED in a or DATED in b:
            value = centred_dot(a, b) / (a_size * b_size)
        elif linkage == "centroid":
            scale = norm(a) * norm(b)
            value = dot(a, b) / scale if scale else 0.0
        else:
            value = dot(a, b) / (a_size * b_size)
        total += weight * value
        used += weight
    return total / used if used else 0.0


def add_vectors(into: Vectors, other: Vectors, *, keep: int | None = None) -> Vectors:
    """A new summed vector set (the inputs are left alone), each group cut to its `keep`
    heaviest terms (the time group's DATED count is always kept)."""
    result = {group: dict(vector) for group, vector in into.items()}
    for group, vector in other.items():
        target = result.get(group)
        if target is None:
            result[group] = dict(vector)
            continue
        # the same sums in the same order as a loop over `vector` (its new terms after the old,
        # in its order), by update over map: the loop per term was most of merging vectors
        target.update(zip(vector, map(add, map(target.get, vector, repeat(0.0)), vector.values())))
    if keep is not None:
        for group, vector in result.items():
            if len(vector) > keep:
                result[group] = {term: vector[term] for term in heaviest(vector, keep)}
                if DATED in vector:
                    result[group][DATED] = vector[DATED]
    return result


def heaviest(vector: Mapping[str, float], keep: int) -> list[str]:
    """The `keep` heaviest terms, heaviest first, ties by term: the terms sorted by name,
    then (a stable sort keeps that order among equal weights) by weight, both keyed in C
    (a (-weight, term) key built in Python per term was most of trimming a merged vector)."""
    return sorted(sorted(vector), key=vector.__getitem__, reverse=True)[:keep]
