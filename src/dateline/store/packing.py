"""Weight maps stored packed: {group: {name: weight}} as one bytes value.

The story linker keeps each cluster's summed term weights (a few hundred per cluster) and a
batch reads thousands of clusters; as JSON text every weight was printed and parsed as
decimal digits, the largest part of reading and writing them. Packed, the names are JSON
text (strings parse fast) and the weights one array of little-endian float64, copied as
they are: every weight comes back bit for bit, in the order it was stored.

Layout: an 8-byte little-endian count n of weights, the n weights, then the JSON list
[[group, [name, ...]], ...] naming them in order.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import numpy as np

_COUNT = np.dtype("<u8")
_WEIGHT = np.dtype("<f8")


def pack(groups: Mapping[str, Mapping[str, float]]) -> bytes:
    names = [[group, list(weights)] for group, weights in groups.items()]
    values = [w for weights in groups.values() for w in weights.values()]
    return (np.array([len(values)], dtype=_COUNT).tobytes() + np.array(values, dtype=_WEIGHT).tobytes()
            + json.dumps(names, ensure_ascii=False).encode("utf-8"))


def unpack(value: bytes) -> dict[str, dict[str, float]]:
    count = int(np.frombuffer(value, dtype=_COUNT, count=1)[0])
    values = np.frombuffer(value, dtype=_WEIGHT, count=count, offset=_COUNT.itemsize).tolist()
    start = _COUNT.itemsize + count * _WEIGHT.itemsize
    groups, at = {}, 0
    for group, names in json.loads(value[start:].decode("utf-8")):
        groups[group] = dict(zip(names, values[at : at + len(names)]))
        at += len(names)
    return groups
