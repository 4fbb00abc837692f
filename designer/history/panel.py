"""The History page: filters, the per-flow chart, operator actions and the paged enrollments table.

Double-click opens the journey; selecting a row announces `enrollment_selected(id, flow_id)`
(the canvas highlights its path). Runtime events refresh the page through a `Throttle`,
at most once per `live.REFRESH_MS`, and only while the page is visible (else on show).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from designer.history.actions_bar import ActionsBar
from designer.history.chart import DailyChart, StatsLoader
from designer.history.filters import FiltersBar
from designer.history.journey import JourneyDialog
from designer.history.live import Throttle
from designer.history.model import HistoryModel
from designer.history.not_started import NotStartedButton
from designer.history.operator import OperatorActions
from runtime.store.db import Database


class HistoryPanel(QWidget):
    """Signals `enrollment_selected(int, str)` and `changed()` (after an operator action)."""

    enrollment_selected = Signal(int, str)
    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.db = db
        self.model = HistoryModel(db, parent=self)
        self.filters = FiltersBar(db, self)
        self.filters.changed.connect(self.apply_filter)
        self.chart = DailyChart(self)
        self.chart.setVisible(False)
        self.chart_loader = StatsLoader(db, self)
        self.chart_loader.ready.connect(self._on_stats)
        self.operator = OperatorActions(db, self)
        self.actions_bar = ActionsBar(self.operator, self.selected_rows, self._after_action, self)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self.not_started = NotStartedButton(db, lambda: self.model.filter.flow_id, self)
        self.journey_dialog: JourneyDialog | None = None
        self.live = Throttle(self.refresh_live, parent=self)
        self.stale = False

        self.table = QTableView(self)
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(6, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((240, 120, 72, 150, 120, 125, 125, 82)):
            header.resizeSection(col, width)
        self.table.doubleClicked.connect(lambda index: self.open_journey(self.model.row_at(index.row()).id))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._update_count)
        self.model.layoutChanged.connect(self._update_count)

        bar = QHBoxLayout()
        bar.addWidget(self.actions_bar)
        bar.addStretch(1)
        bar.addWidget(self.not_started)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.filters)
        layout.addWidget(self.chart)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- language -------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Contact"), self.tr("Flow"), self.tr("Version"), self.tr("Current node"),
                                self.tr("Status"), self.tr("Started"), self.tr("Last change"),
                                self.tr("Actions"), self.tr("Next due")])
        header = self.table.horizontalHeader()
        header.setToolTip(self.tr("Click a column to sort"))
        for col in range(self.model.columnCount() - 1):  # longer words (fr, id) are not cut off
            header.resizeSection(col, max(header.sectionSize(col), header.sectionSizeHint(col)))
        self.actions_bar.retranslate()
        self.not_started.refresh()
        self._update_count()

    # -- filters --------------------------------------------------------------------
    def apply_filter(self, f: Any) -> None:
        self.model.set_filter(f)
        self._refresh_chart()
        self._on_selection()

    def show_flow(self, flow_id: str | None, node_id: str | None = None, node_title: str = "",
                  statuses: frozenset[str] | None = None) -> None:
        """Filter to one flow (None: all), optionally to one node and to some statuses."""
        self.filters.set_flow(flow_id, node_id, node_title, statuses)

    def _refresh_chart(self) -> None:
        """Show the chart for the filtered flow; its figures load off the GUI thread."""
        flow_id = self.model.filter.flow_id
        self.chart.setVisible(flow_id is not None)
        if flow_id is not None:
            if self.chart_loader.flow_id != flow_id:
                self.chart.set_stats([])
            self.chart_loader.load(flow_id)

    def _on_stats(self, flow_id: str, stats: list) -> None:
        if flow_id == self.model.filter.flow_id:
            self.chart.set_stats(stats)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n enrollment(s)", "", self.model.total))
        self.not_started.refresh()

    # -- selection and journey --------------------------------------------------------
    def selected_rows(self) -> list[Any]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def _on_selection(self) -> None:
        rows = self.selected_rows()
        self.actions_bar.update_enabled(rows)
        if len(rows) == 1:
            self.enrollment_selected.emit(int(rows[0].id), rows[0].flow_id)

    def select_enrollment(self, enrollment_id: int) -> bool:
        row = self.model.row_of(enrollment_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def open_journey(self, enrollment_id: int) -> JourneyDialog:
        if self.journey_dialog is not None:
            self.journey_dialog.close()
            self.journey_dialog.deleteLater()
        dialog = JourneyDialog(self.db, int(enrollment_id), self, self.operator.wake)
        dialog.changed.connect(lambda: self._after_action([]))
        dialog.show()
        self.journey_dialog = dialog
        return dialog

    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_rows():
            return
        self.actions_bar.context_menu(self).popup(self.table.viewport().mapToGlobal(pos))

    def _after_action(self, _results: list[Any]) -> None:
        self.model.refresh()
        self._refresh_chart()
        self._on_selection()
        self.changed.emit()

    # -- live ------------------------------------------------------------------------------
    def on_events(self, batch: list) -> None:
        """RuntimeBridge.events: coalesced by the throttle."""
        self.live.poke_events(batch)

    def refresh_live(self, flows: set[str | None]) -> None:
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        flow_id = self.model.filter.flow_id
        if flow_id is not None and flow_id not in flows and None not in flows:
            return
        self.model.refresh()
        if flow_id is not None:
            self._refresh_chart()
        if self.journey_dialog is not None and self.journey_dialog.isVisible():
            self.journey_dialog.load()

    def refresh(self) -> None:
        self.filters.reload_flows()
        self.model.refresh()
        self._refresh_chart()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.stale = False
            self.refresh()
