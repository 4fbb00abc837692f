"""What one engine batch changes, kept in memory and written at its end (runtime.engine.loop).

`PendingEnrollment` is an enrollment as the batch moves it, `Batch` the rows its steps made;
`complete_ended` settles the enrollments whose branch ended, and `write` puts it all in the
batch's transaction with one executemany per kind of row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from runtime.engine import ledger
from runtime.engine.events import RuntimeEvent
from runtime.kernel import sql
from runtime.kernel.states import EnrollmentStatus


@dataclass(slots=True)
class PendingEnrollment:
    """An enrollment as this batch changes it; written once, at the end of the batch."""

    id: int
    flow_id: str
    status: str
    current_node: str | None
    step_count: int
    old: tuple[str, str | None] = ("", None)  # (status, current_node) as claimed
    next_due: float | None = None
    finished_at: float | None = None
    consumed: int = 0  # its work items this batch consumed
    created: int = 0  # ... and created (an item reused for the next move counts as both)
    ended: bool = False
    kill: bool = False
    touched: bool = False
    actions: int = 0  # action steps done in this batch (enrollments.actions_done)
    visits: int = 0  # visits handed out (enrollments.visits): a transition's item takes the next


@dataclass
class Batch:
    """What one batch did, and the rows it writes at its end (one executemany per kind)."""

    careful: bool = False  # this batch was redone step by step (see Redo)
    claimed: int = 0
    steps_done: int = 0
    deletes: list[tuple] = field(default_factory=list)
    items: list[tuple] = field(default_factory=list)
    moves: list[tuple] = field(default_factory=list)  # consumed items reused for the next node
    steps: list[tuple] = field(default_factory=list)
    finish_waits: list[tuple] = field(default_factory=list)
    leases: list[tuple] = field(default_factory=list)
    ledger_rows: list[tuple] = field(default_factory=list)
    ledger_drops: list[tuple] = field(default_factory=list)  # rows of calls held before they were made
    externals: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)  # key, channel, request
    events: list[RuntimeEvent] = field(default_factory=list)


def complete_ended(conn: Connection, enrollments: Iterable[PendingEnrollment], now: float) -> None:
    """Complete the enrollments whose branch ended in this batch and have no work item left."""
    ended = [e for e in enrollments if e.ended and not e.kill]
    counts: dict[int, int] = {}
    for start in range(0, len(ended), 400):
        chunk = [e.id for e in ended[start:start + 400]]
        q = sql.COUNT_ITEMS + sql.in_list(len(chunk)) + " GROUP BY enrollment_id"
        counts.update(dict(sql.fetch(conn, q, chunk)))
    for e in ended:
        if counts.get(e.id, 0) - e.consumed + e.created <= 0:
            e.status, e.next_due, e.finished_at = EnrollmentStatus.COMPLETED.value, None, now


def write(conn: Connection, b: Batch, enrollments: Iterable[PendingEnrollment], now: float, owner: str,
          want_events: bool) -> None:
    """The batch's rows, in its transaction; with `want_events`, its enrollment events too."""
    pending = list(enrollments)
    killed = {e.id for e in pending if e.kill}
    sql.many(conn, sql.DELETE_ITEM, b.deletes)
    if killed:
        sql.many(conn, sql.DELETE_ENROLLMENT_ITEMS, [(i,) for i in killed])
        sql.many(conn, sql.CANCEL_WAITING_STEPS, [(now, i) for i in killed])
        b.items = [i for i in b.items if i[0] not in killed]
    sql.many(conn, sql.MOVE_ITEM, b.moves)
    sql.many(conn, sql.INSERT_ITEM, b.items)
    sql.many(conn, sql.INSERT_STEP, b.steps)
    sql.many(conn, sql.FINISH_WAIT_STEP, b.finish_waits)
    sql.many(conn, sql.LEASE_ITEM, b.leases)
    sql.many(conn, "DELETE FROM side_effects WHERE key = ?", b.ledger_drops)
    if b.ledger_rows:
        ledger.record(conn, b.ledger_rows, owner)
    touched = [e for e in pending if e.touched]
    sql.many(conn, sql.UPDATE_ENROLLMENT, [(e.status, e.current_node, e.step_count, e.next_due, now,
                                           e.finished_at, e.actions, e.visits, e.id) for e in touched
                                          if e.status != e.old[0]])
    sql.many(conn, sql.UPDATE_ENROLLMENT_MOVED, [(e.current_node, e.step_count, e.next_due, now,
                                                 e.finished_at, e.actions, e.visits, e.id) for e in touched
                                                if e.status == e.old[0]])
    if want_events:
        b.events.extend(RuntimeEvent("enrollment_changed", e.id, e.flow_id, e.status, e.current_node)
                        for e in touched if (e.status, e.current_node) != e.old)
