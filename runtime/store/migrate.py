"""Schema migrations: the Alembic chain in runtime/store/alembic, run in code at every open.

No alembic.ini: `alembic_config()` builds the configuration programmatically, and the
migration environment (alembic/env.py) runs on the connection we hand it.

Concurrency: two processes opening a fresh database at once must not both create the
tables. The upgrade runs in ONE transaction that first takes the database's write lock
(SQLite: `BEGIN IMMEDIATE`, via the flag that runtime.store.sqlite_specific honours;
PostgreSQL: a transaction-scoped advisory lock), then re-reads the current revision.
The second process waits for the lock, finds the schema at head and does nothing.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from runtime.store.db import CannotOpen
from runtime.store.schema import metadata

SCRIPT_LOCATION = Path(__file__).resolve().parent / "alembic"
# Any constant shared by every Caudal process; used only on PostgreSQL.
_PG_LOCK_KEY = 0x43415544  # "CAUD"


class MigrationError(CannotOpen):
    """The database cannot be brought to the current schema (message says why)."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config pointing at our scripts; `connection` is what env.py migrates."""
    cfg = Config()
    cfg.set_main_option("script_location", str(SCRIPT_LOCATION))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def _known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except CommandError:
        return False


def head_revision() -> str:
    """The newest revision id of the chain."""
    heads = _script().get_heads()
    if len(heads) != 1:
        raise MigrationError(f"the migration chain must have one head, found {heads}")
    return heads[0]


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database, None for a database never migrated."""
    return MigrationContext.configure(conn).get_current_revision()


def _check_not_foreign(conn: Connection) -> None:
    """Refuse a database that has our tables but no Alembic stamp (made by create_all)."""
    existing = set(inspect(conn).get_table_names())
    ours = existing & set(metadata.tables)
    if ours:
        raise MigrationError(
            "the database has Caudal tables but no migration stamp "
            f"({', '.join(sorted(ours)[:3])}...): it was not created by this version; "
            "move it aside and open again to start a fresh one"
        )


def _take_lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def upgrade_to_head(engine: Engine) -> bool:
    """Apply every pending migration. Returns True if anything was applied.

    Cheap when the database is already current: one read of `alembic_version`.
    """
    head = head_revision()
    with engine.connect() as conn:
        if current_revision(conn) == head:
            return False
        conn.rollback()  # end the autobegun read before taking the write lock
        conn.info["immediate"] = True  # SQLite: BEGIN IMMEDIATE (see sqlite_specific)
        try:
            with conn.begin():
                _take_lock(conn)
                found = current_revision(conn)
                if found == head:
                    return False  # another process migrated while we waited
                if found is None:
                    _check_not_foreign(conn)
                elif not _known(found):
                    raise MigrationError(
                        f"the database is at schema revision {found!r}, newer than this "
                        f"Caudal knows (head {head!r}): update Caudal to open it"
                    )
                command.upgrade(alembic_config(conn), "head")
        finally:
            conn.info.pop("immediate", None)
    return True
