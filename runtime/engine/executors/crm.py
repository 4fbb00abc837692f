"""Executors that write to the CRM: fields, tags, tasks, owner, deal stage.

Local CRM writes join the step's transaction (exactly once by construction); the
change events they record carry the step's key in their origin ("flow:<key>").
On a remote connection (ops is a runtime.crm.remote.ReadView) nothing is sent from inside
the transaction: the executor returns an `ExternalCall` on the "crm" channel, recorded in the
ledger and delivered after the commit (runtime.crm.channel).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select, update

from runtime.crm.deal_choice import pick_open_deal
from runtime.fold import fold
from runtime.i18n import N_
from runtime.kernel.conditions import MISSING
from runtime.kernel.context import StepContext
from runtime.kernel.detail import ActionDetail
from runtime.kernel.outcome import ExternalCall, Outcome, StepError
from runtime.kernel.states import StepStatus
from runtime.store.schema_runtime import app_settings


def _remote(ctx: StepContext, op: str, detail: Mapping[str, Any], **request: Any) -> ExternalCall | None:
    """The write as a ledger call when the flow's CRM is remote, else None (write here)."""
    if not getattr(ctx.ops, "remote", False):
        return None
    ctx.ops.ready()  # a paused connection holds the step before anything is recorded
    return ExternalCall("crm", {"crm": ctx.crm, "op": op, "contact_id": str(ctx.contact_id), **request}, dict(detail))


def _user_id(ctx: StepContext, user: Any, what: str) -> str:
    if str(user or "").strip() in ("", "owner"):
        owner = ctx.contact().get("owner_id")
        if owner in (None, ""):
            raise StepError(f"{what}: " + N_("the contact has no owner"))
        return str(owner)
    found = ctx.ops.get_user(str(user).strip())
    if found is None:
        raise StepError(f"{what}: " + N_("there is no user {user} in the CRM «{crm}»").format(
            user=repr(user), crm=ctx.crm))
    return str(found["id"])


def update_fields(ctx: StepContext) -> Outcome | ExternalCall:
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
    wanted = {**contact_values, **{f"deal.{k}": v for k, v in deal_values.items()}}
    call = _remote(ctx, "update_fields", {"set": wanted}, values=contact_values, deal_values=deal_values)
    if call is not None:
        return call
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
    return Outcome.done(set=wanted, changes=changes)


def _tag(ctx: StepContext) -> str:
    tag = ctx.render(ctx.config.get("tag")).strip()
    if not tag:
        raise StepError(f"{ctx.node.type}: " + N_("no tag given"))
    return tag


def add_tag(ctx: StepContext) -> Outcome | ExternalCall:
    tag = _tag(ctx)
    return _remote(ctx, "add_tag", {"tag": tag}, tag=tag) or Outcome.done(
        tag=tag, changed=bool(ctx.ops.add_tag(ctx.contact_id, tag, ctx.origin)))


def remove_tag(ctx: StepContext) -> Outcome | ExternalCall:
    tag = _tag(ctx)
    return _remote(ctx, "remove_tag", {"tag": tag}, tag=tag) or Outcome.done(
        tag=tag, changed=bool(ctx.ops.remove_tag(ctx.contact_id, tag, ctx.origin)))


def create_task(ctx: StepContext) -> Outcome | ExternalCall:
    title = ctx.render(ctx.config.get("title")).strip()
    if not title:
        raise StepError("create_task: the task has no title")
    notes = ctx.render(ctx.config.get("notes") or "")
    days = int(ctx.config.get("due_in_days") or 0)
    wanted = ctx.config.get("assignee", "owner")
    no_owner = str(wanted or "").strip() in ("", "owner") and ctx.contact().get("owner_id") in (None, "")
    if no_owner:  # never fail the contact for it: the fallback user, or nobody
        fallback = str(ctx.config.get("fallback") or "").strip()
        assignee = _user_id(ctx, fallback, "create_task") if fallback else None
    else:
        assignee = _user_id(ctx, wanted, "create_task")
    due_at = ctx.now + days * 86400
    call = _remote(ctx, "create_task", {"title": title, "assignee": assignee, "due_at": due_at},
                   title=title, notes=notes, due_at=due_at, assignee_id=assignee)
    if call is not None:
        return call
    task_id = ctx.ops.create_task(ctx.contact_id, title, notes, due_at, assignee, ctx.origin)
    out = Outcome.done(task_id=task_id, title=title, assignee=assignee, due_at=due_at)
    if no_owner:
        out.detail["no_owner"] = True
        if assignee is not None:
            out.detail["fallback"] = fallback
    return out


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


def _by_rules(ctx: StepContext) -> tuple[Any, ActionDetail]:
    """The user the rule table gives for the criterion field's value (or the default)."""
    path = str(ctx.config.get("rule_field") or "").strip()
    if not path:
        raise StepError("assign_owner: no criterion field chosen")
    seen = ctx.lookup(path)
    values = [] if seen is MISSING or seen in (None, "") else (seen if isinstance(seen, list) else [seen])
    wanted = {fold(str(v).strip()) for v in values}
    shown = None if seen is MISSING else seen
    for row in ctx.config.get("rules") or []:
        keys = {fold(k.strip()) for k in str(row.get("value") or "").split(",") if k.strip()}
        if keys & wanted:
            return row.get("user"), ActionDetail(field=path, value=shown, rule=row.get("value"))
    default = str(ctx.config.get("default_user") or "").strip()
    if not default:
        raise StepError("assign_owner: " + N_("no rule for {path} = {value!r} and no default user").format(
            path=path, value=shown))
    return default, ActionDetail(field=path, value=shown, rule=None, default=True)


def _assign_deal(ctx: StepContext, deal: dict[str, Any] | None, user_id: str) -> ActionDetail:
    """Give the contact's deal (its latest) to `user_id`; what happened, for the step detail."""
    if deal is None:
        return ActionDetail(deal_id=None, deal_note="the contact has no deal")
    setter = getattr(ctx.ops, "set_deal_owner", None)
    if setter is None:
        raise StepError("assign_owner: " + N_("the CRM «{crm}» cannot change a deal's owner yet").format(crm=ctx.crm))
    return ActionDetail(deal_id=deal["id"], deal_changed=bool(setter(deal["id"], user_id, ctx.origin)))


def assign_owner(ctx: StepContext) -> Outcome | ExternalCall:
    strategy = ctx.config.get("strategy") or "fixed"
    target = ctx.config.get("target") or "contact"
    detail = ActionDetail(strategy=strategy, target=target)
    if strategy == "round_robin":
        users = [u for u in ctx.config.get("users") or [] if str(u).strip()]
        if not users:
            raise StepError("assign_owner: no users to share contacts among")
        chosen, detail["turn"] = _round_robin(ctx, users)
    elif strategy == "rules":
        chosen, why = _by_rules(ctx)
        detail.update(why)
    else:
        chosen = ctx.config.get("user")
        if not str(chosen or "").strip():
            raise StepError("assign_owner: no user chosen")
    user_id = _user_id(ctx, chosen, "assign_owner")
    detail["user"] = str(chosen)
    detail["user_id"] = user_id
    if getattr(ctx.ops, "remote", False) and target != "contact":
        raise StepError("assign_owner: " + N_("the CRM «{crm}» cannot change a deal's owner yet").format(crm=ctx.crm))
    call = _remote(ctx, "set_owner", detail, user_id=user_id)
    if call is not None:
        return call
    deal = ctx.deal() if target in ("deal", "both") else None
    if target == "deal" and deal is None:
        return Outcome(StepStatus.SKIPPED, "out", {**detail, "reason": "the contact has no deal to assign"})
    if target in ("contact", "both"):
        detail["changed"] = bool(ctx.ops.set_owner(ctx.contact_id, user_id, ctx.origin))
    if target in ("deal", "both"):
        detail.update(_assign_deal(ctx, deal, user_id))
    ctx.forget()
    return Outcome.done(**detail)


def move_deal_stage(ctx: StepContext) -> Outcome | ExternalCall:
    pipeline = str(ctx.config.get("pipeline") or "").strip()
    stage = str(ctx.config.get("stage") or "").strip()
    call = _remote(ctx, "move_deal_stage", {"pipeline": pipeline, "to_stage": stage}, pipeline=pipeline, stage=stage)
    if call is not None:
        return call
    deal, seen = pick_open_deal(ctx.ops.contact_deals(ctx.contact_id), pipeline)
    if deal is None:
        return Outcome(StepStatus.SKIPPED, "out",
                       {"pipeline": pipeline, "reason": N_("the contact has no open deal in this pipeline"),
                        "deals_seen": seen})
    moved = ctx.ops.move_deal(deal["id"], stage, ctx.origin, pipeline or None)
    return Outcome.done(deal_id=deal["id"], from_stage=deal.get("stage"), to_stage=stage, changed=bool(moved))
