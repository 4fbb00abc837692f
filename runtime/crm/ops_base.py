"""What the remote connectors' CrmOps share: tags through `_tags`, owner through update_contact,
users by id or email, stages by id or name, deals of many contacts."""

from __future__ import annotations

from typing import Any

from runtime.crm.base import CrmError
from runtime.i18n import N_


class RemoteOps:
    """Mixin for a vendor's ops class (`vendor` names it in messages)."""

    vendor = ""

    def _tags(self, contact_id: str, tag: str, add: bool) -> bool:
        raise NotImplementedError

    def add_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        return self._tags(contact_id, tag, True)

    def remove_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        return self._tags(contact_id, tag, False)

    def set_owner(self, contact_id: str, user_id: str, origin: str) -> bool:
        return bool(self.update_contact(contact_id, {"owner_id": user_id}, origin))  # type: ignore[attr-defined]

    def get_user(self, user: str) -> dict[str, Any] | None:
        """A user by id or email."""
        key = str(user).strip().lower()
        return next((u for u in self.list_users() if key in (u["id"], u["email"])), None)  # type: ignore[attr-defined]

    def deals_of(self, contact_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """{contact id: its deals} (one listing per contact unless the vendor batches it)."""
        return {str(c): self.contact_deals(str(c)) for c in contact_ids}  # type: ignore[attr-defined]

    def find_stage(self, stage: str, pipeline: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
        """(pipeline, stage) matched by id or name, within `pipeline` when given."""
        for pipe in self.list_pipelines():  # type: ignore[attr-defined]
            if pipeline and pipeline not in (pipe["id"], pipe["name"]):
                continue
            found = next((s for s in pipe["stages"] if stage in (s["id"], s["name"])), None)
            if found:
                return pipe, found
        missing = (N_("no deal stage {stage!r} in pipeline {pipeline!r}") if pipeline
                   else N_("no deal stage {stage!r}"))
        raise CrmError(f"{self.vendor}: " + missing.format(stage=stage, pipeline=pipeline))
