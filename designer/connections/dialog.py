"""Settings → CRM connections: list, add (HubSpot, Bitrix24, Clientify, Pipedrive), test,
sync now, replace the secret, remove.

Each row shows the connection's kind, its address (a Bitrix24 webhook URL without its
key), the polling interval, the last sync, and — from the running service's resolver and
the database — the queue of pending calls, the remaining quota, the last error and a pause
(a revoked token, a daily quota: its work waits). Tests and syncs run off the GUI thread;
secrets only ever pass through `runtime.secrets` (the keyring).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.connections.add_dialog import AddConnectionDialog, UpdateSecretDialog
from designer.connections.status import error_text, pause_text, queue_text, quota_text
from designer.dialogs import ask
from designer.email.worker import Background
from designer.i18n import said, when
from runtime.crm import connections, pause
from runtime.crm.kinds import KINDS
from runtime.crm.polling import last_polled

COLUMNS = ("name", "kind", "address", "every", "last_sync", "queue", "quota", "state")
KIND_TITLES = {kind: spec.title for kind, spec in KINDS.items()}


def check_connection(db: Any, name: str) -> dict[str, Any]:
    """Read the connection's users, pipelines and fields with its keyring secret (a probe:
    a paused connection that answers resumes)."""
    return connections.check(db, name)


class ConnectionsDialog(QDialog):
    """The connections dialog. `status_source()` gives resolver.status() of the running service.

    Signals:
        changed(): a connection was added or removed (pickers and flow settings re-read).
        synced(str): a "sync now" wrote changes for that connection (the runtime is woken).
    """

    changed = Signal()
    synced = Signal(str)

    def __init__(self, db: Any, status_source: Callable[[], dict[str, dict[str, Any]]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionsDialog")
        self.db = db
        self.status_source = status_source or (lambda: {})
        self.own_status: dict[str, dict[str, Any]] = {}  # from this dialog's tests
        self.states: dict[str, str] = {}  # "Testing…" while a job runs
        self.errors: dict[str, str] = {}  # the last error of each connection (shown when selected)
        self.jobs: list[Background] = []
        self.base_url = ""  # tests: new HubSpot connections talk to a loopback fake
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("connectionsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        self.add_menu = QMenu(self)
        self.add_actions = {}
        for kind in KINDS:
            action = self.add_menu.addAction(KIND_TITLES[kind])
            action.setObjectName(f"action_add_{kind}")
            action.triggered.connect(lambda _c=False, k=kind: self.add(k))
            self.add_actions[kind] = action
        for key, slot in (("add", None), ("test", self.test_selected), ("sync", self.sync_selected),
                          ("update", self.update_selected), ("remove", self.remove_selected)):
            button = QPushButton(self)
            button.setObjectName(f"button_{key}")
            if slot is None:
                button.setMenu(self.add_menu)
            else:
                button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QPushButton(self)
        close.clicked.connect(self.accept)
        self.buttons["close"] = close
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.refresh_status)
        self.timer.start()
        self.retranslate()
        self.refresh()
        self.resize(1000, 360)

    # -- texts ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("CRM connections"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("CRM"), self.tr("Address"), self.tr("Every"), self.tr("Last sync"),
            self.tr("Queue"), self.tr("Quota"), self.tr("State")])
        texts = {"add": self.tr("&Add…"), "test": self.tr("&Test"), "sync": self.tr("&Sync now"),
                 "update": self.tr("Replace &secret…"), "remove": self.tr("&Remove"), "close": self.tr("Close")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        for kind, action in self.add_actions.items():
            action.setText(self.tr("%1…").replace("%1", KIND_TITLES[kind]))
        self.empty.setText(self.tr("No connections yet: flows run on the local CRM. Add HubSpot (a private-app token), "
                                   "Bitrix24 (an inbound webhook URL), Clientify (an API key) or Pipedrive (an API "
                                   "token) to run flows on your own CRM."))

    # -- table ----------------------------------------------------------------------
    def names(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def selected(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).text() if rows else None

    def select(self, name: str) -> None:
        if name in self.names():
            self.table.selectRow(self.names().index(name))

    def refresh(self) -> None:
        """Re-read the connections (after add/remove) and their status."""
        keep = self.selected()
        found = connections.list_connections(self.db)
        self.table.setRowCount(len(found))
        for r, c in enumerate(found):
            self._set(r, "name", c.name)
            self._set(r, "kind", KIND_TITLES.get(c.kind, c.kind))
            self._set(r, "address", c.display)
            self._set(r, "every", self.tr("%1 s").replace("%1", str(c.poll_seconds)))
        self.table.setVisible(bool(found))
        self.empty.setVisible(not found)
        if keep:
            self.select(keep)
        elif found:
            self.table.selectRow(0)
        self.refresh_status()
        self._update_buttons()

    def refresh_status(self) -> None:
        """Last sync, queue, quota and state of each row (every second while open)."""
        try:
            live = self.status_source() or {}
        except Exception:  # the runtime stopped meanwhile
            live = {}
        try:
            pauses = pause.load(self.db)  # what every process sees, the running service or not
        except Exception:  # the database is going away
            pauses = {}
        for r, name in enumerate(self.names()):
            snap = {**self.own_status.get(name, {}), **live.get(name, {})}
            found = pauses.get(name)
            if found is not None:
                snap["paused"] = {"reason": found.reason, "message": found.message, "since": found.since,
                                  "until": found.until}
            else:
                snap.pop("paused", None)
            stamp = last_polled(self.db, name)
            self._set(r, "last_sync", when(stamp, seconds=True) if stamp
                      else self.tr("never"))
            self._set(r, "queue", queue_text(snap))
            self._set(r, "quota", quota_text(snap))
            error = "" if name in self.states else error_text(snap)
            self.errors[name] = error
            paused = "" if name in self.states else pause_text(snap)
            state = self.states.get(name) or paused or (self.tr("Failing") if error else "") or (
                self.tr("OK") if snap.get("calls") else "")
            self._set(r, "state", state)
            item = self.table.item(r, COLUMNS.index("state"))
            item.setToolTip(error or state)
            item.setForeground(QColor("#b3261e") if error else self.palette().text().color())

    def _set(self, row: int, column: str, text: str) -> None:
        col = COLUMNS.index(column)
        item = self.table.item(row, col)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, col, item)
        if item.text() != text:
            item.setText(text)

    def _update_buttons(self) -> None:
        name = self.selected()
        has = name is not None
        if has and self.errors.get(name):
            self.message.setText(f"«{name}»: {self.errors[name]}")
        for key in ("test", "sync", "update", "remove"):
            self.buttons[key].setEnabled(has)

    # -- actions --------------------------------------------------------------------
    def add(self, kind: str) -> AddConnectionDialog:
        dialog = AddConnectionDialog(self.db, kind, self)
        dialog.base_url = self.base_url
        if self.exec_add(dialog):
            self.refresh()
            self.select(dialog.added.name)
            self.message.setText(self.tr("Connection «%1» added; its secret is in the system keyring. Use Test to "
                                    "check it.").replace("%1", dialog.added.name))
            self.changed.emit()
        return dialog

    def exec_add(self, dialog: AddConnectionDialog) -> bool:
        """Run the add form modally (tests replace this to fill and accept it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.added is not None

    def _run(self, name: str, busy: str, fn: Callable[[], Any], done: Callable[[Any], None]) -> Background:
        self.states[name] = busy
        self.refresh_status()
        job = Background(self)
        self.jobs.append(job)

        def finish(ok: bool, value: Any) -> None:
            self.jobs.remove(job)
            self.states.pop(name, None)
            if ok:
                self.own_status.get(name, {}).pop("last_error", None)
                done(value)
            else:
                self.own_status.setdefault(name, {})["last_error"] = str(value)
                self.message.setText(self.tr("«%1»: %2").replace("%1", name).replace("%2", str(value)))
            self.refresh_status()

        job.done.connect(lambda value: finish(True, value))
        job.failed.connect(lambda exc: finish(False, exc))
        job.start(fn)
        return job

    def test_selected(self) -> Background | None:
        name = self.selected()
        if name is None:
            return None

        def done(report: dict[str, Any]) -> None:
            self.own_status[name] = report["status"]
            self.message.setText(self.tr("«%1» works: %2 users, %3 pipelines, %4 contact fields.")
                                 .replace("%1", name).replace("%2", str(report["users"]))
                                 .replace("%3", str(report["pipelines"])).replace("%4", str(report["fields"])))

        return self._run(name, self.tr("Testing…"), lambda: check_connection(self.db, name), done)

    def sync_selected(self) -> Background | None:
        name = self.selected()
        if name is None:
            return None

        def done(result: Any) -> None:
            self.message.setText(self.tr("«%1»: %2 change(s) found (%3 records read).").replace("%1", name)
                                 .replace("%2", str(result.events)).replace("%3", str(result.records)))
            if result.events:
                self.synced.emit(name)

        return self._run(name, self.tr("Syncing…"), lambda: connections.sync(self.db, name), done)

    def update_selected(self) -> UpdateSecretDialog | None:
        """Replace the selected connection's secret (the pause it caused ends, its work resumes)."""
        name = self.selected()
        if name is None:
            return None
        dialog = UpdateSecretDialog(self.db, name, self)
        if self.exec_update(dialog):
            self.own_status.pop(name, None)
            self.message.setText(self.tr("«%1»: the new secret is in the system keyring; the work that waited "
                                         "resumes.").replace("%1", name))
            self.refresh()
            self.changed.emit()
        return dialog

    def exec_update(self, dialog: UpdateSecretDialog) -> bool:
        """Run the replace form modally (tests replace this to fill and accept it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.updated is not None

    def remove_selected(self) -> bool:
        name = self.selected()
        if name is None:
            return False
        if not ask.confirm(self, self.tr("Remove connection"),
                           self.tr("Remove «%1» and its secret from this computer? Flows that use it stop "
                              "until a connection with that name is added again.").replace("%1", name)):
            return False
        try:
            connections.remove_connection(self.db, name)
        except Exception as exc:  # keyring gone: say so, keep the row
            ask.error(self, self.tr("Remove connection"), said(exc))
            return False
        self.own_status.pop(name, None)
        self.message.setText(self.tr("Connection «%1» removed.").replace("%1", name))
        self.refresh()
        self.changed.emit()
        return True

    def done(self, result: int) -> None:  # noqa: D102 - QDialog.done: stop the refresh timer
        self.timer.stop()
        super().done(result)
