"""The embedded runtime as the window shows it: state and contacts in flight in the
status bar, the tray setting, and bringing the window back or quitting from the tray.

A mixin of `MainWindow` (`bridge`, `tray`, `settings`, `contacts`, `state_label`).
"""

from __future__ import annotations

from designer.main_window_actions import tr, trn


class RuntimeStatusMixin:
    """Runtime state, in-flight count and tray behaviour of the main window."""

    def _on_runtime_state(self, state: str) -> None:
        self.runtime_state = state
        self._show_runtime()

    def _on_in_flight(self, count: int) -> None:
        self.in_flight = count
        self._show_runtime()

    def _on_runtime_events(self, _batch: list) -> None:
        """Flows change contacts (tags, fields): keep the visible contacts page current."""
        if self.tabs.currentIndex() == 1 and self.isVisible():
            self.contacts.refresh()

    def _on_enrolled(self, count: int) -> None:
        self.statusBar().showMessage(trn("%n contact(s) sent into the flow", count), 5000)
        if self.bridge is not None:
            self.bridge.refresh_in_flight()

    def _show_runtime(self) -> None:
        states = {"running": tr("Runtime running"), "stopped": tr("Runtime stopped"),
                  "unavailable": tr("Runtime unavailable")}
        self.state_label.setText("● " + states.get(self.runtime_state, self.runtime_state))
        self.state_label.setProperty("state", self.runtime_state)
        self.state_label.style().unpolish(self.state_label)
        self.state_label.style().polish(self.state_label)
        if self.bridge is not None and self.bridge.error:
            self.state_label.setToolTip(self.bridge.error)
        self.in_flight_label.setText(trn("%n contact(s) in flows", self.in_flight))

    def _set_keep_running(self, on: bool) -> None:
        self.settings.keep_running_in_tray = on
        if on and not self.tray.available:
            self.statusBar().showMessage(
                tr("This desktop has no tray: flows stop when Caudal is closed."), 6000)

    def bring_back(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        self.quitting = True
        self.close()
