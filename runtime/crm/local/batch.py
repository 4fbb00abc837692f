"""`LocalBatch`: write-behind CrmOps of the local CRM for one engine batch (the hot path).

The step loop runs hundreds of steps in one transaction. Instead of 3-7 SQLAlchemy
statements per CRM write, `LocalBatch` keeps a per-batch overlay of contact records
(prefetched in one query) and queues field updates, tag adds and change events; `flush()`
writes them with one executemany per statement kind. Semantics are those of the one-call
functions (runtime.crm.local.contacts/tags/tasks):

- reads see the batch's own earlier writes (the overlay is updated by every write);
- a write returns the same value (real changes, added or not) and queues the same change
  event (same kind, changes and origin) in the order the writes happened;
- everything is written in the caller's transaction: the batch commits it all or nothing.

Writes it does not batch (email/company/owner changes, tag removal, deals, contact
create/delete) and reads it cannot serve from the overlay flush the queue first and then
run the one-call function, so ordering in the database is always the call order.
Tasks are queued too, with an id taken ahead (runtime.kernel.ids_ahead) so that
`create_task` can return it at once.

`mark()` / `rollback_to(mark)` undo what was queued since the mark (queue and overlay),
so the step loop can fail one step without redoing its batch; it refuses (False) once
anything reached the database since the mark (a flush, a task, a one-call write).
"""

from __future__ import annotations

import json
import time
from typing import Any

from sqlalchemy.engine import Connection

from runtime.crm.local import contacts, tags, users
from runtime.crm.local.errors import InvalidInput, NotFound
from runtime.crm.local.events import mark_changed
from runtime.crm.local.ops import LocalCrmOps
from runtime.crm.local.text import kind_of, search_text
from runtime.i18n import N_
from runtime.kernel.ids_ahead import IdsAhead
from runtime.kernel.sql import dumps, fetch, many

_SLOW_FIELDS = frozenset({"email", "company", "owner_id"})  # need lookups/uniqueness: one-call path
_NAME_FIELDS = frozenset({"first_name", "last_name"})
_EVENT = ("INSERT INTO change_events (crm, entity, entity_id, kind, changes, origin, occurred_at)"
          " VALUES ('local', ?, ?, ?, ?, ?, ?)")
_TAG_LINK = "INSERT INTO crm_contact_tags (contact_id, tag_id, created_at) VALUES (?, ?, ?)"
_TAG_ID = "SELECT id FROM crm_tags WHERE name = ?"
_NEW_TAG = "INSERT INTO crm_tags (name) VALUES (?) RETURNING id"
_TASK = ("INSERT INTO crm_tasks (id, title, notes, contact_id, deal_id, assignee_id, due_at, done, created_at)"
         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_FIELD_KEYS = "SELECT key FROM crm_fields WHERE entity = 'contact'"
_NEW_FIELD = "INSERT INTO crm_fields (entity, key, kind, created_at) VALUES ('contact', ?, ?, ?)"


def _custom(rec: dict[str, Any]) -> dict[str, Any]:
    """The record's custom fields, parsed (in place) if they are still JSON text."""
    value = rec["custom"]
    if isinstance(value, str):
        value = rec["custom"] = json.loads(value)
    return value


def _update_sql(columns: tuple[str, ...]) -> str:
    return "UPDATE crm_contacts SET " + ", ".join(f"{c} = ?" for c in columns) + " WHERE id = ?"


class LocalBatch(LocalCrmOps):
    """CrmOps over `conn` that queue local CRM writes until `flush()`.

    Args:
        conn: the engine batch's connection (in its transaction).
        records: prefetched contact records by id (the shape of `contacts.contact_dict`,
            `custom` may still be JSON text); owned by the batch from now on. Contacts not
            in it are read on demand.
        deals: prefetched deals by contact id (`batch_reads.local_deals`); the deals of
            other contacts are read on demand. Any deal write, and any one-call contact
            write (a new email shows in its deals), drops them.
    """

    def __init__(self, conn: Connection, records: dict[str, dict[str, Any]] | None = None,
                 deals: dict[str, list[dict[str, Any]]] | None = None) -> None:
        super().__init__(conn)
        self.records: dict[str, dict[str, Any]] = records if records is not None else {}
        self.deals: dict[str, list[dict[str, Any]]] = deals if deals is not None else {}
        self._dirty: dict[str, set[str]] = {}  # contact id -> columns to write
        self._search: dict[str, str] = {}  # contact id -> new search_text
        self._links: list[tuple[int, int, float]] = []
        self._tasks: list[tuple[Any, ...]] = []
        self._task_ids = IdsAhead(conn, "crm_tasks")
        self._events: list[tuple[str, str, str, str, str, float]] = []
        self._fields: list[tuple[str, str, float]] = []
        self._field_keys: set[str] | None = None
        self._tag_ids: dict[str, int] = {}
        self._users: dict[str, dict[str, Any] | None] = {}
        self._writes = 0  # statements that reached the database (flushes, tasks, one-call writes)
        self._undo: list[tuple[Any, ...]] = []  # how to restore the overlay, newest last

    # -- queue ------------------------------------------------------------------
    @property
    def pending(self) -> bool:
        return bool(self._dirty or self._links or self._events or self._fields or self._tasks)

    def flush(self) -> None:
        """Write everything queued (one executemany per statement kind), in the caller's transaction."""
        if not self.pending:
            return
        conn = self.conn
        many(conn, _NEW_FIELD, self._fields)
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for cid, cols in self._dirty.items():
            rec = self.records[cid]
            columns = tuple(sorted(cols))
            values = [self._search[cid] if c == "search_text" else dumps(rec["custom"]) if c == "custom" else rec[c]
                      for c in columns]
            groups.setdefault(columns, []).append((*values, int(cid)))
        for columns, rows in groups.items():
            many(conn, _update_sql(columns), rows)
        many(conn, _TAG_LINK, self._links)
        many(conn, _TASK, self._tasks)
        if self._events:
            many(conn, _EVENT, self._events)
            mark_changed(conn)
        self._dirty, self._search, self._links, self._events, self._fields = {}, {}, [], [], []
        self._tasks = []
        self._undo.clear()
        self._writes += 1

    def discard(self) -> None:
        """Forget the queue and every record read (after a rollback to a savepoint)."""
        self._dirty, self._search, self._links, self._events, self._fields = {}, {}, [], [], []
        self._tasks = []
        self._task_ids.forget()
        self.records.clear()
        self.deals.clear()
        self._field_keys = None
        self._tag_ids.clear()
        self._users.clear()
        self._undo.clear()

    def mark(self) -> tuple[int, int, int, int, int, int]:
        """A point to come back to with `rollback_to` (taken before each step)."""
        return (self._writes, len(self._events), len(self._links), len(self._fields), len(self._undo),
                len(self._tasks))

    def rollback_to(self, mark: tuple[int, int, int, int, int, int]) -> bool:
        """Undo what was queued since `mark`; False (nothing undone) if something reached the database."""
        writes, events, links, fields, undo, tasks = mark
        if writes != self._writes:
            return False
        del self._events[events:], self._links[links:], self._fields[fields:], self._tasks[tasks:]
        while len(self._undo) > undo:
            entry = self._undo.pop()
            if entry[0] == "field":
                if self._field_keys is not None:
                    self._field_keys.discard(entry[1])
                continue
            cid, rec, cols, search = entry
            self.records[cid] = rec
            if cols is None:
                self._dirty.pop(cid, None)
            else:
                self._dirty[cid] = cols
            if search is None:
                self._search.pop(cid, None)
            else:
                self._search[cid] = search
        return True

    def _remember(self, cid: str, rec: dict[str, Any]) -> set[str]:
        """Note how to undo the write about to change contact `cid`; returns its dirty columns."""
        cols = self._dirty.get(cid)
        self._undo.append((cid, rec, None if cols is None else set(cols), self._search.get(cid)))
        if cols is None:
            cols = self._dirty[cid] = set()
        return cols

    def _event(self, entity: str, entity_id: Any, kind: str, changes: dict[str, Any], origin: str, ts: float) -> None:
        self._events.append((entity, str(entity_id), kind, dumps(changes), origin, ts))

    # -- records ----------------------------------------------------------------
    def _record(self, contact_id: str | int) -> tuple[str, dict[str, Any] | None]:
        """(canonical id, record or None); a contact not yet in the overlay is read now."""
        key = str(contact_id).strip()
        rec = self.records.get(key)
        if rec is None and key.isdigit():
            key = str(int(key))  # "007" is contact 7: one overlay record per contact
            rec = self.records.get(key)
            if rec is None:  # not in the overlay, so nothing of it is queued: read it as it is
                rec = contacts.get_contact(self.conn, key)
                if rec is not None:
                    self.records[key] = rec
        return key, rec

    def _existing(self, contact_id: str | int) -> tuple[str, dict[str, Any]] | None:
        """(id, record) of a contact given by id; None when given by email (one-call path)."""
        key = str(contact_id).strip()
        if "@" in key:
            return None
        key, rec = self._record(key)
        if rec is None:
            raise NotFound(N_('no contact with id {key}').format(key=key))
        return key, rec

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        rec = self._record(contact_id)[1]
        if rec is None:
            return None
        _custom(rec)
        return dict(rec)

    def _one_call(self, contact_id: Any) -> None:
        """Before a write the batch does not queue: flush, and drop what it may change."""
        self.flush()
        self._writes += 1
        self.deals.clear()
        key = str(contact_id).strip()
        if key.isdigit():
            self.records.pop(str(int(key)), None)
        else:
            self.records.clear()

    # -- batched writes -----------------------------------------------------------
    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        found = self._existing(contact_id)
        std, custom = contacts.split_values(values) if found else ({}, {})
        if found is None or std.keys() & _SLOW_FIELDS:
            self._one_call(contact_id)
            return super().update_contact(contact_id, values, origin)
        cid, rec = found
        changes: dict[str, list[Any]] = {}
        new = dict(rec)
        for name, value in std.items():
            if value != rec[name]:
                changes[name] = [rec[name], value]
                new[name] = value
        old_custom = _custom(rec) if custom else {}
        new_custom = dict(old_custom)
        for key, value in custom.items():
            old = old_custom.get(key)
            if value is None:
                new_custom.pop(key, None)
            else:
                new_custom[key] = value
            if old != value:
                changes[key] = [old, value]
        if not changes:
            return {}
        ts = time.time()
        cols = self._remember(cid, rec)
        cols.update(k for k in std if k in changes)
        cols.add("updated_at")
        if new_custom != old_custom:
            new["custom"] = new_custom
            cols.add("custom")
            self._note_custom_keys({k: v for k, v in custom.items() if v is not None}, ts)
        if changes.keys() & _NAME_FIELDS:
            self._search[cid] = search_text(new["first_name"], new["last_name"], new["email"], new["company"])
            cols.add("search_text")
        new["updated_at"] = ts
        self.records[cid] = new
        self._event("contact", cid, "updated", changes, origin, ts)
        return changes

    def _note_custom_keys(self, custom: dict[str, Any], ts: float) -> None:
        if self._field_keys is None:
            self._field_keys = {r[0] for r in fetch(self.conn, _FIELD_KEYS)}
        for key, value in custom.items():
            if key not in self._field_keys:
                self._field_keys.add(key)
                self._undo.append(("field", key))
                self._fields.append((key, kind_of(value), ts))

    def add_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        found = self._existing(contact_id)
        if found is None:
            self._one_call(contact_id)
            return super().add_tag(contact_id, tag, origin)
        cid, rec = found
        name = tags.clean_tag(tag)
        if name in rec["tags"]:
            return False
        tid = self._tag_ids.get(name)
        if tid is None:
            rows = fetch(self.conn, _TAG_ID, (name,))
            if not rows:
                rows = fetch(self.conn, _NEW_TAG, (name,))
                self._writes += 1
            tid = self._tag_ids[name] = rows[0][0]
        ts = time.time()
        self._remember(cid, rec).add("updated_at")
        self.records[cid] = {**rec, "tags": sorted([*rec["tags"], name], key=str.casefold), "updated_at": ts}
        self._links.append((int(cid), tid, ts))
        self._event("contact", cid, "tag_added", {"tag": [None, name]}, origin, ts)
        return True

    def create_task(self, contact_id: str, title: str, notes: str, due_at: float | None, assignee_id: str | None,
                    origin: str, deal_id: str | None = None) -> str:
        found = self._existing(contact_id) if contact_id else ("", {})
        if found is None:
            self._one_call(contact_id)
            self._task_ids.forget()  # the table gives this one its id
            return super().create_task(contact_id, title, notes, due_at, assignee_id, origin, deal_id)
        cid = found[0]
        title = (title or "").strip()
        if not title:
            raise InvalidInput("a task needs a title")
        assignee = self._user_id(assignee_id)
        deal = int(deal_id) if deal_id else None
        ts = time.time()
        task_id = self._task_ids.next()
        self._tasks.append((task_id, title, notes or "", int(cid) if cid else None, deal, assignee, due_at, False, ts))
        initial = {"title": title, "contact_id": cid or None, "deal_id": deal and str(deal),
                   "assignee_id": assignee and str(assignee), "due_at": due_at}
        self._event("task", task_id, "created", {k: [None, v] for k, v in initial.items() if v is not None}, origin, ts)
        return str(task_id)

    # -- users (no flow step writes them: read once per batch) ----------------------------
    def get_user(self, user: str) -> dict[str, Any] | None:
        key = str(user).strip()
        if key not in self._users:
            self._users[key] = users.get_user(self.conn, key)
        found = self._users[key]
        return dict(found) if found is not None else None

    def _user_id(self, user: Any) -> int | None:
        if user is None or str(user).strip() == "":
            return None
        found = self.get_user(str(user))
        if found is None:
            raise InvalidInput(N_('no user {user!r} (give a user id or email)').format(user=user))
        return int(found["id"])

    # -- everything else: flush first, then the one-call path -----------------------------
    def find_contact(self, email: str) -> dict[str, Any] | None:
        self.flush()
        return super().find_contact(email)

    def create_contact(self, values: dict[str, Any], origin: str, tags: tuple[str, ...] = ()) -> str:
        self.flush()
        self._writes += 1
        return super().create_contact(values, origin, tags)

    def delete_contact(self, contact_id: str, origin: str) -> bool:
        self._one_call(contact_id)
        return super().delete_contact(contact_id, origin)

    def remove_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        self._one_call(contact_id)
        return super().remove_tag(contact_id, tag, origin)

    def set_owner(self, contact_id: str, user_id: str, origin: str) -> bool:
        self._one_call(contact_id)
        return super().set_owner(contact_id, user_id, origin)

    def iter_contact_ids(self) -> list[str]:
        self.flush()
        return super().iter_contact_ids()

    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        # No flush: deals are never queued, and the contact email they show changes one-call only.
        key = str(contact_id).strip()
        found = self.deals.get(str(int(key)) if key.isdigit() else key)
        if found is not None:
            return [{**d, "custom": dict(d["custom"])} for d in found]
        return super().contact_deals(contact_id)

    def _deal_write(self) -> None:
        self.flush()
        self._writes += 1
        self.deals.clear()

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        self._deal_write()
        return super().move_deal(deal_id, stage, origin, pipeline)

    def update_deal(self, deal_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        self._deal_write()
        return super().update_deal(deal_id, values, origin)

    def set_deal_owner(self, deal_id: str, user_id: str, origin: str) -> bool:
        self._deal_write()
        return super().set_deal_owner(deal_id, user_id, origin)

    def list_users(self) -> list[dict[str, Any]]:
        self.flush()
        return super().list_users()

    def list_pipelines(self) -> list[dict[str, Any]]:
        self.flush()
        return super().list_pipelines()

    def list_fields(self) -> list[dict[str, Any]]:
        self.flush()
        return super().list_fields()
