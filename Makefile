# Caudal: `make run` opens the app, `make test` runs every test. Both build .venv themselves.
# `make test` runs the database tests on SQLite and, when CAUDAL_TEST_PG_URL names a PostgreSQL server
# (packaging/test_postgres.sh start prints one), on PostgreSQL too. `make test-future` runs the suite
# with every wall clock 400 days ahead (runtime/timeshift.py): no test may depend on today's date.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export QT_PREFERRED_BINDING := PySide6

.PHONY: run test test-future bench chaos lint package clean venv syslibs syslibs-gui syslibs-run translations messages

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	QT_QPA_PLATFORM=offscreen $(PY) packaging/pyside_none_check.py
	touch $(STAMP)

venv: $(STAMP)

syslibs:
	@sh packaging/ensure_system_libs.sh

syslibs-gui:
	@sh packaging/ensure_system_libs.sh --gui

# a window needs more than the offscreen tests: with a display, its libraries too
syslibs-run:
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then sh packaging/ensure_system_libs.sh --gui; \
	else sh packaging/ensure_system_libs.sh; fi

run: syslibs-run $(STAMP)
	$(PY) main.py

test: syslibs $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# The suite with every wall clock 400 days ahead (runtime/timeshift.py): no test may depend on today's date.
test-future: syslibs $(STAMP)
	CAUDAL_TIME_SHIFT_DAYS=400 QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: syslibs $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/bench -s -p no:cacheprovider -o addopts="--import-mode=importlib"

# The chaos suite at the issue's sizes (two runtimes with skewed clocks, 20 SIGKILLs over 2,000
# contacts, SIGTERM with calls queued), printing its figures; its fast part runs in `make test`.
# Set CAUDAL_TEST_PG_URL to a PostgreSQL server URL to run every scenario on PostgreSQL too.
chaos: syslibs $(STAMP)
	CAUDAL_CHAOS=1 $(PY) -m pytest tests/runtime/chaos -s -p no:cacheprovider

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

# Every language's catalogs from the sources: the runtime's gettext .po/.mo (runtime/i18n/locale)
# and the designer's Qt .ts/.qm (resources/translations). Deterministic: rerun it to settle conflicts.
translations: $(STAMP)
	$(PY) -m runtime.i18n.build
	$(PY) -m designer.i18n_build

messages: translations

package: syslibs $(STAMP)
	$(PY) -m pip install --quiet -e '.[package]'
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build packaging/caudal.spec
	QT_QPA_PLATFORM=offscreen dist/caudal/caudal --version

clean:
	rm -rf $(VENV) build dist
