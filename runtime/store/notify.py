"""Telling other processes that a transaction committed work: PostgreSQL NOTIFY, the doorbell, the listener.

`mark(conn, topic)` says the caller's transaction wrote something other processes care about:

    WORK      due work items (enrollments, operator actions, activation's timers)
    CRM       local-CRM change events (triggers read them)
    FLOWS     a flow switched on or off          SETTINGS  an app setting
    HISTORY   steps and enrollments moved (what the History page and canvas counts show)

On PostgreSQL, just before the transaction commits, ONE `pg_notify('caudal', '<sender> <topics>')`
runs inside it, so listeners hear of it only when (and if) it commits. On SQLite a transaction
with a topic that wakes runtimes (`WAKE`) rings the doorbell (runtime.doorbell) once it has
really committed. Either way a notification only says "look now": readers read the tables as
always, so a lost one costs only the wait for the periodic check.

`Listener(db, on_notify)` listens on a dedicated PostgreSQL connection in a daemon thread and
calls `on_notify(sender, topics)`; it reconnects when the server goes away (calling `on_connect`,
since something may have been missed meanwhile) and `stop()` returns within about `timeout`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
import weakref
from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from runtime import doorbell
from runtime.store import sqlite_specific

log = logging.getLogger(__name__)

CHANNEL = "caudal"
WORK, CRM, FLOWS, SETTINGS, HISTORY = "work", "crm", "flows", "settings", "history"
WAKE = frozenset({WORK, CRM, FLOWS, SETTINGS})  # what a waiting runtime gets up for
_TOPICS = "caudal_notify_topics"
_RING = "caudal_notify_ring"
_installed: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def sender_of(engine: Engine) -> str:
    """This engine's sender id in payloads (one per open database handle, so two handles in one
    process, as in tests, are two senders); installs the commit hooks on first use."""
    with _lock:
        sender = _installed.get(engine)
        if sender is None:
            sender = _installed[engine] = uuid.uuid4().hex[:12]
            _install(engine)
    return sender


def mark(conn: Connection, topic: str) -> None:
    """Announce `topic` to other processes when the caller's transaction commits."""
    sender_of(conn.engine)
    topics = conn.info.get(_TOPICS)
    if topics is None:
        conn.info[_TOPICS] = {topic}
    else:
        topics.add(topic)


def payload(sender: str, topics: set[str] | frozenset[str]) -> str:
    return sender + " " + ",".join(sorted(topics))


def parse(text: str) -> tuple[str, frozenset[str]]:
    """(sender, topics) of a payload; an unknown shape gives topics that wake everything."""
    sender, _, topics = text.partition(" ")
    return sender, frozenset(t for t in topics.split(",") if t) or WAKE | {HISTORY}


def _install(engine: Engine) -> None:
    postgres = engine.dialect.name == "postgresql"
    folder = sqlite_specific.doorbell_folder(engine.url.render_as_string(hide_password=False))
    sender = _installed[engine]

    def on_commit(conn: Connection) -> None:
        topics = conn.info.pop(_TOPICS, None)
        if not topics:
            return
        if postgres:  # inside the transaction: delivered at its commit, dropped with a rollback
            cur = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            cur.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload(sender, topics)))
            cur.close()
        elif folder is not None and topics & WAKE:
            conn.info[_RING] = True  # rung once the commit is real (see the checkin hook)

    def on_rollback(conn: Connection) -> None:
        conn.info.pop(_TOPICS, None)

    def on_begin(conn: Connection) -> None:  # a connection kept open: its last commit is real now
        conn.info.pop(_TOPICS, None)  # a transaction that ended without commit or rollback events
        if conn.info.pop(_RING, False):
            doorbell.ring(folder)

    def on_checkin(_dbapi_conn: Any, record: Any) -> None:
        if record is not None and record.info.pop(_RING, False):
            doorbell.ring(folder)

    event.listen(engine, "commit", on_commit)
    event.listen(engine, "rollback", on_rollback)
    event.listen(engine, "begin", on_begin)
    if not postgres:
        event.listen(engine.pool, "checkin", on_checkin)


class Listener:
    """LISTEN on a dedicated connection in a daemon thread; see the module docstring.

    `ready` is set while listening (tests wait on it before another process commits).
    """

    def __init__(self, engine: Engine, on_notify: Callable[[str, frozenset[str]], None],
                 on_connect: Callable[[], None] | None = None, timeout: float = 0.5, retry: float = 1.0) -> None:
        self.engine = engine
        self.on_notify = on_notify
        self.on_connect = on_connect
        self.timeout = timeout
        self.retry = retry
        self.ready = threading.Event()
        self.connects = 0
        self._warned = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="caudal-listen", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        """Ask the thread to end; with `wait`, wait for it (at most a little over `timeout`: it is
        a daemon, and notices the request between two waits for notifications)."""
        self._stop.set()
        if wait:
            self.join()

    def join(self) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(self.timeout + 1.0)

    def _connect(self) -> Any:
        raw = self.engine.raw_connection()  # the engine's own way in (its URL, password, events)
        pg: Any = raw.driver_connection
        raw.detach()  # ours alone from now on: closing it really closes it
        try:
            pg.rollback()  # a pre-ping may have left a transaction open
            pg.autocommit = True
            pg.execute(f"LISTEN {CHANNEL}")
        except Exception:
            pg.close()
            raise
        return pg

    def _run(self) -> None:
        while not self._stop.is_set():
            pg = None
            try:
                pg = self._connect()
                self.connects += 1
                self._warned = False
                self.ready.set()
                if self.on_connect is not None:
                    self.on_connect()  # something may have been committed while we were away
                while not self._stop.is_set():
                    for note in pg.notifies(timeout=self.timeout):
                        self._deliver(note.payload)
            except Exception as exc:  # noqa: BLE001 - the server went away: try again, the poll goes on
                if not self._stop.is_set():
                    why = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                    (log.debug if self._warned else log.warning)(  # once per outage, not every second
                        "not hearing other processes' changes (%s); trying again every %s s, meanwhile the "
                        "periodic check notices them", why, self.retry)
                    self._warned = True
                    self._stop.wait(self.retry)
            finally:
                self.ready.clear()
                if pg is not None:
                    with contextlib.suppress(Exception):
                        pg.close()

    def _deliver(self, text: str) -> None:
        sender, topics = parse(text)
        try:
            self.on_notify(sender, topics)
        except Exception:  # a subscriber's bug must not stop the listening
            log.exception("notification subscriber %r failed", self.on_notify)
