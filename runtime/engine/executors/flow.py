"""Executors that act on flows: enroll_in_flow (and trigger nodes passing through)."""

from __future__ import annotations

from sqlalchemy import or_, select

from runtime.i18n import N_
from runtime.kernel.context import StepContext
from runtime.kernel.outcome import Outcome, StepError
from runtime.store.schema_flows import flows


def enroll_in_flow(ctx: StepContext) -> Outcome:
    ref = str(ctx.config.get("flow") or "").strip()
    row = ctx.conn.execute(select(flows.c.id, flows.c.name, flows.c.is_active, flows.c.active_version_id)
                           .where(or_(flows.c.id == ref, flows.c.name == ref))).first()
    if row is None:
        raise StepError("enroll_in_flow: " + N_("there is no flow {flow}").format(flow=repr(ref)))
    if not row.is_active or row.active_version_id is None:
        raise StepError("enroll_in_flow: " + N_("the flow «{flow}» is not active").format(flow=row.name))
    new_id = ctx.engine.enroll(ctx.conn, row.active_version_id, ctx.contact_id, origin=ctx.origin)
    out = Outcome.done(flow=row.name, flow_id=row.id, enrollment_id=new_id)
    if new_id is None:
        out.detail["refused"] = "the flow's re-enrollment policy (or the contact) refused it"
    return out


def passthrough(ctx: StepContext) -> Outcome:
    """A trigger reached mid-flow does nothing and lets the contact go on."""
    return Outcome.done()
