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

# The whole suite on SQLite, then everything that touches a database again on a throwaway
# PostgreSQL that the tests start themselves (tests/pg.py). Tests that always use PostgreSQL
# run in the second half only (tests/conftest.py, pytest_collection_modifyitems). The two halves
# run at once (scripts/test-both.sh), each with one worker per core (pytest-xdist; each worker
# starts its own PostgreSQL). TEST_WORKERS=0 runs each half in one process; `make test-sqlite`
# and `make test-postgres` run one half.
TEST_WORKERS ?= auto
PYTEST := $(BIN)/python -m pytest -n $(TEST_WORKERS)

test: $(STAMP) postgres
	@sh scripts/test-both.sh "$(PYTEST)"

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
