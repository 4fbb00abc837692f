"""Run one slow call (an SMTP connection test) off the GUI thread and get its result back as a signal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits on it, so the slots run in the GUI thread."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # delivered to the GUI, never lost in a thread
            self._emit("failed", exc)
            return
        self._emit("done", result)

    def _emit(self, name: str, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the dialog was closed (and deleted) meanwhile
            getattr(self.relay, name).emit(value)


class Background(QObject):
    """Starts `fn` on the global thread pool; emits `done(result)` or `failed(exception)`.

    The object must stay alive until a signal arrives (keep a reference to it).
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._finish_ok)
        self._relay.failed.connect(self._finish_error)

    def start(self, fn: Callable[[], Any]) -> bool:
        """Run `fn` in the background; False (and nothing started) while one is running."""
        if self.busy:
            return False
        self.busy = True
        job = _Job(fn, self._relay)
        job.setAutoDelete(True)
        QThreadPool.globalInstance().start(job)
        return True

    def _finish_ok(self, result: Any) -> None:
        self.busy = False
        self.done.emit(result)

    def _finish_error(self, exc: Any) -> None:
        self.busy = False
        self.failed.emit(exc)
