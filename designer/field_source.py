"""What the inspector's pickers offer (fields, tags, users, pipelines), read from the local CRM."""

from __future__ import annotations

import logging
from typing import Any

from runtime.crm.local import LocalCrm
from runtime.store.db import Database

log = logging.getLogger(__name__)


class LocalFieldSource:
    """The flow editor's `field_source`: lists of dicts, cached until `refresh()`."""

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
