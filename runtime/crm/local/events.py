"""Change events of the local CRM, and the in-process "something changed" notification.

`record_event(conn, ...)` inserts a `change_events` row on the caller's connection, so it
commits or rolls back together with the change it describes. Shapes of `changes`:

    created       {field: [None, value]} for each non-empty field
    updated       {field: [old, new]}, only fields that really changed
    tag_added     {"tag": [None, "vip"]}        tag_removed  {"tag": ["vip", None]}
    stage_changed {"stage": [old, new]} (+ "pipeline" when it changed too)
    deleted       {"email": [old, None]} for a contact, {"title": [old, None]} for a deal

Notification: `add_listener(fn)` registers `fn()` (no arguments). It is called once after
a transaction that wrote change events has REALLY committed: SQLAlchemy's "commit" event
fires before the DBAPI commit (a woken reader could miss the rows), so the commit event
only marks the connection, and listeners run when the connection goes back to the pool
(right after `Database.begin()` ends) or, for a connection kept open, at its next BEGIN.
A rollback clears the mark. Listeners are in this process; services running in other
processes (`run`, the designer's runtime) hear of it through runtime.store.notify (the doorbell
on SQLite, NOTIFY on PostgreSQL) and read `change_events` by id.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy.engine import Connection, Engine

from runtime.store import notify as cross_process
from runtime.store.schema_crm import change_events
from runtime.store.types import now

log = logging.getLogger(__name__)

_listeners: list[Callable[[], None]] = []
_lock = threading.Lock()
_watched: weakref.WeakSet[Engine] = weakref.WeakSet()
_CHANGED = "caudal_crm_changed"
_COMMITTED = "caudal_crm_committed"


def add_listener(fn: Callable[[], None]) -> None:
    """Call `fn()` after each committed transaction that wrote change events."""
    with _lock:
        if fn not in _listeners:
            _listeners.append(fn)


def remove_listener(fn: Callable[[], None]) -> None:
    with _lock:
        if fn in _listeners:
            _listeners.remove(fn)


def notify() -> None:
    """Call every listener now; a failing listener is logged, never raised."""
    with _lock:
        targets = list(_listeners)
    for fn in targets:
        try:
            fn()
        except Exception:  # a listener's bug must not break the writer
            log.exception("change listener %r failed", fn)


def watch(engine: Engine) -> None:
    """Install (once per engine) the hooks that turn committed writes into notifications."""
    if engine in _watched:
        return
    _watched.add(engine)

    def on_commit(conn: Connection) -> None:
        if conn.info.pop(_CHANGED, False):
            conn.info[_COMMITTED] = True

    def on_rollback(conn: Connection) -> None:
        conn.info.pop(_CHANGED, None)

    def on_begin(conn: Connection) -> None:
        if conn.info.pop(_COMMITTED, False):
            notify()

    def on_checkin(_dbapi_conn: Any, record: Any) -> None:
        if record is not None and record.info.pop(_COMMITTED, False):
            notify()

    event.listen(engine, "commit", on_commit)
    event.listen(engine, "rollback", on_rollback)
    event.listen(engine, "begin", on_begin)
    event.listen(engine.pool, "checkin", on_checkin)


def record_event(
    conn: Connection,
    entity: str,
    entity_id: int | str,
    kind: str,
    changes: dict[str, list[Any]],
    origin: str,
    crm: str = "local",
) -> None:
    """Insert one change event in the caller's transaction and mark it for notification."""
    conn.execute(
        insert(change_events).values(
            crm=crm,
            entity=entity,
            entity_id=str(entity_id),
            kind=kind,
            changes=changes,
            origin=origin,
            occurred_at=now(),
        )
    )
    mark_changed(conn)


def mark_changed(conn: Connection) -> None:
    """Say that this transaction wrote change events (bulk writers call it once)."""
    watch(conn.engine)
    conn.info[_CHANGED] = True
    cross_process.mark(conn, cross_process.CRM)
