"""Operator actions on enrollments (retry, resolve, skip a wait, move, cancel, re-enroll).

Each takes a Database (or a Connection in a transaction), a list of enrollment ids and the actor,
records an "operator" step per enrollment it changed, and returns one ActionResult per id.
"""

from __future__ import annotations

from typing import Any, Literal

from runtime.history.model import ActionResult

DbOrConn = Any


def _todo(ids: list[int]) -> list[ActionResult]:
    return [ActionResult(i, False, "not available yet") for i in ids]


def retry(db: DbOrConn, enrollment_ids: list[int], actor: str = "operator") -> list[ActionResult]:
    """Run a failed step again."""
    return _todo(enrollment_ids)


def resolve(db: DbOrConn, enrollment_ids: list[int], how: Literal["send_again", "mark_done"],
            actor: str = "operator") -> list[ActionResult]:
    """Decide an uncertain step: send it again (same idempotency key) or mark it done and go on."""
    return _todo(enrollment_ids)


def skip_wait(db: DbOrConn, enrollment_ids: list[int], actor: str = "operator") -> list[ActionResult]:
    """A waiting contact continues now."""
    return _todo(enrollment_ids)


def move(db: DbOrConn, enrollment_ids: list[int], node_id: str, actor: str = "operator") -> list[ActionResult]:
    """Put the contact at another node of its version; that node runs next."""
    return _todo(enrollment_ids)


def cancel(db: DbOrConn, enrollment_ids: list[int], actor: str = "operator") -> list[ActionResult]:
    """Stop the enrollment; the contact leaves the flow."""
    return _todo(enrollment_ids)


def reenroll(db: DbOrConn, enrollment_ids: list[int], actor: str = "operator") -> list[ActionResult]:
    """A new enrollment of the same contact at the same trigger, whatever the re-enrollment policy."""
    return _todo(enrollment_ids)
