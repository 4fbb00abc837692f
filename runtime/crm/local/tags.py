"""Tags of local CRM contacts: add, remove, list with counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local.errors import InvalidInput
from runtime.crm.local.events import record_event
from runtime.crm.local.text import storable
from runtime.i18n import N_
from runtime.store.rows import insert_id
from runtime.store.schema_crm import crm_contact_tags, crm_contacts, crm_tags
from runtime.store.types import now


def clean_tag(tag: Any) -> str:
    name = storable(str(tag or ""), "tag").strip()
    if not name:
        raise InvalidInput("empty tag")
    if len(name) > 120:
        raise InvalidInput(N_('tag longer than 120 characters: {start}...').format(start=name[:20]))
    return name


def tag_id(conn: Connection, name: str, create: bool = True) -> int | None:
    found = conn.scalar(select(crm_tags.c.id).where(crm_tags.c.name == name))
    if found is None and create:
        found = insert_id(conn, insert(crm_tags).values(name=name))
    return found


def contact_tags(conn: Connection, contact_id: int) -> list[str]:
    q = (
        select(crm_tags.c.name)
        .join(crm_contact_tags, crm_contact_tags.c.tag_id == crm_tags.c.id)
        .where(crm_contact_tags.c.contact_id == contact_id)
        .order_by(crm_tags.c.name)
    )
    return list(conn.scalars(q))


def add_tag(conn: Connection, contact_id: int, tag: str, origin: str) -> bool:
    """Tag a contact; False (and no event) if it already had the tag."""
    name = clean_tag(tag)
    tid = tag_id(conn, name)
    exists = conn.scalar(
        select(func.count()).where(crm_contact_tags.c.contact_id == contact_id, crm_contact_tags.c.tag_id == tid)
    )
    if exists:
        return False
    ts = now()
    conn.execute(insert(crm_contact_tags).values(contact_id=contact_id, tag_id=tid, created_at=ts))
    conn.execute(update(crm_contacts).where(crm_contacts.c.id == contact_id).values(updated_at=ts))
    record_event(conn, "contact", contact_id, "tag_added", {"tag": [None, name]}, origin)
    return True


def remove_tag(conn: Connection, contact_id: int, tag: str, origin: str) -> bool:
    """Untag a contact; False (and no event) if it did not have the tag."""
    name = clean_tag(tag)
    tid = tag_id(conn, name, create=False)
    if tid is None:
        return False
    gone = conn.execute(
        delete(crm_contact_tags).where(crm_contact_tags.c.contact_id == contact_id, crm_contact_tags.c.tag_id == tid)
    ).rowcount
    if not gone:
        return False
    conn.execute(update(crm_contacts).where(crm_contacts.c.id == contact_id).values(updated_at=now()))
    record_event(conn, "contact", contact_id, "tag_removed", {"tag": [name, None]}, origin)
    return True


def list_tags(conn: Connection) -> list[dict[str, Any]]:
    """Every tag with how many contacts carry it: [{"name", "count"}], by name."""
    q = (
        select(crm_tags.c.name, func.count(crm_contact_tags.c.contact_id).label("count"))
        .outerjoin(crm_contact_tags, crm_contact_tags.c.tag_id == crm_tags.c.id)
        .group_by(crm_tags.c.id, crm_tags.c.name)
        .order_by(crm_tags.c.name)
    )
    return [{"name": r.name, "count": r.count} for r in conn.execute(q)]
