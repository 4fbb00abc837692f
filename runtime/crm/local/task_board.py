"""Tasks as people work them: listed by state (open, overdue, done), owner and contact; marked done.

The `tasks` command, the designer's Tasks page and the contact dialog read the same rows.
A task is overdue when it is open and its due time has passed (`now` is given, so tests and
the designer pass their clock). Completing records `done_at` and a "task updated" change event.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local.contacts import resolve_contact_id
from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.events import record_event
from runtime.crm.local.users import resolve_user_id
from runtime.i18n import N_
from runtime.store.schema_crm import crm_contacts, crm_deals, crm_tasks, crm_users
from runtime.store.types import now as wall_now

STATES = ("open", "overdue", "done", "all")
_T = crm_tasks.c

_SELECT = (
    select(crm_tasks, crm_contacts.c.email.label("contact_email"), crm_contacts.c.first_name,
           crm_contacts.c.last_name, crm_users.c.email.label("owner_email"), crm_users.c.name.label("owner_name"),
           crm_deals.c.title.label("deal_title"))
    .outerjoin(crm_contacts, crm_contacts.c.id == _T.contact_id)
    .outerjoin(crm_users, crm_users.c.id == _T.assignee_id)
    .outerjoin(crm_deals, crm_deals.c.id == _T.deal_id)
)


def task_row(r: Any, now: float) -> dict[str, Any]:
    """One task with its contact, owner and deal, and whether it is overdue at `now`."""
    name = " ".join(p for p in (r.first_name, r.last_name) if p)
    return {
        "id": str(r.id), "title": r.title, "notes": r.notes, "due_at": r.due_at, "done": bool(r.done),
        "done_at": r.done_at, "overdue": not r.done and r.due_at is not None and r.due_at < now,
        "created_at": r.created_at,
        "contact": None if r.contact_id is None else {"id": str(r.contact_id), "email": r.contact_email,
                                                      "name": name},
        "owner": None if r.assignee_id is None else {"id": str(r.assignee_id), "email": r.owner_email,
                                                     "name": r.owner_name},
        "deal": None if r.deal_id is None else {"id": str(r.deal_id), "title": r.deal_title},
    }


def _where(conn: Connection, state: str, owner: Any, contact: Any, now: float) -> list[Any]:
    if state not in STATES:
        raise InvalidInput(N_('unknown task state {state!r}; use one of {known}').format(
            state=state, known=', '.join(STATES)))
    where: list[Any] = []
    if state in ("open", "overdue"):
        where.append(_T.done.is_(False))
    if state == "overdue":
        where.append(and_(_T.due_at.is_not(None), _T.due_at < now))
    if state == "done":
        where.append(_T.done.is_(True))
    if owner not in (None, ""):
        where.append(_T.assignee_id == resolve_user_id(conn, owner))
    if contact not in (None, ""):
        where.append(_T.contact_id == resolve_contact_id(conn, contact))
    return where


def find_tasks(conn: Connection, state: str = "open", owner: Any = None, contact: Any = None,
               now: float | None = None, limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
    """Tasks in `state`, for one owner (id or email) and/or contact (id or email).

    Open ones come soonest-due first (no due date last); done ones most recently done first.

    Raises:
        InvalidInput: unknown state or owner. NotFound: unknown contact.
    """
    now = wall_now() if now is None else now
    order = [_T.done_at.desc(), _T.id.desc()] if state == "done" else [
        _T.done, _T.due_at.is_(None), _T.due_at, _T.id]
    q = _SELECT.where(*_where(conn, state, owner, contact, now)).order_by(*order).limit(limit).offset(offset)
    return [task_row(r, now) for r in conn.execute(q)]


def complete_task(conn: Connection, task_id: int | str, origin: str, now: float | None = None) -> bool:
    """Mark a task done; False when it already was. NotFound for an unknown id."""
    key = str(task_id).strip()
    row = conn.execute(select(_T.id, _T.done).where(_T.id == int(key))).first() if key.isdigit() else None
    if row is None:
        raise NotFound(N_('no task with id {id}').format(id=task_id))
    if row.done:
        return False
    at = wall_now() if now is None else now
    conn.execute(update(crm_tasks).where(_T.id == row.id).values(done=True, done_at=at))
    record_event(conn, "task", row.id, "updated", {"done": [False, True]}, origin)
    return True
