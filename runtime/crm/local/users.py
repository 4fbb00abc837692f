"""Users (owners) and companies of the local CRM."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.events import record_event
from runtime.crm.local.text import normalize_email
from runtime.i18n import N_
from runtime.store.rows import insert_id
from runtime.store.schema_crm import crm_companies, crm_users
from runtime.store.types import now


def user_dict(row: Any) -> dict[str, Any]:
    return {"id": str(row.id), "email": row.email, "name": row.name, "active": bool(row.active)}


def create_user(conn: Connection, email: str, name: str, origin: str) -> int:
    """A new user (owner); refuses a duplicate email or an empty name."""
    email = normalize_email(email)
    name = (name or "").strip()
    if not name:
        raise InvalidInput("a user needs a name")
    if conn.scalar(select(crm_users.c.id).where(crm_users.c.email == email)) is not None:
        raise InvalidInput(N_('a user with email {email} already exists').format(email=email))
    user_id = insert_id(conn,
        insert(crm_users).values(email=email, name=name, active=True, created_at=now())
    )
    record_event(conn, "user", user_id, "created", {"email": [None, email], "name": [None, name]}, origin)
    return user_id


def get_user(conn: Connection, user: str | int) -> dict[str, Any] | None:
    """A user by id or email."""
    key = str(user).strip()
    if "@" in key:
        where = crm_users.c.email == key.lower()
    elif key.isdigit():
        where = crm_users.c.id == int(key)
    else:
        return None
    row = conn.execute(select(crm_users).where(where)).first()
    return user_dict(row) if row else None


def resolve_user_id(conn: Connection, user: Any) -> int | None:
    """None/"" -> None; an id or an email -> the user's id; else InvalidInput."""
    if user is None or str(user).strip() == "":
        return None
    found = get_user(conn, user)
    if found is None:
        raise InvalidInput(N_('no user {user!r} (give a user id or email)').format(user=user))
    return int(found["id"])


def list_users(conn: Connection) -> list[dict[str, Any]]:
    return [user_dict(r) for r in conn.execute(select(crm_users).order_by(crm_users.c.name, crm_users.c.id))]


def company_id(conn: Connection, name: str | None, origin: str) -> int | None:
    """The company called `name`, created on the fly; None for an empty name."""
    name = (name or "").strip()
    if not name:
        return None
    found = conn.scalar(select(crm_companies.c.id).where(crm_companies.c.name == name))
    if found is not None:
        return found
    ts = now()
    new_id = insert_id(conn,
        insert(crm_companies).values(name=name, created_at=ts, updated_at=ts)
    )
    record_event(conn, "company", new_id, "created", {"name": [None, name]}, origin)
    return new_id
