"""Cursor rows that locks depend on: created by an insert that cannot race, then locked.

`SELECT ... FOR UPDATE` on a row that does not exist locks nothing, so two runtimes on a
fresh PostgreSQL database would both go ahead. The claims revision creates the fixed rows
("events:triggers"); rows named at run time (a connection's poll cursors) are created here with
`INSERT ... ON CONFLICT DO NOTHING` (PostgreSQL and SQLite >= 3.24):
of two runtimes creating one at once, one inserts and the other waits for it, then finds it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import Connection

from runtime.store.schema_runtime import cursors

_ENSURE = text("INSERT INTO cursors (name, value, seen, updated_at) VALUES (:name, :value, NULL, :at)"
               " ON CONFLICT (name) DO NOTHING")


def ensure(conn: Connection, name: str, value: str, updated_at: float = 0.0) -> None:
    """Create cursor `name` at `value` unless it exists (never fails because another did)."""
    conn.execute(_ENSURE, {"name": name, "value": value, "at": updated_at})


def lock(conn: Connection, name: str, value: str, updated_at: float = 0.0) -> Any:
    """Cursor `name` (created at `value` if missing), locked until the transaction ends
    (PostgreSQL; SQLite's write transaction already excludes other writers)."""
    ensure(conn, name, value, updated_at)
    return conn.execute(select(cursors).where(cursors.c.name == name).with_for_update()).first()
