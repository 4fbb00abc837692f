"""Table work behind the operator actions (runtime.history.actions; the engine's own `retry`/`cancel`).

Every function works inside the caller's transaction and writes what the engine's step
loop expects: due work items (the loop runs them), enrollment status/current node, and
the side-effect ledger. An operator's own record is a step row of node type
"operator.<action>" with detail {"by", "action", "at", ...}; the loop ignores such rows.
A work item put at a node anew takes a new visit (`new_visit`); one that runs a step of
the same visit again (retry, resolve) keeps that step's visit (`step_visit`), so its
ledger key and Message-ID stay those of the visit (runtime.engine.ledger).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from runtime.engine import enrollment, ledger
from runtime.engine.compiled import FlowCache, compile_version
from runtime.kernel import sql
from runtime.kernel.states import ENROLLMENT_LIVE, EnrollmentStatus, StepStatus
from runtime.store.schema_runtime import enrollments, side_effects, steps, work_items
from runtime.store.types import dumps, to_iso

OPERATOR_PREFIX = "operator."


def load(conn: Connection, ids: list[int]) -> dict[int, Any]:
    """Enrollment rows by id (missing ids left out)."""
    out: dict[int, Any] = {}
    for start in range(0, len(ids), 500):
        rows = conn.execute(select(enrollments).where(enrollments.c.id.in_(ids[start:start + 500])))
        out.update((r.id, r) for r in rows)
    return out


def last_step(conn: Connection, enrollment_id: int) -> Any:
    """The latest step row that is not an operator's record, or None."""
    return conn.execute(select(steps).where(steps.c.enrollment_id == enrollment_id,
                                            steps.c.node_type.not_like(OPERATOR_PREFIX + "%"))
                        .order_by(steps.c.id.desc()).limit(1)).first()


def record(conn: Connection, enrollment_id: int, node_id: str, action: str, actor: str, now: float,
           **detail: Any) -> None:
    """The operator's step row: who did what, when."""
    body = {"action": action, "by": actor, "at": to_iso(now), **detail}
    sql.run(conn, sql.INSERT_STEP, (enrollment_id, node_id or "", OPERATOR_PREFIX + action, 1,
                                    StepStatus.DONE.value, now, now, dumps(body), None))


def requeue(conn: Connection, enrollment_id: int, node_id: str, attempt: int, now: float,
            state: dict[str, Any] | None = None, visit: int | None = None) -> None:
    """A work item for `node_id` due now; the enrollment becomes active there.

    `visit`: the visit it continues (None: a new visit).
    """
    if visit is None:
        visit = new_visit(conn, enrollment_id)
    sql.run(conn, sql.INSERT_ITEM, (enrollment_id, node_id, attempt, now, dumps(state) if state else None, visit))
    set_active(conn, enrollment_id, node_id, now)


def new_visit(conn: Connection, enrollment_id: int) -> int:
    """The enrollment's next visit number (its counter grows by one)."""
    sql.run(conn, "UPDATE enrollments SET visits = visits + 1 WHERE id = ?", (enrollment_id,))
    return int(sql.run(conn, "SELECT visits FROM enrollments WHERE id = ?", (enrollment_id,)).scalar())


def step_visit(conn: Connection, enrollment_id: int, step: Any, ledger_status: str | None = None) -> int | None:
    """The visit a step row belongs to, or None when it cannot be told.

    From the key in the step's detail (steps finished through the ledger carry it); else,
    with `ledger_status`, from the newest ledger row of that node in that status.
    """
    detail = step.detail
    if isinstance(detail, str):
        detail = json.loads(detail) if detail else None
    key = detail.get("key") if isinstance(detail, dict) else None
    if isinstance(key, str):
        try:
            eid, node_id, visit, _attempt = ledger.parse_key(key, step.node_id)
        except ValueError:
            eid, node_id, visit = -1, "", 0
        if eid == enrollment_id and node_id == step.node_id:
            return visit
    if ledger_status is None:
        return None
    found = conn.execute(select(side_effects.c.key).where(
        side_effects.c.enrollment_id == enrollment_id, side_effects.c.node_id == step.node_id,
        side_effects.c.status == ledger_status).order_by(side_effects.c.created_at.desc()).limit(1)).scalar()
    return ledger.parse_key(found, step.node_id)[2] if found else None


def set_active(conn: Connection, enrollment_id: int, node_id: str, now: float) -> None:
    sql.run(conn, "UPDATE enrollments SET status = ?, current_node = ?, next_due_at = ?, updated_at = ?,"
                  " finished_at = NULL WHERE id = ?", (EnrollmentStatus.ACTIVE.value, node_id, now, now, enrollment_id))


def clear_work(conn: Connection, enrollment_id: int, now: float) -> None:
    """Drop the enrollment's work items; its waiting steps become cancelled."""
    sql.run(conn, sql.DELETE_ENROLLMENT_ITEMS, (enrollment_id,))
    sql.run(conn, sql.CANCEL_WAITING_STEPS, (now, enrollment_id))


def end_cancelled(conn: Connection, enrollment_id: int, now: float) -> None:
    clear_work(conn, enrollment_id, now)
    sql.run(conn, "UPDATE enrollments SET status = ?, next_due_at = NULL, updated_at = ?, finished_at = ? WHERE id = ?",
            (EnrollmentStatus.CANCELLED.value, now, now, enrollment_id))


def retry_last_step(conn: Connection, enrollment_id: int, now: float) -> tuple[str, str] | None:
    """`Engine.retry`: the enrollment's last step, failed or uncertain, runs again as a new attempt of
    its visit; (flow id, node id), or None when there is no such step. Unlike the history's `retry`
    it takes an uncertain step too and writes no operator row."""
    e = conn.execute(select(enrollments).where(enrollments.c.id == enrollment_id)).first()
    if e is None:
        return None
    last = conn.execute(select(steps.c.node_id, steps.c.attempt, steps.c.status, steps.c.detail)
                        .where(steps.c.enrollment_id == enrollment_id)
                        .order_by(steps.c.id.desc()).limit(1)).first()
    if last is None or last.status not in (StepStatus.FAILED, StepStatus.UNCERTAIN):
        return None
    if e.status not in (EnrollmentStatus.FAILED, EnrollmentStatus.WAITING):
        return None
    requeue(conn, enrollment_id, last.node_id, last.attempt + 1, now, visit=step_visit(conn, enrollment_id, last))
    return e.flow_id, last.node_id


def cancel_live(conn: Connection, enrollment_id: int, now: float, flows: FlowCache) -> Any:
    """`Engine.cancel` (deactivating a flow with cancel_running): a live enrollment ends cancelled, with
    a cancelled step row at its node; its row as it was, or None when it is not live. The history's
    `cancel` writes an operator row instead."""
    e = conn.execute(select(enrollments).where(enrollments.c.id == enrollment_id)).first()
    if e is None or e.status not in ENROLLMENT_LIVE:
        return None
    node_type = ""
    if e.current_node:
        node = flows.get(conn, e.flow_version_id).nodes.get(e.current_node)
        node_type = node.type if node else ""
    clear_work(conn, enrollment_id, now)
    sql.run(conn, sql.INSERT_STEP, (enrollment_id, e.current_node or "", node_type, 1,
                                    StepStatus.CANCELLED.value, now, now, dumps({"by": "operator"}), None))
    sql.run(conn, "UPDATE enrollments SET status = ?, next_due_at = NULL, updated_at = ?, finished_at = ?"
                  " WHERE id = ?", (EnrollmentStatus.CANCELLED.value, now, now, enrollment_id))
    return e


def wait_items(conn: Connection, enrollment_id: int, now: float) -> list[Any]:
    """The enrollment's work items that hold it back: due later, or a wait whatever its due time.

    A wait whose due time (or a wait-until's re-check time) passed while no runtime ran is
    still a wait: its end ("until") or deadline lives in its state.
    """
    rows = conn.execute(select(work_items).where(work_items.c.enrollment_id == enrollment_id)).all()
    return [r for r in rows if r.due_at > now or _is_wait(r.state)]


def _is_wait(state: Any) -> bool:
    state = json.loads(state) if isinstance(state, str) and state else state
    return isinstance(state, dict) and ("until" in state or "deadline" in state)


def due_now(conn: Connection, item: Any, now: float) -> None:
    """Make a waiting work item due now; a wait's own deadline ("until"/"deadline") ends now too."""
    state = json.loads(item.state) if isinstance(item.state, str) and item.state else item.state
    if isinstance(state, dict):
        state = {**state, **{k: now for k in ("until", "deadline") if k in state}}
    sql.run(conn, "UPDATE work_items SET due_at = ?, state = ? WHERE id = ?",
            (now, dumps(state) if state is not None else None, item.id))
    sql.run(conn, "UPDATE enrollments SET status = ?, next_due_at = ?, updated_at = ? WHERE id = ?",
            (EnrollmentStatus.ACTIVE.value, now, now, item.enrollment_id))


def next_attempt(conn: Connection, enrollment_id: int, node_id: str) -> int:
    """An attempt number never used at this node (so no old ledger key is reused)."""
    used = conn.scalar(select(func.max(steps.c.attempt)).where(steps.c.enrollment_id == enrollment_id,
                                                               steps.c.node_id == node_id)) or 0
    keyed = conn.execute(select(side_effects.c.key).where(side_effects.c.enrollment_id == enrollment_id,
                                                          side_effects.c.node_id == node_id)).scalars()
    for key in keyed:
        used = max(used, ledger.parse_key(key, node_id)[3])
    return int(used) + 1


def ledger_key(enrollment_id: int, node_id: str, attempt: int, visit: int = 0) -> str:
    return ledger.make_key(enrollment_id, node_id, visit, attempt)


def ledger_row(conn: Connection, key: str) -> Any:
    return conn.execute(select(side_effects).where(side_effects.c.key == key)).first()


def forget_call(conn: Connection, key: str) -> None:
    """Remove a ledger row, so the step runs (and sends) again under the SAME key."""
    sql.run(conn, "DELETE FROM side_effects WHERE key = ?", (key,))


def call_done(conn: Connection, key: str, now: float, detail: dict[str, Any]) -> None:
    """Mark a ledger row done: the step, run again, finishes without calling."""
    sql.run(conn, "UPDATE side_effects SET status = 'done', finished_at = ?, detail = ? WHERE key = ?",
            (now, dumps(detail), key))


def advance(conn: Connection, enrollment_id: int, version_id: int, node_id: str, now: float,
            port: str = "out", counted: bool = False) -> list[str]:
    """Go on from `node_id` by `port`: work items for its successors; completed when there are none.

    `counted`: the node counts as an action done (enrollments.actions_done + 1).
    """
    if counted:
        sql.run(conn, "UPDATE enrollments SET actions_done = actions_done + 1 WHERE id = ?", (enrollment_id,))
    node = compile_version(conn, version_id).nodes.get(node_id)
    targets = list(node.next_nodes(port)) if node is not None else []
    for target in targets:
        sql.run(conn, sql.INSERT_ITEM, (enrollment_id, target, 1, now, None, new_visit(conn, enrollment_id)))
    if targets:
        set_active(conn, enrollment_id, targets[-1], now)
    else:
        sql.run(conn, "UPDATE enrollments SET status = ?, next_due_at = NULL, updated_at = ?, finished_at = ?"
                      " WHERE id = ?", (EnrollmentStatus.COMPLETED.value, now, now, enrollment_id))
    return targets


def enroll_again(conn: Connection, row: Any, version_id: int, now: float, origin: str) -> int:
    """A new enrollment of the row's contact at its trigger, whatever the re-enrollment policy."""
    flow = compile_version(conn, version_id)
    ids, _events = enrollment.start(conn, flow, row.crm, [(row.contact_id, row.contact_email or "")],
                                    row.trigger_node if row.trigger_node in flow.nodes else None, origin, now)
    return ids[0]
