"""The execution engine: enrollment, steps, decisions, waits, retries.

Public API (see docs/architecture.md, "Engine"):
`Engine`, `SystemClock`, `ManualClock`, `RuntimeEvent`, `EngineSettings`, `Channels`,
`EnrollmentStatus`, `StepStatus`.
"""

from runtime.channels import Channels
from runtime.engine.clock import Clock, ManualClock, SystemClock
from runtime.engine.engine import Engine
from runtime.engine.events import RuntimeEvent
from runtime.engine.settings import EngineSettings
from runtime.kernel.states import EnrollmentStatus, StepStatus

__all__ = ["Channels", "Clock", "Engine", "EngineSettings", "EnrollmentStatus", "ManualClock", "RuntimeEvent",
           "StepStatus", "SystemClock"]
