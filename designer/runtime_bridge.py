"""The embedded runtime seen from the GUI: start/stop it, and turn its events into Qt signals.

`runtime.service.Runtime` runs in its own thread and calls our subscriber there. The
subscriber only appends to a deque and pokes a QObject living in the GUI thread (a
queued, cross-thread signal); that object drains the deque on a timer, so the UI
refreshes at most `MAX_REFRESH_PER_S` times a second however busy the engine is.

Work done by OTHER processes (another desktop, a `run` service, the CLI) never reaches that
subscriber: a `runtime.store.changes.ChangeWatcher` notices it off the GUI thread (SQLite: a
cheap check every 0.5 s; PostgreSQL: notifications) and the bridge emits `changed_elsewhere`,
at most once per look however many commits there were.

Also here: activating/stopping a flow and manual enrollment ("Run flow…"), the two
places the designer asks the runtime to act.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from runtime.flows import repository
from runtime.flows.model import Flow
from runtime.store.db import Database

log = logging.getLogger(__name__)

MAX_REFRESH_PER_S = 10


class RuntimeBridge(QObject):
    """Owns the embedded runtime while the designer runs.

    Signals:
        state_changed(str): "running", "stopped" or "unavailable".
        events(list): a batch of runtime events, at most ~10 batches a second.
        in_flight_changed(int): contacts currently inside a flow (active or waiting).
        changed_elsewhere(): another process committed something the views show.
    """

    state_changed = Signal(str)
    events = Signal(list)
    in_flight_changed = Signal(int)
    changed_elsewhere = Signal()
    _poke = Signal()
    _elsewhere = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runtime: Any = None
        self.state = "stopped"
        self.error = ""
        self._queue: deque[Any] = deque()
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(1000 // MAX_REFRESH_PER_S)
        self._timer.timeout.connect(self._drain)
        self._poke.connect(self._on_poke)  # emitted from the runtime thread: queued
        self._elsewhere.connect(self._on_elsewhere)  # emitted from the watcher's thread: queued
        self.batches_emitted = 0
        self.watcher: Any = None

    # -- lifecycle --------------------------------------------------------------
    def start(self) -> str:
        """Start the runtime service; returns the new state."""
        if self.runtime is not None:
            return self.state
        self.watch_changes()
        try:
            from runtime.service import Runtime
        except ImportError as exc:  # the service is not in this build yet
            self.error = str(exc)
            self._set_state("unavailable")
            return self.state
        try:
            self.runtime = Runtime(self.db, inbound=True, kind="designer")
            if hasattr(self.runtime, "subscribe"):
                self.runtime.subscribe(self.deliver)
            self.runtime.start()
        except ImportError as exc:  # the engine is not in this build yet
            self.error = str(exc)
            self.runtime = None
            self._set_state("unavailable")
            return self.state
        except Exception as exc:  # shown in the status bar, never a crash
            log.exception("the runtime did not start")
            self.error = str(exc)
            self.runtime = None
            self._set_state("stopped")
            return self.state
        self._set_state("running")
        self.refresh_in_flight()
        return self.state

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.runtime is not None:
            try:
                getattr(self.runtime, "close", self.runtime.stop)()  # close: also the CRM connections
            finally:
                self.runtime = None
        self._timer.stop()
        if self.state != "unavailable":
            self._set_state("stopped")

    def watch_changes(self) -> None:
        """Start noticing other processes' work (idempotent; `stop` ends it)."""
        if self.watcher is None:
            from runtime.store.changes import ChangeWatcher

            self.watcher = ChangeWatcher(self.db, self._elsewhere.emit)
            self.watcher.start()

    def _on_elsewhere(self) -> None:
        self.changed_elsewhere.emit()
        self.refresh_in_flight()

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    # -- events -----------------------------------------------------------------
    def deliver(self, event: Any) -> None:
        """The runtime's callback (any thread): queue the event and wake the GUI thread."""
        with self._lock:
            self._queue.append(event)
        self._poke.emit()

    def _on_poke(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _drain(self) -> None:
        with self._lock:
            batch = list(self._queue)
            self._queue.clear()
        if batch:
            self.batches_emitted += 1
            self.events.emit(batch)
            self.refresh_in_flight()

    def refresh_in_flight(self) -> int:
        """Count contacts in flight and emit `in_flight_changed`."""
        from runtime.history.overlay import count_in_flight

        try:
            with self.db.begin() as conn:
                count = count_in_flight(conn)
        except Exception:  # the DB is busy or gone: keep the last figure
            log.debug("in-flight count failed", exc_info=True)
            return -1
        self.in_flight_changed.emit(int(count))
        return int(count)


# -- activation -----------------------------------------------------------------
def activate(db: Database, flow_id: str) -> None:
    """Activate the saved draft of `flow_id`: the runtime validates it once and freezes it.

    Raises:
        runtime.flows.problems.ActivationRefused: the draft has problems (nothing changed).
    """
    from runtime.engine.activation import activate_flow

    activate_flow(db, flow_id)


def deactivate(db: Database, flow_id: str) -> None:
    """Stop a flow (contacts in flight stay where they are)."""
    from runtime.engine.activation import deactivate_flow

    deactivate_flow(db, flow_id)


# -- manual enrollment ----------------------------------------------------------
class EnrollError(Exception):
    """"Run flow…" could not enroll (no runtime, flow not active...)."""


def _trigger_node(flow: Flow) -> str:
    """The manual trigger of `flow`, else its first trigger node."""
    from runtime.flows.summary import summary_of

    triggers = [n for n in summary_of(flow).of_kind("trigger") if n.node_type is not None]
    manual = [n for n in triggers if n.type == "trigger.manual"]
    if not triggers:
        raise EnrollError("the flow has no trigger")
    return (manual or triggers)[0].id


def _engine(bridge: RuntimeBridge | None, db: Database, crm: str | None = None) -> Any:
    runtime = bridge.runtime if bridge is not None else None
    engine = getattr(runtime, "engine", None)
    if engine is not None:
        return engine
    try:
        from runtime.engine import Engine
    except ImportError as exc:
        raise EnrollError(f"the engine is not available: {exc}") from None
    if crm in (None, "", "local"):
        return Engine(db)  # the local CRM's fast paths
    from runtime.crm.connections import ConnectorResolver

    return Engine(db, connectors=ConnectorResolver(db))


def enroll_contacts(db: Database, flow_id: str, contact_ids: Iterable[str | int],
                    bridge: RuntimeBridge | None = None) -> int:
    """Enroll contacts into the active version of `flow_id` through its manual trigger.

    Returns how many enrollments were made (the flow's re-enrollment policy may refuse some).
    """
    with db.begin() as conn:
        info = repository.require(conn, flow_id)
        if not info.is_active or info.active_version_id is None:
            raise EnrollError(f"the flow «{info.name}» is not active")
        flow = repository.load_version(conn, info.active_version_id)
    node_id = _trigger_node(flow)
    engine = _engine(bridge, db, flow.settings.crm)
    ids = [str(c) for c in contact_ids]
    with db.begin(immediate=True) as conn:
        made = len(engine.enroll_many(conn, info.active_version_id, ids, trigger_node=node_id,
                                      origin="manual"))
    if bridge is not None and bridge.runtime is not None and hasattr(bridge.runtime, "wake"):
        bridge.runtime.wake()
    return made
