# rucn-data: two commands do everything on a fresh machine (Python 3.11 and make are all it needs).
#   make reproduce   run every notebook in place, regenerate figures/ and docs/errata.md
#   make test        lint, unit tests, figure tests and nbval over every notebook
# Both create .venv on first use and install the package with the pinned versions.
# Two more test what users meet (a scratch copy of the repo each; tracked files are never written):
#   make test-lab     every notebook opened, run and saved in JupyterLab in a real browser (chromium)
#   make test-binder  Binder's environment rebuilt as repo2docker builds it, every notebook run in it

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# JupyterLab gets its own environment: in the test environment it would slow every notebook tool
# (its jsonschema extras make `import nbclient` ~1 s slower).
LAB_VENV := .venv-lab
CONSTRAINTS := requirements/constraints.txt

# Writable, repo-local homes for matplotlib and IPython, so nothing machine-specific leaks into
# notebook outputs; fixed seeds and dates so repeated runs write identical bytes.
export MPLCONFIGDIR := $(CURDIR)/.cache/matplotlib
export IPYTHONDIR := $(CURDIR)/.cache/ipython
export PYTHONHASHSEED := 0
export SOURCE_DATE_EPOCH := 1700000000
export PYDEVD_DISABLE_FILE_VALIDATION := 1
# Compiled bytecode is written (to __pycache__/, git-ignored) even where the shell sets PYTHONDONTWRITEBYTECODE:
# without it every process compiles the package again and pytest rewrites every test module (~1 s a process).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: reproduce test lint test-lab test-binder lab bench lock clean

# Environments are made without pip (0.2 s instead of 5 s): uv installs into them. uv itself is put there by the
# system's pip (`pip --python`, pip >= 22.3); without one, the environment gets its own pip to fetch uv, and where uv
# cannot be had at all, pip installs the same pinned versions. uv first tries its own cache alone (--offline: the
# pinned versions, without asking the index about each, 2 s less), then the index. Bytecode is compiled as modules
# are first imported (see PYTHONDONTWRITEBYTECODE above), not for every installed file: 12 s less on a fresh clone.
$(BIN)/python:
	$(PYTHON) -m venv --without-pip $(VENV)

UV_VERSION := $(shell sed -n 's/^uv==//p' $(CONSTRAINTS))
QUIET_PIP := --disable-pip-version-check --quiet
define install_pinned
	( { $(PYTHON) -m pip $(QUIET_PIP) --python $(1)/python install 'uv==$(UV_VERSION)' 2>/dev/null \
	    || { $(1)/python -m ensurepip --default-pip >/dev/null && $(1)/python -m pip $(QUIET_PIP) install 'uv==$(UV_VERSION)'; }; } \
	  && { $(1)/python -m uv pip install --offline --quiet --python $(1)/python -c $(CONSTRAINTS) -e '$(2)' 2>/dev/null \
	       || $(1)/python -m uv pip install --quiet --python $(1)/python -c $(CONSTRAINTS) -e '$(2)'; } ) \
	|| { $(1)/python -m ensurepip --default-pip >/dev/null; $(1)/python -m pip $(QUIET_PIP) install -c $(CONSTRAINTS) -e '$(2)'; }
endef

$(VENV)/.installed-test: pyproject.toml $(CONSTRAINTS) | $(BIN)/python
	$(call install_pinned,$(BIN),.[test])
	@touch $@

$(LAB_VENV)/.installed: pyproject.toml $(CONSTRAINTS)
	$(PYTHON) -m venv --without-pip $(LAB_VENV)
	$(call install_pinned,$(LAB_VENV)/bin,.[lab])
	@touch $@

# Playwright for Python drives Debian's chromium (Playwright's own browser download is not used).
LAB_BROWSER := .[lab,browser]
$(LAB_VENV)/.installed-browser: $(LAB_VENV)/.installed
	$(call install_pinned,$(LAB_VENV)/bin,$(LAB_BROWSER))
	@touch $@

CHROMIUM ?= /usr/bin/chromium
$(CHROMIUM):
	@test "$$(id -u)" = 0 || { echo "make test-lab needs $(CHROMIUM): apt-get install chromium (as root)"; exit 1; }
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

# The homes exported above must exist (a fresh clone has none: the lab server warned it could not write them).
CACHE_DIRS := $(MPLCONFIGDIR) $(IPYTHONDIR)
$(CACHE_DIRS):
	mkdir -p $@

reproduce: $(VENV)/.installed-test | $(CACHE_DIRS)
	$(BIN)/python -m rucn_data reproduce

test: lint | $(CACHE_DIRS)
	$(BIN)/python -m pytest -n 2

# ruff (pinned in requirements/constraints.txt): lint and format, 120 columns; `make test` runs it first.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test-lab: $(VENV)/.installed-test $(LAB_VENV)/.installed-browser | $(CHROMIUM) $(CACHE_DIRS)
	$(LAB_VENV)/bin/python tests/lab/run_lab.py --chromium $(CHROMIUM) --test-python $(BIN)/python

# repo2docker (the binder extra) goes into the test environment for this target only: make test does not need it.
TEST_BINDER := .[test,binder]
$(VENV)/.installed-binder: $(VENV)/.installed-test
	$(call install_pinned,$(BIN),$(TEST_BINDER))
	@touch $@

# repo2docker's Dockerfile for this repository, then Binder's own environment (repo2docker's lock) + environment.yml
# + postBuild in .venv-binder; see the script.
test-binder: $(VENV)/.installed-binder | $(CACHE_DIRS)
	$(BIN)/python tests/lab/run_binder.py

lab: $(LAB_VENV)/.installed | $(CACHE_DIRS)
	$(LAB_VENV)/bin/jupyter lab notebooks/

bench: $(VENV)/.installed-test
	$(BIN)/python tools/bench.py

# Refresh the pins (needs the network): resolve the newest versions allowed by pyproject.toml.
lock:
	$(PYTHON) tools/lock.py

clean:
	rm -rf $(VENV) $(LAB_VENV) .venv-binder .cache build
