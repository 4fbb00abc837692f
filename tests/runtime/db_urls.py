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
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def open_databases(backend: str, tmp_path: Path) -> Iterator[Any]:
    """Yield an open, migrated `runtime.store.db.Database` of `backend` (see `database_url`)."""
    from runtime.store.db import open_database

    for url in database_url(backend, tmp_path):
        db = open_database(url)
        yield db
        db.dispose()


def blocked_on_a_lock(db: Any, thread: threading.Thread, polls: int = 300) -> bool:
    """PostgreSQL: wait (at most `polls` x 50 ms) until a session of `db`'s database waits for a
    lock, or `thread` ended; returns whether `thread` is still running, i.e. it is the one waiting."""
    engine = create_engine(db.engine.url)
    try:
        for _ in range(polls):
            with engine.connect() as conn:
                waiting = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                            " AND datname = current_database()")).scalar()
            if waiting or not thread.is_alive():
                break
            time.sleep(0.05)
    finally:
        engine.dispose()
    return thread.is_alive()
