# Practice Commons. `make run` serves the demo site; `make test` runs every test.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# $(call apt_install,COMMAND,PACKAGE): install a Debian package when COMMAND is missing.
apt_install = @command -v $(1) >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(2) >/dev/null; }

.PHONY: run install test test-browser browser lint bench bench-search clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstalled only when a requirements file changes.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

run: export BASE_URL ?= http://127.0.0.1:$(PORT)
run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) create_dev_admin
	@echo "Serving Practice Commons at http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Debian's Chromium for the browser tests; Playwright never downloads a browser here.
browser:
	$(call apt_install,/usr/bin/chromium,chromium)

test: install browser
	$(BIN)/pytest $(PYTEST_ARGS)

test-browser: install browser
	$(BIN)/pytest -m browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(MANAGE) makemigrations --check --dry-run

# BENCH_ARGS passes more options, e.g. BENCH_ARGS=--reuse-database to skip rebuilding the database.
bench: install
	$(call apt_install,wrk,wrk)
	$(BIN)/python bench/run.py --items $(or $(ITEMS),1000) $(BENCH_ARGS)

bench-search: install
	$(BIN)/python bench/run.py --search-only --items $(or $(ITEMS),1000) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3* .test-db.sqlite3* static test-artifacts
