# Two commands for a new user: `make dist` builds dist/ from seeds/, `make test` runs the tests.
# Each creates .venv on first use with everything it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export PYPANDOC_PANDOC := $(abspath $(VENV))/lib/python3.11/site-packages/pypandoc/files/pandoc

.PHONY: dist test bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

dist: $(STAMP)
	$(BIN)/galley build seeds/ -o dist

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf dist .pytest_cache
