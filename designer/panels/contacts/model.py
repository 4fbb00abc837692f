"""`ContactsModel`: a table model over paged SQL, fast at 100,000 contacts.

Rows are fetched a page at a time (`canFetchMore`/`fetchMore`, which views call as
they scroll), through `runtime.crm.local.search.search_contacts`: one COUNT for the
total and one LIMIT/OFFSET query per page. Sorting and searching reset the model and
fetch the first page again. No widget ever holds all the rows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from designer.i18n import current_language, when
from runtime.catalog.values import value_label
from runtime.crm.local.search import search_contacts
from runtime.store.db import Database

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

# (key, sort key or None, header in English; translated by the view)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "last_name"),
    ("email", "email"),
    ("company", "company"),
    ("lifecycle_stage", "lifecycle_stage"),
    ("tags", None),
    ("updated_at", "updated_at"),
)
ID_ROLE = Qt.ItemDataRole.UserRole


class ContactsModel(QAbstractTableModel):
    """Contacts matching `search` in `sort` order, loaded page by page."""

    def __init__(self, db: Database, page_size: int = PAGE, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.page_size = page_size
        self.search = ""
        self.tag: str | None = None
        self.sort_key = "id"
        self.descending = False
        self.total = 0
        self.rows: list[dict[str, Any]] = []
        self.headers: list[str] = ["Name", "Email", "Company", "Stage", "Tags", "Updated"]
        self.queries = 0
        self.reload()

    # -- loading ------------------------------------------------------------------
    def _page(self, offset: int) -> tuple[int, list[dict[str, Any]]]:
        self.queries += 1
        with self.db.begin() as conn:
            page = search_contacts(conn, self.search, tag=self.tag, sort=self.sort_key,
                                   descending=self.descending, limit=self.page_size, offset=offset)
        return page.total, page.rows

    def reload(self) -> None:
        """Fetch the first page again (after a search, a sort or an edit)."""
        self.beginResetModel()
        self.total, self.rows = self._page(0)
        self.endResetModel()

    def set_search(self, text: str, tag: str | None = None) -> None:
        text = text.strip()
        if text == self.search and tag == self.tag:
            return
        self.search, self.tag = text, tag
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or len(self.rows) >= self.total:
            return
        total, rows = self._page(len(self.rows))
        if not rows:
            self.total = len(self.rows)
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.total = total
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
        if role == ID_ROLE:
            return row["id"]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return display(row, COLUMNS[index.column()][0])

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1] if 0 <= column < len(COLUMNS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def contact_id(self, row: int) -> str:
        return self.rows[row]["id"]


def display(row: dict[str, Any], key: str) -> str:
    """The text a cell shows for column `key`."""
    if key == "name":
        return " ".join(p for p in (row.get("first_name"), row.get("last_name")) if p)
    if key == "tags":
        return ", ".join(row.get("tags") or [])
    if key == "updated_at":
        return when(row.get("updated_at"))
    if key == "lifecycle_stage":
        return value_label(key, row.get(key), current_language())
    value = row.get(key)
    return "" if value is None else str(value)
