"""benchmarks/throughput.py keeps running: its per-extractor costs follow the registry."""

from __future__ import annotations

import importlib.util

import pytest

from dateline.components import DEFAULT
from dateline.settings import Settings

from conftest import CORPUS, PROJECT


def _throughput():
    spec = importlib.util.spec_from_file_location("throughput", PROJECT / "benchmarks" / "throughput.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_benchmark_times_every_registered_extractor():
    throughput = _throughput()
    records = throughput.corpus_texts(CORPUS / "txt", 3)
    seconds = throughput.bench_extractors(records, model=None)
    assert list(seconds) == ["parse", *DEFAULT.extractors.names]
    assert throughput.bench_dateline(records, settings=Settings()) > 0
