"""The fields flows can use (`contact.city`, `owner.email`, `deal.stage`...) and custom keys seen.

Custom keys are remembered in `crm_fields` when first written, so `list_fields` reads a
small table instead of scanning contacts. A key's kind is the one its first value suggested
(a number, an ISO date, else text).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from runtime.crm.local.text import kind_of
from runtime.store.schema_crm import crm_fields, crm_pipelines, crm_stages, crm_tags
from runtime.store.types import now

LIFECYCLE_STAGES = ("subscriber", "lead", "mql", "sql", "opportunity", "customer", "evangelist", "other")

# (path, kind) of the standard fields, in the order a field picker shows them.
STANDARD_FIELDS: tuple[tuple[str, str], ...] = (
    ("contact.email", "text"),
    ("contact.first_name", "text"),
    ("contact.last_name", "text"),
    ("contact.phone", "text"),
    ("contact.company", "text"),
    ("contact.lifecycle_stage", "choice"),
    ("contact.source", "text"),
    ("contact.tags", "choice"),
    ("contact.created_at", "date"),
    ("contact.updated_at", "date"),
    ("owner.name", "text"),
    ("owner.email", "text"),
    ("deal.title", "text"),
    ("deal.amount", "number"),
    ("deal.pipeline", "choice"),
    ("deal.stage", "choice"),
    ("deal.close_date", "date"),
)


def note_custom_keys(conn: Connection, entity: str, custom: dict[str, Any]) -> None:
    """Remember custom keys not seen before (one small SELECT, inserts only for new keys)."""
    if not custom:
        return
    known = set(conn.scalars(select(crm_fields.c.key).where(crm_fields.c.entity == entity)))
    fresh = [
        {"entity": entity, "key": key, "kind": kind_of(value), "created_at": now()}
        for key, value in custom.items()
        if key not in known and value is not None
    ]
    if fresh:
        conn.execute(insert(crm_fields), fresh)


def _choices(conn: Connection, path: str) -> list[str] | None:
    if path == "contact.lifecycle_stage":
        return list(LIFECYCLE_STAGES)
    if path == "contact.tags":
        return list(conn.scalars(select(crm_tags.c.name).order_by(crm_tags.c.name)))
    if path == "deal.pipeline":
        return list(conn.scalars(select(crm_pipelines.c.name).order_by(crm_pipelines.c.name)))
    if path == "deal.stage":
        rows = conn.execute(select(crm_stages.c.name).order_by(crm_stages.c.pipeline_id, crm_stages.c.position))
        return list(dict.fromkeys(r.name for r in rows))
    return None


def list_fields(conn: Connection) -> list[dict[str, Any]]:
    """Standard then custom fields: [{"path", "title", "kind", "custom", "choices"?}]."""
    out: list[dict[str, Any]] = []
    for path, kind in STANDARD_FIELDS:
        field: dict[str, Any] = {"path": path, "title": path.split(".", 1)[1], "kind": kind, "custom": False}
        choices = _choices(conn, path) if kind == "choice" else None
        if choices is not None:
            field["choices"] = choices
        out.append(field)
    rows = conn.execute(select(crm_fields).order_by(crm_fields.c.entity, crm_fields.c.key))
    for row in rows:
        out.append({"path": f"{row.entity}.{row.key}", "title": row.key, "kind": row.kind, "custom": True})
    return out
