"""Reads of many local contacts (and their deals) at once: the local CRM's `BatchReads`.

One query per 500 contacts instead of two or three per contact. Records have the shape
of `contacts.contact_dict` and `deals.deal_dict` (runtime.crm.base).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection

from runtime.crm.local import deals
from runtime.kernel import sql
from runtime.store.schema_crm import crm_deals

CHUNK = 500
_CONTACTS = (
    "SELECT c.id, c.email, c.first_name, c.last_name, c.phone, co.name, c.owner_id, c.lifecycle_stage, c.source,"
    " c.created_at, c.updated_at, c.custom FROM crm_contacts c LEFT JOIN crm_companies co ON co.id = c.company_id"
    " WHERE c.id IN "
)
_TAGS = ("SELECT ct.contact_id, t.name FROM crm_contact_tags ct JOIN crm_tags t ON t.id = ct.tag_id"
         " WHERE ct.contact_id IN ")


def _ints(contact_ids: Sequence[str]) -> list[int]:
    return sorted({int(c) for c in (str(i).strip() for i in contact_ids) if c.isdigit()})


def local_contacts(conn: Connection, contact_ids: Sequence[str], raw_custom: bool = False) -> dict[str, dict[str, Any]]:
    """{id: contact record} for the local contacts among `contact_ids`.

    `raw_custom`: leave `custom` as its JSON text, for a reader that parses it only when
    needed (`LocalBatch` does: most steps never look at custom fields).
    """
    loads = json.loads
    ints = _ints(contact_ids)
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ints), CHUNK):
        chunk = ints[start:start + CHUNK]
        marks = sql.in_list(len(chunk))
        for r in sql.fetch(conn, _CONTACTS + marks, chunk):
            out[str(r[0])] = {
                "id": str(r[0]), "email": r[1], "first_name": r[2], "last_name": r[3], "phone": r[4],
                "company": r[5], "owner_id": None if r[6] is None else str(r[6]), "lifecycle_stage": r[7],
                "source": r[8], "created_at": r[9], "updated_at": r[10], "tags": [],
                "custom": (r[11] if raw_custom else loads(r[11])) if r[11] else {},
            }
        for cid, name in sql.fetch(conn, _TAGS + marks, chunk):
            rec = out.get(str(cid))
            if rec is not None:
                rec["tags"].append(name)
    for rec in out.values():
        rec["tags"].sort(key=str.casefold)
    return out


def local_emails(conn: Connection, contact_ids: Sequence[str]) -> dict[str, str]:
    """{id: email ("" when none)} for the local contacts among `contact_ids`."""
    ints = _ints(contact_ids)
    out: dict[str, str] = {}
    for start in range(0, len(ints), CHUNK):
        chunk = ints[start:start + CHUNK]
        out.update((str(i), e or "") for i, e in sql.fetch(
            conn, "SELECT id, email FROM crm_contacts WHERE id IN " + sql.in_list(len(chunk)), chunk))
    return out


def local_deals(conn: Connection, contact_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """{contact id: its deals, newest first} for every local contact id of `contact_ids`
    (an empty list for a contact without deals)."""
    ints = _ints(contact_ids)
    out: dict[str, list[dict[str, Any]]] = {str(i): [] for i in ints}
    for start in range(0, len(ints), CHUNK):
        chunk = ints[start:start + CHUNK]
        query = deals.DEALS.where(crm_deals.c.contact_id.in_(chunk)).order_by(crm_deals.c.id.desc())
        for row in conn.execute(query):
            out[str(row.contact_id)].append(deals.deal_dict(row))
    return out
