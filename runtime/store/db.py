"""Opening the database: URL choice (flag, CAUDAL_DB, the designer's choice, default file), engine, migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, OperationalError

from runtime.i18n.text import Text
from runtime.store import location, revision, sqlite_specific

APP_NAME = "Caudal"


def data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/Caudal on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    """The embedded default: a SQLite file in the user data folder."""
    return f"sqlite:///{data_dir() / 'caudal.db'}"


def resolve_url(url: str | None = None) -> str:
    """`url` if given, else $CAUDAL_DB, else the database chosen in the designer (runtime.store.location,
    its password from the keyring), else the default file. Bare paths become SQLite URLs;
    `postgresql://` and `postgres://` get the driver Caudal ships (`postgresql+psycopg://`).

    Raises:
        DatabaseUnavailable: the designer's choice cannot be used (a broken setting, no password).
    """
    chosen = url or os.environ.get("CAUDAL_DB") or _chosen_in_designer() or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    for bare in ("postgresql://", "postgres://"):
        if chosen.startswith(bare):
            chosen = "postgresql+psycopg://" + chosen[len(bare):]
    return chosen


def _chosen_in_designer() -> str | None:
    try:
        return location.configured_url()
    except location.SettingProblem as exc:
        raise DatabaseUnavailable(str(location.setting_path()), exc.message) from None


class CannotOpen(RuntimeError):
    """The database cannot be used: it cannot be reached (DatabaseUnavailable), or its schema is one this
    Caudal does not know (runtime.store.migrate.MigrationError). Callers catch this one class, so that
    catching does not load Alembic."""


class DatabaseUnavailable(CannotOpen):
    """The database cannot be opened: no server there, no such database, refused login, a bad URL.

    `message` is Spanish and English (what the driver said is kept as it is); str() is English.
    """

    def __init__(self, shown_url: str, reason: str | Text) -> None:
        self.message = Text("No se puede abrir la base de datos {url}: {reason}",
                            "Cannot open the database {url}: {reason}").format(url=shown_url, reason=reason)
        super().__init__(self.message.en)


def _reason(exc: BaseException) -> str:
    """The first line of what the driver said (SQLAlchemy's wrapper and links left out)."""
    inner = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(inner).splitlines() if line.strip()]
    return lines[0] if lines else type(inner).__name__


def _engine(url: str) -> Engine:
    try:
        if sqlite_specific.is_sqlite(url):
            sqlite_specific.prepare_sqlite_file(url)
            engine = create_engine(url)
            sqlite_specific.install_pragmas(engine)
            return engine
        return create_engine(url, pool_pre_ping=True)
    except ImportError as exc:  # a database Caudal has no driver for (mysql://, ...)
        raise DatabaseUnavailable(_shown(url), f"no driver for it ({exc.name or exc}); Caudal opens SQLite files "
                                  "and PostgreSQL (postgresql://user@host/database)") from None
    except (ArgumentError, ValueError, OSError) as exc:
        raise DatabaseUnavailable(_shown(url), _reason(exc)) from None


def _shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "(an invalid URL)"


class Database:
    """An open, migrated database. `begin()` yields a connection inside a transaction."""

    def __init__(self, url: str, engine: Engine) -> None:
        self.url = url
        self.engine = engine

    @property
    def shown_url(self) -> str:
        """The URL to print or log: a password in it (a server's) shows as ***."""
        return self.engine.url.render_as_string(hide_password=True)

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

    Raises:
        DatabaseUnavailable: it cannot be reached or opened (the message says why).
        MigrationError: it is at a schema this Caudal does not know.
    """
    resolved = resolve_url(url)
    engine = _engine(resolved)

    def probe() -> None:
        with engine.connect():
            pass

    try:  # a fresh SQLite file another process is switching to WAL answers "locked" for a moment
        sqlite_specific.retry_when_locked(probe) if sqlite_specific.is_sqlite(resolved) else probe()
    except (OperationalError, InterfaceError) as exc:  # the server, the file, the login: say which
        engine.dispose()
        raise DatabaseUnavailable(_shown(resolved), _reason(exc)) from None
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
