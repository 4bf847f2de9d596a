# dateline: two commands on a fresh machine
#   make demo   creates .venv, installs pinned dependencies, analyses examples/corpus, prints a summary,
#               the stories and their timelines
#   make test   runs the whole test suite (what .ci/run calls)

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEMO_DB ?= demo.db
DEMO_OUT ?= out/demo

.PHONY: install demo test test-fast bench docs clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

install: $(BIN)/.installed

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/dateline analyze examples/corpus --db $(DEMO_DB)
	$(BIN)/dateline export --db $(DEMO_DB) --format jsonl --out $(DEMO_OUT)
	$(BIN)/dateline stats --db $(DEMO_DB)
	$(BIN)/dateline stories --db $(DEMO_DB)
	$(BIN)/dateline timeline --db $(DEMO_DB) --top 4 --figures

test: install
	$(BIN)/pytest -n 2 -q

test-fast: install
	$(BIN)/pytest -n 2 -q -m "not slow"

docs: install
	DATELINE_UPDATE_DOCS=1 $(BIN)/pytest -q tests/test_docs.py

bench: install
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache
