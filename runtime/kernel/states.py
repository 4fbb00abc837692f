"""Enrollment and step statuses (StrEnums) with their TERMINAL sets."""

from __future__ import annotations

from enum import StrEnum


class EnrollmentStatus(StrEnum):
    """Where one contact's journey stands."""

    ACTIVE = "active"  # has due work now (or is running)
    WAITING = "waiting"  # its latest branch waits (timer, condition, retry, or a person)
    COMPLETED = "completed"  # every branch reached its end
    EXITED = "exited"  # the flow's goal was met (or it was unenrolled)
    FAILED = "failed"  # a step failed for good; `retry` can resume it
    CANCELLED = "cancelled"  # an operator stopped it


class StepStatus(StrEnum):
    """What one step did."""

    DONE = "done"
    SKIPPED = "skipped"  # passed without effect (goal exit, nothing to do)
    WAITING = "waiting"  # a wait in progress, or a transient failure waiting for its retry
    FAILED = "failed"
    UNCERTAIN = "uncertain"  # an external call whose outcome is unknown: a person decides
    CANCELLED = "cancelled"


ENROLLMENT_TERMINAL = frozenset(
    {EnrollmentStatus.COMPLETED, EnrollmentStatus.EXITED, EnrollmentStatus.FAILED, EnrollmentStatus.CANCELLED}
)
ENROLLMENT_LIVE = frozenset({EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITING})
STEP_TERMINAL = frozenset(
    {StepStatus.DONE, StepStatus.SKIPPED, StepStatus.FAILED, StepStatus.UNCERTAIN, StepStatus.CANCELLED}
)

# Aliases in the Prefect style: EnrollmentStatus.TERMINAL reads well at call sites.
EnrollmentStatus.TERMINAL = ENROLLMENT_TERMINAL  # type: ignore[attr-defined]
EnrollmentStatus.LIVE = ENROLLMENT_LIVE  # type: ignore[attr-defined]
StepStatus.TERMINAL = STEP_TERMINAL  # type: ignore[attr-defined]
