"""The History page's "Not started" button and list: contacts a trigger matched that did not start.

The button shows how many contacts of the filtered flow (or of all flows) were not started
(a trigger matched their change, but its filter or the re-enrollment policy said no); it
opens a list with each contact's latest reason: the filter's rules with the values seen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import current_language
from designer.tasks.page import due_text
from runtime.history import not_started
from runtime.store.db import Database
from runtime.store.types import from_iso


class NotStartedDialog(QDialog):
    """The contacts not started (latest first) with their reasons, in the user's language."""

    def __init__(self, db: Database, flow_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("not_started_dialog")
        self.setWindowTitle(self.tr("Contacts that did not start"))
        self.resize(900, 420)
        with db.begin() as conn:
            self.rows = not_started.list_not_started(conn, flow_id, limit=500, lang=current_language())
        self.table = QTableWidget(len(self.rows), 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Flow"), self.tr("Contact"),
                                              self.tr("Trigger"), self.tr("Times"), self.tr("Why")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for r, row in enumerate(self.rows):
            cells = (due_text(from_iso(row["at"])), row["flow"]["name"],
                     row["contact"]["email"] or row["contact"]["id"],
                     row["trigger"]["title"], str(row["times"]), row["reason"])
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class NotStartedButton(QPushButton):
    """"Not started: N" for the flow `flow_id()` gives (None = all flows); opens the list."""

    def __init__(self, db: Database, flow_id: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("not_started_button")
        self.db = db
        self.flow_id = flow_id
        self.contacts = 0
        self.dialog: NotStartedDialog | None = None
        self.clicked.connect(lambda _c=False: self.open())
        self.refresh()

    def refresh(self) -> None:
        with self.db.begin() as conn:
            found = not_started.counts(conn, self.flow_id())
        self.contacts = sum(c.contacts for c in found)
        self.setText(self.tr("Not started: %n", "", self.contacts))
        self.setToolTip(self.tr("Contacts a trigger matched that did not start (filter not met, or the "
                                "re-enrollment policy). Click to see why."))
        self.setEnabled(self.contacts > 0)

    def open(self) -> Any:
        self.dialog = NotStartedDialog(self.db, self.flow_id(), self)
        self.dialog.show()
        return self.dialog
