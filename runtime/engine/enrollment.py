"""Enrolling contacts into a flow version (inside the caller's transaction).

The re-enrollment policy of the flow decides: `never` (a contact enters a flow once),
`always`, or `after_exit` (again only once the previous journey ended). An enrollment
starts with a `done` step at its trigger node (detail: the origin) and one due work
item per edge leaving the trigger (parallel branches start together), numbered visits
1..n (`enrollments.visits` = n; see runtime.engine.ledger).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from runtime.engine.compiled import CompiledFlow
from runtime.engine.events import RuntimeEvent
from runtime.kernel import sql
from runtime.kernel.detail import TriggerDetail
from runtime.kernel.sql import dumps  # the hot path's encoder: the same text as store.types.dumps
from runtime.kernel.states import ENROLLMENT_LIVE, EnrollmentStatus, StepStatus
from runtime.store import notify

_INSERT = ("INSERT INTO enrollments (flow_id, flow_version_id, crm, contact_id, contact_email, trigger_node, status,"
           " current_node, step_count, next_due_at, started_at, updated_at, finished_at, visits) VALUES ")
_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"
_CHUNK = 400  # rows per multi-row INSERT (13 parameters each, well under SQLite's 32,766)
_LIVE = tuple(s.value for s in ENROLLMENT_LIVE)


def blocked_contacts(conn: Connection, flow: CompiledFlow, crm: str, contact_ids: list[str]) -> set[str]:
    """The contacts the flow's re-enrollment policy refuses now."""
    policy = flow.settings.reenrollment or "never"
    if policy == "always" or not contact_ids:
        return set()
    out: set[str] = set()
    for start in range(0, len(contact_ids), 400):
        chunk = contact_ids[start:start + 400]
        q = ("SELECT DISTINCT contact_id FROM enrollments WHERE flow_id = ? AND crm = ? AND contact_id IN "
             + sql.in_list(len(chunk)))
        params: list[Any] = [flow.flow_id, crm, *chunk]
        if policy == "after_exit":
            q += " AND status IN " + sql.in_list(len(_LIVE))
            params += list(_LIVE)
        out.update(r[0] for r in sql.run(conn, q, params).fetchall())
    return out


def start(conn: Connection, flow: CompiledFlow, crm: str, contacts: list[tuple[str, str]], trigger_node: str | None,
          origin: str | dict[str, str], now: float, events_wanted: bool = True) -> tuple[list[int], list[RuntimeEvent]]:
    """Insert enrollments for (contact_id, email) pairs already cleared by the policy; `origin`
    is what started them all, or each contact's ({contact id: origin}: the events of a batch).
    Returns their ids and, when `events_wanted` (someone listens), their RuntimeEvents."""
    trigger = flow.trigger(trigger_node)
    if trigger is None:
        raise ValueError(f"the flow «{flow.flow_name}» has no trigger node")
    targets = trigger.next_nodes("out") or tuple(t for ts in trigger.successors.values() for t in ts)
    status = EnrollmentStatus.ACTIVE if targets else EnrollmentStatus.COMPLETED
    current = targets[-1] if targets else trigger.id
    finished = None if targets else now
    ids: list[int] = []
    steps: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    events: list[Any] = []
    shared = dumps(TriggerDetail(origin=origin)) if isinstance(origin, str) else None
    rows = [(flow.flow_id, flow.version_id, crm, contact_id, email or "", trigger.id, status.value, current,
             now if targets else None, now, now, finished, len(targets)) for contact_id, email in contacts]
    for contact_id, eid in zip((c for c, _e in contacts), _insert(conn, rows), strict=True):
        detail = shared if shared is not None or isinstance(origin, str) else dumps(TriggerDetail(
            origin=origin.get(contact_id, "")))
        ids.append(eid)
        steps.append((eid, trigger.id, trigger.type, 1, StepStatus.DONE.value, now, now, detail, None))
        items.extend((eid, t, 1, now, None, visit) for visit, t in enumerate(targets, 1))
        if events_wanted:
            events.append(RuntimeEvent("enrollment_changed", eid, flow.flow_id, status.value, current))
    sql.many(conn, sql.INSERT_STEP, steps)
    sql.many(conn, sql.INSERT_ITEM, items)
    notify.mark(conn, notify.WORK if items else notify.HISTORY)  # other runtimes wake, other views refresh
    return ids, events


def _insert(conn: Connection, rows: list[tuple[Any, ...]]) -> list[int]:
    """The new enrollments' ids, in the order of `rows`: a multi-row INSERT per chunk, its ids told
    apart by contact id (RETURNING promises no order); a chunk naming a contact twice goes row by row."""
    ids: list[int] = []
    for at in range(0, len(rows), _CHUNK):
        chunk = rows[at:at + _CHUNK]
        if len({r[3] for r in chunk}) < len(chunk):
            ids.extend(sql.fetch(conn, _INSERT + _ROW + " RETURNING id", r)[0][0] for r in chunk)
            continue
        statement = _INSERT + ", ".join([_ROW] * len(chunk)) + " RETURNING id, contact_id"
        made = dict((c, i) for i, c in sql.fetch(conn, statement, [v for r in chunk for v in r]))
        ids.extend(made[r[3]] for r in chunk)
    return ids
