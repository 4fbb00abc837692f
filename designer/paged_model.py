"""`PagedTableModel`: a Qt table model over paged SQL, so no widget ever holds every row.

A subclass names its `columns` ((key, sort key or None), ...) and implements `load`
(one page of rows in the current order, and the total when asked) and `display` (a
cell's text). Rows are fetched a page at a time as views scroll (`canFetchMore` /
`fetchMore`); sorting is done by the database and resets the model to its first page.
Used by the contacts page and the history page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from designer import i18n
from runtime.store.db import Database

PAGE = 200
REFRESH_CAP = 2000  # a live refresh re-reads at most this many loaded rows
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def when(ts: float | None) -> str:
    """A local date and time for a UTC epoch, written the current language's way; '' for None."""
    return i18n.when(ts)


class PagedTableModel(QAbstractTableModel):
    """Rows of `load`, in `sort_key` order, loaded a page at a time (see the module docstring)."""

    columns: tuple[tuple[str, str | None], ...] = ()

    def __init__(self, db: Database, headers: list[str], sort_key: str, descending: bool,
                 page_size: int = PAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.sort_key = sort_key
        self.descending = descending
        self.total = 0
        self.rows: list[Any] = []
        self.headers = list(headers)
        self.queries = 0  # pages read (tests and benchmarks count them)

    # -- what a subclass gives ----------------------------------------------------------
    def load(self, offset: int, limit: int, count: bool) -> tuple[int | None, list[Any]]:
        """Rows [offset, offset + limit) in the current order, and the total (None: not counted
        because `count` is False)."""
        raise NotImplementedError

    def display(self, row: Any, key: str) -> str:
        """The text a cell shows for column `key`."""
        raise NotImplementedError

    def row_id(self, row: Any) -> Any:
        """What `ID_ROLE` gives for a row."""
        raise NotImplementedError

    def role_data(self, row: Any, key: str, role: int) -> Any:
        """A cell's data for `role` other than `ID_ROLE` (the text by default)."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, key)
        return None

    def can_sort(self, key: str) -> bool:
        return True

    # -- loading ------------------------------------------------------------------------
    def reload(self, count: bool = True) -> None:
        """Fetch the first page again (and the total, unless `count` is False: a new sort)."""
        self.beginResetModel()
        total, self.rows = self.load(0, self.page_size, count)
        if total is not None:
            self.total = total
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the loaded rows (up to REFRESH_CAP) in place: unlike `reload`, the view keeps its
        scroll position, and selections follow their rows' ids (live updates)."""
        want = min(max(len(self.rows), self.page_size), REFRESH_CAP)
        total, new = self.load(0, want, True)
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
        where = {self.row_id(r): i for i, r in enumerate(new)}
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            old_id = self.row_id(self.rows[index.row()]) if index.row() < len(self.rows) else None
            row = where.get(old_id)
            moved.append(QModelIndex() if row is None else self.index(row, index.column()))
        self.rows = new
        if total is not None:
            self.total = total
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        total, rows = self.load(len(self.rows), self.page_size, False)
        if not rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        if total is not None:
            self.total = total
        self.endInsertRows()

    # -- the table ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_headers(self, headers: list[str]) -> None:
        self.headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        return self.role_data(row, self.columns[index.column()][0], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][1] if 0 <= column < len(self.columns) else None
        if key is None or not self.can_sort(key):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.sort_key and descending == self.descending:
            return  # the view re-announcing the current order (e.g. when sorting is enabled)
        self.sort_key, self.descending = key, descending
        self.reload(count=False)

    def row_at(self, row: int) -> Any:
        return self.rows[row]
