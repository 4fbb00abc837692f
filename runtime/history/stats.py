"""Per-day counts of enrollments started, completed and failed (the flow's small chart)."""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.history.model import DayStats


def daily_stats(conn: Connection, flow_id: str | None, days: int = 30, now: float | None = None,
                tz: str = "UTC") -> list[DayStats]:
    """One DayStats per day of the last `days` days (today included), oldest first, zeros included."""
    return []
