"""Pipelines with ordered stages, and deals moving through them (with their own fields and dates).

A deal's standard fields are `title`, `amount`, `owner_id`, `close_date` (an ISO date) and
`contact_id`; any other key is a custom field (`order_date`, `event_start`...), stored in
`custom` and usable in flows as `deal.<key>` (date triggers and waits read ISO dates).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local import fields
from runtime.crm.local.contacts import resolve_contact_id
from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.events import record_event
from runtime.crm.local.users import resolve_user_id
from runtime.i18n import N_
from runtime.store.rows import insert_id
from runtime.store.schema_crm import crm_contacts, crm_deals, crm_pipelines, crm_stages
from runtime.store.types import now


def create_pipeline(conn: Connection, name: str, stages: list[str], origin: str) -> int:
    """A pipeline and its stages in the given order; refuses duplicates and empty names."""
    name = (name or "").strip()
    clean = [s.strip() for s in stages]
    if not name or not clean or any(not s for s in clean):
        raise InvalidInput("a pipeline needs a name and at least one non-empty stage")
    if len({s.casefold() for s in clean}) != len(clean):
        raise InvalidInput(N_('pipeline {name!r} repeats a stage name').format(name=name))
    if conn.scalar(select(crm_pipelines.c.id).where(crm_pipelines.c.name == name)) is not None:
        raise InvalidInput(N_('a pipeline called {name!r} already exists').format(name=name))
    pid = insert_id(conn, insert(crm_pipelines).values(name=name))
    conn.execute(insert(crm_stages), [{"pipeline_id": pid, "name": s, "position": i} for i, s in enumerate(clean)])
    record_event(conn, "pipeline", pid, "created", {"name": [None, name], "stages": [None, clean]}, origin)
    return pid


def list_pipelines(conn: Connection) -> list[dict[str, Any]]:
    """[{"id", "name", "stages": [{"id", "name", "position"}]}] by name, stages in order."""
    out: dict[int, dict[str, Any]] = {}
    for p in conn.execute(select(crm_pipelines).order_by(crm_pipelines.c.name)):
        out[p.id] = {"id": str(p.id), "name": p.name, "stages": []}
    for s in conn.execute(select(crm_stages).order_by(crm_stages.c.pipeline_id, crm_stages.c.position)):
        out[s.pipeline_id]["stages"].append({"id": str(s.id), "name": s.name, "position": s.position})
    return list(out.values())


def _pipeline(conn: Connection, name: str) -> Any:
    rows = conn.execute(select(crm_pipelines)).all()
    for match in (lambda r: r.name == name, lambda r: r.name.casefold() == name.strip().casefold()):
        found = [r for r in rows if match(r)]
        if found:
            return found[0]
    known = (", ".join(sorted(r.name for r in rows))
             or "none yet: add one with `deals add-pipeline NAME --stage A --stage B ...`")
    raise InvalidInput(N_('no pipeline {name!r} (pipelines: {known})').format(name=name, known=known))


def _stage(conn: Connection, pipeline: Any, name: str) -> Any:
    rows = conn.execute(
        select(crm_stages).where(crm_stages.c.pipeline_id == pipeline.id).order_by(crm_stages.c.position)
    ).all()
    for match in (lambda r: r.name == name, lambda r: r.name.casefold() == name.strip().casefold()):
        found = [r for r in rows if match(r)]
        if found:
            return found[0]
    raise InvalidInput(
        N_('no stage {name!r} in pipeline {pipeline!r} (stages: {stages})').format(
            name=name, pipeline=pipeline.name, stages=', '.join(r.name for r in rows))
    )


def parse_amount(value: Any) -> Decimal | None:
    """1200, "1200.50", "1200,50" -> Decimal; None/"" -> None; else InvalidInput."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip().replace(" ", "")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(N_('invalid amount {value!r}').format(value=value)) from None
    if not amount.is_finite():
        raise InvalidInput(N_('invalid amount {value!r}').format(value=value))
    return amount.quantize(Decimal("0.01"))


DEALS = (  # a deal with its pipeline, stage and contact email (runtime.crm.local.batch_reads too)
    select(crm_deals, crm_pipelines.c.name.label("pipeline"), crm_stages.c.name.label("stage"),
           crm_contacts.c.email.label("contact_email"))
    .join(crm_pipelines, crm_pipelines.c.id == crm_deals.c.pipeline_id)
    .join(crm_stages, crm_stages.c.id == crm_deals.c.stage_id)
    .outerjoin(crm_contacts, crm_contacts.c.id == crm_deals.c.contact_id)
)


def deal_dict(row: Any) -> dict[str, Any]:
    return {
        "id": str(row.id),
        "title": row.title,
        "contact_id": None if row.contact_id is None else str(row.contact_id),
        "contact_email": row.contact_email,
        "pipeline": row.pipeline,
        "stage": row.stage,
        "amount": None if row.amount is None else float(row.amount),
        "owner_id": None if row.owner_id is None else str(row.owner_id),
        "close_date": row.close_date,
        "custom": dict(row.custom or {}),
        "created_at": row.created_at,
        "updated_at": row.updated_at,
    }


def create_deal(
    conn: Connection,
    title: str,
    pipeline: str,
    stage: str,
    origin: str,
    *,
    contact_id: int | None = None,
    amount: Any = None,
    owner: Any = None,
    close_date: str | None = None,
    custom: dict[str, Any] | None = None,
) -> int:
    """A deal at `stage` of `pipeline` (both by name); writes a created event."""
    title = (title or "").strip()
    if not title:
        raise InvalidInput("a deal needs a title")
    p = _pipeline(conn, pipeline)
    s = _stage(conn, p, stage)
    value = parse_amount(amount)
    owner_id = resolve_user_id(conn, owner)
    close_date = parse_close_date(close_date)
    extra = {k: v for k, v in clean_custom(custom or {}).items() if v is not None}
    ts = now()
    deal_id = insert_id(conn,
        insert(crm_deals).values(
            title=title, contact_id=contact_id, pipeline_id=p.id, stage_id=s.id, amount=value,
            owner_id=owner_id, close_date=close_date, custom=extra, created_at=ts, updated_at=ts,
        )
    )
    fields.note_custom_keys(conn, "deal", extra)
    initial = {"title": title, "pipeline": p.name, "stage": s.name, "contact_id": contact_id and str(contact_id),
               "amount": None if value is None else float(value), "owner_id": owner_id and str(owner_id),
               "close_date": close_date, **extra}
    record_event(conn, "deal", deal_id, "created", {k: [None, v] for k, v in initial.items() if v is not None}, origin)
    return deal_id


READ_ONLY = ("id", "pipeline", "stage", "pipeline_id", "stage_id", "custom", "contact_email",
             "created_at", "updated_at")


def parse_close_date(value: Any) -> str | None:
    """An ISO date (YYYY-MM-DD) or nothing; anything else is refused, never stored half-read."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    try:
        return (date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text).date()).isoformat()
    except ValueError:
        raise InvalidInput(N_('close_date {value!r} is not a date (YYYY-MM-DD)').format(value=value)) from None


def clean_custom(values: dict[str, Any]) -> dict[str, Any]:
    """Custom deal fields: keys checked, text trimmed (None removes a key on update)."""
    out: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = str(raw_key).strip().removeprefix("deal.")
        if not key or key in READ_ONLY:
            raise InvalidInput((N_("deal field {key!r} cannot be set here (move the deal to change its stage)")
                                if key in ("stage", "pipeline") else N_("deal field {key!r} cannot be set here"))
                               .format(key=key))
        out[key] = value.strip() if isinstance(value, str) else value
    return out


def update_deal(conn: Connection, deal_id: int | str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
    """Set standard or custom fields of a deal; returns {field: [old, new]} of real changes.

    Writes one "updated" change event when something changed (date triggers re-plan from it).
    The stage is changed with `move_deal`, not here.
    """
    deal = get_deal(conn, deal_id)
    if deal is None:
        raise NotFound(N_('no deal with id {id}').format(id=deal_id))
    wanted = clean_custom(values)
    sets: dict[str, Any] = {}
    changes: dict[str, list[Any]] = {}
    custom = dict(deal["custom"])
    column: str | Decimal | int | None  # what the deal's own column stores
    new: Any  # what the change records (JSON-friendly)
    for key, value in wanted.items():
        if key == "title":
            new = str(value or "").strip()
            if not new:
                raise InvalidInput("a deal needs a title")
            old, column = deal["title"], new
        elif key == "amount":
            column = parse_amount(value)
            old, new = deal["amount"], None if column is None else float(column)
        elif key == "owner_id":
            column = resolve_user_id(conn, value)
            old, new = deal["owner_id"], None if column is None else str(column)
        elif key == "close_date":
            column = new = parse_close_date(value)
            old = deal["close_date"]
        elif key == "contact_id":
            column = None if value in (None, "") else resolve_contact_id(conn, value)
            old, new = deal["contact_id"], None if column is None else str(column)
        else:
            old, new = custom.get(key), value
            if new is None:
                custom.pop(key, None)
            else:
                custom[key] = new
            if old != new:
                changes[key] = [old, new]
            continue
        if old != new:
            changes[key] = [old, new]
            sets[key] = column
    if not changes:
        return {}
    if custom != deal["custom"]:
        sets["custom"] = custom
        fields.note_custom_keys(conn, "deal", {k: v for k, v in wanted.items() if k in custom})
    conn.execute(update(crm_deals).where(crm_deals.c.id == int(deal["id"])).values(**sets, updated_at=now()))
    record_event(conn, "deal", deal["id"], "updated", changes, origin)
    return changes


def get_deal(conn: Connection, deal_id: int | str) -> dict[str, Any] | None:
    key = str(deal_id).strip()
    if not key.isdigit():
        return None
    row = conn.execute(DEALS.where(crm_deals.c.id == int(key))).first()
    return deal_dict(row) if row else None


def move_deal(conn: Connection, deal_id: int | str, stage: str, origin: str, pipeline: str | None = None) -> bool:
    """Move a deal to `stage` (of `pipeline`, default its own); False if already there."""
    deal = get_deal(conn, deal_id)
    if deal is None:
        raise NotFound(N_('no deal with id {id}').format(id=deal_id))
    p = _pipeline(conn, pipeline or deal["pipeline"])
    s = _stage(conn, p, stage)
    if p.name == deal["pipeline"] and s.name == deal["stage"]:
        return False
    conn.execute(
        update(crm_deals).where(crm_deals.c.id == int(deal["id"]))
        .values(pipeline_id=p.id, stage_id=s.id, updated_at=now())
    )
    changes: dict[str, list[Any]] = {"stage": [deal["stage"], s.name]}
    if p.name != deal["pipeline"]:
        changes["pipeline"] = [deal["pipeline"], p.name]
    record_event(conn, "deal", deal["id"], "stage_changed", changes, origin)
    return True


def list_deals(conn: Connection, contact_id: int | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """Deals, newest first; only one contact's when `contact_id` is given."""
    q = DEALS.order_by(crm_deals.c.id.desc())
    if contact_id is not None:
        q = q.where(crm_deals.c.contact_id == contact_id)
    if limit is not None:
        q = q.limit(limit)
    return [deal_dict(r) for r in conn.execute(q)]
