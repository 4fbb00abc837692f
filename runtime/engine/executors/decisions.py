"""Decision executors: if/else, switch, random split, wait-until-condition.

Each records what it saw and the branch it took (the "why").
- split draws from a hash of (enrollment, node): a retry takes the same branch.
- wait_until re-checks every `Engine.settings.wait_until_recheck` seconds, at once
  when `Engine.wake_contact` says the contact changed, and at its deadline. Its state
  starts with {"wake": 1, ...}, which is how `wake_contact` finds it.
"""

from __future__ import annotations

import hashlib
from typing import Any

from runtime.engine.executors.waits import seconds_of
from runtime.kernel.conditions import MISSING, _equals
from runtime.kernel.context import StepContext
from runtime.kernel.detail import DecisionDetail
from runtime.kernel.outcome import Outcome, StepError
from runtime.store.types import to_iso


def if_else(ctx: StepContext) -> Outcome:
    holds, why = ctx.check(ctx.config.get("condition"))
    return Outcome.done("yes" if holds else "no", **DecisionDetail(branch="yes" if holds else "no", why=why))


def switch(ctx: StepContext) -> Outcome:
    field = str(ctx.config.get("field") or "")
    value = ctx.lookup(field)
    actual = None if value is MISSING else value
    for case in ctx.config.get("cases") or []:
        if not (isinstance(case, dict) and case.get("port")):
            continue
        expected = case.get("value")
        if _equals(actual, ctx.render(expected) if isinstance(expected, str) else expected):
            return Outcome.done(case["port"], **DecisionDetail(
                field=field, value=actual, case=case.get("label") or case.get("value"), branch=case["port"]))
    return Outcome.done("other", **DecisionDetail(field=field, value=actual, case=None, branch="other"))


def draw(enrollment_id: int, node_id: str) -> float:
    """A deterministic number in [0, 100) for this enrollment and node."""
    digest = hashlib.sha256(f"{enrollment_id}:{node_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 * 100


def split(ctx: StepContext) -> Outcome:
    branches = [b for b in ctx.config.get("branches") or [] if isinstance(b, dict) and b.get("port")]
    if not branches:
        raise StepError("split: no branches")
    roll = draw(ctx.enrollment_id, ctx.node.id)
    total = 0.0
    for b in branches:
        total += float(b.get("percent") or 0)
        if roll < total:
            return Outcome.done(b["port"], **DecisionDetail(draw=round(roll, 4), branch=b["port"], name=b.get("name")))
    last = branches[-1]
    return Outcome.done(last["port"], **DecisionDetail(draw=round(roll, 4), branch=last["port"], name=last.get("name")))


def wait_until(ctx: StepContext) -> Outcome:
    holds, why = ctx.check(ctx.config.get("condition"))
    state: dict[str, Any] = ctx.state or {}
    deadline = float(state.get("deadline") or ctx.now + seconds_of(
        ctx.config.get("timeout_amount", 3), ctx.config.get("timeout_unit", "days")))
    if holds:
        return Outcome.done("met", **DecisionDetail(branch="met", why=why, deadline=to_iso(deadline)))
    if ctx.now >= deadline:
        return Outcome.done("timed_out", **DecisionDetail(branch="timed_out", why=why, deadline=to_iso(deadline)))
    recheck = float(getattr(ctx.engine.settings, "wait_until_recheck", 60.0))
    new_state = {"wake": 1, "deadline": deadline, "since": state.get("since", ctx.now)}
    return Outcome.wait(min(ctx.now + recheck, deadline), new_state,
                        **DecisionDetail(why=why, deadline=to_iso(deadline)))
