"""Opening the database: URL choice (flag, CAUDAL_DB, default file), engine, migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine

from runtime.store import revision, sqlite_specific

APP_NAME = "Caudal"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/Caudal on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    """The embedded default: a SQLite file in the user data folder."""
    return f"sqlite:///{data_dir() / 'caudal.db'}"


def resolve_url(url: str | None = None) -> str:
    """`url` if given, else $CAUDAL_DB, else the default file. Bare paths become SQLite URLs."""
    chosen = url or os.environ.get("CAUDAL_DB") or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


class Database:
    """An open, migrated database. `begin()` yields a connection inside a transaction."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def is_sqlite(self) -> bool:
        return sqlite_specific.is_sqlite(self.url)

    @contextmanager
    def begin(self, immediate: bool = False) -> Iterator[Connection]:
        """A transaction. `immediate=True` takes SQLite's write lock at BEGIN."""
        with self.engine.connect() as conn:
            if immediate:
                conn.info["immediate"] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("immediate", None)

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, migrate: bool = True) -> Database:
    """Open (creating and migrating if needed) the database at `url`.

    Args:
        url: a SQLAlchemy URL or a file path; None = $CAUDAL_DB or the default file.
        migrate: apply pending schema migrations first (the normal case).
    """
    resolved = resolve_url(url)
    if sqlite_specific.is_sqlite(resolved):
        sqlite_specific.prepare_sqlite_file(resolved)
        engine = create_engine(resolved)
        sqlite_specific.install_pragmas(engine)
    else:
        engine = create_engine(resolved, pool_pre_ping=True)
    if migrate:
        if sqlite_specific.is_sqlite(resolved):
            sqlite_specific.retry_when_locked(lambda: _migrate(engine))
        else:
            _migrate(engine)
    return Database(resolved, engine)


def _migrate(engine: Engine) -> None:
    """Bring the schema to head; a current database costs one query and no Alembic import."""
    if revision.is_current(engine):
        return
    from runtime.store.migrate import upgrade_to_head

    upgrade_to_head(engine)
