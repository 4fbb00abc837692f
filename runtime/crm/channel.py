"""The ledger channel of remote CRM writes: a flow on a connection writes after its batch committed.

The engine records each write in the side-effect ledger with the batch, commits, then calls
`deliver(request, key)` here (outside any transaction), and finishes the step with the outcome.
request = {"crm": name, "op": ..., "contact_id": ..., ...} (see OPS). What happens:
- a paused connection: `HeldError` (the step waits for the pause, no attempt spent);
- a pause found now (401, daily quota...): the connection pauses, the step waits;
- a create (`create_task`) is idempotent by its key: the key without its attempt is written
  into the task and, from the second attempt on, looked for (associations/lists, not search)
  before creating (a first attempt cannot have made anything yet); a create
  that may have arrived (5xx, timeout) is looked for at once: found = done, not found = retried
  later (it was not made), the look itself failing = `uncertain` (a person decides);
- updates, tags, owner and stage moves set a value: repeating them is harmless;
- a record that no longer exists, a refused value: the step fails with the CRM's reason.
Every op is repeatable or verified, so `confirm_not_sent` lets a call interrupted by a crash
run again (the engine asks it without any HTTP inside its transaction).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from runtime.crm.base import ConnectionPaused, CrmError, MaybeSent, NotFound
from runtime.crm.deal_choice import pick_open_deal
from runtime.i18n import N_
from runtime.kernel.outcome import HeldError, StepError, TransientError, UncertainError

log = logging.getLogger(__name__)
ORIGIN = "caudal"


def stable_key(key: str) -> str:
    """The idempotency key without its attempt: the same for every attempt of one visit."""
    return key.rsplit(":", 1)[0]


def attempt_of(key: str) -> int:
    """The attempt number a ledger key ends with (runtime.engine.ledger.make_key)."""
    tail = key.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 1


def _update_fields(ops: Any, request: dict[str, Any], marker: str, attempt: int) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if request.get("values"):
        changes.update(ops.update_contact(request["contact_id"], request["values"], ORIGIN))
    if request.get("deal_values"):
        deals = ops.contact_deals(request["contact_id"])
        updater = getattr(ops, "update_deal", None)
        if not deals:
            raise StepError("update_fields: the contact has no deal to update")
        if updater is None:
            raise StepError("update_fields: " + N_("the CRM «{crm}» cannot change deal fields yet")
                                                .format(crm=request["crm"]))
        deal = max(deals, key=lambda d: (d.get("updated_at") or 0, str(d.get("id"))))
        changes.update({f"deal.{k}": v for k, v in updater(deal["id"], request["deal_values"], ORIGIN).items()})
    return {"changes": changes}


def _create_task(ops: Any, request: dict[str, Any], marker: str, attempt: int) -> dict[str, Any]:
    args = (request["contact_id"], request["title"], request.get("notes") or "", request.get("due_at"),
            request.get("assignee_id"), ORIGIN, request.get("deal_id"))
    try:  # a first attempt cannot have made anything yet: no look before it
        return {"task_id": ops.create_task(*args, marker=marker, look_first=attempt > 1)}
    except MaybeSent as exc:
        try:
            found = ops.find_task(request["contact_id"], marker, request.get("deal_id"))
        except Exception as verify:  # noqa: BLE001 - we cannot tell: a person decides
            raise UncertainError(f"{exc}; looking for the task failed too ({verify})") from None
        if found is not None:
            return {"task_id": found, "verified": True}
        raise TransientError(f"{exc}; it was not created (looked for its key): it will be created again") from None


def _move_deal_stage(ops: Any, request: dict[str, Any], marker: str, attempt: int) -> dict[str, Any]:
    pipeline, stage = request.get("pipeline") or "", request["stage"]
    deal, seen = pick_open_deal(ops.contact_deals(request["contact_id"]), pipeline)
    if deal is None:
        return {"skipped": "the contact has no open deal in this pipeline", "deals_seen": seen}
    moved = ops.move_deal(deal["id"], stage, ORIGIN, pipeline or None)
    return {"deal_id": deal["id"], "from_stage": deal.get("stage"), "to_stage": stage, "changed": bool(moved)}


OPS: dict[str, Callable[[Any, dict[str, Any], str, int], dict[str, Any]]] = {
    "update_fields": _update_fields,
    "add_tag": lambda ops, r, m, a: {"changed": bool(ops.add_tag(r["contact_id"], r["tag"], ORIGIN))},
    "remove_tag": lambda ops, r, m, a: {"changed": bool(ops.remove_tag(r["contact_id"], r["tag"], ORIGIN))},
    "set_owner": lambda ops, r, m, a: {"changed": bool(ops.set_owner(r["contact_id"], r["user_id"], ORIGIN))},
    "create_task": _create_task,
    "move_deal_stage": _move_deal_stage,
}


class CrmChannel:
    """Delivers remote CRM writes for the engine (see the module docstring)."""

    local = False

    def __init__(self, resolver: Any) -> None:
        self.resolver = resolver

    def _held(self, found: Any, name: str) -> HeldError:
        wait = None if found.until is None else max(0.0, found.until - self.resolver.clock())
        return HeldError(f"the connection «{name}» is paused ({found.reason}): {found.message}", retry_after=wait,
                         key=name)

    def deliver(self, request: dict[str, Any], key: str) -> dict[str, Any]:
        name, op = request.get("crm", ""), request.get("op", "")
        if op not in OPS:
            raise StepError(N_('unknown CRM operation {op!r}').format(op=op))
        if self.resolver.is_paused(name):
            raise self._held(self.resolver.pauses[name], name)
        try:
            connector = self.resolver(name)
        except Exception as exc:  # noqa: BLE001 - removed meanwhile: the step says so
            raise StepError(N_('the CRM «{name}» is not available: {reason}').format(name=name, reason=exc)) from None
        try:
            response = OPS[op](connector.ops, request, stable_key(key), attempt_of(key))
        except ConnectionPaused as exc:
            raise self._held(self.resolver.failed(name, exc), name) from None
        except MaybeSent as exc:
            raise TransientError(str(exc)) from None
        except NotFound as exc:
            raise StepError(str(exc)) from None
        except CrmError as exc:
            if exc.transient:
                raise TransientError(str(exc), exc.retry_after) from None
            raise StepError(str(exc)) from None
        connector.reads.forget(str(request.get("contact_id")))
        self.resolver.worked(name)
        return response

    def confirm_not_sent(self, key: str) -> bool:
        """Repeating any CRM op is harmless (values set again, creates looked for first)."""
        return True
