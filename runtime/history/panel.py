"""The history panel's rows: count and page enrollments over indexed SQL (filters, sort, paging)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.history.model import HistoryFilter, HistoryRow


def count_rows(conn: Connection, f: HistoryFilter) -> int:
    """How many enrollments `f` selects."""
    return 0


def page_rows(conn: Connection, f: HistoryFilter, sort: str = "updated_at", descending: bool = True,
              offset: int = 0, limit: int = 100) -> list[HistoryRow]:
    """One page of enrollments that `f` selects, sorted by one of SORT_KEYS."""
    return []
