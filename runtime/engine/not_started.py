"""Recording why a contact did not start a flow its change matched (the write side).

`process_events` calls `record` when a trigger matched an event but the trigger's filter
failed, or the engine refused a new journey (re-enrollment policy). One row per flow and
contact keeps the latest reason (the filter's rules with the values seen then) and counts
every refusal, so a contact updated a thousand times costs one row. `prune` deletes rows
not refreshed for `history.not_started_keep_days` days (default 30); the service runs it
with the daily history retention. Reading is in runtime.history.not_started.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from runtime.store.schema_runtime import app_settings, not_started

KEEP_DAYS_KEY = "history.not_started_keep_days"
DEFAULT_KEEP_DAYS = 30
NS = not_started.c


def record(conn: Connection, flow_id: str, version_id: int, node_id: str, crm: str, contact_id: str,
           kind: str, reason: Any, origin: str, at: float, email: str = "") -> None:
    """Upsert the refusal of (flow, contact): latest reason and time, one more in `times`."""
    values = {"flow_version_id": version_id, "node_id": node_id, "kind": kind, "reason": reason,
              "origin": origin, "at": at}
    if email:
        values["contact_email"] = email
    done = conn.execute(update(not_started).where(
        NS.flow_id == flow_id, NS.crm == crm, NS.contact_id == str(contact_id)
    ).values(times=NS.times + 1, **values)).rowcount
    if not done:
        conn.execute(insert(not_started).values(flow_id=flow_id, crm=crm, contact_id=str(contact_id),
                                                times=1, first_at=at, **{"contact_email": email, **values}))


def keep_days(conn: Connection) -> int:
    value = conn.scalar(select(app_settings.c.value).where(app_settings.c.key == KEEP_DAYS_KEY))
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else DEFAULT_KEEP_DAYS


def prune(conn: Connection, now: float) -> int:
    """Delete the rows older than the retention setting; returns how many went."""
    cutoff = now - keep_days(conn) * 86400
    return conn.execute(delete(not_started).where(NS.at < cutoff)).rowcount
