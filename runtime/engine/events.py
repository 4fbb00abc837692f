"""`RuntimeEvent`: what the engine tells subscribers (a GUI, the service) after each commit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RuntimeEvent:
    """One change, emitted only after the transaction that made it committed.

    kind: "enrollment_changed" (status or position changed) or "step_finished".
    """

    kind: str
    enrollment_id: int
    flow_id: str
    status: str  # the enrollment's status (enrollment_changed) or the step's (step_finished)
    node_id: str | None = None


@dataclass(frozen=True)
class UserNotified(RuntimeEvent):
    """`action.notify_user` ran: the designer shows a desktop notification (kind "user_notified").

    Emitted after the step's transaction committed; `status` is the step's status.
    """

    user_email: str = ""
    title: str = ""
    message: str = ""


EventSink = Callable[[RuntimeEvent], None]
