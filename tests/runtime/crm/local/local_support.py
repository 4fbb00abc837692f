"""Shared by the local CRM tests: `events` reads the change events the CRM wrote."""

from __future__ import annotations

from sqlalchemy import select

from runtime.store.db import Database
from runtime.store.schema_crm import change_events


def events(db: Database, entity: str | None = None) -> list[dict]:
    """Every change event (optionally of one entity), oldest first, as dicts."""
    q = select(change_events).order_by(change_events.c.id)
    if entity:
        q = q.where(change_events.c.entity == entity)
    with db.begin() as conn:
        return [dict(r._mapping) for r in conn.execute(q)]
