"""Change events as the trigger code reads them, and the durable cursors over them.

`next_events` reads the rows after the cursor "events:triggers" as `ChangeEvent`s (read-only
mappings, their `changes` decoded when asked for); `read_cursor` / `write_cursor` move it in the
caller's transaction (`lock`: held until it ends, so two runtimes never handle one event). A remote
connection's events that could not be handled wait under a row "events:held:<crm>" (its first
held event: `read_holds`, `put_hold`, `drop_hold`, `held_events`); runtime.engine.triggers
decides when.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.engine import Connection

from runtime.kernel import sql
from runtime.store import cursors as store_cursors
from runtime.store.schema_runtime import cursors
from runtime.store.types import now

EVENTS_CURSOR = "events:triggers"


def read_cursor(conn: Connection, name: str = EVENTS_CURSOR, lock: bool = False) -> int:
    """Where the cursor stands (0: nothing handled yet); `lock`: and hold it until the transaction
    ends, so another runtime handling events waits (the row exists from the claims revision on, and is
    created here, without a race, if it went missing)."""
    if lock:
        return int(store_cursors.lock(conn, name, "0").value)
    rows = sql.fetch(conn, "SELECT value FROM cursors WHERE name = ?", (name,))  # every pass: plain SQL
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0


def write_cursor(conn: Connection, value: int, name: str = EVENTS_CURSOR) -> None:
    done = sql.run(conn, "UPDATE cursors SET value = ?, updated_at = ? WHERE name = ?", (str(value), now(), name))
    if not done.rowcount:
        conn.execute(insert(cursors).values(name=name, value=str(value), updated_at=now()))


# -- events held per connection ---------------------------------------------------
HOLD = "events:held:"


_UNREAD: Any = object()


# Decoded `changes` texts: a flow's own steps write the same ones thousands of times
# ('{"tag":[null,"bienvenida"]}'). Shared by the events with that text, so read-only.
_decode_changes = lru_cache(maxsize=512)(json.loads)


class ChangeEvent(Mapping[str, Any]):
    """A change_events row, read through the DB-API (the service reads thousands a second), and
    a read-only mapping of its columns (what the trigger code reads); its `changes` JSON is
    decoded when first asked for (no trigger reads a task event's), once per distinct text:
    the trigger code reads it and never changes it."""

    __slots__ = ("id", "crm", "entity", "entity_id", "kind", "_json", "_changes", "origin", "occurred_at")
    _FIELDS = ("id", "crm", "entity", "entity_id", "kind", "changes", "origin", "occurred_at")

    def __init__(self, id: int, crm: str, entity: str, entity_id: str, kind: str, changes: str | None,  # noqa: A002
                 origin: str, occurred_at: float) -> None:
        self.id, self.crm, self.entity, self.entity_id, self.kind = id, crm, entity, entity_id, kind
        self._json, self._changes = changes, _UNREAD
        self.origin, self.occurred_at = origin, occurred_at

    @property
    def changes(self) -> Any:
        if self._changes is _UNREAD:
            self._changes = None if self._json is None else _decode_changes(self._json)
        return self._changes

    def __getitem__(self, name: str) -> Any:
        if name not in _EVENT_KEYS:
            raise KeyError(name)
        return getattr(self, name)

    def get(self, name: str, default: Any = None) -> Any:  # Mapping.get, made faster
        return getattr(self, name) if name in _EVENT_KEYS else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._FIELDS)

    def __len__(self) -> int:
        return len(self._FIELDS)

    @property
    def _mapping(self) -> dict[str, Any]:  # as a SQLAlchemy row offers it
        return dict(self)


_EVENT_KEYS = frozenset(ChangeEvent._FIELDS)
_EVENTS = "SELECT id, crm, entity, entity_id, kind, changes, origin, occurred_at FROM change_events WHERE "


def _events(conn: Connection, where: str, params: tuple[Any, ...]) -> list[ChangeEvent]:
    return [ChangeEvent(*row) for row in sql.fetch(conn, _EVENTS + where, params)]


def next_events(conn: Connection, after: int, limit: int) -> list[ChangeEvent]:
    """The next `limit` change events after id `after`."""
    return _events(conn, "id > ? ORDER BY id LIMIT ?", (after, limit))


def held_events(conn: Connection, crm: str, first: int, upto: int, limit: int) -> list[ChangeEvent]:
    """The events of `crm` with first <= id <= upto (held while its connection waited)."""
    return _events(conn, "crm = ? AND id >= ? AND id <= ? ORDER BY id LIMIT ?", (crm, first, upto, limit))


def read_holds(conn: Connection) -> dict[str, int]:
    """{crm: the id of its first held event}."""
    rows = sql.fetch(conn, "SELECT name, value FROM cursors WHERE name LIKE ?", (HOLD + "%",))
    return {name.removeprefix(HOLD): int(value) for name, value in rows}


def put_hold(conn: Connection, crm: str, first: int) -> None:
    write_cursor(conn, first, HOLD + crm)


def drop_hold(conn: Connection, crm: str) -> None:
    conn.execute(delete(cursors).where(cursors.c.name == HOLD + crm))


def newest_event_id(conn: Connection) -> int:
    """The id of the newest change event (0 if none): the cheap cross-process check."""
    return int(sql.fetch(conn, "SELECT MAX(id) FROM change_events")[0][0] or 0)
