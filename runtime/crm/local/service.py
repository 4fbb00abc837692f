"""`LocalCrm`: the embedded CRM as a connector, plus one-call convenience methods.

`LocalCrm(db).bind(conn)` gives `LocalCrmOps` on the caller's transaction (the engine
uses that, so a step and its CRM write commit together). The other methods each open
their own transaction with `db.begin()` for the CLI and the designer; change listeners
(runtime.crm.local.events) are called after those transactions commit.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.engine import Connection

from runtime.crm.local import contacts, deals, tags, task_board, tasks, users
from runtime.crm.local.events import watch
from runtime.crm.local.ops import LocalCrmOps
from runtime.crm.local.search import Page, search_contacts
from runtime.store.db import Database


class LocalCrm:
    """The local CRM of one database. `name` is "local" (the connector name)."""

    name = "local"

    def __init__(self, db: Database) -> None:
        self.db = db
        watch(db.engine)

    def bind(self, conn: Connection) -> LocalCrmOps:
        return LocalCrmOps(conn)

    def _run(self, fn: Callable[[Connection], Any]) -> Any:
        # immediate: these transactions read, then write; a deferred one that read before
        # another writer (the runtime thread) committed fails at once with "database is
        # locked" (SQLite's busy snapshot), busy_timeout notwithstanding.
        with self.db.begin(immediate=True) as conn:
            return fn(conn)

    # -- contacts ---------------------------------------------------------------
    def create_contact(self, values: dict[str, Any], origin: str = "designer", tags: tuple[str, ...] = ()) -> int:
        return self._run(lambda c: contacts.create_contact(c, values, origin, tuple(tags)))

    def update_contact(self, contact: str | int, values: dict[str, Any],
                       origin: str = "designer") -> dict[str, list[Any]]:
        """Update by id or email; returns the real changes ({} and no event if none)."""
        return self._run(lambda c: contacts.update_contact(c, contacts.resolve_contact_id(c, contact), values, origin))

    def get_contact(self, contact: str | int) -> dict[str, Any] | None:
        """A contact by id or email, None if there is none."""
        if "@" in str(contact):
            return self._run(lambda c: contacts.find_contact(c, str(contact)))
        return self._run(lambda c: contacts.get_contact(c, contact))

    def delete_contact(self, contact: str | int, origin: str = "designer") -> bool:
        return self._run(lambda c: contacts.delete_contact(c, contacts.resolve_contact_id(c, contact), origin))

    def add_tag(self, contact: str | int, tag: str, origin: str = "designer") -> bool:
        return self._run(lambda c: tags.add_tag(c, contacts.resolve_contact_id(c, contact), tag, origin))

    def remove_tag(self, contact: str | int, tag: str, origin: str = "designer") -> bool:
        return self._run(lambda c: tags.remove_tag(c, contacts.resolve_contact_id(c, contact), tag, origin))

    def search(self, text: str = "", **options: Any) -> Page:
        """See runtime.crm.local.search.search_contacts for the options."""
        return self._run(lambda c: search_contacts(c, text, **options))

    def list_tags(self) -> list[dict[str, Any]]:
        return self._run(tags.list_tags)

    def list_fields(self) -> list[dict[str, Any]]:
        return self._run(lambda c: LocalCrmOps(c).list_fields())

    # -- users, pipelines, deals ------------------------------------------------
    def create_user(self, email: str, name: str, origin: str = "designer") -> int:
        return self._run(lambda c: users.create_user(c, email, name, origin))

    def list_users(self) -> list[dict[str, Any]]:
        return self._run(users.list_users)

    def create_pipeline(self, name: str, stages: list[str], origin: str = "designer") -> int:
        return self._run(lambda c: deals.create_pipeline(c, name, stages, origin))

    def list_pipelines(self) -> list[dict[str, Any]]:
        return self._run(deals.list_pipelines)

    def create_deal(self, title: str, pipeline: str, stage: str, origin: str = "designer", *,
                    contact: str | int | None = None, **extra: Any) -> int:
        """`extra`: amount, owner (id or email), close_date (ISO date), custom (dict of custom fields)."""
        def go(c: Connection) -> int:
            cid = None if contact is None else contacts.resolve_contact_id(c, contact)
            return deals.create_deal(c, title, pipeline, stage, origin, contact_id=cid, **extra)

        return self._run(go)

    def move_deal(self, deal_id: str | int, stage: str, origin: str = "designer", pipeline: str | None = None) -> bool:
        return self._run(lambda c: deals.move_deal(c, deal_id, stage, origin, pipeline))

    def update_deal(self, deal_id: str | int, values: dict[str, Any], origin: str = "designer") -> dict[str, list[Any]]:
        """Standard or custom fields of a deal; returns the real changes (see deals.update_deal)."""
        return self._run(lambda c: deals.update_deal(c, deal_id, values, origin))

    def get_deal(self, deal_id: str | int) -> dict[str, Any] | None:
        return self._run(lambda c: deals.get_deal(c, deal_id))

    def list_deals(self, contact: str | int | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        def go(c: Connection) -> list[dict[str, Any]]:
            cid = None if contact is None else contacts.resolve_contact_id(c, contact)
            return deals.list_deals(c, contact_id=cid, limit=limit)

        return self._run(go)

    # -- tasks, notes -----------------------------------------------------------
    def create_task(self, contact: str | int | None, title: str, origin: str = "designer", **extra: Any) -> int:
        """`extra`: notes, due_at (epoch seconds), assignee (id or email), deal_id."""
        def go(c: Connection) -> int:
            cid = None if contact is None else contacts.resolve_contact_id(c, contact)
            return tasks.create_task(c, cid, title, origin, **extra)

        return self._run(go)

    def list_tasks(self, contact: str | int | None = None) -> list[dict[str, Any]]:
        return self._run(lambda c: tasks.list_tasks(
            c, None if contact is None else contacts.resolve_contact_id(c, contact)))

    def find_tasks(self, state: str = "open", **options: Any) -> list[dict[str, Any]]:
        """See runtime.crm.local.task_board.find_tasks (owner, contact, now, limit, offset)."""
        return self._run(lambda c: task_board.find_tasks(c, state, **options))

    def complete_task(self, task_id: str | int, origin: str = "designer") -> bool:
        return self._run(lambda c: task_board.complete_task(c, task_id, origin))

    def add_note(self, contact: str | int, body: str, origin: str = "designer") -> int:
        return self._run(lambda c: tasks.add_note(c, contacts.resolve_contact_id(c, contact), body, origin))

    def list_notes(self, contact: str | int) -> list[dict[str, Any]]:
        return self._run(lambda c: tasks.list_notes(c, contacts.resolve_contact_id(c, contact)))

    # -- import, demo -----------------------------------------------------------
    def import_csv(self, path: str | Path, **options: Any) -> Any:
        """See runtime.crm.local.csv_import.import_contacts_csv."""
        from runtime.crm.local.csv_import import import_contacts_csv  # here: the CSV reader costs ~60 ms to import

        return import_contacts_csv(self.db, path, **options)

    def seed_demo(self, lang: str = "es") -> bool:
        """The demo data in `lang` (see runtime.crm.local.demo), unless the CRM has contacts."""
        from runtime.crm.local.demo import seed_demo_crm  # here: used once, by `demo` and the first start

        return self._run(lambda c: seed_demo_crm(c, lang))
