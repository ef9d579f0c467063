# Two commands: `make run` serves the hub with demo data; `make test` runs every check and test.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup install migrate messages demo lint pytest clean

# The import worker (HSDS zips, large spreadsheets) runs in the background beside the server
# and is stopped when the server stops (Ctrl-C included).
run: setup demo
	@$(PY) manage.py import_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT); \
	kill $$worker 2>/dev/null

setup: install migrate messages

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

# Reinstall only when pyproject.toml changes, so re-running `make run` is fast.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(PY) manage.py migrate --noinput

# Django's compilemessages needs GNU gettext; without it, a pure-Python compiler does the same.
messages: install
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(PY) manage.py compilemessages --ignore=.venv -v0; \
	else \
		$(PY) manage.py compile_po; \
	fi

# Publishing keeps the matcher's index in step; a database from before the matcher (or one
# changed behind Wagtail's back) is caught up here.
demo: migrate
	$(PY) manage.py load_demo
	@$(PY) manage.py search_index status >/dev/null 2>&1 || $(PY) manage.py search_index rebuild

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=hub.settings.test $(PY) manage.py catalogs check

# One worker per core (pytest-xdist); a worker takes whole files, so what a module builds once
# is built once. PYTEST_WORKERS=0 runs in this process (for pdb); PYTEST_ARGS picks tests.
PYTEST_WORKERS ?= auto
pytest: install messages
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

test: lint pytest

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected
