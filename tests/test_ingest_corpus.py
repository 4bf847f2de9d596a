"""Ingest + clean over the sample corpus, scored against examples/corpus/gold.json.

Floors are what was measured when this test was written (all 47 articles: title, source,
published, dateline place all right; 57/57 furniture lines gone; no news line dropped).
"""

import json

import pytest

from dateline.clean import clean
from dateline.ingest import read_paths
from dateline.models import IngestError

from conftest import CORPUS

pytestmark = pytest.mark.slow


def _article_for(gold_item, by_file):
    path = str(CORPUS / gold_item["file"])
    raws = by_file[path]
    item = gold_item.get("item")
    if item is None:
        return clean(raws[0])
    for raw in raws:
        if raw.origin in (f"{path}:{item}", f"{path}#{item}") or (raw.format == "feed" and raw.metadata.get("item") == item):
            return clean(raw)
    raise AssertionError(f"no article for {gold_item['file']} item {item}")


def test_corpus_reads_without_errors_and_matches_gold_fields():
    gold = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
    by_file = {}
    errors = []
    for gold_item in gold["articles"]:
        path = str(CORPUS / gold_item["file"])
        if path not in by_file:
            items = list(read_paths([path]))
            errors += [str(i) for i in items if isinstance(i, IngestError)]
            by_file[path] = [i for i in items if not isinstance(i, IngestError)]
    assert errors == []
    fields_right = furniture_total = furniture_gone = articles_without_news_dropped = 0
    for gold_item in gold["articles"]:
        article = _article_for(gold_item, by_file)
        fields_right += all(getattr(article, k) == gold_item.get(k) for k in ("title", "source", "published", "dateline_place"))
        furniture = gold_item.get("removed", [])
        furniture_total += len(furniture)
        furniture_gone += sum(line not in article.text for line in furniture)
        dropped_news = [r for r in article.removed if r.text not in furniture and r.reason != "title-repeat"]
        articles_without_news_dropped += not dropped_news
    count = len(gold["articles"])
    assert fields_right / count >= 0.95
    assert furniture_gone / max(furniture_total, 1) >= 0.95
    assert articles_without_news_dropped == count
