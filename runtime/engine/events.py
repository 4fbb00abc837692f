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


EventSink = Callable[[RuntimeEvent], None]
