# rucn-data: two commands do everything on a fresh machine (Python 3.11 and make are all it needs).
#   make reproduce   run every notebook in place, regenerate figures/ and docs/errata.md
#   make test        lint, unit tests, figure tests and nbval over every notebook
# Both create .venv on first use and install the package with the pinned versions.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# JupyterLab gets its own environment: in the test environment it would slow every notebook tool
# (its jsonschema extras make `import nbclient` ~1 s slower).
LAB_VENV := .venv-lab
CONSTRAINTS := requirements/constraints.txt
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet

# Writable, repo-local homes for matplotlib and IPython, so nothing machine-specific leaks into
# notebook outputs; fixed seeds and dates so repeated runs write identical bytes.
export MPLCONFIGDIR := $(CURDIR)/.cache/matplotlib
export IPYTHONDIR := $(CURDIR)/.cache/ipython
export PYTHONHASHSEED := 0
export SOURCE_DATE_EPOCH := 1700000000
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: reproduce test lint lab bench lock clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(PIP) install -c $(CONSTRAINTS) -e '.[test]'
	@touch $@

$(LAB_VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv $(LAB_VENV)
	$(LAB_VENV)/bin/python -m pip --disable-pip-version-check --quiet install -c $(CONSTRAINTS) -e '.[lab]'
	@touch $@

reproduce: $(VENV)/.installed-test
	$(BIN)/python -m rucn_data reproduce

test: lint
	$(BIN)/python -m pytest -n 2

# ruff (pinned in requirements/constraints.txt): lint and format, 120 columns; `make test` runs it first.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

lab: $(LAB_VENV)/.installed
	$(LAB_VENV)/bin/jupyter lab notebooks/

bench: $(VENV)/.installed-test
	$(BIN)/python tools/bench.py

# Refresh the pins (needs the network): resolve the newest versions allowed by pyproject.toml.
lock:
	$(PYTHON) tools/lock.py

clean:
	rm -rf $(VENV) $(LAB_VENV) .cache build
