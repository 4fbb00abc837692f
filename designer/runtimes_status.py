"""Who runs flows on this database, in the status bar: "3 runtimes: this desktop, PC-ANA (desktop), server (service)".

`RuntimesLabel` reads the runtime registry (`runtime.engine.registry.list_runtimes`) on a
background thread every `REFRESH_MS` while this designer's runtime runs, and names each
runtime by host and kind, this window's own as "this desktop". A runtime whose heartbeat
counter has not moved for `stale_after` seconds, measured on THIS computer's monotonic clock
(as the registry itself judges, never comparing two machines' clocks), or whose process on
this machine is gone, is shown as "not responding", never as running. The tooltip lists
host, kind, since when and the last heartbeat, in the user's language and locale.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from designer.i18n import when
from runtime.engine.settings import EngineSettings
from runtime.store.db import Database

log = logging.getLogger(__name__)
REFRESH_MS = 5000
SHOWN_NAMES = 4  # more runtimes than this: "… +2"


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("RuntimesStatus", text, "", n)


def default_stale_after() -> float:
    """The registry's own rule: `heartbeat_missed` beats of `heartbeat_interval` seconds."""
    settings = EngineSettings()
    return settings.heartbeat_interval * settings.heartbeat_missed


class Staleness:
    """Which runtimes have stopped beating: each one's `beat` and when (here) it last changed."""

    def __init__(self, stale_after: float, monotonic: Callable[[], float] = time.monotonic) -> None:
        self.stale_after = stale_after
        self.monotonic = monotonic
        self._seen: dict[str, tuple[int, float]] = {}

    def observe(self, rows: list[dict[str, Any]]) -> set[str]:
        """The ids of `rows` that are not responding now."""
        now = self.monotonic()
        stale: set[str] = set()
        for row in rows:
            beat, since = self._seen.get(row["id"], (None, now))
            if beat != row["beat"]:
                since = now
            self._seen[row["id"]] = (row["beat"], since)
            if row.get("process") == "gone" or now - since >= self.stale_after:
                stale.add(row["id"])
        for gone in set(self._seen) - {row["id"] for row in rows}:
            del self._seen[gone]
        return stale


class RegistryLoader(QObject):
    """Reads the registry on a thread; `ready(rows)` or `failed(message)` arrive on the GUI thread.
    A load asked for while one runs is skipped (the next tick asks again)."""

    ready = Signal(list)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._running = threading.Lock()

    def load(self) -> bool:
        if not self._running.acquire(blocking=False):
            return False
        threading.Thread(target=self._work, daemon=True, name="runtimes-status").start()
        return True

    def _work(self) -> None:
        from runtime.engine.registry import list_runtimes

        try:
            rows = list_runtimes(self.db)
        except Exception as exc:  # noqa: BLE001 - a busy or unreachable database: say so, try again later
            log.debug("could not read the runtime registry", exc_info=True)
            self._emit(self.failed, str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        else:
            self._emit(self.ready, rows)
        finally:
            self._running.release()

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            signal.emit(value)

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until no load runs (tests); False on timeout."""
        if not self._running.acquire(timeout=timeout):
            return False
        self._running.release()
        return True


class RuntimesLabel(QLabel):
    """The status bar's list of runtimes (see the module docstring).

    Args:
        own_id: the registry id of this window's runtime (a callable: it exists once started).
    """

    def __init__(self, db: Database, own_id: Callable[[], str | None], parent: QWidget | None = None,
                 staleness: Staleness | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runtimesStatus")
        self.own_id = own_id
        self.staleness = staleness or Staleness(default_stale_after())
        self.rows: list[dict[str, Any]] | None = None
        self.stale: set[str] = set()
        self.error = ""
        self.loader = RegistryLoader(db, self)
        self.loader.ready.connect(self.show_rows)
        self.loader.failed.connect(self._on_failed)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.hide()  # until the first answer

    def start(self) -> None:
        """Read now and every REFRESH_MS."""
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        self.loader.load()

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows, self.error = rows, ""
        self.stale = self.staleness.observe(rows)
        self.retranslate()

    def _on_failed(self, message: str) -> None:
        self.error = message
        self.retranslate()

    def kind_name(self, kind: str) -> str:
        names = {"designer": tr("desktop"), "run": tr("service"), "until-idle": tr("run until idle")}
        return names.get(kind, kind)

    def _name(self, row: dict[str, Any], own: str | None) -> str:
        if row["id"] == own:
            name = tr("this desktop")
            return tr("%1 (not responding)").replace("%1", name) if row["id"] in self.stale else name
        if row["id"] in self.stale:
            return tr("%1 (%2, not responding)").replace("%1", row["host"]).replace("%2", self.kind_name(row["kind"]))
        return tr("%1 (%2)").replace("%1", row["host"]).replace("%2", self.kind_name(row["kind"]))

    def retranslate(self) -> None:
        if self.error:
            self.setText(tr("Runtimes: cannot read"))
            self.setToolTip(self.error)
            self.show()
            return
        if self.rows is None:
            return
        own = self.own_id()
        rows = sorted(self.rows, key=lambda r: r["id"] != own)  # this desktop first
        names = [self._name(r, own) for r in rows[:SHOWN_NAMES]]
        if len(rows) > SHOWN_NAMES:
            names.append(tr("+%n more", len(rows) - SHOWN_NAMES))
        if rows:
            self.setText(tr("%n runtime(s): %1", len(rows)).replace("%1", ", ".join(names)))
        else:
            self.setText(tr("No runtime on this database"))
        self.setProperty("stale", bool(self.stale))
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(self.tooltip(rows, own))
        self.show()

    def tooltip(self, rows: list[dict[str, Any]], own: str | None) -> str:
        if not rows:
            return tr("No desktop and no service runs flows on this database now.")
        lines = [tr("Runtimes on this database:")]
        for r in rows:
            line = (tr("%1 — %2 — since %3 — last heartbeat %4").replace("%1", r["host"])
                    .replace("%2",
                             self.kind_name(r["kind"]) + (" (" + tr("this desktop") + ")" if r["id"] == own else ""))
                    .replace("%3", when(r["started_at"])).replace("%4", when(r["heartbeat_at"], seconds=True)))
            if r["id"] in self.stale:
                line += " — " + tr("not responding")
            lines.append(line)
        return "\n".join(lines)
