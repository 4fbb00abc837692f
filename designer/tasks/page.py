"""The Tasks page: a filtered table of the local CRM's tasks; overdue ones stand out; mark done.

Reads and writes through runtime.crm.local.task_board (the `tasks` command uses the same). The
table re-reads when the page is shown, when a filter changes, and (throttled) on runtime events,
so tasks a flow creates appear while the page is open.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.history.live import Throttle
from designer.i18n import when
from runtime.crm.local import task_board
from runtime.crm.local.users import list_users
from runtime.store.db import Database

OVERDUE = QColor("#b3261e")
ID_ROLE = Qt.ItemDataRole.UserRole
STATES = ("open", "overdue", "done", "all")


def due_text(ts: float | None) -> str:
    """A due time in the user's language and local time zone ("" when there is none)."""
    return when(ts)


class TasksPage(QWidget):
    """Signals `changed()` after tasks were marked done."""

    changed = Signal()

    def __init__(self, db: Database, now: Callable[[], float] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tasks_page")
        self.db = db
        self.now = now
        self.tasks: list[dict[str, Any]] = []
        self.state = QComboBox(self)
        self.state.setObjectName("tasks_state")
        self.owner = QComboBox(self)
        self.owner.setObjectName("tasks_owner")
        self.done_button = QPushButton(self)
        self.done_button.setObjectName("tasks_done")
        self.done_button.clicked.connect(self.mark_selected_done)
        self.count = QLabel(self)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("tasks_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        self.state_label, self.owner_label = QLabel(self), QLabel(self)
        for widget in (self.state_label, self.state, self.owner_label, self.owner):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.live = Throttle(lambda _flows: self.refresh() if self.isVisible() else None, parent=self)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner.currentIndexChanged.connect(lambda _i: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.state_label.setText(self.tr("Show:"))
        self.owner_label.setText(self.tr("Owner:"))
        self.done_button.setText(self.tr("Mark done"))
        labels = {"open": self.tr("Open tasks"), "overdue": self.tr("Overdue tasks"),
                  "done": self.tr("Done tasks"), "all": self.tr("All tasks")}
        current = self.state.currentData() or "open"
        self.state.blockSignals(True)
        self.state.clear()
        for key in STATES:
            self.state.addItem(labels[key], key)
        self.state.setCurrentIndex(STATES.index(current))
        self.state.blockSignals(False)
        self.table.setHorizontalHeaderLabels([self.tr("Done"), self.tr("Task"), self.tr("Due"), self.tr("Owner"),
                                              self.tr("Contact"), self.tr("Deal")])
        self._fill_owners()
        self.refresh()

    def _fill_owners(self) -> None:
        current = self.owner.currentData()
        with self.db.begin() as conn:
            users = list_users(conn)
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("Everyone"), None)
        for u in users:
            self.owner.addItem(f"{u['name']} <{u['email']}>", u["id"])
        found = self.owner.findData(current)
        self.owner.setCurrentIndex(max(0, found))
        self.owner.blockSignals(False)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fill_owners()
        self.refresh()

    def on_events(self, batch: list) -> None:
        self.live.poke_events(batch)

    def refresh(self) -> None:
        now = self.now() if self.now is not None else None
        with self.db.begin() as conn:
            self.tasks = task_board.find_tasks(conn, self.state.currentData() or "open", self.owner.currentData(),
                                               now=now)
        self.table.setRowCount(len(self.tasks))
        for r, task in enumerate(self.tasks):
            self._fill_row(r, task)
        self.count.setText(self.tr("%n task(s)", "", len(self.tasks)))

    def _fill_row(self, r: int, task: dict[str, Any]) -> None:
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        done.setCheckState(Qt.CheckState.Checked if task["done"] else Qt.CheckState.Unchecked)
        done.setData(ID_ROLE, task["id"])
        contact = task["contact"] or {}
        cells = [done, QTableWidgetItem(task["title"]), QTableWidgetItem(due_text(task["due_at"])),
                 QTableWidgetItem((task["owner"] or {}).get("name") or ""),
                 QTableWidgetItem(contact.get("name") or contact.get("email") or ""),
                 QTableWidgetItem((task["deal"] or {}).get("title") or "")]
        if task["notes"]:
            cells[1].setToolTip(task["notes"])
        if task["overdue"]:
            for item in cells:
                item.setForeground(QBrush(OVERDUE))
            cells[2].setToolTip(self.tr("Overdue task"))
        for c, item in enumerate(cells):
            self.table.setItem(r, c, item)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        # every row gets its cells when filled; a row without its first cell has no task to act on
        return [item.data(ID_ROLE) for r in rows if (item := self.table.item(r, 0)) is not None]

    def mark_selected_done(self) -> int:
        """Mark the selected open tasks done (one transaction); returns how many changed."""
        ids = self.selected_ids()
        if not ids:
            return 0
        with self.db.begin(immediate=True) as conn:
            changed = sum(task_board.complete_task(conn, i, "designer") for i in ids)
        self.refresh()
        if changed:
            self.changed.emit()
        return changed
