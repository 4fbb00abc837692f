"""The history page's filters bar: flow, status (several), debounced search, date range, node.

It owns a `runtime.history.HistoryFilter` and emits `changed(filter)` whenever the
user changes one of its parts (the search only after `SEARCH_DELAY_MS` of quiet).
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from designer.history import states
from designer.i18n import first_day_of_week, qt_date_format
from runtime import history
from runtime.flows import repository
from runtime.store.db import Database

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum date of the pickers means "no limit"


def day_start(day: QDate) -> float:
    """Local midnight at the start of `day`, as a UTC epoch."""
    return datetime.combine(day.toPython(), time()).timestamp()


class FiltersBar(QWidget):
    """Signals `changed(HistoryFilter)`."""

    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = history.HistoryFilter()
        self.node_title = ""

        self.flow = QComboBox(self)
        self.flow.setObjectName("history_flow")
        self.flow.setMinimumWidth(200)
        self.flow.currentIndexChanged.connect(lambda _i: self._flow_chosen())

        self.status = QToolButton(self)
        self.status.setObjectName("history_status")
        self.status.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status)
        self.status_actions = {}
        for key in history.FILTER_STATUSES:
            act = self.status_menu.addAction(states.icon(key), key)
            act.setCheckable(True)
            act.toggled.connect(lambda _on: self._statuses_chosen())
            self.status_actions[key] = act
        self.status.setMenu(self.status_menu)

        self.search = QLineEdit(self)
        self.search.setObjectName("history_search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.started_label = QLabel(self)
        self.date_from = self._date_edit("history_from")
        self.date_to = self._date_edit("history_to")
        self.dash = QLabel("–", self)

        self.node = QPushButton(self)
        self.node.setObjectName("history_node")
        self.node.setVisible(False)
        self.node.clicked.connect(lambda: self.set_node(None))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.flow, self.status, self.search, self.started_label, self.date_from, self.dash,
                  self.date_to, self.node):
            layout.addWidget(w)
        layout.addStretch(1)
        self.reload_flows()
        self.retranslate()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.setDisplayFormat(qt_date_format())
        edit.dateChanged.connect(lambda _d: self._dates_chosen())
        return edit

    # -- language -----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.flow.setItemText(0, self.tr("All flows"))
        self.search.setPlaceholderText(self.tr("Search contact by name or email…"))
        self.started_label.setText(self.tr("Started"))
        for edit in (self.date_from, self.date_to):  # the days written and the week laid out the user's way
            edit.setSpecialValueText(self.tr("any day"))
            edit.setLocale(QLocale())
            edit.setDisplayFormat(qt_date_format())
            edit.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        for key, act in self.status_actions.items():
            act.setText(states.label(key))
        self._show_statuses()
        self._show_node()

    def _show_statuses(self) -> None:
        chosen = [states.label(k) for k in history.FILTER_STATUSES if k in self.filter.statuses]
        text = ", ".join(chosen) if chosen else self.tr("all")
        self.status.setText(self.tr("Status: %1").replace("%1", text))

    def _show_node(self) -> None:
        self.node.setVisible(bool(self.filter.node_id))
        self.node.setText(self.tr("Node: %1 ✕").replace("%1", self.node_title or str(self.filter.node_id)))
        self.node.setToolTip(self.tr("Show every node again"))

    # -- state ----------------------------------------------------------------------
    def reload_flows(self) -> None:
        """Refill the flow choices (after flows were added, renamed or deleted)."""
        with self.db.begin() as conn:
            infos = repository.list_flows(conn)
        with QSignalBlocker(self.flow):
            self.flow.clear()
            self.flow.addItem(self.tr("All flows"), None)
            for info in infos:
                self.flow.addItem(info.name, info.id)
            index = self.flow.findData(self.filter.flow_id) if self.filter.flow_id else 0
            self.flow.setCurrentIndex(max(index, 0))

    def _set(self, **changes: Any) -> None:
        new = dataclasses.replace(self.filter, **changes)
        if new != self.filter:
            self.filter = new
            self.changed.emit(new)

    def _flow_chosen(self) -> None:
        flow_id = self.flow.currentData()
        if flow_id != self.filter.flow_id:
            self.node_title = ""
            self._set(flow_id=flow_id, node_id=None)
            self._show_node()

    def _statuses_chosen(self) -> None:
        chosen = frozenset(k for k, act in self.status_actions.items() if act.isChecked())
        self._set(statuses=chosen)
        self._show_statuses()

    def apply_search(self) -> None:
        self._debounce.stop()
        self._set(search=self.search.text().strip())

    def _dates_chosen(self) -> None:
        start, end = self.date_from.date(), self.date_to.date()
        self._set(started_from=None if start == NO_DATE else day_start(start),
                  started_to=None if end == NO_DATE else day_start(end) + timedelta(days=1).total_seconds())

    # -- driven from outside ----------------------------------------------------------
    def set_flow(self, flow_id: str | None, node_id: str | None = None, node_title: str = "",
                 statuses: frozenset[str] | None = None) -> None:
        """Choose a flow (None: all), optionally one of its nodes and statuses; one `changed` at most."""
        index = self.flow.findData(flow_id) if flow_id else 0
        if index < 0:
            self.reload_flows()
            index = max(self.flow.findData(flow_id), 0)
        with QSignalBlocker(self.flow):
            self.flow.setCurrentIndex(index)
        self.node_title = node_title if node_id else ""
        changes: dict[str, Any] = {"flow_id": self.flow.currentData(), "node_id": node_id}
        if statuses is not None:
            for key, act in self.status_actions.items():
                with QSignalBlocker(act):
                    act.setChecked(key in statuses)
            changes["statuses"] = frozenset(statuses)
        self._set(**changes)
        self._show_node()
        self._show_statuses()

    def set_statuses(self, keys: set[str] | frozenset[str]) -> None:
        for key, act in self.status_actions.items():
            with QSignalBlocker(act):
                act.setChecked(key in keys)
        self._statuses_chosen()

    def set_node(self, node_id: str | None, title: str = "") -> None:
        self.node_title = title
        self._set(node_id=node_id)
        self._show_node()

    def set_search(self, text: str) -> None:
        with QSignalBlocker(self.search):
            self.search.setText(text)
        self.apply_search()

    def set_dates(self, start: QDate | None, end: QDate | None) -> None:
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            with QSignalBlocker(edit):
                edit.setDate(day or NO_DATE)
        self._dates_chosen()
