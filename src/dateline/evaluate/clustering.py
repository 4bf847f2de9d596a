"""Clustering figures: B-cubed precision/recall/F1 and the adjusted Rand index."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping


def bcubed(predicted: Mapping[str, str], gold: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed P/R/F1 (Bagga & Baldwin) of a predicted clustering against gold, over the
    items both give a cluster."""
    items = [i for i in gold if i in predicted]
    if not items:
        return 0.0, 0.0, 0.0
    pair_counts = Counter((predicted[i], gold[i]) for i in items)
    predicted_sizes = Counter(predicted[i] for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    precision = sum(pair_counts[(predicted[i], gold[i])] / predicted_sizes[predicted[i]] for i in items) / len(items)
    recall = sum(pair_counts[(predicted[i], gold[i])] / gold_sizes[gold[i]] for i in items) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def adjusted_rand(predicted: Mapping[str, str], gold: Mapping[str, str]) -> float:
    items = [i for i in gold if i in predicted]
    n = len(items)
    if n < 2:
        return 1.0

    def pairs(count: int) -> float:
        return count * (count - 1) / 2

    together = sum(pairs(c) for c in Counter((predicted[i], gold[i]) for i in items).values())
    by_predicted = sum(pairs(c) for c in Counter(predicted[i] for i in items).values())
    by_gold = sum(pairs(c) for c in Counter(gold[i] for i in items).values())
    expected = by_predicted * by_gold / pairs(n)
    maximum = (by_predicted + by_gold) / 2
    return 1.0 if maximum == expected else (together - expected) / (maximum - expected)


def clustering_figures(predicted: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    precision, recall, f1 = bcubed(predicted, gold)
    return {
        "ari": round(adjusted_rand(predicted, gold), 4),
        "bcubed_precision": round(precision, 4),
        "bcubed_recall": round(recall, 4),
        "bcubed_f1": round(f1, 4),
        "clusters": len(set(predicted[i] for i in gold if i in predicted)),
        "gold_clusters": len(set(gold.values())),
    }
