# Two commands for a fresh machine (Python 3.11+):
#   make run    install into .venv, build the index from knowledge/, start the web API
#   make test   install the test dependencies into .venv and run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
# torch comes only with the sentence-transformers extra, pinned to the CPU build
TORCH ?= torch==2.13.0
# the widget's browser tests use Debian's chromium, the replica tests Debian's postgresql
# (initdb + pg_ctl, started by the tests); installing them needs root
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run install index serve test test-install lint clean

run: index serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(VENV)/.installed
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

index: install
	$(BIN)/tanyakota index

serve: install
	$(BIN)/tanyakota serve --host $(HOST) --port $(PORT)

test-install: $(VENV)/.installed-test
$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	command -v chromium >/dev/null || ($(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq chromium)
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ($(SUDO) apt-get update -qq && \
	  $(SUDO) apt-get install -y -qq postgresql)
	$(BIN)/pip install --quiet $(TORCH)
	$(BIN)/pip install --quiet -e '.[st,test]' $(TORCH)
	touch $@ $(VENV)/.installed

lint: test-install
	$(BIN)/ruff check bot indexer tests
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) index
