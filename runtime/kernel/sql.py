"""Prepared SQL for the engine's hot path, and THE one place that handles paramstyles.

Statements are written once with `?` placeholders (qmark, what sqlite3 uses) and
translated for the connection's DB-API driver (psycopg: `%s`). They run through
`conn.exec_driver_sql`, which with a list of parameter tuples is an executemany: no
ORM objects and no per-row statement compilation on the hot path. The step loop's
own statements (`many`, `fetch`) go one level lower, to the DB-API cursor of the same
connection (same transaction): plain tuples in and out, no result wrapping.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy.engine import Connection


class Claimed(NamedTuple):
    """One row of the claim query: a due work item and its enrollment as they are in the database."""

    id: int  # the work item
    enrollment_id: int
    node_id: str
    attempt: int
    due_at: float
    state: str | None  # the item's JSON state (a wait's deadline, a held step's connection)
    flow_id: str
    version_id: int  # enrollments.flow_version_id
    crm: str
    contact_id: str
    status: str  # enrollments.status
    step_count: int
    current_node: str | None
    visit: int  # the item's visit (runtime.engine.ledger)
    visits: int  # enrollments.visits: visits handed out so far


# The columns of `Claimed`, in its order.
CLAIM = (
    "SELECT w.id, w.enrollment_id, w.node_id, w.attempt, w.due_at, w.state,"
    " e.flow_id, e.flow_version_id, e.crm, e.contact_id, e.status, e.step_count, e.current_node, w.visit, e.visits"
    " FROM work_items w JOIN enrollments e ON e.id = w.enrollment_id"
    " WHERE w.due_at <= ? AND " + "{free}" + " ORDER BY w.due_at, w.id LIMIT ?"
)
# An item is free when no runtime holds it, or its holder is this engine (an item it left
# behind), or its holder is not registered (an engine without a registry, e.g. in tests: its
# lease, the item's due time, decides). One held by a registered runtime waits for it
# (runtime/engine/registry.py frees a dead runtime's). `w.owner IS NULL` comes first: the
# hot path's items are decided there.
FREE = "(w.owner IS NULL OR w.owner = ? OR NOT EXISTS (SELECT 1 FROM runtimes r WHERE r.id = w.owner))"
CLAIM = CLAIM.replace("{free}", FREE)
DELETE_ITEM = "DELETE FROM work_items WHERE id = ?"
# A work item's visit (see runtime.engine.ledger) comes last: (enrollment, node, attempt, due, state, visit).
INSERT_ITEM = (
    "INSERT INTO work_items (enrollment_id, node_id, attempt, due_at, state, visit) VALUES (?, ?, ?, ?, ?, ?)"
)
MOVE_ITEM = "UPDATE work_items SET node_id = ?, attempt = ?, due_at = ?, state = ?, visit = ? WHERE id = ?"
INSERT_STEP = (
    "INSERT INTO steps (enrollment_id, node_id, node_type, attempt, status, started_at, finished_at, detail, error)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
FINISH_WAIT_STEP = (
    "UPDATE steps SET status = ?, finished_at = ?, detail = ?"
    " WHERE enrollment_id = ? AND node_id = ? AND started_at = ? AND status = 'waiting'"
)
UPDATE_ENROLLMENT = (
    "UPDATE enrollments SET status = ?, current_node = ?, step_count = ?, next_due_at = ?,"
    " updated_at = ?, finished_at = ?, actions_done = actions_done + ?, visits = ? WHERE id = ?"
)
# The same when the status did not change: SQLite rewrites an index whenever its column is SET.
UPDATE_ENROLLMENT_MOVED = (
    "UPDATE enrollments SET current_node = ?, step_count = ?, next_due_at = ?,"
    " updated_at = ?, finished_at = ?, actions_done = actions_done + ?, visits = ? WHERE id = ?"
)
LEASE_ITEM = "UPDATE work_items SET due_at = ?, owner = ? WHERE id = ?"
DELETE_ENROLLMENT_ITEMS = "DELETE FROM work_items WHERE enrollment_id = ?"
CANCEL_WAITING_STEPS = (
    "UPDATE steps SET status = 'cancelled', finished_at = ? WHERE enrollment_id = ? AND status = 'waiting'"
)
COUNT_ITEMS = "SELECT enrollment_id, COUNT(*) FROM work_items WHERE enrollment_id IN "
NEXT_DUE = "SELECT MIN(w.due_at) FROM work_items w WHERE " + FREE


@lru_cache(maxsize=256)
def translate(sql: str, paramstyle: str) -> str:
    """`sql` written with `?` -> the driver's placeholder style."""
    if paramstyle == "qmark":
        return sql
    if paramstyle in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    if paramstyle == "numeric":
        parts = sql.split("?")
        return "".join(p + (f":{i}" if i < len(parts) else "") for i, p in enumerate(parts, 1))
    raise NotImplementedError(f"unsupported DB-API paramstyle {paramstyle!r}")


def run(conn: Connection, sql: str, params: Sequence[Any] | list[Sequence[Any]] = ()) -> Any:
    """Execute `sql` (qmark) with one parameter sequence, or executemany with a list of tuples.

    A list whose items are tuples is an executemany (an empty one does nothing); any
    other sequence is the parameters of one execution.
    """
    many = isinstance(params, list) and (not params or isinstance(params[0], tuple))
    if many and not params:
        return None
    return conn.exec_driver_sql(translate(sql, conn.dialect.paramstyle), params if many else tuple(params))


def many(conn: Connection, sql: str, rows: list[tuple[Any, ...]]) -> int:
    """executemany `sql` (qmark) over `rows` on the connection's DB-API cursor; nothing for no rows.
    Returns the rows it changed in all (sqlite3 and psycopg 3 both add them up; -1: unknown)."""
    if not rows:
        return 0
    cursor = conn.connection.dbapi_connection.cursor()
    cursor.executemany(translate(sql, conn.dialect.paramstyle), rows)
    return int(cursor.rowcount)


def fetch(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """All rows of `sql` (qmark) as plain tuples, read through the DB-API cursor."""
    cur = conn.connection.dbapi_connection.cursor()
    cur.execute(translate(sql, conn.dialect.paramstyle), tuple(params))
    return cur.fetchall()


def _one_encoder() -> Any:
    """The hot path's JSON encoder: the same text as runtime.store.types.dumps, faster.

    `JSONEncoder.encode` builds CPython's C encoder anew at every call; this builds it once
    (without the check for circular data, which step details and change events never hold).
    `json.encoder.c_make_encoder` is CPython's, not a documented API: where it is missing,
    the documented encoder serves (tests/runtime/kernel/test_sql.py pins the equivalence).
    """
    from json import encoder

    make = getattr(encoder, "c_make_encoder", None)
    if make is None:
        return json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    one = make(None, str, encoder.encode_basestring, None, ":", ",", False, False, True)

    def dumps(value: Any) -> str:
        if type(value) is str:  # what JSONEncoder.encode does for a bare string
            return encoder.encode_basestring(value)
        return "".join(one(value, 0))

    return dumps


dumps = _one_encoder()


def in_list(n: int) -> str:
    """"(?, ?, ...)" with `n` placeholders (n >= 1)."""
    return "(" + ", ".join("?" * n) + ")"


def claim_sql(conn: Connection) -> str:
    """The claim query; PostgreSQL skips rows another runtime has locked."""
    if conn.dialect.name == "postgresql":
        return CLAIM + " FOR UPDATE OF w SKIP LOCKED"
    return CLAIM


def claim(conn: Connection, now: float, owner: str, limit: int) -> list[Claimed]:
    """Up to `limit` work items due at `now` that `owner` may take, oldest first, with their enrollments."""
    return list(map(Claimed._make, fetch(conn, claim_sql(conn), (now, owner, limit))))
