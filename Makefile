# kpibot: `make demo` and `make test` do all set-up on a fresh machine with Python 3.11 and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install demo test test-sqlite test-postgres serve console lint format catalog postgres bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/kpibot demo

# The whole suite in one run: every test once, and every test whose database is the backend's
# (tests/slack, storage, cli) on SQLite and again on a throwaway PostgreSQL that the tests start
# themselves (tests/pg.py; tests/conftest.py parametrizes them). pytest-xdist spreads it over one
# worker per core; each worker that draws a PostgreSQL test starts its own server.
# TEST_WORKERS=0 runs in one process; `make test-sqlite` / `make test-postgres` run one backend.
# --dist worksteal: a worker that runs out of tests takes half of another's queue; with the
# default (load) tests are dealt out ahead and one worker sat idle for over a minute at the end.
# One worker more than the cores: tests wait on PostgreSQL, on `kpibot` processes and on locks
# held on purpose, and a third worker fills those waits (2-core machine, session 8: 2 workers
# 3 min 8 s, 3 workers 2 min 54 s, 4 workers 3 min 6 s).
TEST_WORKERS ?= $(shell python3 -c 'import os; print((os.cpu_count() or 1) + 1)')
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS) --dist worksteal

# Test runs keep compiled bytecode, and pytest's rewritten test modules, from one run to the next
# (in .venv/pycache, not beside the sources) even where the environment sets
# PYTHONDONTWRITEBYTECODE: each worker, and each `kpibot` process a test starts, would otherwise
# compile the project and the tests again (3.5 s of CPU per worker at collection alone).
test test-sqlite test-postgres: export PYTHONDONTWRITEBYTECODE =
test test-sqlite test-postgres: export PYTHONPYCACHEPREFIX = $(CURDIR)/$(VENV)/pycache

test: $(STAMP) postgres
	KPIBOT_TEST_DB=both $(PYTEST)

test-sqlite: $(STAMP)
	$(PYTEST)

test-postgres: $(STAMP) postgres
	KPIBOT_TEST_DB=postgres $(PYTEST) tests/slack tests/storage tests/cli

# PostgreSQL server binaries (initdb, pg_ctl): the machine's, or Debian's package.
postgres:
	@sh scripts/ensure-postgres.sh

serve: $(STAMP)
	$(BIN)/kpibot serve

console: $(STAMP)
	$(BIN)/kpibot console

lint: $(STAMP)
	$(BIN)/ruff check bot storage tests bench

format: $(STAMP)
	$(BIN)/ruff format bot storage tests bench

# Re-extract translatable strings and merge them into the nb/sv/da catalogs.
catalog: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k N_ -k translate:2 --no-location --sort-output -o bot/locale/messages.pot .
	$(BIN)/pybabel update -i bot/locale/messages.pot -d bot/locale --no-fuzzy-matching --ignore-obsolete

bench: $(STAMP) postgres
	$(BIN)/python bench/teamstatus.py
	$(BIN)/python bench/ack.py
	$(BIN)/python bench/scale.py
	$(BIN)/python bench/plans.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis *.egg-info
