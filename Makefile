# Every target creates .venv when it is missing, so a fresh clone needs nothing but Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

SF_PACKAGE := packaging/salesforce
NODE_STAMP := $(SF_PACKAGE)/node_modules/.installed

.PHONY: test lint typecheck unit js salesforce bench-collect bench-smoke demo bench soak clean translations i18n-update package package-test

# The translations: .ts sources in git (made by pyside6-lupdate), .qm compiled here by lrelease.
TS := $(wildcard resources/i18n/omnisync_*.ts)
QM := $(TS:.ts=.qm)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After adding or changing a translate() call: refresh every .ts, then translate what is new.
i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -extensions py -tr-function-alias translate+=say desktop/omnisync -ts $(TS)

lint: $(STAMP)
	$(BIN)/ruff check desktop tests packaging
	$(BIN)/ruff format --check desktop tests packaging

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(QM)
	$(BIN)/python -m pytest -q

# The console component's JavaScript logic, with Node's built-in runner (no npm packages).
# The loopback tests need Node's WebSocket client: built in from Node 22, behind a flag on 20.
# They run the desktop's real listener with the venv's Python.
NODE_WS := $(shell node -e "process.exit(typeof WebSocket === 'function' ? 0 : 1)" 2>/dev/null || echo --experimental-websocket)
js: $(STAMP)
	OMNISYNC_PYTHON=$(BIN)/python node $(NODE_WS) --test packaging/salesforce/jstest/

# Every benchmark must at least import and collect, so none can rot between `make bench` runs.
bench-collect: $(STAMP)
	$(BIN)/python -m pytest -q --collect-only tests/bench -p no:cacheprovider -o addopts="--import-mode=importlib"

# Every benchmark's whole path with a few rounds and short windows (BENCH_SMOKE=1, read by
# tests/bench/measure.py), so none can break unnoticed between `make bench` runs; it prints
# "smoke run: no verdict" instead of verdicts.
bench-smoke: $(STAMP) $(QM)
	BENCH_SMOKE=1 $(BIN)/python -m pytest -q tests/bench -p no:cacheprovider -p no:randomly -o addopts="--import-mode=importlib"

# Salesforce's own tooling, pinned in packaging/salesforce/package-lock.json. Install scripts
# are skipped: none of these packages needs one to work.
$(NODE_STAMP): $(SF_PACKAGE)/package.json $(SF_PACKAGE)/package-lock.json
	cd $(SF_PACKAGE) && npm ci --ignore-scripts --no-audit --no-fund
	touch $(NODE_STAMP)

# The console package checked with that tooling: Apex parses, Aura lint, Metadata API conversion.
salesforce: $(NODE_STAMP)
	cd $(SF_PACKAGE) && npm run --silent check

test: lint typecheck unit js salesforce bench-collect bench-smoke package-test
# The frozen agents' app and this OS's installers in dist/ (packaging/README.md). On Linux: a .deb
# and a tarball; package-test checks them, and as root installs, runs and removes the .deb.
package: $(STAMP) $(QM)
	$(BIN)/python packaging/build.py --out dist --work build

package-test: package
	$(BIN)/python -m pytest -q tests/package -p no:cacheprovider -o addopts="--import-mode=importlib"

# The app on the sandbox clouds; the control page opens in the browser. Pass options with
# ARGS, e.g. make demo ARGS=--headless
demo: $(STAMP) $(QM)
	$(BIN)/omnisync demo $(ARGS)

bench: $(STAMP) $(QM)
	$(BIN)/python -m pytest -q tests/bench -p no:cacheprovider -s -o addopts="--import-mode=importlib"

# The long soak (docs/soak.md): SOAK_PROFILE, SOAK_SEED, SOAK_RUNS, SOAK_STEPS choose the runs;
# a failing run prints the command that replays it. The short seeded runs are part of `unit`.
soak: $(STAMP)
	SOAK_PROFILE=$(SOAK_PROFILE) SOAK_SEED=$(SOAK_SEED) SOAK_RUNS=$(SOAK_RUNS) SOAK_STEPS=$(SOAK_STEPS) \
		PYTHONPATH=desktop:tests $(BIN)/python tests/soak/run_soak.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache $(QM) $(SF_PACKAGE)/node_modules build dist
