"""What the inspector's pickers offer (fields, tags, users, pipelines): the local CRM's, or a
connection's real properties, pipelines, stages and users, fetched over HTTP and cached."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from runtime.crm.local import LocalCrm
from runtime.store.db import Database

log = logging.getLogger(__name__)
KINDS = ("fields", "users", "pipelines")


class LocalFieldSource:
    """The flow editor's `field_source`: lists of dicts, cached until `refresh()`."""

    crm_name = "local"

    def __init__(self, db: Database) -> None:
        self.crm = LocalCrm(db)
        self._cache: dict[str, list[dict[str, Any]]] = {}

    def refresh(self) -> None:
        """Forget cached lists (call after contacts, tags or pipelines change)."""
        self._cache.clear()

    def _get(self, name: str, loader: Any) -> list[dict[str, Any]]:
        if name not in self._cache:
            try:
                self._cache[name] = list(loader())
            except Exception:  # a picker without suggestions beats a broken inspector
                log.exception("could not list %s", name)
                return []
        return self._cache[name]

    def fields(self) -> list[dict[str, Any]]:
        return self._get("fields", self.crm.list_fields)

    def tags(self) -> list[dict[str, Any]]:
        return self._get("tags", self.crm.list_tags)

    def users(self) -> list[dict[str, Any]]:
        return self._get("users", self.crm.list_users)

    def pipelines(self) -> list[dict[str, Any]]:
        return self._get("pipelines", self.crm.list_pipelines)


class ConnectionFieldSource:
    """Pickers for a CRM connection (HubSpot / Bitrix24), read through its connector.

    The first read of each list goes over HTTP (the connector also caches it for five
    minutes); `prefetch()` loads all of them on a background thread so the inspector
    rarely waits. A failing CRM gives empty lists (the inspector then offers the
    standard fields) and its message in `error`. Tags are free text (an editable combo).
    """

    def __init__(self, db: Database, name: str, opener: Callable[[str], Any] | None = None) -> None:
        self.db = db
        self.crm_name = name
        self._opener = opener
        self._ops: Any = None
        self._cache: dict[str, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.error = ""

    def _open(self) -> Any:
        if self._ops is None:
            if self._opener is not None:
                self._ops = self._opener(self.crm_name).bind(None)
            else:
                from runtime.crm.connections import get_connection, open_connector

                connector, _ = open_connector(get_connection(self.db, self.crm_name))
                self._ops = connector.bind(None)
        return self._ops

    def _get(self, kind: str) -> list[dict[str, Any]]:
        with self._lock:
            if kind in self._cache:
                return self._cache[kind]
            try:
                value = list(getattr(self._open(), f"list_{kind}")())
            except Exception as exc:  # noqa: BLE001 - the inspector must keep working
                self.error = str(exc)
                log.warning("could not list %s of %s: %s", kind, self.crm_name, exc)
                return []
            self._cache[kind] = value
            return value

    def refresh(self) -> None:
        with self._lock:
            self._cache.clear()
            if self._ops is not None and hasattr(self._ops, "cache"):
                self._ops.cache.clear()

    def prefetch(self) -> threading.Thread:
        """Load fields, users and pipelines on a background thread (returned, already started)."""
        thread = threading.Thread(target=lambda: [self._get(k) for k in KINDS], daemon=True,
                                  name=f"caudal-fields-{self.crm_name}")
        thread.start()
        return thread

    def fields(self) -> list[dict[str, Any]]:
        return self._get("fields")

    def tags(self) -> list[dict[str, Any]]:
        return []

    def users(self) -> list[dict[str, Any]]:
        return self._get("users")

    def pipelines(self) -> list[dict[str, Any]]:
        return self._get("pipelines")

    def close(self) -> None:
        ops, self._ops = self._ops, None
        if ops is not None and self._opener is None:
            ops.api.http.close()


def field_source_for(db: Database, crm: str | None, local: LocalFieldSource,
                     known: dict[str, ConnectionFieldSource]) -> Any:
    """The field source of a flow's CRM: `local` for the embedded CRM, else the (cached in
    `known`) connection source, prefetching on first use."""
    if crm in (None, "", "local"):
        return local
    source = known.get(crm)
    if source is None:
        source = known[crm] = ConnectionFieldSource(db, crm)
        source.prefetch()
    return source
