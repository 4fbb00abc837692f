"""Batch read of the local CRM's contacts: one query for a whole batch instead of two per step.

Read-only, and only for the embedded local CRM (its tables are in this database).
Builds the same record shape as `runtime.crm.local.contacts.contact_dict`; an
executor that writes to a contact drops it from the batch's map, so a later step of
the same batch reads it fresh.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.engine import Connection

from runtime.kernel import sql

_CONTACTS = (
    "SELECT c.id, c.email, c.first_name, c.last_name, c.phone, co.name, c.owner_id, c.lifecycle_stage, c.source,"
    " c.created_at, c.updated_at, c.custom FROM crm_contacts c LEFT JOIN crm_companies co ON co.id = c.company_id"
    " WHERE c.id IN "
)
_TAGS = ("SELECT ct.contact_id, t.name FROM crm_contact_tags ct JOIN crm_tags t ON t.id = ct.tag_id"
         " WHERE ct.contact_id IN ")


def local_contacts(conn: Connection, contact_ids: list[str], raw_custom: bool = False) -> dict[str, dict[str, Any]]:
    """{id: contact record} for the local contacts among `contact_ids`.

    `raw_custom`: leave `custom` as its JSON text, for a reader that parses it only when
    needed (`LocalBatch` does: most steps never look at custom fields).
    """
    loads = json.loads
    ints = sorted({int(c) for c in contact_ids if c.isdigit()})
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ints), 500):
        chunk = ints[start:start + 500]
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
