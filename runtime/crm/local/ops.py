"""`LocalCrmOps`: the CrmOps interface of runtime.crm.base over one open transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.local import batch_reads, contacts, deals, fields, tags, tasks, users
from runtime.crm.local.events import watch
from runtime.store.schema_crm import crm_contacts

if TYPE_CHECKING:
    from runtime.crm.local.batch import LocalBatch


class LocalCrmOps:
    """Every CrmOps method on the caller's connection: writes join its transaction.

    Ids are strings at this interface; `contact_id` also accepts an email. Has the optional
    capabilities `BatchReads` and `Batching` of runtime.crm.base.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        watch(conn.engine)

    # -- contacts ---------------------------------------------------------------
    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        return contacts.get_contact(self.conn, contact_id)

    def find_contact(self, email: str) -> dict[str, Any] | None:
        return contacts.find_contact(self.conn, email)

    def create_contact(self, values: dict[str, Any], origin: str, tags: tuple[str, ...] = ()) -> str:
        return str(contacts.create_contact(self.conn, values, origin, tuple(tags)))

    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        return contacts.update_contact(self.conn, self._cid(contact_id), values, origin)

    def delete_contact(self, contact_id: str, origin: str) -> bool:
        return contacts.delete_contact(self.conn, self._cid(contact_id), origin)

    def add_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        return tags.add_tag(self.conn, self._cid(contact_id), tag, origin)

    def remove_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        return tags.remove_tag(self.conn, self._cid(contact_id), tag, origin)

    def set_owner(self, contact_id: str, user_id: str, origin: str) -> bool:
        return bool(contacts.update_contact(self.conn, self._cid(contact_id), {"owner_id": user_id}, origin))

    def iter_contact_ids(self) -> list[str]:
        return [str(i) for i in self.conn.scalars(select(crm_contacts.c.id).order_by(crm_contacts.c.id))]

    # -- batches (runtime.crm.base.BatchReads, Batching) -------------------------
    def get_contacts(self, contact_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        return batch_reads.local_contacts(self.conn, contact_ids)

    def contacts_deals(self, contact_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        return batch_reads.local_deals(self.conn, contact_ids)

    def contact_emails(self, contact_ids: Sequence[str]) -> dict[str, str]:
        return batch_reads.local_emails(self.conn, contact_ids)

    def begin_batch(self, contacts: Sequence[str], deals_of: Sequence[str] = ()) -> LocalBatch:
        """Write-behind ops for one engine batch, with `contacts` (and the deals of `deals_of`) read ahead."""
        from runtime.crm.local.batch import LocalBatch  # function-level: LocalBatch subclasses these ops

        records = batch_reads.local_contacts(self.conn, contacts, raw_custom=True) if contacts else {}
        return LocalBatch(self.conn, records, batch_reads.local_deals(self.conn, deals_of) if deals_of else None)

    # -- deals, tasks -----------------------------------------------------------
    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        return deals.list_deals(self.conn, contact_id=self._cid(contact_id))

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        return deals.move_deal(self.conn, deal_id, stage, origin, pipeline)

    def update_deal(self, deal_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        """Set standard or custom fields of a deal; {field: [old, new]} of real changes."""
        return deals.update_deal(self.conn, deal_id, values, origin)

    def set_deal_owner(self, deal_id: str, user_id: str, origin: str) -> bool:
        return bool(deals.update_deal(self.conn, deal_id, {"owner_id": user_id}, origin))

    def create_task(
        self,
        contact_id: str,
        title: str,
        notes: str,
        due_at: float | None,
        assignee_id: str | None,
        origin: str,
        deal_id: str | None = None,
    ) -> str:
        task_id = tasks.create_task(
            self.conn,
            self._cid(contact_id) if contact_id else None,
            title,
            origin,
            notes=notes,
            due_at=due_at,
            assignee=assignee_id,
            deal_id=int(deal_id) if deal_id else None,
        )
        return str(task_id)

    # -- users, pipelines, fields -----------------------------------------------
    def get_user(self, user: str) -> dict[str, Any] | None:
        return users.get_user(self.conn, user)

    def list_users(self) -> list[dict[str, Any]]:
        return users.list_users(self.conn)

    def list_pipelines(self) -> list[dict[str, Any]]:
        return deals.list_pipelines(self.conn)

    def list_fields(self) -> list[dict[str, Any]]:
        return fields.list_fields(self.conn)

    def _cid(self, contact_id: str | int) -> int:
        """An id (or email) -> the integer id; NotFound when there is no such contact."""
        return contacts.resolve_contact_id(self.conn, contact_id)
