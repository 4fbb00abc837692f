"""Node type id -> executor: one function per node type, grouped by family in modules.

An executor takes a `StepContext` and returns an `Outcome`, or an `ExternalCall` for
a side effect that leaves the machine (those type ids are listed in EXTERNAL).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from runtime.engine.executors import crm, decisions, flow, messages, waits

EXECUTORS: dict[str, Callable[[Any], Any]] = {
    "action.update_fields": crm.update_fields,
    "action.add_tag": crm.add_tag,
    "action.remove_tag": crm.remove_tag,
    "action.create_task": crm.create_task,
    "action.assign_owner": crm.assign_owner,
    "action.move_deal_stage": crm.move_deal_stage,
    "action.send_email": messages.send_email,
    "action.notify_user": messages.notify_user,
    "action.generate_report": messages.generate_report,
    "action.webhook": messages.webhook,
    "action.enroll_in_flow": flow.enroll_in_flow,
    "wait.duration": waits.duration,
    "wait.until_date_field": waits.until_date_field,
    "wait.until_time": waits.until_time,
    "decision.if": decisions.if_else,
    "decision.switch": decisions.switch,
    "decision.split": decisions.split,
    "decision.wait_until": decisions.wait_until,
}
# Types whose executor MAY return an ExternalCall (the email ones only with an SMTP account).
EXTERNAL = frozenset({"action.webhook", "action.send_email", "action.notify_user", "action.generate_report"})


def executor_for(type_id: str) -> Callable[[Any], Any]:
    """The executor of `type_id`; triggers pass through."""
    if type_id.startswith("trigger."):
        return flow.passthrough
    return EXECUTORS[type_id]
