"""Operator actions on enrollments: retry, resolve, skip a wait, move, cancel, re-enroll.

Each takes a Database (one write transaction for the whole selection) or a Connection
already in a transaction, the enrollment ids and the actor; it returns one ActionResult
per id. An action that does not fit an enrollment's state changes nothing for it and
says why (ok False), in English with `{fields}` from the catalogs (shown translated through
`runtime.i18n.translate_rendered`). Each change is recorded in the history as an "operator.<action>"
step. The runtime notices the new due work within its cross-process check (0.5 s); an
in-process runtime can be woken at once with `wake=runtime.wake`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.engine import operator as op
from runtime.history.model import ActionResult
from runtime.history.rows import shown_status
from runtime.history.versions import version_info
from runtime.i18n import N_
from runtime.store import notify
from runtime.store.schema_flows import flows

LIVE = ("active", "waiting")
Check = Callable[[Connection, Any, float], str | None]


@contextmanager
def _tx(db_or_conn: Any) -> Iterator[Connection]:
    if isinstance(db_or_conn, Connection):
        yield db_or_conn
    else:
        with db_or_conn.begin(immediate=True) as conn:
            yield conn


def _each(db_or_conn: Any, ids: list[int], now: float | None, wake: Callable[[], None] | None,
          act: Callable[[Connection, Any, float], str | None], done: str) -> list[ActionResult]:
    """Run `act(conn, row, now)` per enrollment; it returns a refusal message or None (done)."""
    now = time.time() if now is None else now
    results = []
    with _tx(db_or_conn) as conn:
        rows = op.load(conn, [int(i) for i in ids])
        for i in ids:
            row = rows.get(int(i))
            if row is None:
                results.append(ActionResult(int(i), False, N_("no enrollment {id}").format(id=i)))
                continue
            refusal = act(conn, row, now)
            results.append(ActionResult(row.id, refusal is None, refusal or done))
        if any(r.ok for r in results):
            notify.mark(conn, notify.WORK)  # another process's runtime may be the one to run it
    if wake is not None and any(r.ok for r in results):
        wake()
    return results


def _status(row: Any) -> str:
    return shown_status(row.status, row.next_due_at)


def retry(db: Any, enrollment_ids: list[int], actor: str = "operator", *, now: float | None = None,
          wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """Run a failed enrollment's failed step again (a new attempt); it is due at once."""
    def act(conn: Connection, row: Any, at: float) -> str | None:
        if row.status != "failed":
            if _status(row) == "uncertain":
                return N_("enrollment {id} is uncertain, not failed: nothing to retry; use resolve").format(id=row.id)
            return N_("enrollment {id} is {status}, not failed: nothing to retry").format(
                id=row.id, status=_status(row))
        last = op.last_step(conn, row.id)
        if last is None or last.status != "failed":
            return N_("enrollment {id} has no failed step to retry (its step history was compacted?)").format(id=row.id)
        op.record(conn, row.id, last.node_id, "retry", actor, at, step=last.id, attempt=last.attempt + 1)
        op.requeue(conn, row.id, last.node_id, last.attempt + 1, at, visit=op.step_visit(conn, row.id, last))
        return None
    return _each(db, enrollment_ids, now, wake, act, N_("will be retried"))


def resolve(db: Any, enrollment_ids: list[int], how: Literal["send_again", "mark_done"],
            actor: str = "operator", *, now: float | None = None,
            wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """Decide an uncertain step.

    send_again: the step runs again under the SAME idempotency key (its ledger row is
    removed and written afresh before the new call, so the receiver can de-duplicate).
    mark_done: the ledger says done; the step finishes without calling and the contact
    goes on along the path.
    """
    if how not in ("send_again", "mark_done"):
        raise ValueError(f"resolve: how must be 'send_again' or 'mark_done', not {how!r}")

    def act(conn: Connection, row: Any, at: float) -> str | None:
        if _status(row) != "uncertain":
            return N_("enrollment {id} is {status}: only an uncertain step can be resolved").format(
                id=row.id, status=_status(row))
        last = op.last_step(conn, row.id)
        if last is None or last.status != "uncertain":
            return N_("enrollment {id} has no uncertain step").format(id=row.id)
        visit = op.step_visit(conn, row.id, last, ledger_status="uncertain")
        key = op.ledger_key(row.id, last.node_id, last.attempt, visit or 0)
        call = op.ledger_row(conn, key)
        op.record(conn, row.id, last.node_id, how, actor, at, step=last.id, key=key,
                  ledger=call.status if call is not None else None)
        if how == "send_again":
            if call is not None:
                op.forget_call(conn, key)
            op.requeue(conn, row.id, last.node_id, last.attempt, at, visit=visit)
        elif call is not None:
            detail = call.detail if isinstance(call.detail, dict) else {}
            op.call_done(conn, key, at, {**detail, "resolved": "mark_done", "by": actor})
            op.requeue(conn, row.id, last.node_id, last.attempt, at, visit=visit)
        else:
            op.advance(conn, row.id, row.flow_version_id, last.node_id, at, counted=True)
        return None
    done = N_("will be sent again") if how == "send_again" else N_("marked done; the contact goes on")
    return _each(db, enrollment_ids, now, wake, act, done)


def skip_wait(db: Any, enrollment_ids: list[int], actor: str = "operator", *, now: float | None = None,
              wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """A waiting contact continues now (a wait ends now; a wait-until-condition times out now)."""
    def act(conn: Connection, row: Any, at: float) -> str | None:
        if _status(row) != "waiting":
            return N_("enrollment {id} is {status}, not waiting").format(id=row.id, status=_status(row))
        pending = op.wait_items(conn, row.id, at)
        if not pending:
            return N_("enrollment {id} has no wait to skip").format(id=row.id)
        op.record(conn, row.id, row.current_node, "skip_wait", actor, at,
                  nodes=sorted({p.node_id for p in pending}))
        for item in pending:
            op.due_now(conn, item, at)
        return None
    return _each(db, enrollment_ids, now, wake, act, N_("continues now"))


def move(db: Any, enrollment_ids: list[int], node_id: str, actor: str = "operator", *,
         now: float | None = None, wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """Put the contact at another node of its own version; that node runs next."""
    def act(conn: Connection, row: Any, at: float) -> str | None:
        status = _status(row)
        if row.status not in (*LIVE, "failed"):
            return N_("enrollment {id} is {status}: its journey ended (re-enroll it instead)").format(
                id=row.id, status=status)
        version = version_info(conn, row.flow_version_id)
        if node_id not in version.nodes:
            return N_("enrollment {id}: node {node} is not in its flow version {version}").format(
                id=row.id, node=repr(node_id), version=row.flow_version_id)
        op.record(conn, row.id, node_id, "move", actor, at, to=node_id, to_title=version.title(node_id),
                  **{"from": row.current_node})
        op.clear_work(conn, row.id, at)
        op.requeue(conn, row.id, node_id, op.next_attempt(conn, row.id, node_id), at)
        return None
    return _each(db, enrollment_ids, now, wake, act, N_("moved"))


def cancel(db: Any, enrollment_ids: list[int], actor: str = "operator", *, now: float | None = None,
           wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """Stop the enrollment; the contact leaves the flow."""
    def act(conn: Connection, row: Any, at: float) -> str | None:
        if row.status not in LIVE:
            return N_("enrollment {id} is {status}: only an active or waiting journey can be cancelled").format(
                id=row.id, status=_status(row))
        op.record(conn, row.id, row.current_node, "cancel", actor, at)
        op.end_cancelled(conn, row.id, at)
        return None
    return _each(db, enrollment_ids, now, wake, act, N_("cancelled"))


def reenroll(db: Any, enrollment_ids: list[int], actor: str = "operator", *, now: float | None = None,
             wake: Callable[[], None] | None = None) -> list[ActionResult]:
    """A new enrollment of the same contact at the same trigger, whatever the re-enrollment policy.

    It enters the flow's active version (the original version if the flow is off now).
    Only an ended journey can be re-enrolled: cancel a live one first.
    """
    made: dict[int, int] = {}

    def act(conn: Connection, row: Any, at: float) -> str | None:
        if row.status in LIVE:
            return N_("enrollment {id} is {status}: still in the flow (cancel it first to re-enroll)").format(
                id=row.id, status=_status(row))
        flow = conn.execute(select(flows.c.is_active, flows.c.active_version_id)
                            .where(flows.c.id == row.flow_id)).first()
        version = flow.active_version_id if flow is not None and flow.is_active and flow.active_version_id else None
        new_id = op.enroll_again(conn, row, version or row.flow_version_id, at, f"operator:{actor}")
        op.record(conn, row.id, row.trigger_node or "", "reenroll", actor, at, new_enrollment=new_id)
        made[row.id] = new_id
        return None
    results = _each(db, enrollment_ids, now, wake, act, N_("re-enrolled"))
    return [ActionResult(r.enrollment_id, r.ok,
                         N_("re-enrolled as {id}").format(id=made[r.enrollment_id]) if r.ok else r.message)
            for r in results]
