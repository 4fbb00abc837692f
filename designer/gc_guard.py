"""Python's cyclic garbage collection, run only on the GUI thread.

The embedded runtime and the designer's background loaders are Python threads. When the
collector happens to run in one of them it may free Qt wrappers there, and Qt objects
destroyed off the GUI thread crash the process (seen as a segfault in a history-chart
worker that was only running SQL). So automatic collection is switched off and a timer
on the GUI thread collects each generation when its threshold is passed, as the
collector would have done by itself.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Owns the timer; `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)
        gc.disable()

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds (youngest first)."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] <= self.threshold[generation]:
                break
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        gc.enable()


_collector: MainThreadCollector | None = None


def install(app: QObject) -> MainThreadCollector:
    """Collect garbage on `app`'s (the GUI) thread only; idempotent."""
    global _collector
    if _collector is None:
        _collector = MainThreadCollector(app)
    return _collector


def uninstall() -> None:
    global _collector
    if _collector is not None:
        _collector.stop()
        _collector.deleteLater()
        _collector = None
