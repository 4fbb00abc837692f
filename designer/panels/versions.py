"""A flow's frozen versions: number, when it was made, which one is active; open one read-only."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from designer.i18n import when
from runtime.flows import repository
from runtime.store.db import Database

ID_ROLE = Qt.ItemDataRole.UserRole


class VersionsPanel(QWidget):
    """Signal `open_version(version_row_id)` on double-click."""

    open_version = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.flow_id: str | None = None
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("versionsList")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(4)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Version"), self.tr("Created"), self.tr("Nodes"),
                                   self.tr("Active")])
        self.tree.setToolTip(self.tr("Double-click a version to open it read-only"))
        self.show_flow(self.flow_id)

    def show_flow(self, flow_id: str | None) -> None:
        """List the versions of `flow_id` (newest first); None clears the list."""
        self.flow_id = flow_id
        self.tree.clear()
        if not flow_id:
            return
        with self.db.begin() as conn:
            info = repository.find(conn, flow_id)
            versions = repository.list_versions(conn, flow_id) if info else []
        for v in reversed(versions):
            item = QTreeWidgetItem(self.tree)
            item.setData(0, ID_ROLE, v.id)
            item.setText(0, str(v.version))
            item.setText(1, when(v.created_at))
            item.setText(2, str(v.node_count))
            active = info is not None and info.active_version_id == v.id
            item.setText(3, "●" if active else "")
            if active:
                font = item.font(0)
                font.setBold(True)
                for col in range(4):
                    item.setFont(col, font)

    def version_ids(self) -> list[int]:
        return [self.tree.topLevelItem(i).data(0, ID_ROLE) for i in range(self.tree.topLevelItemCount())]

    def _on_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_version.emit(int(item.data(0, ID_ROLE)))
