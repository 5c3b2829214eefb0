# Two commands do everything on a fresh machine: `make demo` and `make test`.
# Each creates the project virtual environment on first use.
PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
STAMP = $(VENV)/.installed

.PHONY: install demo test test-fast bench clean

EXAMPLES = src/sitreps/examples
DEMO = demo

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# The main job on the bundled example reports: run into a database, then export.
demo: $(STAMP)
	@mkdir -p $(DEMO)
	$(BIN)/sitreps run $(EXAMPLES) --db $(DEMO)/sitreps.db
	$(BIN)/sitreps export --db $(DEMO)/sitreps.db --format acled-csv -o $(DEMO)/events.csv
	$(BIN)/sitreps export --db $(DEMO)/sitreps.db --format geojson -o $(DEMO)/events.geojson
	$(BIN)/sitreps export --db $(DEMO)/sitreps.db --format jsonl -o $(DEMO)/events.jsonl
	$(BIN)/sitreps stats --db $(DEMO)/sitreps.db
	@echo "Results: $(DEMO)/sitreps.db (database), $(DEMO)/events.csv (ACLED CSV), $(DEMO)/events.geojson (map), $(DEMO)/events.jsonl (events with evidence)"

test: $(STAMP)
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not model and not shared and not postgres and not slow"

bench: $(STAMP)
	$(BIN)/python bench/bench_run.py

clean:
	rm -rf $(VENV) demo build dist src/*.egg-info
