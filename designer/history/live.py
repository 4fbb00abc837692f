"""`Throttle`: coalesce a storm of runtime events into at most one refresh per interval.

`poke()` is cheap (a flag and, at most, a timer start) so thousands of events a second
cost nothing; the callback runs on the leading edge (at once when idle) and then once
per `interval_ms` while pokes keep arriving, never more often.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QObject, QTimer

REFRESH_MS = 500


class Throttle(QObject):
    """Calls `callback(flows)` with the flow ids seen since the last call (None = any flow)."""

    def __init__(self, callback: Callable[[set[str | None]], None], interval_ms: int = REFRESH_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.callback = callback
        self.interval_ms = interval_ms
        self.refreshes = 0
        self.pokes = 0
        self._flows: set[str | None] = set()
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def poke(self, flow_id: str | None = None) -> None:
        self.pokes += 1
        self._flows.add(flow_id)
        if self._timer.isActive():
            return
        since = self._clock.elapsed() if self._clock.isValid() else self.interval_ms
        self._timer.start(max(0, self.interval_ms - since))

    def poke_events(self, batch: list) -> None:
        """A RuntimeBridge `events` batch: remember the flows it touched, one poke."""
        if not batch:
            return
        self._flows.update(getattr(e, "flow_id", None) for e in batch)
        self.poke(getattr(batch[-1], "flow_id", None))

    def flush(self) -> None:
        """Run a pending refresh now."""
        if self._timer.isActive():
            self._timer.stop()
            self._fire()

    def _fire(self) -> None:
        flows, self._flows = self._flows, set()
        self._clock.restart()
        self.refreshes += 1
        self.callback(flows)
