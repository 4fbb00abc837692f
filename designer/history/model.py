"""`HistoryModel`: one row per enrollment, paged over SQL (`runtime.history.page_rows`).

One COUNT for the total and one LIMIT/OFFSET query per page (see `designer.paged_model`,
whose `refresh()` re-reads the loaded rows in place for live updates, selections attached
to their enrollment ids).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QObject, Qt

from designer.history import states
from designer.paged_model import PAGE, PagedTableModel, when
from runtime import history
from runtime.store.db import Database

ROW_ROLE = Qt.ItemDataRole.UserRole + 1

# (column key, runtime sort key)
COLUMNS: tuple[tuple[str, str | None], ...] = (
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


def contact_text(row: Any) -> str:
    name = (getattr(row, "contact_name", "") or "").strip()
    email = getattr(row, "contact_email", "") or ""
    if name and email:
        return f"{name} <{email}>"
    return name or email or str(getattr(row, "contact_id", ""))


class HistoryModel(PagedTableModel):
    """Enrollments matching `filter`, in `sort_key` order, loaded a page at a time."""

    columns = COLUMNS

    def __init__(self, db: Database, page_size: int = PAGE, parent: QObject | None = None) -> None:
        super().__init__(db, ["Contact", "Flow", "Version", "Current node", "Status", "Started",
                              "Last change", "Actions", "Next due"], "updated_at", True, page_size, parent)
        self.filter = history.HistoryFilter()
        self.reload()

    # -- loading ------------------------------------------------------------------
    def _page(self, offset: int, limit: int) -> list[Any]:
        self.queries += 1
        with self.db.begin() as conn:
            return list(history.page_rows(conn, self.filter, self.sort_key, self.descending, offset, limit))

    def _count(self) -> int:
        with self.db.begin() as conn:
            return int(history.count_rows(conn, self.filter))

    def load(self, offset: int, limit: int, count: bool) -> tuple[int | None, list[Any]]:
        total = self._count() if count else None
        if offset == 0 and (self.total if total is None else total) == 0:
            return total, []  # nothing to page through
        return total, self._page(offset, limit)

    def set_filter(self, f: Any) -> None:
        if f == self.filter:
            return
        self.filter = f
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        self.set_filter(dataclasses.replace(self.filter, **changes))

    # -- the table ------------------------------------------------------------------
    def row_id(self, row: Any) -> Any:
        return row.id

    def display(self, row: Any, key: str) -> str:
        return display(row, key)

    def role_data(self, row: Any, key: str, role: int) -> Any:
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and key == "status":
            return states.icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            return states.color(row.status)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("version", "actions"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().role_data(row, key, role)

    def can_sort(self, key: str) -> bool:
        return key in history.SORT_KEYS

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
