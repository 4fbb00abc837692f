"""The CRM connector interface the engine, CLI and designer program against.

A connector is bound to a database connection (`bind(conn)`) so that the local CRM's
writes join the caller's transaction (a step and its CRM write commit together);
HTTP connectors ignore the connection. Records are plain dicts:

    contact = {"id": "12", "email": "ana@example.es", "first_name": "Ana", "last_name": "",
               "phone": "", "company": "Acme", "owner_id": "3", "lifecycle_stage": "lead",
               "source": "", "created_at": 1.7e9, "updated_at": 1.7e9,
               "tags": ["cliente"], "custom": {"city": "Madrid"}}
    user = {"id": "3", "email": "eva@acme.es", "name": "Eva"}
    deal = {"id": "7", "title": "...", "contact_id": "12", "pipeline": "Ventas",
            "stage": "Propuesta", "amount": 1200.0, "owner_id": "3", "close_date": "2026-12-01",
            "custom": {}}

Ids are strings at this interface (remote CRMs use non-integer ids).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from sqlalchemy.engine import Connection


class CrmError(Exception):
    """A CRM call failed. `transient` says whether retrying may help."""

    def __init__(self, message: str, *, transient: bool = False, retry_after: float | None = None):
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


class NotFound(CrmError):
    """The record does not exist (never transient)."""


class ConnectionPaused(CrmError):
    """The connection cannot be used now: its work waits instead of failing.

    `reason`: "auth" (token revoked or expired, webhook deleted, scopes missing: waits until
    the secret is replaced or a probe succeeds), "quota" (a daily limit: waits for the reset),
    "blocked" (Bitrix24's OPERATION_TIME_LIMIT), "throttled" (the rate limit outlasted the
    client's patience). `until`: when to look again (epoch seconds; None = when resumed).
    The engine holds a step that raises it without spending an attempt (`held`).
    """

    held = True

    def __init__(self, message: str, *, reason: str, until: float | None = None, connection: str = "") -> None:
        super().__init__(message, transient=True, retry_after=None)
        self.reason = reason
        self.until = until
        self.connection = connection


class MaybeSent(CrmError):
    """A create may have reached the CRM (a 5xx, a timeout or a lost connection after sending).

    It is never repeated blindly: the caller verifies (looks for its idempotency key in the
    CRM) before creating again, or reports the step `uncertain`.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message, transient=True)


def marker_line(marker: str) -> str:
    """The line that carries a create's idempotency key in the task or activity it creates."""
    return f"[caudal:{marker}]"


class CrmOps(Protocol):
    """Operations on one CRM, bound to a transaction. `origin` tags change events."""

    def get_contact(self, contact_id: str) -> dict[str, Any] | None: ...
    def find_contact(self, email: str) -> dict[str, Any] | None: ...
    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        """Set fields (standard or custom keys); return {field: [old, new]} of real changes."""
        ...
    def add_tag(self, contact_id: str, tag: str, origin: str) -> bool: ...
    def remove_tag(self, contact_id: str, tag: str, origin: str) -> bool: ...
    def set_owner(self, contact_id: str, user_id: str, origin: str) -> bool: ...
    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]: ...
    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool: ...
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
        """Remote connectors also take `marker` (an idempotency key written into the task and,
        with `look_first`, looked for before creating) and `look_first`."""
        ...
    def get_user(self, user: str) -> dict[str, Any] | None:
        """A user by id or email."""
        ...
    def list_users(self) -> list[dict[str, Any]]: ...
    def list_pipelines(self) -> list[dict[str, Any]]:
        """[{"id", "name", "stages": [{"id", "name", "position"}]}]"""
        ...
    def list_fields(self) -> list[dict[str, Any]]:
        """[{"path": "contact.city", "title": "city", "kind": "text|number|date|choice", "custom": bool}]"""
        ...
    def iter_contact_ids(self) -> list[str]: ...


@runtime_checkable
class BatchReads(Protocol):
    """Optional capability of a CrmOps: many records in one read instead of one call each.

    The engine asks for it (`isinstance(ops, BatchReads)`), never for a class: the local
    CRM has it; a remote connector may add it (it reads ahead in batches of its own today,
    runtime.crm.readahead). Ids missing from an answer do not exist.
    """

    def get_contacts(self, contact_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """{id: contact record} of the contacts among `contact_ids` that exist."""
        ...

    def contacts_deals(self, contact_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """{contact id: its deals, newest first} for every id of `contact_ids`."""
        ...

    def contact_emails(self, contact_ids: Sequence[str]) -> dict[str, str]:
        """{id: email ("" when none)} of the contacts among `contact_ids` that exist (enrollment reads no more)."""
        ...


class CrmBatch(CrmOps, Protocol):
    """CrmOps for one engine batch: reads served from what was read ahead, writes queued
    until `flush()` (in the batch's transaction); `mark()`/`rollback_to(mark)` undo one
    step's queued writes (False: something reached the database), `discard()` forgets all."""

    def flush(self) -> None: ...
    def discard(self) -> None: ...
    def mark(self) -> Any: ...
    def rollback_to(self, mark: Any) -> bool: ...


@runtime_checkable
class Batching(Protocol):
    """Optional capability of a CrmOps: open a `CrmBatch` for the step loop (write-behind).

    `contacts`: the ids whose contact the batch's steps will read (read ahead in one go);
    `deals_of`: the ids whose deals they will read (only those: most steps read none).
    """

    def begin_batch(self, contacts: Sequence[str], deals_of: Sequence[str] = ()) -> CrmBatch: ...


class CrmConnector(Protocol):
    """A configured CRM (the local one, or a named connection)."""

    name: str  # "local" or the connection's name

    def bind(self, conn: Connection) -> CrmOps: ...
