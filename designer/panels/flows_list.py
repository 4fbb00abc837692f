"""The flows list: every flow with an active/stopped switch, and its file operations.

New, duplicate, rename, delete (after a confirmation), import and export of
`*.caudal.json` go straight to the repository. Switching a flow on or off, and
choosing another flow, are only *requested* (signals): the main window decides, since
it knows about unsaved edits and validation problems.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from designer.dialogs import ask
from designer.i18n import current_language, text_of
from runtime.flows import fileformat, repository
from runtime.flows.errors import FlowFileError
from runtime.flows.repository import FlowInfo, RepositoryError
from runtime.store.db import Database

ID_ROLE = Qt.ItemDataRole.UserRole
NAME_COL, ACTIVE_COL = 0, 1


class FlowsList(QWidget):
    """Signals: flow_selected(id), activation_requested(id, on), flows_changed(),
    flow_deleted(id), flow_renamed(id, name)."""

    flow_selected = Signal(str)
    activation_requested = Signal(str, bool)
    flows_changed = Signal()
    flow_deleted = Signal(str)
    flow_renamed = Signal(str, str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.infos: dict[str, FlowInfo] = {}
        self.dirty: set[str] = set()
        self.current_id: str | None = None
        self._filling = False

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("flowsList")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(NAME_COL, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(ACTIVE_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemChanged.connect(self._on_item_changed)

        # "New" and "Import" as buttons, the rest of a flow's operations in "More" and on a
        # right click: the panel stays narrow (1280 x 720 leaves the canvas most of the width)
        self.buttons: dict[str, QToolButton] = {}
        self.actions_: dict[str, QAction] = {}
        self.more_menu = QMenu(self)
        row = QHBoxLayout()
        row.setSpacing(2)
        for key, slot in (("new", self.new_flow), ("import", self.import_file), ("duplicate", self.duplicate_current),
                          ("rename", self.rename_current), ("export", self.export_current),
                          ("delete", self.delete_current)):
            if key in ("new", "import"):
                button = QToolButton(self)
                button.setObjectName(f"flows_{key}")
                button.clicked.connect(lambda _=False, s=slot: s())
                self.buttons[key] = button
                row.addWidget(button)
            else:
                action = self.more_menu.addAction("")
                action.setObjectName(f"flows_{key}")
                action.triggered.connect(lambda _=False, s=slot: s())
                self.actions_[key] = action
        more = QToolButton(self)
        more.setObjectName("flows_more")
        more.setMenu(self.more_menu)
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.buttons["more"] = more
        row.addWidget(more)
        row.addStretch(1)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(
            lambda pos: self.more_menu.exec(self.tree.viewport().mapToGlobal(pos)))
        self.hide_inactive = QCheckBox(self)
        self.hide_inactive.toggled.connect(lambda _on: self.refresh())
        rows = [row, QHBoxLayout()]
        rows[1].addWidget(self.hide_inactive)
        rows[1].addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(rows[0])
        layout.addLayout(rows[1])
        layout.addWidget(self.tree, 1)
        self.retranslate()
        self.refresh()

    # -- language ---------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        labels = {"new": (self.tr("New"), self.tr("Create an empty flow")),
                  "duplicate": (self.tr("Duplicate"), self.tr("Copy the selected flow")),
                  "rename": (self.tr("Rename"), self.tr("Rename the selected flow")),
                  "delete": (self.tr("Delete"), self.tr("Delete the selected flow")),
                  "import": (self.tr("Import"), self.tr("Import a *.caudal.json file")),
                  "export": (self.tr("Export"), self.tr("Save the selected flow as a *.caudal.json file"))}
        for key, (label, tip) in labels.items():
            widget = self.buttons.get(key) or self.actions_[key]
            widget.setText(label)
            widget.setToolTip(tip)
        self.buttons["more"].setText(self.tr("More"))
        self.buttons["more"].setToolTip(self.tr("Duplicate, rename, export or delete the selected flow"))
        self.hide_inactive.setText(self.tr("Hide inactive flows"))
        self.tree.setHeaderLabels([self.tr("Flow"), self.tr("Active")])
        self.refresh()

    # -- contents ---------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list from the database, keeping the selection."""
        with self.db.begin() as conn:
            infos = repository.list_flows(conn)
        self.infos = {i.id: i for i in infos}
        self._filling = True
        try:
            self.tree.clear()
            for info in infos:
                if self.hide_inactive.isChecked() and not info.is_active and info.id != self.current_id:
                    continue
                item = QTreeWidgetItem(self.tree)
                item.setData(NAME_COL, ID_ROLE, info.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self._paint(item, info)
                if info.id == self.current_id:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self._update_buttons()

    def _paint(self, item: QTreeWidgetItem, info: FlowInfo) -> None:
        name = info.name + (" •" if info.id in self.dirty else "")
        item.setText(NAME_COL, name)
        tip = info.description or info.name
        if info.active_version:
            tip += "\n" + self.tr("Active version: %1").replace("%1", str(info.active_version))
        item.setToolTip(NAME_COL, tip)
        item.setCheckState(ACTIVE_COL, Qt.CheckState.Checked if info.is_active else Qt.CheckState.Unchecked)
        item.setText(ACTIVE_COL, self.tr("Active") if info.is_active else self.tr("Stopped"))

    def item_for(self, flow_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(NAME_COL, ID_ROLE) == flow_id:
                return item
        return None

    def names(self) -> list[str]:
        """The visible rows' names (with the unsaved marker), top to bottom."""
        return [self.tree.topLevelItem(i).text(NAME_COL) for i in range(self.tree.topLevelItemCount())]

    def set_dirty(self, flow_id: str, dirty: bool) -> None:
        """Show or clear the unsaved marker of a flow."""
        (self.dirty.add if dirty else self.dirty.discard)(flow_id)
        item, info = self.item_for(flow_id), self.infos.get(flow_id)
        if item is not None and info is not None:
            self._filling = True
            self._paint(item, info)
            self._filling = False

    def select_flow(self, flow_id: str | None, emit: bool = False) -> None:
        """Make `flow_id` the current row (no `flow_selected` unless `emit`)."""
        self.current_id = flow_id
        item = self.item_for(flow_id) if flow_id else None
        self._filling = not emit
        try:
            self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        self._update_buttons()

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if self._filling or item is None:
            return
        flow_id = item.data(NAME_COL, ID_ROLE)
        if flow_id != self.current_id:
            self.flow_selected.emit(flow_id)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != ACTIVE_COL:
            return
        flow_id = item.data(NAME_COL, ID_ROLE)
        on = item.checkState(ACTIVE_COL) == Qt.CheckState.Checked
        info = self.infos.get(flow_id)
        if info is not None and info.is_active != on:
            # deferred: the handler refreshes the list, which must not delete `item` under Qt's feet
            QTimer.singleShot(0, lambda: self.activation_requested.emit(flow_id, on))

    def _update_buttons(self) -> None:
        has = self.current_id is not None and self.current_id in self.infos
        for key in ("duplicate", "rename", "delete", "export"):
            self.actions_[key].setEnabled(has)

    # -- operations ---------------------------------------------------------------
    def _fail(self, title: str, exc: Exception) -> None:
        message = getattr(exc, "message", None)
        if isinstance(exc, FlowFileError):
            text = exc.text(current_language())
        else:
            text = text_of(message) if message is not None else str(exc)
        ask.error(self, title, text)

    def new_flow(self) -> str | None:
        name = ask.text(self, self.tr("New flow"), self.tr("Name of the new flow:"), self.tr("New flow"))
        if not name:
            return None
        try:
            with self.db.begin(immediate=True) as conn:
                flow = repository.create(conn, name)
        except RepositoryError as exc:
            self._fail(self.tr("New flow"), exc)
            return None
        self._after_change(flow.id)
        return flow.id

    def duplicate_current(self) -> str | None:
        if not self.current_id:
            return None
        try:
            with self.db.begin(immediate=True) as conn:
                copy = repository.duplicate(conn, self.current_id)
        except RepositoryError as exc:
            self._fail(self.tr("Duplicate flow"), exc)
            return None
        self._after_change(copy.id)
        return copy.id

    def rename_current(self) -> str | None:
        info = self.infos.get(self.current_id or "")
        if info is None:
            return None
        name = ask.text(self, self.tr("Rename flow"), self.tr("New name:"), info.name)
        if not name or name == info.name:
            return None
        try:
            with self.db.begin(immediate=True) as conn:
                flow = repository.rename(conn, info.id, name)
        except RepositoryError as exc:
            self._fail(self.tr("Rename flow"), exc)
            return None
        self.refresh()
        self.flow_renamed.emit(info.id, flow.name)
        self.flows_changed.emit()
        return flow.name

    def delete_current(self) -> bool:
        info = self.infos.get(self.current_id or "")
        if info is None:
            return False
        question = self.tr("Delete the flow «%1» and all its versions and history? "
                           "This cannot be undone.").replace("%1", info.name)
        if not ask.confirm(self, self.tr("Delete flow"), question):
            return False
        try:
            with self.db.begin(immediate=True) as conn:
                repository.delete(conn, info.id)
        except RepositoryError as exc:
            self._fail(self.tr("Delete flow"), exc)
            return False
        self.dirty.discard(info.id)
        self.current_id = None
        self.refresh()
        self.flow_deleted.emit(info.id)
        self.flows_changed.emit()
        return True

    def import_file(self, path: str | None = None) -> str | None:
        path = path or ask.open_file(self, self.tr("Import flow"), ask.flow_file_filter())
        if not path:
            return None
        try:
            flow = fileformat.load(path)
            with self.db.begin(immediate=True) as conn:
                result = repository.import_flow(conn, flow)
        except (FlowFileError, RepositoryError) as exc:
            self._fail(self.tr("Import flow"), exc)
            return None
        self._after_change(result.flow.id)
        return result.flow.id

    def export_current(self, path: str | None = None) -> str | None:
        info = self.infos.get(self.current_id or "")
        if info is None:
            return None
        suggested = f"{info.name}{fileformat.SUFFIX}"
        path = path or ask.save_file(self, self.tr("Export flow"), suggested, ask.flow_file_filter())
        if not path:
            return None
        try:
            with self.db.begin() as conn:
                flow = repository.get(conn, info.id)
            fileformat.dump(flow, Path(path))
        except (OSError, RepositoryError) as exc:
            self._fail(self.tr("Export flow"), exc)
            return None
        return path

    def _after_change(self, select_id: str) -> None:
        self.refresh()
        self.flows_changed.emit()
        self.flow_selected.emit(select_id)
