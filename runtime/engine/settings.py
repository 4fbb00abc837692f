"""`EngineSettings`: the engine's tunables (batch size, chains, retries, re-check period, lease)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class EngineSettings:
    """Defaults suit a desktop; tests shorten the delays.

    batch_size: work items claimed per group-committed transaction.
    chain_limit: steps one work item may run in a batch, one handing over to the next
        (runtime.engine.loop's chains); 1: each step in a batch of its own.
    max_attempts: tries of a step failing transiently before it fails for good.
    backoff_base / backoff_cap: the retry delay is base * 2**(attempt-1), capped,
        and never shorter than the other side's Retry-After.
    wait_until_recheck: how often a decision.wait_until re-checks its condition.
    external_lease: how long an external call's work item stays held when its holder is
        not a registered runtime (an engine used alone); a registered runtime holds it
        while it beats (runtime/engine/registry.py), however long the call takes.
    heartbeat_interval / heartbeat_missed: a registered runtime beats every interval
        seconds; one whose beat has not moved for `missed` intervals (on the observer's
        clock) is dead and its claims are handed on; on the same machine, a runtime whose
        process is gone is dead at once.
    max_steps_default: the step cap when a flow does not set one.
    hold_default: how long a step held by a paused CRM connection waits when the pause
        gives no time to look again (the connection's resume wakes it earlier).
    """

    batch_size: int = 500
    chain_limit: int = 16
    max_attempts: int = 5
    backoff_base: float = 30.0
    backoff_cap: float = 3600.0
    wait_until_recheck: float = 60.0
    external_lease: float = 300.0
    heartbeat_interval: float = 2.0
    heartbeat_missed: int = 5
    max_steps_default: int = 1000
    max_parallel_calls: int = 8
    hold_default: float = 300.0


def backoff(settings: EngineSettings, attempt: int, retry_after: float | None = None) -> float:
    """Seconds to wait before attempt `attempt + 1` (exponential, Retry-After honoured)."""
    delay = min(settings.backoff_base * 2 ** max(attempt - 1, 0), settings.backoff_cap)
    if retry_after is not None:
        delay = max(delay, min(float(retry_after), 24 * 3600.0))
    return delay
