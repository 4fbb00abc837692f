"""Database URLs for tests that must hold on SQLite and PostgreSQL: a fresh database per test.

SQLite always (a file under the test's tmp_path); PostgreSQL only when $CAUDAL_TEST_PG_URL
names a server (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres): a new database
is created on it for the test and dropped after. Use it from a fixture:

    @pytest.fixture(params=BACKENDS)
    def db_url(request, tmp_path):
        yield from database_url(request.param, tmp_path)
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

PG_ENV = "CAUDAL_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.skipif(
    not os.environ.get(PG_ENV), reason=f"set {PG_ENV} to a PostgreSQL server URL to run the PostgreSQL case"))]


def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """Yield a URL to an empty database of `backend`; drop it afterwards (PostgreSQL)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    server = make_url(os.environ[PG_ENV])
    name = f"caudal_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield server.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


def lock_waiters(url: str) -> int:
    """PostgreSQL: how many sessions of the database at `url` wait for a lock right now."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                         " AND datname = current_database()")).scalar() or 0)
    finally:
        engine.dispose()
