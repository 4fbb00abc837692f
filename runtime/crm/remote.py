"""Remote connectors inside a database transaction: reads come from what was fetched before it.

`RemoteConnector.bind(None)` gives the live ops (HTTP: the CLI, the designer, the ledger's
CRM channel). `bind(conn)` (an engine batch or trigger processing, both inside a write
transaction) gives a `ReadView` that answers only from the connector's `ReadCache`, filled
outside the transaction by `fetch` (called by the resolver, planned by runtime.engine.readahead).
What it does not hold raises `ReadMiss`: the step is held, the id noted, and the next read-ahead
fetches it. A paused connection raises its pause. Writes never happen there: the engine sends
them through the ledger (runtime.crm.channel).
"""

from __future__ import annotations

import copy
import threading
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy.engine import Connection

from runtime.crm.base import ConnectionPaused, CrmError

STANDARD = ("email", "first_name", "last_name", "phone", "company", "owner_id", "lifecycle_stage", "source")


class ReadMiss(ConnectionPaused):
    """A read inside a transaction that the read-ahead did not fetch: wait for the next one."""

    def __init__(self, connection: str, what: str, now: float) -> None:
        super().__init__(f"«{connection}»: {what} is read before the next batch", reason="reading", until=now,
                         connection=connection)


class ReadCache:
    """Contacts, deals and the pickers' lists of one connection, fetched outside transactions.

    A contact maps to None when the CRM said it does not exist. `stamp` is when each entry was
    fetched (0 for one rebuilt from a poll snapshot), so the read-ahead knows what to refresh.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.contacts: dict[str, tuple[float, dict[str, Any] | None]] = {}
        self.deals: dict[str, tuple[float, list[dict[str, Any]]]] = {}
        self.wanted_contacts: set[str] = set()
        self.wanted_deals: set[str] = set()
        self.wanted_emails: set[str] = set()
        self.missing_emails: set[str] = set()
        self.wanted_meta: set[str] = set()  # "users", "pipelines", "fields"
        self.all_ids: list[str] | None = None

    def put_contacts(self, found: dict[str, dict[str, Any] | None], stamp: float) -> None:
        with self._lock:
            for cid, contact in found.items():
                self.contacts[str(cid)] = (stamp, contact)
                self.wanted_contacts.discard(str(cid))

    def put_deals(self, found: dict[str, list[dict[str, Any]]], stamp: float) -> None:
        with self._lock:
            for cid, deals in found.items():
                self.deals[str(cid)] = (stamp, deals)
                self.wanted_deals.discard(str(cid))

    def fresh(self, ids: list[str], newer_than: float) -> set[str]:
        """The ids among `ids` whose contact was fetched after `newer_than`."""
        with self._lock:
            return {i for i in ids if i in self.contacts and self.contacts[i][0] > newer_than}

    def forget(self, contact_id: str) -> None:
        """Drop what is known of a contact (after a write to it)."""
        with self._lock:
            self.contacts.pop(str(contact_id), None)
            self.deals.pop(str(contact_id), None)

    def trim(self, keep: int = 20_000) -> None:
        """Bound the memory: forget the oldest entries beyond `keep`."""
        with self._lock:
            for table in (self.contacts, self.deals):
                if len(table) > keep:
                    for key in sorted(table, key=lambda k: table[k][0])[:len(table) - keep]:
                        del table[key]


class RemoteConnector:
    """What every HTTP connector shares: `name`, `api` (its HttpClient at `api.http`), `ops`
    (live CrmOps), the read cache, and the current pause (set by the resolver)."""

    kind = ""

    def __init__(self, name: str, api: Any, ops: Any) -> None:
        self.name = name
        self.api = api
        self.ops = ops
        self.reads = ReadCache()
        self.paused: Any = None  # runtime.crm.pause.Pause while paused
        self.clock: Callable[[], float] = time.time

    def bind(self, conn: Connection | None) -> Any:
        """Live ops outside a transaction (None); a `ReadView` inside one."""
        return self.ops if conn is None else ReadView(self)


class ReadView:
    """CrmOps answered from the read cache; see the module docstring."""

    remote = True  # the engine's CRM executors send writes through the ledger (runtime.crm.channel)

    def __init__(self, connector: RemoteConnector) -> None:
        self.connector = connector
        self.cache = connector.reads
        self.name = connector.name

    def _check(self) -> float:
        now = self.connector.clock()
        paused = self.connector.paused
        if paused is not None and paused.current(now):
            raise paused.error(self.name)
        return now

    def ready(self) -> None:
        """Raise the connection's pause, if it is paused now."""
        self._check()

    def _miss(self, what: str, now: float) -> ReadMiss:
        return ReadMiss(self.name, what, now)

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        now = self._check()
        hit = self.cache.contacts.get(str(contact_id))
        if hit is None:
            self.cache.wanted_contacts.add(str(contact_id))
            raise self._miss(f"contact {contact_id}", now)
        return copy.deepcopy(hit[1])

    def find_contact(self, email: str) -> dict[str, Any] | None:
        now = self._check()
        key = email.strip().lower()
        for _stamp, contact in list(self.cache.contacts.values()):
            if contact is not None and (contact.get("email") or "").lower() == key:
                return copy.deepcopy(contact)
        if key in self.cache.missing_emails:
            return None
        self.cache.wanted_emails.add(key)
        raise self._miss(f"the contact {key}", now)

    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        now = self._check()
        hit = self.cache.deals.get(str(contact_id))
        if hit is None:
            self.cache.wanted_deals.add(str(contact_id))
            raise self._miss(f"the deals of contact {contact_id}", now)
        return copy.deepcopy(hit[1])

    def _listed(self, key: str) -> Any:
        now = self._check()
        cached, value = self.connector.ops.cache.peek(key)
        if not cached:
            self.cache.wanted_meta.add(key)
            raise self._miss(f"the {key}", now)
        return value

    def list_users(self) -> list[dict[str, Any]]:
        return self._listed("users")

    def get_user(self, user: str) -> dict[str, Any] | None:
        key = str(user).strip().lower()
        return next((u for u in self.list_users() if key in (u["id"], u["email"])), None)

    def list_pipelines(self) -> list[dict[str, Any]]:
        return self._listed("pipelines")

    def list_fields(self) -> list[dict[str, Any]]:
        return self._listed("fields")

    def iter_contact_ids(self) -> list[str]:
        now = self._check()
        if self.cache.all_ids is None:
            raise self._miss("the list of contacts", now)
        return list(self.cache.all_ids)

    def __getattr__(self, name: str) -> Any:
        if name in ("update_contact", "add_tag", "remove_tag", "set_owner", "move_deal", "create_task",
                    "update_deal"):
            def refuse(*_args: Any, **_kwargs: Any) -> Any:
                raise CrmError(f"«{self.name}»: a remote write inside a database transaction is refused "
                               "(remote writes go through the ledger)")
            return refuse
        raise AttributeError(name)


def contact_from_fields(contact_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """A contact record rebuilt from a poll snapshot (runtime.crm.polling.flat_contact's shape)."""
    record: dict[str, Any] = {"id": str(contact_id)}
    for key in STANDARD:
        record[key] = fields.get(key) or ""
    record["tags"] = list(fields.get("tags") or [])
    record["custom"] = {k: v for k, v in fields.items() if k not in STANDARD and k != "tags"}
    record["created_at"] = record["updated_at"] = None
    return record


FRESH = 10.0  # seconds a fetched contact is reused (our own writes drop it at once)


def fetch(connector: RemoteConnector, contact_ids: set[str], deal_ids: set[str], now: float,
          snapshots: dict[str, tuple[dict[str, Any], float]] | None = None, users: bool = True) -> None:
    """Fill the connector's read cache (HTTP, outside any transaction); raises what the CRM raised.

    `snapshots` {id: (fields, polled at)}: what a poll read, as good as a read made then."""
    cache, ops = connector.reads, connector.ops
    if snapshots:
        for cid, (fields, stamp) in snapshots.items():
            if cid not in cache.contacts or cache.contacts[cid][0] < stamp:
                cache.put_contacts({cid: contact_from_fields(cid, fields)}, stamp)
    wanted = (contact_ids | cache.wanted_contacts) - cache.fresh(sorted(contact_ids), now - FRESH)
    if snapshots:
        wanted -= set(snapshots)
    if wanted:
        cache.put_contacts(ops.get_contacts(sorted(wanted)), now)
    for email in sorted(cache.wanted_emails):
        found = ops.find_contact(email)
        if found is None:
            cache.missing_emails.add(email)
        else:
            cache.put_contacts({str(found["id"]): found}, now)
        cache.wanted_emails.discard(email)
    deals = deal_ids | cache.wanted_deals
    if deals:
        cache.put_deals(ops.deals_of(sorted(deals)), now)
    if users or cache.wanted_meta:
        ops.list_users()
        if "pipelines" in cache.wanted_meta:
            ops.list_pipelines()
        if "fields" in cache.wanted_meta:
            ops.list_fields()
        cache.wanted_meta.clear()
    cache.trim()
