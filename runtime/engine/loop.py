"""The step loop (hot path): claim a batch of due work, run each item's steps, group-commit.

One call of `run_batch` works inside ONE transaction: it claims up to `limit` due
work items (joined with their enrollments), runs each item's step, then writes all
step rows, consumed/new work items and enrollment updates with executemany
(runtime.engine.batch_rows). Steps of different enrollments share the commit.

Chains: a step that is done and leads to exactly one next node hands it over at once,
in the same batch (an update -> if -> tag chain runs to its first wait, external call,
failure, fork or end, at most `settings.chain_limit` steps): each step still writes its
step row, but the work item and the enrollment are written once, where the chain
stopped. A chain commits as one transaction: a crash before its commit leaves nothing
of it, and the item runs again from the chain's first node. An external call is recorded
in the ledger with the batch and made only after the commit (runtime.engine.ledger), so
a step's result is always durable before its side effect is confirmed. The item a step
consumed is reused (one UPDATE) for its successor when the chain stops on a wait, a
hold or a fork.

Local CRM writes are queued by `runtime.crm.local.batch.LocalBatch` (later steps read
them), emails to the outbox by `runtime.channels.outbox.OutboxBatch`, and both are
flushed before the batch's own rows. Executors run without savepoints (fast
path); if one raises, or a queued write is refused, the batch is rolled back and redone
with a savepoint per step (careful path), so a failing step leaves nothing half-done.

Parallel branches: each edge leaving the taken port becomes its own work item. An
enrollment completes when a branch ends and no work item of it remains.
`current_node`/`status` follow the most recently advanced branch.
"""

from __future__ import annotations

import gc
import json
import logging
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from runtime.crm.base import Batching, CrmError
from runtime.engine import batch_rows, delivery, ledger, prefetch
from runtime.engine.batch_rows import Batch, PendingEnrollment
from runtime.engine.events import RuntimeEvent
from runtime.engine.settings import backoff
from runtime.kernel import sql
from runtime.kernel.context import StepContext
from runtime.kernel.outcome import ExternalCall, Outcome, StepError, TransientError, UncertainError
from runtime.kernel.sql import dumps
from runtime.kernel.states import ENROLLMENT_TERMINAL, EnrollmentStatus, StepStatus
from runtime.kernel.templates import TemplateProblem
from runtime.store.types import to_iso

log = logging.getLogger(__name__)
ES, SS = EnrollmentStatus, StepStatus
_ACTIVE, _WAITING = ES.ACTIVE.value, ES.WAITING.value  # the hot path's statuses as plain text


class Redo(Exception):
    """An executor raised on the fast path: roll back and redo the batch carefully."""


def _held(exc: BaseException, now: float) -> tuple[float | None, str, bool] | None:
    """(until, key, quiet) when `exc` holds the step (a paused CRM connection, reads not
    fetched yet: runtime.crm), else None. `quiet`: no step row (a read about to be fetched)."""
    if not getattr(exc, "held", False):
        return None
    if isinstance(exc, TransientError):
        until = None if exc.retry_after is None else now + exc.retry_after
        return until, getattr(exc, "key", ""), False
    return getattr(exc, "until", None), getattr(exc, "connection", ""), getattr(exc, "reason", "") == "reading"


def _classify(exc: BaseException) -> tuple[str, str, float | None]:
    """(kind, message, retry_after) with kind in transient | uncertain | failed."""
    if isinstance(exc, TransientError):
        return "transient", str(exc), exc.retry_after
    if isinstance(exc, CrmError) and exc.transient:
        return "transient", str(exc), exc.retry_after
    if isinstance(exc, UncertainError):
        return "uncertain", str(exc), None
    if isinstance(exc, StepError | CrmError | TemplateProblem):
        return "failed", str(exc), None
    return "failed", f"{exc.__class__.__name__}: {exc}", None


class BatchRunner:
    """Runs one batch for `engine` on `conn` at time `now`."""

    def __init__(self, engine: Any, conn: Connection, now: float, careful: bool) -> None:
        self.engine, self.conn, self.now, self.careful = engine, conn, now, careful
        self.batch = Batch(careful)
        self.enrollments: dict[int, PendingEnrollment] = {}
        self.ops: dict[str, Any] = {}
        self.want_events = delivery.listening(engine.events)  # nobody listening: no events built
        self.rows: list[sql.Claimed] = []
        self.batches: dict[str, Any] = {}  # crm -> CrmBatch (write-behind ops: runtime.crm.base.Batching)
        begin = None if careful else getattr(engine.channels.outbox, "begin_batch", None)
        self.outbox = begin(conn) if begin is not None else None  # the outbox, write-behind (fast path)
        self._wid: int | None = None  # the work item the current step consumed
        self._visit = 0  # its visit: kept by the step's retries and waits (runtime.engine.ledger)
        self._chain = 0  # steps the current item's chain may still take after this one
        self._next: tuple[str, int] | None = None  # (node, visit) the chain goes on to
        self._chained = False  # the current step was handed over: its item is still at an earlier node

    # -- driver ---------------------------------------------------------------------
    def run(self, limit: int) -> Batch:
        """Claim, run and write one batch. The cyclic garbage collector waits meanwhile: a batch
        makes hundreds of thousands of short-lived containers without cycles, and its passes
        over them (7% of the batch's time) free nothing; it runs again as soon as the batch ends."""
        collecting = gc.isenabled()
        if collecting:
            gc.disable()
        try:
            return self._run(limit)
        finally:
            if collecting:
                gc.enable()

    def _run(self, limit: int) -> Batch:
        rows = sql.claim(self.conn, self.now, self.engine.owner, limit)
        self.batch.claimed = len(rows)
        if not rows:
            return self.batch
        self.rows = rows
        cache = self.engine.flows
        externals = []
        for r in rows:
            node = cache.get(self.conn, r.version_id).nodes.get(r.node_id)
            if node is not None and node.external:
                externals.append(ledger.make_key(r.enrollment_id, r.node_id, r.visit, r.attempt))
        self.ledger = ledger.lookup(self.conn, externals) if externals else {}
        for row in rows:
            self._item(row)
        try:
            for local in self.batches.values():
                local.flush()
            if self.outbox is not None:
                self.outbox.flush()
        except Exception as exc:  # a queued write failed (or found its key delivered): redo carefully
            if self.careful:
                raise
            raise Redo() from exc
        batch_rows.complete_ended(self.conn, self.enrollments.values(), self.now)
        batch_rows.write(self.conn, self.batch, self.enrollments.values(), self.now, self.engine.owner,
                         self.want_events)
        return self.batch

    def _make_ops(self, crm: str) -> Any:
        """CrmOps for `crm`; with the `Batching` capability (the local CRM), a write-behind batch
        with what the steps read read ahead (runtime.engine.prefetch)."""
        ops = self.engine.ops(self.conn, crm)
        if not isinstance(ops, Batching):
            return ops
        contacts, deals = prefetch.plan(self.conn, self.engine.flows, self.rows, crm, self.ledger)
        local = self.batches[crm] = ops.begin_batch(contacts, deals)
        return local

    def _enrollment(self, row: sql.Claimed) -> PendingEnrollment:
        e = self.enrollments.get(row.enrollment_id)
        if e is None:
            e = PendingEnrollment(row.enrollment_id, row.flow_id, row.status, row.current_node, row.step_count,
                                  old=(row.status, row.current_node), visits=row.visits)
            self.enrollments[row.enrollment_id] = e
        return e

    def _item(self, row: sql.Claimed) -> None:
        """Consume one claimed work item: run its step, and the chain of steps it hands over to."""
        e = self._enrollment(row)
        self.batch.deletes.append((row.id,))
        self._wid = row.id
        e.consumed += 1
        if e.status in ENROLLMENT_TERMINAL:
            return  # a stale item of a finished enrollment
        flow = self.engine.flows.get(self.conn, row.version_id)
        e.touched = True
        self._chain, self._chained = self.engine.settings.chain_limit - 1, False
        self._step(e, flow, row, row.node_id, row.attempt, row.state, row.visit)
        while self._next is not None:
            node_id, visit = self._next
            self._next, self._chain, self._chained = None, self._chain - 1, True
            self._step(e, flow, row, node_id, 1, None, visit)

    def _step(self, e: PendingEnrollment, flow: Any, row: sql.Claimed, node_id: str, attempt: int,
              state_json: str | None, visit: int) -> None:
        """One step of `row`'s enrollment at `node_id` (the item's own node, or one a chain handed over)."""
        self._visit = visit
        node = flow.nodes.get(node_id)
        if node is None or node.executor is None:
            what = "is not in its flow version" if node is None else f"has an unknown type {node.type!r}"
            self._fail(e, node_id, node.type if node else "?", attempt, f"node {node_id} {what}", {})
            return
        state = json.loads(state_json) if state_json else None
        held = state.pop("held", None) if state else None  # waited for its connection (see _hold)
        if held is not None and not state:
            state = None
        crm = row.crm
        ops = self.ops.get(crm)
        if ops is None:
            ops = self.ops[crm] = self._make_ops(crm)
        ctx = StepContext(self.conn, ops, self.engine, e.id, flow.flow_id, row.version_id, crm, row.contact_id, node,
                          attempt, self.now, flow.settings.timezone or "UTC", state, visit, outbox=self.outbox)
        local = self.batches.get(crm)
        mark = local.mark() if local is not None and not self.careful and node.undoable == "ops" else None
        try:
            if flow.has_goal and node.kind != "trigger":
                holds, why = ctx.check(flow.settings.goal)
                if holds:
                    self._exit(e, node, attempt, why)
                    return
            if state is None and e.step_count >= (flow.settings.max_steps or self.engine.settings.max_steps_default):
                limit = flow.settings.max_steps or self.engine.settings.max_steps_default
                self._fail(e, node.id, node.type, attempt,
                           f"step cap reached: {e.step_count} steps (settings.max_steps = {limit}); "
                           "a loop in the flow may be running away", {"step_count": e.step_count})
                return
            key = ctx.key if node.external else ""
            if key in self.ledger:
                outcome = self._from_ledger(e, node, attempt, key, *self.ledger[key])
            else:
                outcome = self._execute(node, ctx) if self.careful else node.executor(ctx)
        except Redo:
            raise
        except Exception as exc:  # goal checks read the CRM; any failure there fails the step
            # A database error ends PostgreSQL's transaction (not SQLite's): only a savepoint can hold it.
            if not self.careful and (isinstance(exc, DBAPIError) or not self._undone(node, local, mark)):
                raise Redo() from exc
            hold = _held(exc, self.now)
            if hold is not None:
                self._hold(e, node, attempt, state, str(exc), *hold, repeat=held is not None)
                return
            outcome = self._failure(e, node, attempt, exc)
        if outcome is None:
            return
        if isinstance(outcome, ExternalCall):
            self._external(e, node, ctx, row.id, outcome)
            return
        self._apply(e, node, attempt, state, outcome, ctx.detail)

    @staticmethod
    def _undone(node: Any, local: Any, mark: Any) -> bool:
        """Whether a step that raised on the fast path left nothing behind, so it can fail alone
        (no redo of the batch): it never writes, or it wrote only through the batch's local CRM
        ops and they could undo it."""
        if node.undoable == "pure":
            return True
        return node.undoable == "ops" and mark is not None and local.rollback_to(mark)

    def _execute(self, node: Any, ctx: StepContext) -> Any:
        """Run the step's executor in a savepoint of its own, with its CRM writes (careful path)."""
        local = self.batches.get(ctx.crm)
        try:
            with self.conn.begin_nested():
                out = node.executor(ctx)
                if local is not None:  # the step's CRM writes go with its savepoint
                    local.flush()
                return out
        except BaseException:
            if local is not None:
                local.discard()  # rolled back: forget its queued writes and what it read
            raise

    # -- outcomes -------------------------------------------------------------------
    def _failure(self, e: PendingEnrollment, node: Any, attempt: int, exc: BaseException) -> Outcome | None:
        kind, message, retry_after = _classify(exc)
        if kind == "failed" and not isinstance(exc, StepError | CrmError | TemplateProblem):
            log.exception("step %s of enrollment %s raised", node.id, e.id)
        if kind == "transient":
            return self._transient(e, node, attempt, message, retry_after)
        status = SS.UNCERTAIN if kind == "uncertain" else SS.FAILED
        return Outcome(status, None, {}, error=message)

    def _transient(self, e: PendingEnrollment, node: Any, attempt: int, message: str,
                   retry_after: float | None) -> Outcome | None:
        settings = self.engine.settings
        if attempt >= settings.max_attempts:
            return Outcome(SS.FAILED, None, {"attempts": attempt},
                           error=f"{message} (attempt {attempt} of {settings.max_attempts}: giving up)")
        due = self.now + backoff(settings, attempt, retry_after)
        detail = {"attempt": attempt, "retry_at": to_iso(due), "retry_after": retry_after}
        self.batch.steps.append((e.id, node.id, node.type, attempt, SS.FAILED.value, self.now, self.now,
                                 dumps(detail), f"{message} (will retry)"))
        self.batch.items.append((e.id, node.id, attempt + 1, due, None, self._visit))
        e.created += 1
        e.step_count += 1
        e.status, e.current_node, e.next_due = ES.WAITING.value, node.id, due
        self._step_event(e, node.id, SS.FAILED)
        return None

    def _hold(self, e: PendingEnrollment, node: Any, attempt: int, state: dict | None, message: str,
              until: float | None, key: str, quiet: bool, repeat: bool = False) -> None:
        """The step waits for its connection: the same attempt runs again at `until` (a default
        when unknown); its state carries "held" so runtime.crm.pause wakes it when the
        connection resumes. One step row says why, not one per re-check (`repeat`)."""
        due = max(self.now, until) if until is not None else self.now + self.engine.settings.hold_default
        self._new_item(e, node.id, attempt, due, dumps({**(state or {}), "held": key}), self._visit)
        if not quiet and not repeat:
            self.batch.steps.append((e.id, node.id, node.type, attempt, SS.WAITING.value, self.now, self.now,
                                     dumps({"held": key, "until": to_iso(due)}), message))
            self._step_event(e, node.id, SS.WAITING)
        e.status, e.current_node, e.next_due = ES.WAITING.value, node.id, due

    def _from_ledger(self, e: PendingEnrollment, node: Any, attempt: int, key: str, status: str,
                     detail: Any) -> Outcome | None:
        detail = detail or {}
        shown = {**(detail.get("detail") or {}), "key": key}
        if status == ledger.DONE:
            return Outcome(SS.DONE, "out", {**shown, "response": detail.get("response")})
        if status == ledger.TRANSIENT and detail.get("held"):  # never done: drop the row, the same attempt waits
            self.batch.ledger_drops.append((key,))
            wait = detail.get("retry_after")
            self._hold(e, node, attempt, None, detail.get("error", "held"),
                       None if wait is None else self.now + float(wait), detail.get("hold_key", ""), False)
            return None
        if status == ledger.TRANSIENT:
            return self._transient(e, node, attempt, detail.get("error", "transient failure"),
                                   detail.get("retry_after"))
        if status == ledger.FAILED:
            return Outcome(SS.FAILED, None, shown, error=detail.get("error", "failed"))
        if status == ledger.UNCERTAIN:
            return Outcome(SS.UNCERTAIN, None, shown, error=detail.get("error", "outcome unknown"))
        return self._interrupted(e, node, attempt, key, status, detail, shown)

    def _interrupted(self, e: PendingEnrollment, node: Any, attempt: int, key: str, status: str, detail: dict,
                     shown: dict) -> Outcome | None:
        """A call its runtime did not finish. Superseded (or pending, superseded now): it never
        started, so a new attempt sends it. Sending: it stopped during the call, unless the
        channel confirms otherwise. Each move is a compare-and-set: if the row moved meanwhile
        (its runtime claimed or finished it after all), the step follows what the row says now."""
        if status == ledger.PENDING:
            if not ledger.supersede(self.conn, [key], self.now):
                return self._moved(e, node, attempt, key, status, shown)
            status = ledger.SUPERSEDED
        if status == ledger.SUPERSEDED:
            return self._new_attempt(e, node, attempt)
        if status != ledger.SENDING:
            return Outcome(SS.UNCERTAIN, None, shown, error=f"unknown state {status!r} of this call: check it")
        channel = self.engine.channel(detail.get("channel", ""))
        confirm = getattr(channel, "confirm_not_sent", None)
        if confirm is not None and confirm(key):
            if not ledger.finish(self.conn, key, ledger.SUPERSEDED, self.now, {**detail, "confirmed_not_sent": True},
                                 expect=ledger.SENDING):
                return self._moved(e, node, attempt, key, status, shown)
            return self._new_attempt(e, node, attempt)
        interrupted = {**detail, "error": "interrupted during the call"}
        if not ledger.finish(self.conn, key, ledger.UNCERTAIN, self.now, interrupted, expect=ledger.SENDING):
            return self._moved(e, node, attempt, key, status, shown)
        return Outcome(SS.UNCERTAIN, None, shown,
                       error="the runtime stopped during this call: it may or may not have been delivered; "
                             "check and retry (history retry) if it was not")

    def _moved(self, e: PendingEnrollment, node: Any, attempt: int, key: str, was: str, shown: dict) -> Outcome | None:
        """The row left `was` while we looked (its runtime claimed or finished the call after all):
        follow what it says now."""
        row = ledger.lookup(self.conn, [key]).get(key)
        if row is None or row[0] == was:
            return Outcome(SS.UNCERTAIN, None, shown, error="this call's record changed while it was read: check it")
        return self._from_ledger(e, node, attempt, key, *row)

    def _new_attempt(self, e: PendingEnrollment, node: Any, attempt: int) -> None:
        self.batch.items.append((e.id, node.id, attempt + 1, self.now, None, self._visit))
        e.created += 1
        return None

    def _external(self, e: PendingEnrollment, node: Any, ctx: StepContext, wid: int, call: ExternalCall) -> None:
        channel = self.engine.channel(call.channel)
        if channel is None:
            self._apply(e, node, ctx.attempt, None, Outcome(SS.FAILED, None, {}, error=f"no {call.channel} channel"),
                        ctx.detail)
            return
        self.batch.deletes.pop()
        e.consumed -= 1
        if self._chained:  # the item is still at the chain's first node: it moves here, then is held
            self.batch.moves.append((node.id, ctx.attempt, self.now, None, self._visit, wid))
        self.batch.leases.append((self.now + self.engine.settings.external_lease, self.engine.owner, wid))
        detail = {**ctx.detail, **call.detail}
        self.batch.ledger_rows.append((ctx.key, e.id, node.id, call.channel, self.now,
                                       {"channel": call.channel, "detail": detail}))
        self.batch.externals.append((ctx.key, call.channel, call.request))
        e.status, e.current_node, e.next_due = ES.ACTIVE.value, node.id, self.now

    def _apply(self, e: PendingEnrollment, node: Any, attempt: int, state: dict | None, out: Outcome,
               notes: dict) -> None:
        detail = {**notes, **out.detail} if notes else out.detail
        status = out.status
        value = status.value
        if state is None:
            e.step_count += 1
        if status == SS.WAITING:
            self._new_item(e, node.id, attempt, out.wait_until, dumps(out.state), self._visit)
            if state is None:
                self.batch.steps.append((e.id, node.id, node.type, attempt, value, self.now, None, dumps(detail),
                                         None))
                self._step_event(e, node.id, status)
            e.status, e.current_node, e.next_due = _WAITING, node.id, out.wait_until
            return
        if node.external and (status == SS.FAILED or status == SS.UNCERTAIN) and "key" not in detail:
            # the operator's retry/resolve finds the visit by this key (runtime.engine.operator.step_visit)
            detail = {**detail, "key": ledger.make_key(e.id, node.id, self._visit, attempt)}
        if state is not None and "since" in state:
            self.batch.finish_waits.append((value, self.now, dumps(detail), e.id, node.id, state["since"]))
        else:
            self.batch.steps.append((e.id, node.id, node.type, attempt, value, self.now, self.now,
                                     dumps(detail) if detail else None, out.error))
        self._step_event(e, node.id, status)
        if status == SS.DONE and node.kind == "action":
            e.actions += 1
        if status == SS.FAILED:
            self._finish(e, ES.FAILED, node.id)
            return
        if status == SS.UNCERTAIN:  # the whole enrollment waits for a person
            e.status, e.current_node, e.next_due, e.kill = ES.WAITING.value, node.id, None, True
            return
        targets = node.next_nodes(out.port)
        if len(targets) == 1 and self._chain > 0 and self._wid is not None and self.batch.deletes[-1][0] == self._wid:
            e.visits += 1  # the chain goes on: the next node runs now, in this batch (see _item)
            self._next = (targets[0], e.visits)
            e.status, e.current_node, e.next_due = _ACTIVE, targets[0], self.now
            return
        for target in targets:  # each arrival at a node is a new visit
            e.visits += 1
            self._new_item(e, target, 1, self.now, None, e.visits)
        if targets:
            e.status, e.current_node, e.next_due = _ACTIVE, targets[-1], self.now
        else:
            e.ended, e.current_node = True, node.id

    def _new_item(self, e: PendingEnrollment, node_id: str, attempt: int, due: float | None, state: str | None,
                  visit: int) -> None:
        """A work item for the enrollment's next move: the item this step consumed becomes it
        (one UPDATE instead of a DELETE and an INSERT) when it is still to be deleted."""
        e.created += 1
        wid, deletes = self._wid, self.batch.deletes
        if wid is not None and deletes and deletes[-1][0] == wid:
            deletes.pop()
            self._wid = None
            self.batch.moves.append((node_id, attempt, due, state, visit, wid))
        else:
            self.batch.items.append((e.id, node_id, attempt, due, state, visit))

    def _fail(self, e: PendingEnrollment, node_id: str, node_type: str, attempt: int, error: str, detail: dict) -> None:
        self.batch.steps.append((e.id, node_id, node_type, attempt, SS.FAILED.value, self.now, self.now,
                                 dumps(detail) if detail else None, error))
        self._step_event(e, node_id, SS.FAILED)
        self._finish(e, ES.FAILED, node_id)

    def _exit(self, e: PendingEnrollment, node: Any, attempt: int, why: dict) -> None:
        self.batch.steps.append((e.id, node.id, node.type, attempt, SS.SKIPPED.value, self.now, self.now,
                                 dumps({"exit": "goal", "why": why}), None))
        self._step_event(e, node.id, SS.SKIPPED)
        self._finish(e, ES.EXITED, node.id)

    def _finish(self, e: PendingEnrollment, status: EnrollmentStatus, node_id: str) -> None:
        e.status, e.current_node, e.next_due, e.finished_at, e.kill = status.value, node_id, None, self.now, True

    def _step_event(self, e: PendingEnrollment, node_id: str, status: StepStatus) -> None:
        if self.want_events:
            self.batch.events.append(RuntimeEvent("step_finished", e.id, e.flow_id, status.value, node_id))
        self.batch.steps_done += 1
