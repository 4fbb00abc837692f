"""What an executor returns (`Outcome`) and the errors it may raise."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from runtime.kernel.states import StepStatus


class StepError(Exception):
    """A step failed for good (bad config, missing user, 4xx...): the message says why."""


class TransientError(Exception):
    """A failure that may pass (network, 429, 5xx): retried with backoff.

    `retry_after` (seconds) is honoured when the other side said when to come back.
    """

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HeldError(TransientError):
    """The step cannot run now (its CRM connection is paused, or what it reads is not fetched
    yet): it waits, without spending an attempt, until `retry_after` seconds from now (None: a
    default), its work item marked as held by `key` (the connection), which wakes it early.
    Exceptions with a true `held` attribute (runtime.crm.base.ConnectionPaused) count too."""

    held = True

    def __init__(self, message: str, retry_after: float | None = None, key: str = "") -> None:
        super().__init__(message, retry_after)
        self.key = key


class UncertainError(Exception):
    """The request may or may not have reached the other side (e.g. a read timeout)."""


@dataclass
class Outcome:
    """The result of one step.

    status: the step's status. port: the output port to follow (None = the branch
    ends). wait_until: the step waits; the same node runs again at that time with
    `state`. detail: what the step saw and did (JSON-able).
    """

    status: StepStatus = StepStatus.DONE
    port: str | None = "out"
    detail: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    wait_until: float | None = None
    state: dict[str, Any] | None = None

    @classmethod
    def done(cls, port: str | None = "out", **detail: Any) -> Outcome:
        return cls(StepStatus.DONE, port, detail)

    @classmethod
    def wait(cls, at: float, state: dict[str, Any], **detail: Any) -> Outcome:
        """Wait until `at` (epoch seconds); the node runs again then, with `state`."""
        return cls(StepStatus.WAITING, None, detail, wait_until=at, state=state)


@dataclass
class ExternalCall:
    """A side effect that leaves the machine: recorded in the ledger, then delivered.

    channel: the `Channels` attribute that delivers it ("webhook", "email").
    request: what to send (JSON-able; stored in side_effects.detail, secrets unresolved).
    """

    channel: str
    request: dict[str, Any]
    detail: dict[str, Any] = field(default_factory=dict)
