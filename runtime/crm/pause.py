"""A connection's durable pause: why its work waits and when to look again (app_settings).

A row `connection_state:<name>` = {reason, message, since, until}. Every process sees it
(`connections list`, the connections dialog, the status bar). Reasons:
  auth       the token was revoked or expired, the webhook deleted, a scope is missing;
  quota      a daily limit (HubSpot DAILY, Pipedrive's daily budget);
  blocked    Bitrix24's OPERATION_TIME_LIMIT (or a manual block);
  throttled  the rate limit outlasted the client's patience;
  unreachable the CRM did not answer (network, 5xx after the retries).
`until` is when the runtime tries again (the next real call is the probe); a success
clears the row and makes the held work due at once. `connections update` clears it too.
Held work items carry `"held":"<name>"` in their state (runtime.engine.loop).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import Connection as DbConnection

from runtime.crm.base import ConnectionPaused
from runtime.store.db import Database
from runtime.store.schema_runtime import app_settings

PREFIX = "connection_state:"
RECHECK = {"auth": 300.0, "quota": 3600.0, "blocked": 600.0, "throttled": 10.0, "unreachable": 60.0}


@dataclass(frozen=True)
class Pause:
    reason: str
    message: str
    since: float
    until: float | None

    def current(self, now: float) -> bool:
        """Whether the runtime should still leave the connection alone at `now`."""
        return self.until is None or now < self.until

    def error(self, name: str) -> ConnectionPaused:
        return ConnectionPaused(f"the connection «{name}» is paused ({self.reason}): {self.message}",
                                reason=self.reason, until=self.until, connection=name)


def _key(name: str) -> str:
    return PREFIX + name


def pause_for(exc: ConnectionPaused | Exception, now: float) -> Pause:
    """The pause an error calls for (any non-pause error: the CRM is unreachable)."""
    if isinstance(exc, ConnectionPaused):
        until = exc.until if exc.until is not None else now + RECHECK.get(exc.reason, 60.0)
        return Pause(exc.reason, str(exc), now, max(until, now + 1.0))
    return Pause("unreachable", str(exc) or type(exc).__name__, now, now + RECHECK["unreachable"])


def save(db: Database, name: str, found: Pause) -> Pause:
    """Record (or refresh) the pause of `name`; keeps the first `since` of a pause that goes on."""
    with db.begin() as conn:
        row = conn.execute(select(app_settings.c.value).where(app_settings.c.key == _key(name))).scalar()
        if row is not None:
            found = Pause(found.reason, found.message, float(row.get("since") or found.since), found.until)
            conn.execute(update(app_settings).where(app_settings.c.key == _key(name)).values(value=asdict(found)))
        else:
            conn.execute(insert(app_settings).values(key=_key(name), value=asdict(found)))
    return found


def load(db: Database) -> dict[str, Pause]:
    """Every paused connection's pause."""
    with db.begin() as conn:
        return read(conn)


def read(conn: DbConnection) -> dict[str, Pause]:
    rows = conn.execute(select(app_settings.c.key, app_settings.c.value)
                        .where(app_settings.c.key.like(PREFIX + "%"))).all()
    return {key.removeprefix(PREFIX): Pause(**_fields(value)) for key, value in rows if isinstance(value, dict)}


def _fields(value: dict[str, Any]) -> dict[str, Any]:
    return {"reason": str(value.get("reason") or "unreachable"), "message": str(value.get("message") or ""),
            "since": float(value.get("since") or 0.0),
            "until": None if value.get("until") is None else float(value["until"])}


def clear(db: Database, name: str, now: float) -> int:
    """End the pause of `name` and make its held work due at `now`; returns the items woken."""
    with db.begin() as conn:
        conn.execute(delete(app_settings).where(app_settings.c.key == _key(name)))
        return wake_held(conn, name, now)


def wake_held(conn: DbConnection, name: str, now: float) -> int:
    """Make the work items held for connection `name` due at `now`."""
    quoted = json.dumps(name, ensure_ascii=False)
    pattern = '%"held":' + quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return conn.execute(text("UPDATE work_items SET due_at = :now WHERE due_at > :now AND state LIKE :p ESCAPE '\\'"),
                        {"now": now, "p": pattern}).rowcount


def forget(conn: DbConnection, name: str) -> None:
    """Drop the pause row (the connection is being removed)."""
    conn.execute(delete(app_settings).where(app_settings.c.key == _key(name)))
