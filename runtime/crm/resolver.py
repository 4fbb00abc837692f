"""`ConnectorResolver`: the engine's and the service's view of the CRM connections.

    engine = Engine(db, connectors=ConnectorResolver(db))

name -> connector ("local" is the embedded CRM; any other name a registered connection,
opened once and reopened when its secret or settings change). It owns what keeps a failing
connection from stopping anything else: polls (each at its interval, never while paused),
the fetches of the read-ahead (`fetch_for`; runtime.engine.readahead plans them before each
engine batch and before trigger processing: no HTTP inside a write transaction), the pauses
(runtime.crm.pause: a failure pauses, a success resumes and wakes the held work), and the
ledger's CRM channel (`channel`). Thread-safe: the service
thread runs steps and polls while the designer reads `status()`.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from runtime.crm import connections, leases, pause
from runtime.crm.channel import CrmChannel
from runtime.crm.http.redact import Redactor
from runtime.crm.local import LocalCrm
from runtime.crm.polling import last_polled, poll
from runtime.crm.remote import fetch
from runtime.store.db import Database

log = logging.getLogger(__name__)
NAMES_TTL = 1.0  # seconds the list of connections and pauses is reused by the read-ahead


class ConnectorResolver:
    """See the module docstring. `clock` (epoch seconds) is the service's clock when it runs one."""

    def __init__(self, db: Database, **http_options: Any) -> None:
        self.db = db
        self.http_options = http_options
        self.clock: Callable[[], float] = time.time
        self._open: dict[str, tuple[Any, Any]] = {}
        self._config: dict[str, connections.Connection] = {}
        self._attempted: dict[str, float] = {}  # last poll attempt per connection (failed or not)
        self.poll_errors: dict[str, str] = {}  # last poll error per connection ("" once it works again)
        self.last_results: dict[str, Any] = {}
        self.pauses: dict[str, pause.Pause] = {}
        self._known: tuple[tuple[float, float] | None, list[connections.Connection]] = (None, [])
        self._lock = threading.RLock()
        self._channel: Any = None
        # The registry id of the service running this resolver: set, it polls a connection only
        # while holding its lease (runtime.crm.leases); None (a one-off resolver) polls freely.
        self.runtime_id: str | None = None

    # -- opening ----------------------------------------------------------------------
    def __call__(self, name: str) -> Any:
        return self.open(name)[0]

    def open(self, name: str) -> tuple[Any, Any]:
        """(connector, polling source) for `name`; the source is None for "local"."""
        if name in ("", "local"):
            return LocalCrm(self.db), None
        with self._lock:
            if name not in self._open:
                connection = connections.get_connection(self.db, name)
                assert connection is not None
                options = {"wall": lambda: self.clock(), **self.http_options}  # pauses on the service's clock
                connector, source = connections.open_connector(connection, **options)
                connector.api.http.share_budget(self.db, name)  # the token's budget, office-wide
                connector.clock = lambda: self.clock()
                connector.paused = self.pauses.get(name)
                self._open[name] = (connector, source)
                self._config[name] = connection
            return self._open[name]

    def _forget(self, name: str) -> None:
        with self._lock:
            opened = self._open.pop(name, None)
            self._config.pop(name, None)
        if opened is not None:
            opened[0].api.http.close()

    def refresh(self, force: bool = False) -> list[connections.Connection]:
        """Re-read the connections and pauses (at most every NAMES_TTL s unless `force`);
        reopen connections whose secret or settings changed, forget removed ones."""
        stamp = (time.monotonic(), self.clock())  # either moving on is enough (tests stop the clock)
        with self._lock:
            last = self._known[0]
            if (not force and last is not None
                    and all(now - then < NAMES_TTL for now, then in zip(stamp, last, strict=True))):
                return self._known[1]
        current = connections.list_connections(self.db)
        pauses = pause.load(self.db)
        names = {c.name for c in current}
        with self._lock:
            self._known = (stamp, current)
            self.pauses = pauses
            for name in [n for n in self._open if n not in names]:
                self._forget(name)
            for connection in current:
                if self._config.get(connection.name, connection) != connection:
                    self._forget(connection.name)  # a new secret or new settings
                if connection.name in self._open:
                    self._open[connection.name][0].paused = pauses.get(connection.name)
        return current

    def names(self) -> list[str]:
        return [c.name for c in self.refresh()]

    def open_names(self) -> list[str]:
        with self._lock:
            return list(self._open)

    # -- pauses -----------------------------------------------------------------------
    def is_paused(self, name: str) -> bool:
        found = self.pauses.get(name)
        return found is not None and found.current(self.clock())

    def failed(self, name: str, exc: Exception) -> pause.Pause:
        """Record that `name` failed: it pauses until the pause's `until` (its work waits)."""
        found = pause.save(self.db, name, pause.pause_for(exc, self.clock()))
        with self._lock:
            self.pauses[name] = found
            if name in self._open:
                self._open[name][0].paused = found
        log.warning("connection %r paused (%s) until %s: %s", name, found.reason, found.until, found.message)
        return found

    def worked(self, name: str) -> None:
        """`name` answered: end its pause, if any, and wake the work it held."""
        if name not in self.pauses:
            return
        woken = pause.clear(self.db, name, self.clock())
        with self._lock:
            self.pauses.pop(name, None)
            if name in self._open:
                self._open[name][0].paused = None
        log.info("connection %r works again; %d held item(s) resume", name, woken)

    # -- reading ahead ----------------------------------------------------------------
    def fetch_for(self, name: str, contacts: set[str], deals: set[str], *, snapshots: Any = None,
                  only_wanted: bool = False) -> bool:
        """Fill `name`'s read cache outside any transaction; False when it failed (then paused)."""
        if self.is_paused(name):
            return False
        try:
            connector = self(name)
        except connections.ConnectionProblem:
            return False
        cache = connector.reads
        if only_wanted and not (cache.wanted_contacts or cache.wanted_deals or cache.wanted_emails
                                or cache.wanted_meta):
            return True
        try:
            fetch(connector, contacts, deals, self.clock(), snapshots, users=not only_wanted)
        except Exception as exc:  # noqa: BLE001 - a failing connection pauses; the others go on
            self.failed(name, exc)
            return False
        self.worked(name)
        return True

    @property
    def channel(self) -> Any:
        """The ledger channel that sends remote flows' CRM writes (runtime.crm.channel)."""
        if self._channel is None:
            self._channel = CrmChannel(self)
        return self._channel

    # -- polling ----------------------------------------------------------------------
    def next_poll_at(self) -> float | None:
        """When the next connection is due for a poll (None: there are no connections)."""
        return connections.next_poll_at(self.db, self._attempted, self.pauses)

    def poll_due(self, clock_now: float | None = None) -> dict[str, Any]:
        """Poll every connection whose interval (and pause) has elapsed.

        Returns {name: PollResult or the exception raised}; an error of one connection pauses
        it and never stops the others.
        """
        stamp = self.clock() if clock_now is None else clock_now
        results: dict[str, Any] = {}
        for connection in self.refresh(force=True):
            name = connection.name
            last = max(last_polled(self.db, name) or 0.0, self._attempted.get(name, 0.0))
            if last and stamp - last < connection.poll_seconds:
                continue
            found = self.pauses.get(name)
            if found is not None and found.current(stamp):
                continue
            self._attempted[name] = stamp
            if self.runtime_id is not None and not leases.claim(self.db, name, self.runtime_id, stamp):
                continue  # another live runtime polls this connection
            try:
                _, source = self.open(name)
                results[name] = poll(self.db, name, connection.created_at, source, clock=lambda: stamp)
                self.poll_errors[name] = ""
                self.worked(name)
            except Exception as exc:  # noqa: BLE001 - reported per connection, never fatal
                results[name] = exc
                self.poll_errors[name] = Redactor()(str(exc)) or type(exc).__name__
                if not isinstance(exc, connections.ConnectionProblem):
                    self.failed(name, exc)
        self.last_results.update(results)
        return results

    # -- what the app shows -----------------------------------------------------------
    def status(self) -> dict[str, dict[str, Any]]:
        """Per connection: pending calls, retries, throttled answers, remaining quota, last
        error, and its pause ({reason, message, since, until}) while paused."""
        with self._lock:
            opened = list(self._open.items())
            pauses = dict(self.pauses)
        out = {name: connector.api.http.status.snapshot() for name, (connector, _) in opened}
        for name, error in list(self.poll_errors.items()):
            out.setdefault(name, {})["poll_error"] = error
        for name, found in pauses.items():
            out.setdefault(name, {})["paused"] = {"reason": found.reason, "message": found.message,
                                                  "since": found.since, "until": found.until}
        return out

    def close(self) -> None:
        if self.runtime_id is not None:
            leases.release(self.db, self.runtime_id)
        with self._lock:
            opened = list(self._open.values())
            self._open.clear()
            self._config.clear()
        for connector, _ in opened:
            connector.api.http.close()
