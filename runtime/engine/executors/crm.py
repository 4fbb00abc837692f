"""Executors that write to the CRM: fields, tags, tasks, owner, deal stage.

Local CRM writes join the step's transaction (exactly once by construction); the
change events they record carry the step's key in their origin ("flow:<key>").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from runtime.engine.context import StepContext
from runtime.engine.outcome import Outcome, StepError
from runtime.engine.states import StepStatus
from runtime.i18n import N_
from runtime.store.schema_runtime import app_settings

CLOSED_STAGE_WORDS = ("won", "lost", "closed", "ganad", "perdid", "cerrad", "gagn", "perdu")


def _user_id(ctx: StepContext, user: Any, what: str) -> str:
    if str(user or "").strip() in ("", "owner"):
        owner = ctx.contact().get("owner_id")
        if owner in (None, ""):
            raise StepError(f"{what}: " + N_("the contact has no owner"))
        return str(owner)
    found = ctx.ops.get_user(str(user).strip())
    if found is None:
        raise StepError(f"{what}: " + N_("there is no user {user} in the CRM «{crm}»").format(user=repr(user), crm=ctx.crm))
    return str(found["id"])


def update_fields(ctx: StepContext) -> Outcome:
    values = ctx.config.get("values") or {}
    if not isinstance(values, dict) or not values:
        raise StepError("update_fields: no values to set")
    contact_values: dict[str, Any] = {}
    deal_values: dict[str, Any] = {}
    for key, raw in values.items():
        value = ctx.render(raw) if isinstance(raw, str) else raw
        path = str(key).strip()
        if path.startswith("deal."):
            deal_values[path[5:]] = value
        else:
            contact_values[path.removeprefix("contact.")] = value
    changes: dict[str, Any] = {}
    if contact_values:
        changes.update(ctx.ops.update_contact(ctx.contact_id, contact_values, ctx.origin))
    if deal_values:
        deal = ctx.deal()
        updater = getattr(ctx.ops, "update_deal", None)
        if deal is None:
            raise StepError("update_fields: the contact has no deal to update")
        if updater is None:
            raise StepError("update_fields: " + N_("the CRM «{crm}» cannot change deal fields yet").format(crm=ctx.crm))
        changes.update({f"deal.{k}": v for k, v in updater(deal["id"], deal_values, ctx.origin).items()})
    ctx.forget()
    return Outcome.done(set={**contact_values, **{f"deal.{k}": v for k, v in deal_values.items()}}, changes=changes)


def _tag(ctx: StepContext) -> str:
    tag = ctx.render(ctx.config.get("tag")).strip()
    if not tag:
        raise StepError(f"{ctx.node.type}: " + N_("no tag given"))
    return tag


def add_tag(ctx: StepContext) -> Outcome:
    tag = _tag(ctx)
    return Outcome.done(tag=tag, changed=bool(ctx.ops.add_tag(ctx.contact_id, tag, ctx.origin)))


def remove_tag(ctx: StepContext) -> Outcome:
    tag = _tag(ctx)
    return Outcome.done(tag=tag, changed=bool(ctx.ops.remove_tag(ctx.contact_id, tag, ctx.origin)))


def create_task(ctx: StepContext) -> Outcome:
    title = ctx.render(ctx.config.get("title")).strip()
    if not title:
        raise StepError("create_task: the task has no title")
    notes = ctx.render(ctx.config.get("notes") or "")
    days = int(ctx.config.get("due_in_days") or 0)
    assignee = _user_id(ctx, ctx.config.get("assignee", "owner"), "create_task")
    due_at = ctx.now + days * 86400
    task_id = ctx.ops.create_task(ctx.contact_id, title, notes, due_at, assignee, ctx.origin)
    return Outcome.done(task_id=task_id, title=title, assignee=assignee, due_at=due_at)


def _round_robin(ctx: StepContext, users: list[Any]) -> tuple[Any, int]:
    """The next user in turn; the turn is kept durably in app_settings (per flow and node)."""
    key = f"round_robin:{ctx.flow_id}:{ctx.node.id}"
    turn = ctx.conn.scalar(select(app_settings.c.value).where(app_settings.c.key == key))
    index = int(turn or 0)
    if turn is None:
        ctx.conn.execute(insert(app_settings).values(key=key, value=index + 1))
    else:
        ctx.conn.execute(update(app_settings).where(app_settings.c.key == key).values(value=index + 1))
    return users[index % len(users)], index


def assign_owner(ctx: StepContext) -> Outcome:
    strategy = ctx.config.get("strategy") or "fixed"
    turn = None
    if strategy == "round_robin":
        users = [u for u in ctx.config.get("users") or [] if str(u).strip()]
        if not users:
            raise StepError("assign_owner: no users to share contacts among")
        chosen, turn = _round_robin(ctx, users)
    else:
        chosen = ctx.config.get("user")
        if not str(chosen or "").strip():
            raise StepError("assign_owner: no user chosen")
    user_id = _user_id(ctx, chosen, "assign_owner")
    changed = ctx.ops.set_owner(ctx.contact_id, user_id, ctx.origin)
    ctx.forget()
    detail: dict[str, Any] = {"strategy": strategy, "user": str(chosen), "user_id": user_id, "changed": bool(changed)}
    if turn is not None:
        detail["turn"] = turn
    return Outcome.done(**detail)


def is_open(deal: dict[str, Any]) -> bool:
    """Open unless its stage name says won/lost/closed (ganado, perdido, cerrado...)."""
    stage = str(deal.get("stage") or "").casefold()
    return not any(word in stage for word in CLOSED_STAGE_WORDS)


def move_deal_stage(ctx: StepContext) -> Outcome:
    pipeline = str(ctx.config.get("pipeline") or "").strip()
    stage = str(ctx.config.get("stage") or "").strip()
    deals = [d for d in ctx.ops.contact_deals(ctx.contact_id)
             if str(d.get("pipeline") or "").casefold() == pipeline.casefold()]
    open_deals = [d for d in deals if is_open(d)]
    if not open_deals:
        return Outcome(StepStatus.SKIPPED, "out",
                       {"pipeline": pipeline, "reason": N_("the contact has no open deal in this pipeline"),
                        "deals_seen": len(deals)})
    deal = max(open_deals, key=lambda d: (d.get("updated_at") or 0, int(d["id"])))
    moved = ctx.ops.move_deal(deal["id"], stage, ctx.origin, pipeline or None)
    return Outcome.done(deal_id=deal["id"], from_stage=deal.get("stage"), to_stage=stage, changed=bool(moved))
