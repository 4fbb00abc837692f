"""Deleting a local CRM contact that may be in flight: its journeys are cancelled first, together.

One transaction: every live journey of the contact (any flow on the local CRM) gets an
"operator.cancel" step (reason "contact deleted") and ends cancelled, then the contact is
deleted. A journey never goes on with a contact that no longer exists, and the caller can
say which journeys were cancelled.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.local import contacts
from runtime.engine import operator as op
from runtime.store.schema_flows import flows
from runtime.store.schema_runtime import enrollments

LIVE = ("active", "waiting")
REASON = "contact deleted"


@dataclass(frozen=True)
class ContactRemoval:
    """The deleted contact and the journeys cancelled: [(enrollment id, flow name)]."""

    contact_id: str
    email: str | None
    cancelled: list[tuple[int, str]] = field(default_factory=list)


def delete_contact(conn: Connection, contact: str | int, origin: str, actor: str,
                   now: float | None = None) -> ContactRemoval:
    """Cancel the contact's live journeys, then delete it (by id or email).

    Raises:
        runtime.crm.local.NotFound: there is no such contact.
    """
    now = time.time() if now is None else now
    cid = contacts.resolve_contact_id(conn, contact)
    email = (contacts.get_contact(conn, cid) or {}).get("email")
    live = conn.execute(
        select(enrollments.c.id, enrollments.c.current_node, flows.c.name)
        .select_from(enrollments.join(flows, flows.c.id == enrollments.c.flow_id))
        .where(enrollments.c.crm == "local", enrollments.c.contact_id == str(cid),
               enrollments.c.status.in_(LIVE))
        .order_by(enrollments.c.id)
    ).all()
    for row in live:
        op.record(conn, row.id, row.current_node, "cancel", actor, now, reason=REASON)
        op.end_cancelled(conn, row.id, now)
    contacts.delete_contact(conn, cid, origin)
    return ContactRemoval(str(cid), email, [(row.id, row.name) for row in live])
