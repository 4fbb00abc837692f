"""`HistoryModel`: one row per enrollment, over paged SQL (`runtime.history.page_rows`).

One COUNT for the total and one LIMIT/OFFSET query per page of `PAGE` rows, fetched
as the view scrolls (`canFetchMore`/`fetchMore`); no widget ever holds every row.
Sorting is done by the database (`sort`); `refresh()` re-reads the loaded rows in
place (live updates) and keeps selections attached to their enrollment ids.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from designer import i18n
from designer.history import states
from runtime import history
from runtime.store.db import Database

PAGE = 200
REFRESH_CAP = 2000  # a live refresh re-reads at most this many loaded rows
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# (column key, runtime sort key)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("contact", "contact"),
    ("flow", "flow"),
    ("version", "version"),
    ("node", "current_node"),
    ("status", "status"),
    ("started", "started_at"),
    ("updated", "updated_at"),
    ("actions", "actions_done"),
    ("next_due", "next_due_at"),
)


def when(ts: float | None) -> str:
    """A local date and time for a UTC epoch, written the current language's way; '' for None."""
    return i18n.when(ts)


def contact_text(row: Any) -> str:
    name = (getattr(row, "contact_name", "") or "").strip()
    email = getattr(row, "contact_email", "") or ""
    if name and email:
        return f"{name} <{email}>"
    return name or email or str(getattr(row, "contact_id", ""))


class HistoryModel(QAbstractTableModel):
    """Enrollments matching `filter`, in `sort_key` order, loaded a page at a time."""

    def __init__(self, db: Database, page_size: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.filter = history.HistoryFilter()
        self.sort_key = "updated_at"
        self.descending = True
        self.total = 0
        self.rows: list[Any] = []
        self.headers = ["Contact", "Flow", "Version", "Current node", "Status", "Started",
                        "Last change", "Actions", "Next due"]
        self.queries = 0
        self.reload()

    # -- loading ------------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[Any]:
        self.queries += 1
        with self.db.begin() as conn:
            return list(history.page_rows(conn, self.filter, self.sort_key, self.descending, offset, limit))

    def _count(self) -> int:
        with self.db.begin() as conn:
            return int(history.count_rows(conn, self.filter))

    def reload(self, count: bool = True) -> None:
        """Count (unless `count` is False: a new sort) and fetch the first page again."""
        self.beginResetModel()
        if count:
            self.total = self._count()
        self.rows = self._page(0, self.page_size) if self.total else []
        self.endResetModel()

    def set_filter(self, f: Any) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(dataclasses.replace(self.filter, **changes))

    def refresh(self) -> None:
        """Re-read the loaded rows (capped) in place; selections follow their enrollment ids."""
        total = self._count()
        want = min(max(len(self.rows), self.page_size), REFRESH_CAP)
        new = self._page(0, want) if total else []
        old_n, new_n = len(self.rows), len(new)
        if new_n > old_n:
            self.beginInsertRows(QModelIndex(), old_n, new_n - 1)
            self.rows.extend(new[old_n:])
            self.endInsertRows()
        elif new_n < old_n:
            self.beginRemoveRows(QModelIndex(), new_n, old_n - 1)
            del self.rows[new_n:]
            self.endRemoveRows()
        self.layoutAboutToBeChanged.emit()
        where = {r.id: i for i, r in enumerate(new)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            old_id = self.rows[index.row()].id if index.row() < len(self.rows) else None
            row = where.get(old_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.rows = new
        self.total = total
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        rows = self._page(len(self.rows), self.page_size)
        if not rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    # -- the table ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return states.icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return states.color(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("version", "actions"):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(row, key)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None or key not in history.SORT_KEYS:
            return
        if key == self.sort_key and (order == Qt.SortOrder.DescendingOrder) == self.descending:
            return  # the view re-announcing the current order (e.g. when sorting is enabled)
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload(count=False)

    def row_at(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, enrollment_id: int) -> int:
        """The loaded row showing `enrollment_id`, or -1."""
        return next((i for i, r in enumerate(self.rows) if r.id == enrollment_id), -1)


def display(row: Any, key: str) -> str:
    """The text a cell shows for column `key`."""
    if key == "contact":
        return contact_text(row)
    if key == "flow":
        return row.flow_name or ""
    if key == "version":
        return f"v{row.version}" if row.version is not None else ""
    if key == "node":
        return row.current_node_title or row.current_node_id or ""
    if key == "status":
        return states.label(row.status)
    if key == "started":
        return when(row.started_at)
    if key == "updated":
        return when(row.updated_at)
    if key == "actions":
        return str(row.actions_done or 0)
    if key == "next_due":
        return when(row.next_due_at)
    return ""
