"""`Loader`: read something for a key off the GUI thread, one read at a time, the latest request winning.

A subclass says what to read (`read(conn, key)`) and may narrow `ready`'s types. A request
made while a read runs is remembered and run next (the latest wins), so a storm of refreshes
costs one query after another, never a pile-up; `ready(key, result)` arrives in the GUI thread.
Used by the History page's chart (`chart.StatsLoader`) and the canvas counts (`CountsLoader`).
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from PySide6.QtCore import QObject, Signal

from runtime import history
from runtime.store.db import Database

log = logging.getLogger(__name__)


class Loader(QObject):
    """See the module docstring. `flow_id` is the latest key asked for; `loads` counts the reads made."""

    ready = Signal(str, object)
    thread_name = "history-loader"

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.flow_id: str | None = None
        self.loads = 0
        self._lock = threading.Lock()
        self._running = False
        self._next: str | None = None

    def read(self, conn: Any, key: str) -> Any:
        raise NotImplementedError

    def load(self, flow_id: str) -> None:
        self.flow_id = flow_id
        with self._lock:
            if self._running:
                self._next = flow_id
                return
            self._running = True
        threading.Thread(target=self._work, args=(flow_id,), daemon=True, name=self.thread_name).start()

    def _work(self, key: str) -> None:
        flow_id: str | None = key
        while flow_id is not None:
            try:
                with self.db.begin() as conn:
                    result = self.read(conn, flow_id)
                self.loads += 1
                self.ready.emit(flow_id, result)
            except Exception:  # a busy or closed database: the view keeps what it shows
                log.debug("%s failed", self.thread_name, exc_info=True)
            with self._lock:
                flow_id, self._next = self._next, None
                if flow_id is None:
                    self._running = False

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until no read runs (tests and shutdown); False on timeout."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if not self._running:
                    return True
            time.sleep(0.01)
        return False


class CountsLoader(Loader):
    """Contacts at each node of a flow (`runtime.history.node_counts`): `ready(flow_id, {node: NodeCount})`."""

    ready = Signal(str, dict)
    thread_name = "history-counts"

    def read(self, conn: Any, key: str) -> Any:
        return history.node_counts(conn, key)
