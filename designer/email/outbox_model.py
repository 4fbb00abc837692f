"""The Outbox page's table model: time, from, to and subject of the newest outbox messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from designer import i18n

COLUMNS = ("created_at", "sender", "recipient", "subject")
Index = QModelIndex | QPersistentModelIndex


def when(ts: float) -> str:
    return i18n.when(float(ts), seconds=True)


class OutboxModel(QAbstractTableModel):
    """Rows are the dicts of `runtime.channels.outbox.list_messages`, newest first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's names)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = COLUMNS[index.column()]
            return when(row[key]) if key == "created_at" else str(row.get(key) or "")
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (QCoreApplication.translate("OutboxPage", "Time"),
                  QCoreApplication.translate("OutboxPage", "From"),
                  QCoreApplication.translate("OutboxPage", "To"),
                  QCoreApplication.translate("OutboxPage", "Subject"))
        return titles[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
