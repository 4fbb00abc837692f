"""The contract of `steps.detail`: what each kind of node writes there, and what the history reads.

The executors (runtime/engine/executors), the step loop, enrollment and the operator
actions write a step's detail as JSON; `runtime.history.reasons` turns it into a
sentence. These TypedDicts are the one place both sides agree on: every key a writer
may put, per node kind. All keys are optional (a detail holds those its node type
wrote); `tests/runtime/engine/test_detail.py` checks that the details real runs write
use no other keys.
"""

from __future__ import annotations

from typing import Any, TypedDict


class ConditionWhy(TypedDict, total=False):
    """Why a condition held or not (`runtime.kernel.conditions.evaluate`); nested groups repeat it."""

    match: str  # "all" | "any"
    result: bool
    rules: list[Any]  # leaves {field, op, expected, actual, result[, note]} or nested ConditionWhy


class TriggerDetail(TypedDict, total=False):
    """The first step of a journey (written at enrollment)."""

    origin: str  # "event:<id>", "timer:<id>", "manual", "cli", "flow:<key>"...


class WaitDetail(TypedDict, total=False):
    """wait.duration / wait.until_time / wait.until_date_field (skipped when the date field is empty)."""

    until: str  # ISO-8601 UTC: when the wait ends (ended)
    amount: Any  # wait.duration
    unit: str
    weekdays: list[Any]  # wait.until_time
    timezone: str
    at_time: str  # wait.until_time, wait.until_date_field
    field: str  # wait.until_date_field: the date field read
    value: Any  # ... and what it held
    offset_days: int
    reason: str  # skipped: why it went on at once


class DecisionDetail(TypedDict, total=False):
    """decision.if / .switch / .split / .wait_until: the branch taken and what was seen."""

    branch: str  # the output port followed
    why: ConditionWhy  # if, wait_until
    deadline: str  # wait_until: ISO-8601 UTC
    field: str  # switch: the field read
    value: Any  # switch: its value
    case: Any  # switch: the matching case's label (None: no case matched)
    draw: float  # split: the random draw
    name: str | None  # split: the branch's name


class ActionDetail(TypedDict, total=False):
    """action.*: what the action changed or sent."""

    changed: bool  # False: nothing to change (the contact was already like that)
    reason: str  # skipped: why nothing was done
    # update_fields
    set: dict[str, Any]
    changes: dict[str, Any]
    # add_tag / remove_tag
    tag: str
    # create_task
    task_id: Any
    title: str
    assignee: Any
    due_at: Any
    # assign_owner (target: contact, deal or both; rules: the criterion that chose the user)
    target: str
    field: str
    value: Any
    rule: Any
    default: bool
    deal_changed: bool
    deal_note: str
    strategy: str
    user: str
    user_id: Any
    turn: int
    # move_deal_stage
    pipeline: str
    deals_seen: int
    deal_id: Any
    from_stage: Any
    to_stage: str
    # enroll_in_flow
    flow: str
    flow_id: str
    enrollment_id: int | None
    refused: str
    # send_email / notify_user / generate_report (outbox or SMTP) and webhook
    channel: str
    account: str
    to: str
    subject: str
    attachments: list[dict[str, Any]]
    template: str
    missing_fields: list[str]
    report: dict[str, Any]
    outbox: str  # "already delivered"
    outbox_id: int
    message_id: str
    method: str
    url: str
    headers: dict[str, str]
    key: str  # the side effect's idempotency key (ledger)
    response: Any  # what the other side answered


class RetryDetail(TypedDict, total=False):
    """A failed attempt that will be retried (written by the step loop)."""

    attempt: int
    retry_at: str  # ISO-8601 UTC
    retry_after: float | None


class ExitDetail(TypedDict, total=False):
    """A step skipped because the contact met the flow's goal."""

    exit: str  # "goal"
    why: ConditionWhy


# An `operator.<action>` row (runtime/engine/operator.record). Functional form: "from" is a keyword.
OperatorDetail = TypedDict("OperatorDetail", {
    "action": str,
    "by": str,
    "at": str,  # ISO-8601 UTC
    "step": int,  # retry / send_again / mark_done: the step acted on
    "attempt": int,
    "key": str,
    "ledger": str | None,
    "nodes": list[str],  # skip_wait
    "from": str | None,  # move: the node it was at
    "to": str,  # move: the node id
    "to_title": str,
    "new_enrollment": int,  # reenroll
}, total=False)


class CancelDetail(TypedDict, total=False):
    """The step an enrollment was at when an operator cancelled it (any node kind)."""

    by: str


class StepDetail(TriggerDetail, WaitDetail, DecisionDetail, ActionDetail, RetryDetail, ExitDetail,
                 OperatorDetail, CancelDetail, total=False):
    """Any step's detail, as a reader sees it: the keys of every kind (see each class)."""


def _keys(*classes: Any) -> frozenset[str]:
    return frozenset(k for cls in classes for k in cls.__optional_keys__ | cls.__required_keys__)


# Node kind (the type id's prefix; "operator" for operator rows) -> the keys its steps may hold.
KEYS_BY_KIND: dict[str, frozenset[str]] = {
    "trigger": _keys(TriggerDetail, RetryDetail, ExitDetail, CancelDetail),
    "wait": _keys(WaitDetail, RetryDetail, ExitDetail, CancelDetail),
    "decision": _keys(DecisionDetail, RetryDetail, ExitDetail, CancelDetail),
    "action": _keys(ActionDetail, RetryDetail, ExitDetail, CancelDetail),
    "operator": _keys(OperatorDetail),
}
