"""Contacts of the local CRM: create, read, update (only real changes), delete.

Every function works on the caller's Connection, so the change and its change event
commit together. Values may use standard keys (`email`, `first_name`, `last_name`,
`phone`, `company`, `owner_id`, `lifecycle_stage`, `source`), optionally prefixed with
`contact.`; any other key is a custom field (stored in `custom`). A custom value of
None removes the key.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local import fields, tags, users
from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.events import record_event
from runtime.crm.local.text import normalize_email, search_text, storable
from runtime.i18n import N_
from runtime.store.rows import insert_id
from runtime.store.schema_crm import (
    crm_companies,
    crm_contact_tags,
    crm_contacts,
    crm_deals,
    crm_notes,
    crm_tasks,
)
from runtime.store.types import now

TEXT_FIELDS = ("first_name", "last_name", "phone", "lifecycle_stage", "source")
STANDARD = ("email", *TEXT_FIELDS, "company", "owner_id")
READ_ONLY = ("id", "created_at", "updated_at", "tags", "custom", "search_text", "company_id")

_SELECT = select(crm_contacts, crm_companies.c.name.label("company")).outerjoin(
    crm_companies, crm_companies.c.id == crm_contacts.c.company_id
)


def split_values(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(standard, custom) from user values; standard ones cleaned (email checked, text trimmed)."""
    std: dict[str, Any] = {}
    custom: dict[str, Any] = {}
    for raw_key, value in values.items():
        key = storable(str(raw_key), "field name").strip().removeprefix("contact.")
        value = storable(value, key)
        if not key:
            raise InvalidInput("empty field name")
        if key in READ_ONLY:
            raise InvalidInput(N_("field {key!r} cannot be set here (use tag/untag)").format(key=key) if key == "tags"
                               else N_("field {key!r} cannot be set here").format(key=key))
        if key == "email":
            std[key] = None if value in (None, "") else normalize_email(value)
        elif key in TEXT_FIELDS:
            std[key] = "" if value is None else str(value).strip()
        elif key == "company":
            std[key] = (str(value).strip() or None) if value is not None else None
        elif key == "owner_id":
            std[key] = value
        else:
            custom[key] = value.strip() if isinstance(value, str) else value
    return std, custom


def contact_dict(conn: Connection, row: Any) -> dict[str, Any]:
    """The record shape of runtime.crm.base (ids as strings, tags and custom included)."""
    return {
        "id": str(row.id),
        "email": row.email,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "phone": row.phone,
        "company": row.company,
        "owner_id": None if row.owner_id is None else str(row.owner_id),
        "lifecycle_stage": row.lifecycle_stage,
        "source": row.source,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "tags": tags.contact_tags(conn, row.id),
        "custom": dict(row.custom or {}),
    }


def _row(conn: Connection, contact_id: int | str) -> Any:
    key = str(contact_id).strip()
    if not key.isdigit():
        return None
    return conn.execute(_SELECT.where(crm_contacts.c.id == int(key))).first()


def get_contact(conn: Connection, contact_id: int | str) -> dict[str, Any] | None:
    row = _row(conn, contact_id)
    return contact_dict(conn, row) if row else None


def find_contact(conn: Connection, email: str) -> dict[str, Any] | None:
    row = conn.execute(_SELECT.where(crm_contacts.c.email == str(email).strip().lower())).first()
    return contact_dict(conn, row) if row else None


def resolve_contact_id(conn: Connection, contact: int | str) -> int:
    """A contact's id from an id or an email; NotFound names what was looked for."""
    key = str(contact).strip()
    if "@" in key:
        found = conn.scalar(select(crm_contacts.c.id).where(crm_contacts.c.email == key.lower()))
        if found is None:
            raise NotFound(N_('no contact with email {key}').format(key=key.lower()))
        return found
    row = _row(conn, key)
    if row is None:
        raise NotFound(N_('no contact with id {key}').format(key=key))
    return row.id


def _check_email_free(conn: Connection, email: str | None, own_id: int | None = None) -> None:
    if email is None:
        return
    other = conn.scalar(select(crm_contacts.c.id).where(crm_contacts.c.email == email))
    if other is not None and other != own_id:
        raise InvalidInput(N_('a contact with email {email} already exists (id {other})').format(
            email=email, other=other))


def create_contact(conn: Connection, values: dict[str, Any], origin: str, tag_names: tuple[str, ...] = ()) -> int:
    """Insert a contact (plus its company and tags); writes created and tag_added events."""
    std, custom = split_values(values)
    email = std.get("email")
    _check_email_free(conn, email)
    company = std.get("company")
    owner_id = users.resolve_user_id(conn, std.get("owner_id"))
    row = {name: std.get(name, "") for name in TEXT_FIELDS}
    custom = {k: v for k, v in custom.items() if v is not None}
    ts = now()
    contact_id = insert_id(conn,
        insert(crm_contacts).values(
            email=email,
            company_id=users.company_id(conn, company, origin),
            owner_id=owner_id,
            custom=custom,
            search_text=search_text(row["first_name"], row["last_name"], email, company),
            created_at=ts,
            updated_at=ts,
            **row,
        )
    )
    fields.note_custom_keys(conn, "contact", custom)
    initial = {"email": email, **row, "company": company, "owner_id": owner_id and str(owner_id), **custom}
    changes = {k: [None, v] for k, v in initial.items() if v not in (None, "")}
    record_event(conn, "contact", contact_id, "created", changes, origin)
    for name in tag_names:
        tags.add_tag(conn, contact_id, name, origin)
    return contact_id


def update_contact(conn: Connection, contact_id: int | str, values: dict[str, Any],
                   origin: str) -> dict[str, list[Any]]:
    """Apply `values`; returns {field: [old, new]} of real changes (no event when empty)."""
    row = _row(conn, contact_id)
    if row is None:
        raise NotFound(N_('no contact with id {key}').format(key=contact_id))
    std, custom = split_values(values)
    changes: dict[str, list[Any]] = {}
    sets: dict[str, Any] = {}
    for name, new in std.items():
        if name == "owner_id":
            new_owner = users.resolve_user_id(conn, new)
            if new_owner != row.owner_id:
                changes[name] = [row.owner_id and str(row.owner_id), new_owner and str(new_owner)]
                sets[name] = new_owner
        elif name == "company":
            if new != row.company:
                changes[name] = [row.company, new]
                sets["company_id"] = users.company_id(conn, new, origin)
        elif new != getattr(row, name):
            if name == "email":
                _check_email_free(conn, new, row.id)
            changes[name] = [getattr(row, name), new]
            sets[name] = new
    old_custom = dict(row.custom or {})
    new_custom = dict(old_custom)
    for key, new in custom.items():
        old = old_custom.get(key)
        if new is None:
            new_custom.pop(key, None)
        else:
            new_custom[key] = new
        if old != new:
            changes[key] = [old, new]
    if not changes:
        return {}
    if new_custom != old_custom:
        sets["custom"] = new_custom
        fields.note_custom_keys(conn, "contact", {k: v for k, v in custom.items() if v is not None})
    if changes.keys() & {"first_name", "last_name", "email", "company"}:
        sets["search_text"] = search_text(
            sets.get("first_name", row.first_name),
            sets.get("last_name", row.last_name),
            sets.get("email", row.email),
            std.get("company", row.company) if "company" in changes else row.company,
        )
    sets["updated_at"] = now()
    conn.execute(update(crm_contacts).where(crm_contacts.c.id == row.id).values(**sets))
    record_event(conn, "contact", row.id, "updated", changes, origin)
    return changes


def delete_contact(conn: Connection, contact_id: int | str, origin: str) -> bool:
    """Delete a contact (its tags and notes go with it; deals and tasks are kept, unlinked)."""
    row = _row(conn, contact_id)
    if row is None:
        return False
    conn.execute(update(crm_deals).where(crm_deals.c.contact_id == row.id).values(contact_id=None))
    conn.execute(update(crm_tasks).where(crm_tasks.c.contact_id == row.id).values(contact_id=None))
    conn.execute(delete(crm_contact_tags).where(crm_contact_tags.c.contact_id == row.id))
    conn.execute(delete(crm_notes).where(crm_notes.c.contact_id == row.id))
    conn.execute(delete(crm_contacts).where(crm_contacts.c.id == row.id))
    record_event(conn, "contact", row.id, "deleted", {"email": [row.email, None]}, origin)
    return True
