"""The side-effect ledger: a row per external call, committed BEFORE the call.

Key "<enrollment>:<node>:<attempt>". Life of a row: pending (recorded with its step)
-> sending (claimed, committed just before the call) -> done | failed | transient |
uncertain (the call's outcome, with detail). Calls are claimed a few at a time (as many
as run in parallel), so a crash leaves at most that many rows `sending`. A step whose
work item comes back while its row is `pending` never started its call: it runs again.
One still `sending` crashed mid-call: the engine asks the channel whether it can confirm
the call did not happen (`channel.confirm_not_sent(key)`); if not, the step is
`uncertain` and a person decides (`Engine.retry` sends again under a new attempt key). Local effects (local CRM writes,
the outbox) commit in the step's own transaction and need no ledger row: exactly once
by construction; their change events carry the key in `origin`.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from runtime.engine import sql
from runtime.store.types import dumps

PENDING, SENDING = "pending", "sending"
DONE, FAILED, TRANSIENT, UNCERTAIN = "done", "failed", "transient", "uncertain"

_INSERT = ("INSERT INTO side_effects (key, enrollment_id, node_id, channel, status, created_at, finished_at, detail)"
           " VALUES (?, ?, ?, ?, ?, ?, NULL, ?)")
_FINISH = "UPDATE side_effects SET status = ?, finished_at = ?, detail = ? WHERE key = ?"


def lookup(conn: Connection, keys: list[str]) -> dict[str, tuple[str, Any]]:
    """{key: (status, detail)} for the keys that have a ledger row."""
    import json

    out: dict[str, tuple[str, Any]] = {}
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        rows = sql.run(conn, "SELECT key, status, detail FROM side_effects WHERE key IN " + sql.in_list(len(chunk)),
                       chunk).fetchall()
        for key, status, detail in rows:
            out[key] = (status, json.loads(detail) if detail else None)
    return out


def record(conn: Connection, rows: list[tuple[str, int, str, str, float, dict[str, Any]]]) -> None:
    """Insert pending rows: (key, enrollment_id, node_id, channel, now, detail)."""
    sql.run(conn, _INSERT, [(k, e, n, c, PENDING, t, dumps(d)) for k, e, n, c, t, d in rows])


def finish(conn: Connection, key: str, status: str, now: float, detail: dict[str, Any]) -> None:
    sql.run(conn, _FINISH, (status, now, dumps(detail), key))


def claim(conn: Connection, keys: list[str]) -> None:
    """Mark `keys` as being sent now (commit this before making the calls)."""
    sql.run(conn, "UPDATE side_effects SET status = ? WHERE key IN " + sql.in_list(len(keys)),
            [SENDING, *keys])
