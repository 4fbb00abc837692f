"""Delivering `RuntimeEvent`s only after the transaction that caused them committed.

`run_due` owns its transactions and emits right after each commit. `enroll` runs in
the caller's transaction, so its events wait on the connection: SQLAlchemy's
"commit" event fires before the real DB-API commit, so it only marks them committed,
and they are delivered when the connection goes back to the pool (the end of
`Database.begin()`); a rollback drops them.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from runtime.engine.events import RuntimeEvent

log = logging.getLogger(__name__)
_PENDING = "caudal_engine_events_pending"
_READY = "caudal_engine_events_ready"
_installed: weakref.WeakSet[Engine] = weakref.WeakSet()


def emit(sink: Callable[[RuntimeEvent], None] | None, events: Iterable[RuntimeEvent]) -> None:
    """Call `sink` for each event; a failing subscriber is logged, never fatal."""
    if sink is None or not listening(sink):
        return
    for ev in events:
        try:
            sink(ev)
        except Exception:  # noqa: BLE001 - a subscriber must not break the engine
            log.exception("runtime event subscriber failed on %s", ev)


def _install(engine: Engine) -> None:
    if engine in _installed:
        return
    _installed.add(engine)

    @event.listens_for(engine, "commit")
    def _on_commit(conn: Connection) -> None:
        pending = conn.info.pop(_PENDING, None)
        if pending:
            conn.info.setdefault(_READY, []).extend(pending)

    @event.listens_for(engine, "rollback")
    def _on_rollback(conn: Connection) -> None:
        conn.info.pop(_PENDING, None)

    @event.listens_for(engine.pool, "checkin")
    def _on_checkin(_dbapi: Any, record: Any) -> None:
        ready = record.info.pop(_READY, None) if record is not None else None
        for sink, ev in ready or ():
            emit(sink, [ev])


def listening(sink: Callable[[RuntimeEvent], None] | None) -> bool:
    """Whether `sink` hands events to anyone now: None never does; a sink with a `listening()`
    (a `Hub`) says so itself, any other always does. The step loop builds no events for nobody."""
    if sink is None:
        return False
    ask = getattr(sink, "listening", None)
    return ask is None or bool(ask())


class Hub:
    """A sink that hands each event to its subscribers (and to `upstream`, a sink it took over),
    a subscriber's failure logged, never fatal. Subscribing and unsubscribing are thread-safe."""

    def __init__(self, upstream: Callable[[RuntimeEvent], None] | None = None) -> None:
        self.upstream = upstream
        self._subscribers: tuple[Callable[[RuntimeEvent], None], ...] = ()
        self._lock = threading.Lock()

    def subscribe(self, callback: Callable[[RuntimeEvent], None]) -> Callable[[], None]:
        """Call `callback(event)` for each event from now on; returns the unsubscribe function."""
        with self._lock:
            self._subscribers = (*self._subscribers, callback)

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = tuple(s for s in self._subscribers if s is not callback)

        return unsubscribe

    def listening(self) -> bool:
        return bool(self._subscribers) or listening(self.upstream)

    def __call__(self, event: RuntimeEvent) -> None:
        if self.upstream is not None:
            self.upstream(event)
        for fn in self._subscribers:
            try:
                fn(event)
            except Exception:  # noqa: BLE001 - a subscriber's bug must not stop the runtime
                log.exception("runtime subscriber %r failed", fn)


def defer(conn: Connection, sink: Callable[[RuntimeEvent], None] | None, events: list[RuntimeEvent]) -> None:
    """Deliver `events` to `sink` once `conn`'s transaction has really committed (nothing for
    a sink nobody listens to)."""
    if not events or not listening(sink):
        return
    _install(conn.engine)
    conn.info.setdefault(_PENDING, []).extend((sink, ev) for ev in events)
