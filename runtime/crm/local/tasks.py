"""Tasks and notes attached to local CRM contacts (and deals)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.events import record_event
from runtime.crm.local.users import resolve_user_id
from runtime.store.rows import insert_id
from runtime.store.schema_crm import crm_notes, crm_tasks
from runtime.store.types import now


def create_task(
    conn: Connection,
    contact_id: int | None,
    title: str,
    origin: str,
    *,
    notes: str = "",
    due_at: float | None = None,
    assignee: Any = None,
    deal_id: int | None = None,
) -> int:
    """A task (for a contact and/or deal, optionally assigned); writes a created event."""
    title = (title or "").strip()
    if not title:
        raise InvalidInput("a task needs a title")
    assignee_id = resolve_user_id(conn, assignee)
    task_id = insert_id(conn,
        insert(crm_tasks).values(
            title=title, notes=notes or "", contact_id=contact_id, deal_id=deal_id,
            assignee_id=assignee_id, due_at=due_at, done=False, created_at=now(),
        )
    )
    initial = {"title": title, "contact_id": contact_id and str(contact_id), "deal_id": deal_id and str(deal_id),
               "assignee_id": assignee_id and str(assignee_id), "due_at": due_at}
    record_event(conn, "task", task_id, "created", {k: [None, v] for k, v in initial.items() if v is not None}, origin)
    return task_id


def list_tasks(conn: Connection, contact_id: int | None = None) -> list[dict[str, Any]]:
    q = select(crm_tasks).order_by(crm_tasks.c.id)
    if contact_id is not None:
        q = q.where(crm_tasks.c.contact_id == contact_id)
    return [
        {"id": str(r.id), "title": r.title, "notes": r.notes,
         "contact_id": None if r.contact_id is None else str(r.contact_id),
         "deal_id": None if r.deal_id is None else str(r.deal_id),
         "assignee_id": None if r.assignee_id is None else str(r.assignee_id),
         "due_at": r.due_at, "done": bool(r.done), "created_at": r.created_at}
        for r in conn.execute(q)
    ]


def add_note(conn: Connection, contact_id: int, body: str, origin: str) -> int:
    """A note on a contact; writes a created event (entity "note")."""
    body = (body or "").strip()
    if not body:
        raise InvalidInput("empty note")
    note_id = insert_id(conn,
        insert(crm_notes).values(contact_id=contact_id, body=body, created_at=now())
    )
    record_event(conn, "note", note_id, "created", {"contact_id": [None, str(contact_id)]}, origin)
    return note_id


def list_notes(conn: Connection, contact_id: int) -> list[dict[str, Any]]:
    q = select(crm_notes).where(crm_notes.c.contact_id == contact_id).order_by(crm_notes.c.id)
    return [{"id": str(r.id), "body": r.body, "created_at": r.created_at} for r in conn.execute(q)]
