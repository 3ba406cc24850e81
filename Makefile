# Every target creates .venv when it is missing, so a fresh clone needs nothing but Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: test lint typecheck unit js demo bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests
	$(BIN)/ruff format --check desktop tests

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest -q

# The console component's JavaScript logic, with Node's built-in runner (no npm packages).
js:
	node --test packaging/salesforce/jstest/

test: lint typecheck unit js

# The app on the sandbox clouds; the control page opens in the browser. Pass options with
# ARGS, e.g. make demo ARGS=--headless
demo: $(STAMP)
	$(BIN)/omnisync demo $(ARGS)

bench: $(STAMP)
	$(BIN)/python -m pytest -q tests/bench -p no:cacheprovider -s -o addopts="--import-mode=importlib"

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
