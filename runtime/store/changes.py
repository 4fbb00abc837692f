"""`ChangeWatcher`: tells views (history, canvas counts, contacts) that another process changed what they show.

A daemon thread looks every `interval` seconds, never on the caller's (GUI) thread:

- SQLite: `PRAGMA data_version` on a connection of its own changes when any other connection
  committed; only then does it read the signature below (heartbeats change the file every
  few seconds, so the version alone would say "changed" too often);
- PostgreSQL: other processes' commits arrive as notifications (runtime.store.notify) and
  call at once; the signature is read every `fallback` seconds as well, for one that was lost.

The signature is a few index lookups: newest step, newest enrollment, newest enrollment
change (`updated_at`, indexed) and newest CRM change event. `on_change()` is called from the
thread, at most once per `interval` however many commits there were (a storm of changes is
one call per look), and never while the previous call is still running.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

from runtime.store import notify
from runtime.store.db import Database
from runtime.store.schema_crm import change_events
from runtime.store.schema_runtime import enrollments, steps

log = logging.getLogger(__name__)

INTERVAL = 0.5
FALLBACK = 5.0
SIGNATURE = select(
    select(func.max(steps.c.id)).scalar_subquery(),
    select(func.max(enrollments.c.id)).scalar_subquery(),
    select(func.max(enrollments.c.updated_at)).scalar_subquery(),
    select(func.max(change_events.c.id)).scalar_subquery(),
)


def signature(db: Database) -> tuple[Any, ...]:
    with db.begin() as conn:
        return tuple(conn.execute(SIGNATURE).one())


class ChangeWatcher:
    """Calls `on_change()` from its thread when another process committed something views show.

    `ready` is set once it knows where things stand (a commit after it is noticed); `checks`
    counts the looks taken, `changes` the calls made.
    """

    def __init__(self, db: Database, on_change: Callable[[], None], interval: float = INTERVAL,
                 fallback: float = FALLBACK) -> None:
        self.db = db
        self.on_change = on_change
        self.interval = interval
        self.fallback = fallback
        self.checks = 0
        self.changes = 0
        self.listener: notify.Listener | None = None
        self.ready = threading.Event()
        self._poke = threading.Event()
        self._told = False  # a notification from another process came since the last look
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        if not self.db.is_sqlite:
            self.listener = notify.Listener(self.db.engine, self._on_notify, on_connect=self._on_reconnect)
            self.listener.start()
        self._thread = threading.Thread(target=self._run, name="caudal-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the thread (a daemon: the look in progress is waited for, at most a second)."""
        self._stop.set()
        self._poke.set()
        if self.listener is not None:
            self.listener.stop(wait=False)
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(1.0)  # a look stuck on an unreachable server must not hold up closing
        if self.listener is not None:
            self.listener.join()
            self.listener = None

    # -- news --------------------------------------------------------------------------
    def _on_notify(self, sender: str, _topics: frozenset[str]) -> None:
        if sender != notify.sender_of(self.db.engine):  # this process's views hear their own runtime
            self._told = True
            self._poke.set()

    def _on_reconnect(self) -> None:
        if self.listener is not None and self.listener.connects > 1:  # news may have been missed
            self._told = True
            self._poke.set()

    # -- the thread --------------------------------------------------------------------
    def _run(self) -> None:
        version = _DataVersion(self.db) if self.db.is_sqlite else None
        try:
            last = self._signature()
            self.ready.set()
            wait = self.interval if version is not None else self.fallback
            while not self._stop.is_set():
                self._poke.wait(wait)
                self._poke.clear()
                if self._stop.is_set():
                    return
                told, self._told = self._told, False
                moved = version.moved() if version is not None else True
                now = self._signature() if moved or told else last
                self.checks += 1
                if now is None:  # the database did not answer: look again next time
                    self._told = self._told or told
                elif told or now != last:
                    last = now
                    self.changes += 1
                    self._call()
                    self._stop.wait(self.interval)  # a storm of notifications: one call per interval
        finally:
            if version is not None:
                version.close()

    def _signature(self) -> tuple[Any, ...] | None:
        try:
            return signature(self.db)
        except Exception as exc:  # noqa: BLE001 - the database is busy or away: look again later
            log.debug("change check failed: %s", exc)
            return None

    def _call(self) -> None:
        try:
            self.on_change()
        except Exception:  # a view's bug must not end the watching
            log.exception("change subscriber %r failed", self.on_change)


class _DataVersion:
    """SQLite's `PRAGMA data_version` on a connection kept for it (it says whether OTHER connections
    committed since the last look; never in a transaction, so it holds no lock)."""

    def __init__(self, db: Database) -> None:
        self._conn: Any = None
        self._seen: int | None = None
        with contextlib.suppress(Exception):
            raw = db.engine.raw_connection()
            conn = raw.driver_connection
            raw.detach()  # ours alone: closing it really closes it
            self._conn = conn

    def moved(self) -> bool:
        if self._conn is None:
            return True  # no connection of our own: read the signature every time
        try:
            version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        except Exception:  # noqa: BLE001
            return True
        moved, self._seen = version != self._seen, version
        return moved

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
