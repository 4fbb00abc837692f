"""The side-effect ledger: a row per external call, committed BEFORE the call.

Key "<enrollment>:<node>:<visit>:<attempt>" (`make_key`, `parse_key`). The visit numbers
one arrival of the enrollment at the node: it is fixed when a transition creates the work
item (from the counter `enrollments.visits`, which only grows), so a contact that loops
back through a sending node, or two parallel branches entering it, get their own keys and
send again; retries (attempt + 1), waits and crash recovery keep the item's visit and find
its row. Visit 0 (items written before visits existed, and an enrollment's first items)
keeps the old form "<enrollment>:<node>:<attempt>". Message-IDs derive from the key
without its attempt (runtime/email/message.py), so they differ per visit and repeat
across the retries of one visit.

Life of a row: pending (recorded with its step, with the runtime that will send it as
`owner`, which also holds the step's work item) -> sending (claimed, committed just before
the call) -> done | failed | transient | uncertain (the call's outcome, with detail); or
pending -> superseded (never sent, and now never will be: its runtime stopped or died
before claiming it, and a new attempt replaces it). Both moves out of `pending` are
compare-and-set updates whose row counts are checked (`claim`, `supersede`), so of a
runtime sending a call and another replacing it exactly one wins. Calls are claimed a few
at a time (as many as run in parallel), so a crash leaves at most that many rows `sending`.
A step whose work item comes back with its row `superseded` (or still `pending`, once it is
superseded) never started its call: it runs again as a new attempt. One still `sending`
crashed mid-call: the engine asks the channel whether it can confirm the call did not happen
(`channel.confirm_not_sent(key)`); if not, the step is `uncertain` and a person decides
(`Engine.retry` sends again under a new attempt key). A work item held by a live runtime
is never taken over (runtime/engine/registry.py). Local effects (local CRM writes,
the outbox) commit in the step's own transaction and need no ledger row: exactly once
by construction; their change events carry the key in `origin`.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Connection

from runtime.kernel import sql
from runtime.store.types import dumps

PENDING, SENDING, SUPERSEDED = "pending", "sending", "superseded"
DONE, FAILED, TRANSIENT, UNCERTAIN = "done", "failed", "transient", "uncertain"

_INSERT = ("INSERT INTO side_effects (key, enrollment_id, node_id, channel, status, created_at, finished_at, detail,"
           " owner) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)")
_FINISH = "UPDATE side_effects SET status = ?, finished_at = ?, detail = ? WHERE key = ?"


def make_key(enrollment_id: int, node_id: str, visit: int, attempt: int) -> str:
    """The idempotency key of one attempt of one visit (visit 0: the old 3-part form)."""
    if visit:
        return f"{enrollment_id}:{node_id}:{visit}:{attempt}"
    return f"{enrollment_id}:{node_id}:{attempt}"


def parse_key(key: str, node_id: str | None = None) -> tuple[int, str, int, int]:
    """(enrollment_id, node_id, visit, attempt) of a key in either form.

    Give `node_id` when known (e.g. from the ledger row): a node id ending in ":<digits>"
    is then not mistaken for a visit.
    """
    eid, _, rest = key.partition(":")
    if node_id is not None and rest.startswith(node_id + ":"):
        tail = rest[len(node_id) + 1:].split(":")
        if len(tail) == 1:
            return int(eid), node_id, 0, int(tail[0])
        return int(eid), node_id, int(tail[0]), int(tail[1])
    head, _, attempt = rest.rpartition(":")
    node, sep, visit = head.rpartition(":")
    if sep and visit.isdigit():
        return int(eid), node, int(visit), int(attempt)
    return int(eid), head, 0, int(attempt)


def lookup(conn: Connection, keys: list[str]) -> dict[str, tuple[str, Any]]:
    """{key: (status, detail)} for the keys that have a ledger row."""
    out: dict[str, tuple[str, Any]] = {}
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        rows = sql.run(conn, "SELECT key, status, detail FROM side_effects WHERE key IN " + sql.in_list(len(chunk)),
                       chunk).fetchall()
        for key, status, detail in rows:
            out[key] = (status, json.loads(detail) if detail else None)
    return out


def nodes(conn: Connection, keys: list[str]) -> dict[str, str]:
    """{key: node_id} for the keys that have a ledger row (to parse them exactly)."""
    out: dict[str, str] = {}
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        out.update(sql.run(conn, "SELECT key, node_id FROM side_effects WHERE key IN " + sql.in_list(len(chunk)),
                           chunk).fetchall())
    return out


def record(conn: Connection, rows: list[tuple[str, int, str, str, float, dict[str, Any]]],
           owner: str | None = None) -> None:
    """Insert pending rows: (key, enrollment_id, node_id, channel, now, detail), to be sent by `owner`."""
    sql.run(conn, _INSERT, [(k, e, n, c, PENDING, t, dumps(d), owner) for k, e, n, c, t, d in rows])


def finish(conn: Connection, key: str, status: str, now: float, detail: dict[str, Any],
           expect: str | None = None, owner: str | None = None) -> bool:
    """Record a call's outcome; with `expect` (and `owner`), only if the row is still in that
    status (and that runtime's). Returns whether the row was written."""
    if expect is None:
        return sql.run(conn, _FINISH, (status, now, dumps(detail), key)).rowcount > 0
    q, params = _FINISH + " AND status = ?", [status, now, dumps(detail), key, expect]
    if owner is not None:
        q, params = q + " AND owner = ?", [*params, owner]
    return sql.run(conn, q, params).rowcount > 0


def claim(conn: Connection, keys: list[str], owner: str | None = None) -> list[str]:
    """Mark the rows of `keys` still pending (and `owner`'s) as being sent now; returns the
    keys this call moved, the only ones to send (commit this before making the calls)."""
    q = "UPDATE side_effects SET status = ? WHERE key = ? AND status = ?" + (" AND owner = ?" if owner else "")
    extra = (owner,) if owner else ()
    return [k for k in keys if sql.run(conn, q, (SENDING, k, PENDING, *extra)).rowcount == 1]


def supersede(conn: Connection, keys: list[str], now: float) -> int:
    """Mark the rows of `keys` still pending as superseded (never sent, never will be); returns how many."""
    done = 0
    for start in range(0, len(keys), 400):
        chunk = keys[start:start + 400]
        done += sql.run(conn, "UPDATE side_effects SET status = ?, finished_at = ? WHERE status = ? AND key IN "
                        + sql.in_list(len(chunk)), [SUPERSEDED, now, PENDING, *chunk]).rowcount
    return done
