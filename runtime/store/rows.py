"""Typed helpers for Core results: the id of the row an INSERT made."""

from __future__ import annotations

from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert


def insert_id(conn: Connection, statement: Insert) -> int:
    """Run a one-row INSERT in `conn`'s transaction; the new row's integer primary key."""
    key = conn.execute(statement).inserted_primary_key
    if key is None:  # only for an executemany or a statement with no table
        raise ValueError("the INSERT returned no primary key")
    return int(key[0])
