"""The embedded runtime in the main window's status bar: its state, the contacts in flight, and
who else runs flows on this database (designer.runtimes_status).

`RuntimeStatus` owns the permanent labels and follows the bridge's signals; the
window calls `retranslate()` on language changes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from designer.main_window_actions import tr, trn
from designer.runtime_bridge import RuntimeBridge
from designer.runtimes_status import RuntimesLabel


class RuntimeStatus:
    """Runtime state ("● Runtime running") and in-flight count, in `window`'s status bar."""

    def __init__(self, window: QMainWindow, bridge: RuntimeBridge | None) -> None:
        self.bridge = bridge
        self.state_label = QLabel(window)
        self.state_label.setObjectName("runtimeState")
        self.in_flight_label = QLabel(window)
        self.runtimes_label = RuntimesLabel(bridge.db, self._own_id, window) if bridge is not None else None
        if self.runtimes_label is not None:
            window.statusBar().addPermanentWidget(self.runtimes_label)
        window.statusBar().addPermanentWidget(self.in_flight_label)
        window.statusBar().addPermanentWidget(self.state_label)
        self.state = bridge.state if bridge else "stopped"
        self.in_flight = 0
        if bridge is not None:
            bridge.state_changed.connect(self._on_state)
            bridge.in_flight_changed.connect(self._on_in_flight)

    def _own_id(self) -> str | None:
        runtime = self.bridge.runtime if self.bridge is not None else None
        registry = getattr(runtime, "registry", None)
        return getattr(registry, "id", None)

    def _on_state(self, state: str) -> None:
        self.state = state
        if self.runtimes_label is not None:  # who runs is read while this desktop's runtime runs
            self.runtimes_label.start() if state == "running" else self.runtimes_label.stop()
        self.retranslate()

    def _on_in_flight(self, count: int) -> None:
        self.in_flight = count
        self.retranslate()

    def retranslate(self) -> None:
        states = {"running": tr("Runtime running"), "stopped": tr("Runtime stopped"),
                  "unavailable": tr("Runtime unavailable")}
        self.state_label.setText("● " + states.get(self.state, self.state))
        self.state_label.setProperty("state", self.state)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        if self.bridge is not None and self.bridge.error:
            self.state_label.setToolTip(self.bridge.error)
        self.in_flight_label.setText(trn("%n contact(s) in flows", self.in_flight))
        if self.runtimes_label is not None:
            self.runtimes_label.retranslate()
