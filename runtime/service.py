"""`Runtime`: the engine as a service (triggers, timers, due steps) for `run` and the designer.

    rt = Runtime(db)
    unsubscribe = rt.subscribe(print)    # RuntimeEvents, called from the service thread
    rt.start()                           # background thread
    ...
    rt.stop()                            # finishes the batch in hand, then returns

One pass (`run_once`) polls the CRM connections that are due (each at its own interval;
their changes become change events), handles new change events (enrollments, wakes,
date re-plans), fires due trigger timers, then runs the engine's due work. The thread repeats passes
while there is work, then sleeps on a `threading.Event` until the next due time
(engine work items, timers or connection polls). It is woken early by: the local CRM's in-process
change listener, `wake()`, the APScheduler alarm at the next due time, other processes
committing work (runtime.store.notify: on SQLite the doorbell, runtime.doorbell, rung right
after the commit; on PostgreSQL a NOTIFY heard by a listening connection), and a cheap
cross-process check every `poll_interval` seconds (0.5 s by default: newest change event id
and next due time), the fallback for a lost ring or notification.

While it runs (and during `run_until_idle`) the service is registered in the database
(runtime.engine.registry): a heartbeat thread keeps its claims on the calls it is making
and hands on those of runtimes that died; `stop` starts no new call, lets the calls in
hand finish (at most `STOP_WAIT` seconds), hands back the rest and unregisters.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.engine import Connection

from runtime.doorbell import Doorbell
from runtime.engine import delivery, readahead, timers
from runtime.engine.event_rows import newest_event_id, read_cursor
from runtime.engine.registry import Heartbeat, Registry
from runtime.engine.triggers import (
    FilterFn,
    TriggerIndex,
    contact_filter,
    process_events,
)
from runtime.history import retention
from runtime.scheduling import POLL_INTERVAL, Alarm
from runtime.store import notify
from runtime.store.db import Database
from runtime.store.sqlite_specific import doorbell_folder

log = logging.getLogger(__name__)

IDLE_CAP = 60.0  # never sleep longer than this without a look (a safety net)
STOP_WAIT = 4.0  # seconds `stop` waits for the calls in hand (SIGTERM: out within 5 s)
_BATCHES_PER_PASS = 4  # engine batches per pass (events keep flowing, `stop` stays prompt)


def engine_settings(db: Database) -> Any:
    """EngineSettings with overrides from app_settings keys "engine.<name>" (numbers).

    E.g. "engine.external_lease" = 5: after a crash, an external call in flight is looked
    at again after 5 s instead of 300 (tests use it; see EngineSettings for the names).
    """
    from dataclasses import fields, replace

    from sqlalchemy import select

    from runtime.engine import EngineSettings
    from runtime.store.schema_runtime import app_settings

    defaults = EngineSettings()
    names = {f.name for f in fields(defaults)}
    with db.begin() as conn:
        rows = conn.execute(select(app_settings.c.key, app_settings.c.value)
                            .where(app_settings.c.key.like("engine.%"))).all()
    changes = {}
    for key, value in rows:
        name = key.removeprefix("engine.")
        if name in names and isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            changes[name] = type(getattr(defaults, name))(value)
        else:
            log.warning("ignoring app setting %s=%r (not a known engine number)", key, value)
    return replace(defaults, **changes)


class Runtime:
    """Triggers + timers + engine in one background thread; see the module docstring.

    Args:
        db: the open database.
        clock: a `runtime.engine` Clock (default: the engine's, else SystemClock).
        engine: an Engine to drive (default: a new one on `db` with this clock).
        poll_interval: seconds between cross-process checks.
        batch: work items per engine batch (one batch is "the step in hand" at stop).
        filter_fn: how a trigger's filter is checked (default: the engine's conditions).
        connectors: the CRM resolver for a new engine (default: a
            `runtime.crm.connections.ConnectorResolver` on `db`). When the engine's
            `connectors` has `poll_due()`, the service polls the connections with it.
        inbound: serve web forms while started (runtime.inbound.server, settings `inbound.*`).
        kind: what this runtime is, in the registry ("run", "designer", ...).
    """

    def __init__(self, db: Database, clock: Any = None, engine: Any = None,
                 poll_interval: float = POLL_INTERVAL, batch: int = 500,
                 filter_fn: FilterFn | None = None, connectors: Any = None, inbound: bool = False,
                 kind: str = "runtime") -> None:
        self.db = db
        self._inbound_wanted = inbound
        self.inbound: Any = None  # the web form server while started (None when off or busy)
        self._filter_fn = filter_fn
        if engine is None:
            from runtime.crm.connections import ConnectorResolver
            from runtime.engine import Engine, SystemClock

            self.events = delivery.Hub()
            engine = Engine(db, clock=clock or SystemClock(), events=self.events, settings=engine_settings(db),
                            connectors=connectors if connectors is not None else ConnectorResolver(db))
        else:  # the engine's own sink still hears its events, and our subscribers too
            self.events = engine.events = delivery.Hub(upstream=getattr(engine, "events", None))
        self.engine = engine
        resolver = getattr(engine, "connectors", None)
        self.resolver = resolver if hasattr(resolver, "poll_due") else None
        self.poll_results: dict[str, Any] = {}  # the last poll of each connection (result or error)
        self.clock = clock or engine.clock
        if self.resolver is not None and hasattr(self.resolver, "clock"):
            self.resolver.clock = self.clock.now  # pauses and reads on the service's clock
        self.batch = batch
        self.index = TriggerIndex()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._alarm = Alarm(self.wake, self._poll, poll_interval)
        self._doorbell: Doorbell | None = None
        self.listener: notify.Listener | None = None  # PostgreSQL only, while started
        self._seen_event = -1
        self._sleep_until: float | None = None
        settings = getattr(engine, "settings", None)
        self.registry = Registry(db, getattr(engine, "owner", None) or str(uuid.uuid4()), kind, self.clock,
                                 interval=getattr(settings, "heartbeat_interval", 2.0),
                                 missed=getattr(settings, "heartbeat_missed", 5))
        self._heartbeat = Heartbeat(self.registry, on_freed=self.wake)
        if self.resolver is not None and hasattr(self.resolver, "runtime_id"):
            self.resolver.runtime_id = self.registry.id  # one poller per connection (runtime.crm.leases)

    # -- events -------------------------------------------------------------------
    def subscribe(self, callback: Callable[[Any], None]) -> Callable[[], None]:
        """Call `callback(RuntimeEvent)` for each event; returns the unsubscribe function."""
        return self.events.subscribe(callback)

    # -- one pass -----------------------------------------------------------------
    def _crm(self, name: str) -> Any:
        connectors = getattr(self.engine, "connectors", None)
        if callable(connectors):
            return connectors(name)
        from runtime.crm.local import LocalCrm

        return LocalCrm(self.db)

    def _contact_ids(self, conn: Connection, crm: str) -> list[str]:
        return self._crm(crm).bind(conn).iter_contact_ids()

    def _filter(self, conn: Connection, crm: str, contact_id: str, condition: dict[str, Any]) -> bool:
        if self._filter_fn is not None:
            return self._filter_fn(conn, crm, contact_id, condition)
        return contact_filter(self._crm(crm).bind(conn), contact_id, condition, self.clock.now())

    def poll_connections(self, now: float | None = None) -> int:
        """Poll the CRM connections that are due; returns the change events they wrote.

        A failing connection is logged (its message is already redacted) and tried again
        after its interval; it never stops the others or the pass.
        """
        if self.resolver is None:
            return 0
        stamp = self.clock.now() if now is None else now
        try:
            due = self.resolver.next_poll_at()
        except Exception:
            log.exception("could not read the connections")
            return 0
        if due is None or due > stamp:
            return 0
        events = 0
        for name, result in self.resolver.poll_due(stamp).items():
            self.poll_results[name] = result
            if isinstance(result, Exception):
                log.warning("polling connection %r failed: %s", name, self.resolver.poll_errors.get(name, ""))
            else:
                events += result.events
        return events

    def run_once(self, now: float | None = None) -> int:
        """One pass: connection polls, change events, due timers, due engine work.

        Returns the work done.
        """
        fixed = now
        now = self.clock.now() if now is None else now
        retention.maybe_compact(self.db, now)  # history.keep_days: at most a look an hour, a run a day
        done = self.poll_connections(now)
        # Look first with a plain read; take SQLite's write lock only when there is work,
        # so an idle service never holds it while the designer or the CLI write.
        with self.db.begin() as conn:
            new_events = newest_event_id(conn) > read_cursor(conn)
            timer = timers.next_due(conn)
        # Remote CRMs: read what the events need before the write transaction (runtime.engine.readahead).
        prepared = readahead.for_events(self.resolver, self.index, self.batch) if self.resolver is not None else None
        if new_events or (prepared is not None and prepared.replay):
            with self.db.begin(immediate=True) as conn:
                done += process_events(conn, self.engine, self.index, self._filter, limit=self.batch,
                                       on_contact_change=timers.replan_subject,
                                       held=prepared.held if prepared else frozenset(),
                                       gone=prepared.gone if prepared else frozenset())
        if timer is not None and timer <= now:
            if self.resolver is not None:  # remote schedule ticks list their contacts first
                readahead.for_timers(self.resolver, self.index, now)
            with self.db.begin(immediate=True) as conn:
                done += timers.fire_due(conn, self.engine, self.index, self._filter, now, self._contact_ids)
        work = self.engine.next_due_at()
        if work is not None and work <= (self.clock.now() if fixed is None else fixed):
            # A few batches per pass, so events keep flowing and `stop` is prompt.
            done += self.engine.run_due(limit=self.batch, now=fixed, max_batches=_BATCHES_PER_PASS)
        return done

    def run_until_idle(self, now: float | None = None, max_passes: int | None = None) -> int:
        """Process everything due at `now` (default: the clock's now); returns the work done."""
        total, passes = 0, 0
        with self._registered(not self.running):
            while not self._stopping.is_set():
                done = self.run_once(now)
                total += done
                passes += 1
                if not done or (max_passes is not None and passes >= max_passes):
                    break
        return total

    @contextlib.contextmanager
    def _registered(self, needed: bool = True) -> Iterator[None]:
        """In the registry, beating, for the block (a no-op when not `needed`)."""
        if not needed:
            yield
            return
        self._enlist()
        try:
            yield
        finally:
            self._retire()

    def _enlist(self) -> None:
        """Register and start beating; first hand on the claims of runtimes that died, so a
        restart resumes their work at once."""
        stopping = getattr(self.engine, "stopping", None)
        if stopping is not None:
            stopping.clear()
        self.registry.register()
        self.registry.sweep()
        self._heartbeat.start()

    def _retire(self) -> None:
        """Stop beating, hand back what this runtime holds, leave the registry."""
        self._heartbeat.stop()
        try:
            self.registry.unregister()
        except Exception:  # noqa: BLE001 - the row stays; others free it once our process is gone
            log.exception("could not unregister runtime %s", self.registry.id)

    def next_due_at(self) -> float | None:
        """The earliest due time of engine work, trigger timers or connection polls, or None."""
        with self.db.begin() as conn:
            timer = timers.next_due(conn)
        work = self.engine.next_due_at()
        poll = self.resolver.next_poll_at() if self.resolver is not None else None
        candidates = [t for t in (timer, work, poll) if t is not None]
        return min(candidates) if candidates else None

    # -- the thread ---------------------------------------------------------------
    def wake(self) -> None:
        """Ask the service to look for work now (thread-safe, cheap)."""
        self._wake.set()

    def _on_notify(self, _sender: str, topics: frozenset[str]) -> None:
        """A commit in any process (ours included: cheap) that may have made work for us."""
        if topics & notify.WAKE:
            self.wake()

    def _poll(self) -> None:
        """Cross-process check (APScheduler thread): wake on new events or earlier work."""
        with self.db.begin() as conn:
            newest = newest_event_id(conn)
        if newest != self._seen_event:
            self._seen_event = newest
            self.wake()
            return
        due = self.next_due_at()
        if due is not None and (self._sleep_until is None or due < self._sleep_until):
            self.wake()

    def start(self) -> None:
        """Run the service in a background thread (idempotent)."""
        if self._thread is not None and self._thread.is_alive():
            return
        from runtime.crm.local import add_listener

        self._stopping.clear()
        self._enlist()
        add_listener(self.wake)
        folder = doorbell_folder(self.db.url)
        if folder is not None:  # other processes' CRM writes wake us at once (see runtime.doorbell)
            self._doorbell = Doorbell(folder, self.wake)
            self._doorbell.start()
        elif not self.db.is_sqlite:  # PostgreSQL: other processes' commits NOTIFY us
            self.listener = notify.Listener(self.db.engine, self._on_notify, on_connect=self.wake)
            self.listener.start()
        if self._inbound_wanted:
            from runtime.inbound.server import serve_for

            self.inbound = serve_for(self)
        self._alarm.start()
        self._thread = threading.Thread(target=self._loop, name="caudal-runtime", daemon=True)
        self._thread.start()
        log.info("runtime started on %s", self.db.shown_url)

    def stop(self, timeout: float | None = STOP_WAIT) -> bool:
        """Stop after the calls in hand; returns False if the thread did not end in time.

        No new external call starts after this; the thread hands back the calls it did
        not start and unregisters as it ends. One still in a call after `timeout` goes on
        (a daemon thread): if the process exits first, other runtimes see it gone.
        """
        from runtime.crm.local import remove_listener

        stopping = getattr(self.engine, "stopping", None)
        if stopping is not None:  # first: no batch or call starts while the rest shuts down
            stopping.set()
        remove_listener(self.wake)
        if self._doorbell is not None:
            self._doorbell.stop()
            self._doorbell = None
        listener, self.listener = self.listener, None
        if listener is not None:
            listener.stop(wait=False)  # ends during the join below
        if self.inbound is not None:
            self.inbound.stop()
            self.inbound = None
        self._stopping.set()
        self._wake.set()
        self._alarm.stop()
        thread, self._thread = self._thread, None
        if listener is not None:
            listener.join()
        if thread is None:
            return True
        thread.join(timeout)
        log.info("runtime stopped")
        return not thread.is_alive()

    def close(self) -> None:
        """Stop, then close the connections' HTTP clients and the SMTP sessions kept open."""
        self.stop()
        if self.resolver is not None and hasattr(self.resolver, "close"):
            self.resolver.close()
        channels = getattr(self.engine, "channels", None)
        if channels is not None and hasattr(channels, "close"):
            channels.close()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _loop(self) -> None:
        try:
            self._passes()
        finally:
            self._retire()

    def _passes(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                if self.run_once():
                    continue
                due = self.next_due_at()
            except Exception:
                log.exception("runtime pass failed; retrying in 1 s")
                self._stopping.wait(1.0)
                continue
            self._sleep_until = due
            self._alarm.set(due)
            timeout = IDLE_CAP if due is None else min(IDLE_CAP, max(0.0, due - self.clock.now()))
            if timeout > 0:
                self._wake.wait(timeout)
            self._sleep_until = None
