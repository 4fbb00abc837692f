"""Retention: delete step rows older than N days, keep each enrollment's node, status and counts.

The enrollment row keeps what the panel shows (current node, status, `actions_done`);
`steps_compacted` says how many step rows went. Each enrollment's latest step is
always kept (operator actions such as retry read it). Deletion runs in chunks of
enrollments (short write transactions, so a running engine is not held up for long),
then SQLite gets a VACUUM so the file really shrinks; PostgreSQL reclaims space itself.
Setting: app_settings `history.keep_days` (0 = keep everything). The service's hourly look also
prunes the "not started" records older than `history.not_started_keep_days` (default 30).
With several runtimes on one database, the daily run is claimed under the lock of the
`history.compacted_at` row (created by the claims revision), so one of them compacts.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from runtime.history.model import CompactResult, HistoryError
from runtime.i18n import N_
from runtime.store.schema_runtime import app_settings, enrollments, steps
from runtime.store.sqlite_specific import size_bytes, vacuum

KEEP_DAYS_KEY = "history.keep_days"
LAST_RUN_KEY = "history.compacted_at"
DEFAULT_KEEP_DAYS = 0  # 0 = keep everything
CHUNK = 5000  # enrollments per write transaction


def _get(conn: Connection, key: str) -> Any:
    return conn.scalar(select(app_settings.c.value).where(app_settings.c.key == key))


def _put(conn: Connection, key: str, value: Any) -> None:
    if conn.execute(update(app_settings).where(app_settings.c.key == key).values(value=value)).rowcount == 0:
        conn.execute(insert(app_settings).values(key=key, value=value))


def get_keep_days(conn: Connection) -> int:
    """The `history.keep_days` setting (0 = keep all)."""
    value = _get(conn, KEEP_DAYS_KEY)
    try:
        return max(0, int(value)) if value is not None else DEFAULT_KEEP_DAYS
    except (TypeError, ValueError):
        return DEFAULT_KEEP_DAYS


def set_keep_days(conn: Connection, days: int) -> None:
    """Store the `history.keep_days` setting (0 = keep all).

    Raises:
        HistoryError: days is not a whole number of 0 or more.
    """
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        raise HistoryError(N_("history.keep_days must be a whole number of days, 0 or more (got {value})").format(
            value=repr(days)))
    _put(conn, KEEP_DAYS_KEY, days)


def _size(db: Any) -> int:
    if db.is_sqlite:
        return size_bytes(db.engine)
    with db.begin() as conn:
        return int(conn.scalar(select(func.pg_database_size(func.current_database()))) or 0)


def compact(db: Any, keep_days: int, now: float | None = None) -> CompactResult:
    """Delete steps that finished more than `keep_days` days ago (never an enrollment's latest), then VACUUM.

    Raises:
        HistoryError: keep_days is less than 1.
    """
    if isinstance(keep_days, bool) or not isinstance(keep_days, int) or keep_days < 1:
        raise HistoryError(N_("keep_days must be 1 or more (got {value})").format(value=repr(keep_days)))
    now = time.time() if now is None else now
    cutoff = now - keep_days * 86400
    before = _size(db)
    with db.begin() as conn:
        top = conn.scalar(select(func.max(enrollments.c.id))) or 0
    deleted = 0
    for low in range(0, int(top) + 1, CHUNK):
        with db.begin(immediate=True) as conn:
            deleted += _compact_range(conn, low, low + CHUNK, cutoff)
    with db.begin(immediate=True) as conn:
        _put(conn, LAST_RUN_KEY, now)
    if deleted and db.is_sqlite:
        vacuum(db.engine)
    return CompactResult(deleted, before, _size(db))


def _compact_range(conn: Connection, low: int, high: int, cutoff: float) -> int:
    """Delete the range's old steps; each enrollment counts the rows THIS statement deleted
    (RETURNING), so two compactions at once never count a row twice."""
    s = steps.c
    in_range = (s.enrollment_id >= low, s.enrollment_id < high)
    latest = select(func.max(s.id)).where(*in_range).group_by(s.enrollment_id)
    old = (*in_range, s.finished_at.is_not(None), s.finished_at < cutoff, s.id.not_in(latest))
    counts = Counter(conn.execute(delete(steps).where(*old).returning(s.enrollment_id)).scalars())
    for eid, n in counts.items():
        conn.execute(update(enrollments).where(enrollments.c.id == eid)
                     .values(steps_compacted=enrollments.c.steps_compacted + n))
    return sum(counts.values())


def compact_if_due(db: Any, now: float | None = None, every: float = 86400.0) -> CompactResult | None:
    """Compact with the `history.keep_days` setting if it is on and the last run is `every` seconds old."""
    now = time.time() if now is None else now
    with db.begin() as conn:
        if get_keep_days(conn) < 1:
            return None
    with db.begin(immediate=True) as conn:  # claim today's run: of two runtimes, one compacts
        days = get_keep_days(conn)
        last = conn.scalar(select(app_settings.c.value).where(app_settings.c.key == LAST_RUN_KEY).with_for_update())
        if days < 1 or (last is not None and now - float(last) < every):
            return None
        _put(conn, LAST_RUN_KEY, now)
    return compact(db, days, now)


_last_check: dict[str, float] = {}


def maybe_compact(db: Any, now: float, check_every: float = 3600.0) -> int:
    """The service's hook: at most once an hour look whether a daily compaction is due; never raises.

    Returns the steps deleted (0 when nothing ran or it failed; failures are logged).
    """
    key = str(db.url)
    if now - _last_check.get(key, float("-inf")) < check_every:
        return 0
    _last_check[key] = now
    try:
        # Imported here: runtime.engine loads the whole engine, and `--help` imports this module.
        from runtime.engine import not_started

        with db.begin(immediate=True) as conn:
            not_started.prune(conn, now)
        result = compact_if_due(db, now)
    except Exception:  # noqa: BLE001 - retention must never stop the runtime
        logging.getLogger(__name__).exception("history compaction failed")
        return 0
    return result.steps_deleted if result is not None else 0
