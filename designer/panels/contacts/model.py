"""`ContactsModel`: the contacts page's table, paged over SQL, fast at 100,000 contacts.

Pages come from `runtime.crm.local.search.search_contacts` (one COUNT and one
LIMIT/OFFSET query per page; see `designer.paged_model`). Searching resets the model
and fetches the first page again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from designer.i18n import current_language
from designer.paged_model import PAGE, PagedTableModel, when
from runtime.catalog.values import value_label
from runtime.crm.local.search import search_contacts
from runtime.store.db import Database

# (key, sort key or None); headers in English, translated by the view
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("name", "last_name"),
    ("email", "email"),
    ("company", "company"),
    ("lifecycle_stage", "lifecycle_stage"),
    ("tags", None),
    ("updated_at", "updated_at"),
)


class ContactsModel(PagedTableModel):
    """Contacts matching `search` (and `tag`) in `sort_key` order, loaded page by page."""

    columns = COLUMNS

    def __init__(self, db: Database, page_size: int = PAGE, parent: QObject | None = None) -> None:
        super().__init__(db, ["Name", "Email", "Company", "Stage", "Tags", "Updated"], "id", False,
                         page_size, parent)
        self.search = ""
        self.tag: str | None = None
        self.reload()

    def load(self, offset: int, limit: int, count: bool) -> tuple[int | None, list[Any]]:
        self.queries += 1
        with self.db.begin() as conn:
            page = search_contacts(conn, self.search, tag=self.tag, sort=self.sort_key,
                                   descending=self.descending, limit=limit, offset=offset)
        return page.total, page.rows

    def set_search(self, text: str, tag: str | None = None) -> None:
        text = text.strip()
        if text == self.search and tag == self.tag:
            return
        self.search, self.tag = text, tag
        self.reload()

    def display(self, row: Any, key: str) -> str:
        return display(row, key)

    def row_id(self, row: Any) -> Any:
        return row["id"]

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
