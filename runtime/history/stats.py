"""Per-day counts of enrollments started, completed and failed (the flow's small chart).

Counted in 15-minute buckets in SQL (every real time zone offset is a multiple of 15
minutes), then folded into local days in Python: portable SQL, and correct across DST.
"""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.history.model import DayStats, HistoryError
from runtime.i18n import N_
from runtime.store.functions import whole_floor
from runtime.store.schema_runtime import enrollments

E = enrollments.c
BUCKET = 900


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        raise HistoryError(N_("unknown time zone {zone}").format(zone=repr(tz))) from None


def daily_stats(conn: Connection, flow_id: str | None, days: int = 30, now: float | None = None,
                tz: str = "UTC") -> list[DayStats]:
    """One DayStats per day of the last `days` days (today included), oldest first, zeros included.

    started: enrollments that began that day; completed / failed: enrollments whose
    journey ended that day with that status. Days are calendar days in `tz`.
    """
    if days < 1:
        raise HistoryError("days must be 1 or more")
    zone = _zone(tz)
    now = time.time() if now is None else now
    today = dt.datetime.fromtimestamp(now, zone).date()
    first = today - dt.timedelta(days=days - 1)
    start = dt.datetime.combine(first, dt.time(), zone).timestamp()
    end = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), zone).timestamp()
    out = {first + dt.timedelta(days=i): [0, 0, 0] for i in range(days)}
    flow = [E.flow_id == flow_id] if flow_id else []

    def fold(column: object, slot: int, *where: object) -> None:
        bucket = whole_floor(column / BUCKET)
        q = (select(bucket, func.count()).where(column >= start, column < end, *flow, *where)  # type: ignore[operator]
             .group_by(bucket))
        for b, n in conn.execute(q):
            day = dt.datetime.fromtimestamp(int(b) * BUCKET, zone).date()
            if day in out:
                out[day][slot] += int(n)

    fold(E.started_at, 0)
    fold(E.finished_at, 1, E.status == "completed")
    fold(E.finished_at, 2, E.status == "failed")
    return [DayStats(day, *counts) for day, counts in sorted(out.items())]
