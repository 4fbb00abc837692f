"""Work items held by a runtime while it makes their external calls: handing them back.

An external step's work item is held (`work_items.owner`) by the runtime that recorded its
ledger row, from the batch that recorded it until its outcome is committed; no other runtime
claims it meanwhile (runtime.kernel.sql.FREE). `release` hands items back when their holder
will not finish them: it stopped before their turn, or it died (runtime/engine/registry.py).
In the same transaction their ledger rows still `pending` become `superseded` (a
compare-and-set), so the holder, should it still be running, can no longer claim them, and
whoever takes the item next starts a new attempt; rows already `sending` are left as they
are (the next runtime asks the channel, or reports the step uncertain).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from runtime.engine import ledger
from runtime.kernel import sql

_HELD = "SELECT id, enrollment_id, node_id, visit, attempt FROM work_items WHERE owner = ?"
_FREE = "UPDATE work_items SET owner = NULL, due_at = ? WHERE id = ? AND owner = ?"


def release(conn: Connection, owner: str, now: float, keys: set[str] | None = None) -> int:
    """Free the items `owner` holds (only those of ledger `keys` when given), due at `now`;
    supersede their pending ledger rows. Returns the items freed."""
    held = []
    for wid, eid, node_id, visit, attempt in sql.run(conn, _HELD, (owner,)).fetchall():
        key = ledger.make_key(eid, node_id, visit, attempt)
        if keys is None or key in keys:
            held.append((wid, key))
    if not held:
        return 0
    ledger.supersede(conn, [key for _, key in held], now)
    sql.run(conn, _FREE, [(now, wid, owner) for wid, _ in held])
    return len(held)


def held_count(conn: Connection) -> dict[str, int]:
    """{runtime id: items it holds}."""
    rows = sql.run(conn, "SELECT owner, COUNT(*) FROM work_items WHERE owner IS NOT NULL GROUP BY owner")
    return dict(rows.fetchall())
