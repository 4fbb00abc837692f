"""`JourneyDialog`: one contact's journey: the timeline of steps, each step's why, and actions.

Left/top: one line per step (state icon and colour, title, time, the reason sentence).
Below: the selected step in full: decisions' compared values and branch, the wait's
end, the error in a selectable read-only box with "Copy". Operator actions act on
this enrollment and reload the journey; `changed` tells the panel to refresh.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.history import states
from designer.history.actions_bar import enabled_for
from designer.history.operator import OperatorActions
from designer.i18n import current_language, when
from runtime import history
from runtime.store.db import Database


def stamp(ts: float | None) -> str:
    """A local date and time with seconds, written the current language's way."""
    return when(ts, seconds=True)


class JourneyDialog(QDialog):
    """Signals `changed()` after an operator action."""

    changed = Signal()

    def __init__(self, db: Database, enrollment_id: int, parent: QWidget | None = None,
                 wake: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("journey")
        self.db = db
        self.enrollment_id = enrollment_id
        self.journey: Any = None
        self.operator = OperatorActions(db, self, wake)

        self.header = QLabel(self)
        self.header.setObjectName("journey_header")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.timeline = QTreeWidget(self)
        self.timeline.setObjectName("journey_timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setColumnCount(4)
        head = self.timeline.header()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)
        for col, width in enumerate((230, 200, 150)):
            head.resizeSection(col, width)
        self.timeline.currentItemChanged.connect(lambda *_: self._show_entry())

        self.detail = QWidget(self)
        form = QFormLayout(self.detail)
        form.setContentsMargins(4, 4, 4, 4)
        self.d_state = QLabel(self.detail)
        self.d_reason = QLabel(self.detail)
        self.d_reason.setWordWrap(True)
        self.d_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.d_branch = QLabel(self.detail)
        self.d_until = QLabel(self.detail)
        self.compared = QTableWidget(0, 5, self.detail)
        self.compared.setObjectName("journey_compared")
        self.compared.verticalHeader().hide()
        self.compared.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compared.horizontalHeader().setStretchLastSection(True)
        self.compared.setMaximumHeight(130)
        self.error = QPlainTextEdit(self.detail)
        self.error.setObjectName("journey_error")
        self.error.setReadOnly(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.error.setMaximumHeight(140)
        self.copy = QPushButton(self.detail)
        self.copy.setObjectName("journey_copy")
        self.copy.clicked.connect(self.copy_error)
        self.labels = {k: QLabel(self.detail) for k in ("state", "reason", "compared", "branch", "until", "error")}
        error_row = QHBoxLayout()
        error_row.addWidget(self.error, 1)
        error_row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)
        for key, w in (("state", self.d_state), ("reason", self.d_reason), ("compared", self.compared),
                       ("branch", self.d_branch), ("until", self.d_until), ("error", error_row)):
            form.addRow(self.labels[key], w)
        self.form = form

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key in ("retry", "resolve_send", "resolve_done", "skip_wait", "move", "cancel", "reenroll"):
            button = QPushButton(self)
            button.setObjectName(f"journey_{key}")
            button.clicked.connect(lambda _=False, k=key: self.act(k))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        bar.addWidget(self.close_button)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.timeline)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(bar)
        self.resize(1000, 680)
        self.retranslate()
        self.load()

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journey"))
        self.timeline.setHeaderLabels([self.tr("State"), self.tr("Step"), self.tr("Time"), self.tr("Why")])
        self.compared.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Operator"), self.tr("Expected"),
                                                 self.tr("Actual"), self.tr("Result")])
        texts = {"state": self.tr("State"), "reason": self.tr("Why"), "compared": self.tr("Compared"),
                 "branch": self.tr("Branch taken"), "until": self.tr("Waiting until"), "error": self.tr("Error")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.copy.setText(self.tr("Copy"))
        self.close_button.setText(self.tr("Close"))
        for key, button in self.buttons.items():
            button.setText(self.operator.title(key))
        if self.journey is not None:
            self.load()  # state names and the reasons' language follow the switch

    # -- content ------------------------------------------------------------------
    def load(self) -> None:
        """(Re)read the journey and show it, keeping the selected step when it still exists."""
        keep = self.current_entry().step_id if self.current_entry() is not None else None
        with self.db.begin() as conn:
            self.journey = history.journey(conn, self.enrollment_id, current_language())
        j = self.journey
        who = j.contact_name or j.contact_email or j.contact_id
        email = f" <{j.contact_email}>" if j.contact_name and j.contact_email else ""
        color = states.color("uncertain" if j.uncertain else j.status).name()
        status = states.label("uncertain" if j.uncertain else j.status)
        lines = [f"<b style='font-size:13pt'>{_esc(who)}</b>{_esc(email)}",
                 f"{_esc(j.flow_name)} · v{j.version} · <b style='color:{color}'>{_esc(status)}</b>"
                 + (" · " + _esc(self.tr("at %1")).replace("%1", f"<b>{_esc(j.current_node_title)}</b>")
                    if j.current_node_title else "")]
        if j.compacted:
            lines.append(_esc(self.tr("%n older step(s) were compacted by retention.", "", j.compacted)))
        self.header.setText("<br>".join(lines))
        self.timeline.clear()
        chosen = None
        for entry in j.entries:
            item = QTreeWidgetItem([states.label(entry.state), entry.title, stamp(entry.started_at),
                                    entry.reason])
            item.setIcon(0, states.icon(entry.state))
            item.setForeground(0, states.color(entry.state))
            item.setToolTip(3, entry.reason)
            item.setData(0, Qt.ItemDataRole.UserRole, entry)
            self.timeline.addTopLevelItem(item)
            if entry.step_id == keep or (keep is None and entry.state in ("failed", "uncertain")):
                chosen = item
        last = self.timeline.topLevelItem(self.timeline.topLevelItemCount() - 1)
        self.timeline.setCurrentItem(chosen or last)
        self._show_entry()
        for key, button in self.buttons.items():
            button.setEnabled(enabled_for(key, [j]))

    def current_entry(self) -> Any:
        item = self.timeline.currentItem() if self.journey is not None else None
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _show_entry(self) -> None:
        e = self.current_entry()
        self.detail.setVisible(e is not None)
        if e is None:
            return
        self.d_state.setText(f"<b style='color:{states.color(e.state).name()}'>{_esc(states.label(e.state))}</b>"
                             f" · {_esc(e.title)} · {stamp(e.started_at)}")
        self.d_reason.setText(e.reason)
        self.compared.setRowCount(len(e.compared))
        for r, c in enumerate(e.compared):
            values = [c.get("field_label") or c.get("field"), c.get("operator_label") or c.get("operator"),
                      c.get("expected"), c.get("actual"), c.get("result")]
            for col, v in enumerate(values):
                text = (self.tr("yes") if v else self.tr("no")) if col == 4 else _shown(v)
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setForeground(states.color("done" if v else "failed"))
                self.compared.setItem(r, col, item)
        self.compared.resizeColumnsToContents()
        self.d_branch.setText(e.branch_title or e.branch or "")
        self.d_until.setText(stamp(e.until))
        shown = e.error_text or e.error or ""
        self.error.setPlainText(shown if shown == (e.error or "") else f"{shown}\n\n{e.error}")
        for key, shown in (("compared", bool(e.compared)), ("branch", bool(e.branch)),
                           ("until", e.until is not None), ("error", bool(e.error))):
            self.form.setRowVisible(self.labels[key], shown)

    def copy_error(self) -> None:
        QGuiApplication.clipboard().setText(self.error.toPlainText())

    def select_step(self, step_id: int) -> None:
        for i in range(self.timeline.topLevelItemCount()):
            item = self.timeline.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole).step_id == step_id:
                self.timeline.setCurrentItem(item)
                return

    # -- actions ------------------------------------------------------------------
    def act(self, key: str) -> list[Any] | None:
        results = self.operator.run(key, [self.journey])
        if results is not None:
            self.load()
            self.changed.emit()
        return results


def _shown(value: Any) -> str:
    """A compared value: a list as "a, b", nothing as "∅"."""
    if value is None or value == [] or value == "":
        return "∅"
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
