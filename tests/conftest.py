"""Fixtures every test folder may use: the keyring replaced by memory or none; the process language
reset; the test databases.

`db_url` / `db` / `make_db_url` give a fresh database per test on each backend under test
(tests/databases.py): SQLite always, PostgreSQL too when CAUDAL_TEST_PG_URL answers. A test that is
SQLite-only by nature says why: `@pytest.mark.sqlite_only(reason="...")`; one that needs PostgreSQL
(row locks, concurrent sessions) `@pytest.mark.postgresql_only(reason="...")`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from runtime.timeshift import apply_from_env
from tests.databases import (
    POSTGRES,
    REQUIRED_ENV,
    SQLITE,
    PostgresDatabases,
    postgres_status,
    sqlite_url,
)
from tests.keyring_memory import install_memory_keyring

apply_from_env()  # `make test-future`: every wall clock of the test process 400 days ahead
PG_URL, PG_WHY_NOT = postgres_status()
_collected: Counter[str] = Counter()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only(reason): runs on SQLite only, for the reason given")
    config.addinivalue_line("markers", "postgresql_only(reason): runs on PostgreSQL only (skipped without it)")
    if PG_URL is None and os.environ.get(REQUIRED_ENV) == "1":
        raise pytest.UsageError(f"{REQUIRED_ENV}=1 but {PG_WHY_NOT}")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that needs a database runs once per backend (SQLite-only ones on SQLite)."""
    if "backend" not in metafunc.fixturenames:
        return
    only = {name: metafunc.definition.get_closest_marker(name) for name in ("sqlite_only", "postgresql_only")}
    for name, marker in only.items():
        if marker is not None and not (marker.kwargs.get("reason") or marker.args):
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: {name} needs a reason")
    if only["postgresql_only"] is not None:  # e.g. row locks SQLite's one writer makes moot
        backends = [POSTGRES if PG_URL else pytest.param(POSTGRES, marks=pytest.mark.skip(reason=PG_WHY_NOT))]
    elif only["sqlite_only"] is not None or PG_URL is None:
        backends = [SQLITE]
    else:
        backends = [SQLITE, POSTGRES]
    metafunc.parametrize("backend", backends, indirect=True)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    _collected.clear()
    for item in items:
        spec = getattr(item, "callspec", None)
        if spec is not None and "backend" in spec.params:
            _collected[spec.params["backend"]] += 1


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """With CAUDAL_TEST_PG_REQUIRED=1 (CI), a run that put no test on PostgreSQL fails."""
    if os.environ.get(REQUIRED_ENV) == "1" and not _collected[POSTGRES] and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter) -> None:
    if PG_URL is None:
        terminalreporter.write_line(f"PostgreSQL half skipped: {PG_WHY_NOT}.")
    elif os.environ.get(REQUIRED_ENV) == "1" and not _collected[POSTGRES]:
        terminalreporter.write_line(f"{REQUIRED_ENV}=1 but no test ran on PostgreSQL: failed.")
    else:
        terminalreporter.write_line(f"Database tests: {_collected[SQLITE]} on SQLite, "
                                    f"{_collected[POSTGRES]} on PostgreSQL.")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql" (parametrized by pytest_generate_tests)."""
    return request.param


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PostgresDatabases]:
    assert PG_URL is not None
    databases = PostgresDatabases(PG_URL)
    yield databases
    databases.close()


@pytest.fixture
def make_db_url(backend: str, tmp_path, request: pytest.FixtureRequest) -> Iterator[Callable[..., str]]:
    """`make_db_url(name, blank=False)`: the URL of a fresh database on this test's backend, gone after the test.

    It holds no data; on PostgreSQL it is already migrated unless `blank` (a database with no
    tables at all, for migration tests). SQLite: a file `name` in tmp_path, not yet created.
    """
    pg = request.getfixturevalue("pg_databases") if backend == POSTGRES else None
    made: list[tuple[str, bool]] = []

    def make(name: str = "caudal.db", blank: bool = False) -> str:
        if pg is None:
            return sqlite_url(tmp_path, name)
        made.append((pg.take_blank() if blank else pg.take(), blank))
        return pg.url(made[-1][0])

    yield make
    for name, blank in made:
        pg.release(name, reuse=not blank)


@pytest.fixture
def db_url(make_db_url: Callable[..., str]) -> str:
    """The URL of this test's fresh database (a SQLite file, or a PostgreSQL database)."""
    return make_db_url()


@pytest.fixture
def db(db_url: str):
    """This test's database, open and migrated."""
    from runtime.store.db import open_database

    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def memory_keyring():
    """A real keyring API over an in-memory backend; yields the backend (its `.store`)."""
    backend, previous = install_memory_keyring()
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """The headless default: keyring's 'fail' backend (no usable keyring)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _process_language():
    """Each test starts with the environment's language and default locales (the CLI and the
    designer change both for the whole process)."""
    from runtime.i18n import formats, set_language

    set_language(None)
    formats.use_system_locale({})
    yield
    formats.use_system_locale({})


@pytest.fixture(autouse=True)
def _no_chosen_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The database chosen in a developer's own designer (runtime.store.location) never reaches a test;
    each test gets its own (absent) setting file."""
    _settings_made[0] += 1
    path = tmp_path_factory.getbasetemp() / f"database-setting-{_settings_made[0]}.json"
    monkeypatch.setenv("CAUDAL_DATABASE_SETTING", str(path))


_settings_made = [0]
