"""`Bitrix24Ops`: CrmOps over Bitrix24's crm.* and user.* REST methods."""

from __future__ import annotations

import time
from typing import Any

from runtime.crm.base import CrmError, NotFound, marker_line
from runtime.crm.bitrix24 import mapping as m
from runtime.crm.bitrix24.api import Bitrix24Api
from runtime.crm.http.cache import TtlCache
from runtime.crm.ops_base import RemoteOps
from runtime.crm.remote import RemoteConnector
from runtime.i18n import N_

_KINDS = {"integer": "number", "double": "number", "date": "date", "datetime": "date",
          "enumeration": "choice", "crm_status": "choice"}


class Bitrix24Ops(RemoteOps):
    """Every CrmOps call as Bitrix24 methods; `tag_field` is a UF_CRM_* user field."""

    vendor = "Bitrix24"

    def __init__(self, api: Bitrix24Api, tag_field: str = "", cache: TtlCache | None = None) -> None:
        self.api = api
        self.tag_field = tag_field
        self.cache = cache or TtlCache()

    def _raw_contact(self, contact_id: str) -> dict[str, Any] | None:
        items = self.api.call("crm.contact.list", {"filter": {"ID": contact_id}, "select": m.CONTACT_SELECT})
        return items[0] if items else None

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        item = self._raw_contact(contact_id)
        return m.to_contact(item, self.tag_field) if item else None

    def get_contacts(self, ids: list[str]) -> dict[str, dict[str, Any] | None]:
        """Many contacts at once: `batch` of crm.contact.list filtered by @ID, 50 ids per command
        and 50 commands per call (2,500 contacts per HTTP request); None for unknown ids."""
        found: dict[str, dict[str, Any] | None] = {str(i): None for i in ids}
        keys = list(found)
        commands = {f"c{n}": ("crm.contact.list", {"filter": {"@ID": keys[i:i + m.PAGE]}, "select": m.CONTACT_SELECT})
                    for n, i in enumerate(range(0, len(keys), m.PAGE))}
        for items in self.api.batch(commands).values():
            for item in items or []:
                found[str(item["ID"])] = m.to_contact(item, self.tag_field)
        return found

    def find_contact(self, email: str) -> dict[str, Any] | None:
        items = self.api.call("crm.contact.list", {"filter": {"EMAIL": email.strip().lower()},
                                                   "select": m.CONTACT_SELECT})
        return m.to_contact(items[0], self.tag_field) if items else None

    def _require(self, contact_id: str) -> dict[str, Any]:
        item = self._raw_contact(contact_id)
        if item is None:
            raise NotFound(N_('Bitrix24: no contact {contact_id}').format(contact_id=contact_id))
        return item

    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        raw = self._require(contact_id)
        before = m.to_contact(raw, self.tag_field)
        flat = {**{k: before[k] for k in ("email", "phone", *m.CONTACT_FIELDS)}, **before["custom"]}
        changes: dict[str, list[Any]] = {}
        wanted: dict[str, Any] = {}
        for key, value in values.items():
            items = value.items() if key == "custom" and isinstance(value, dict) else [(key, value)]
            for k, v in items:
                k = k.removeprefix("contact.").removeprefix("custom.")
                if str(flat.get(k) or "") != str(v if v is not None else ""):
                    changes[k] = [flat.get(k) or None, v]
                    wanted[k] = v
        if wanted:
            self.api.call("crm.contact.update", {"id": contact_id, "fields": m.to_fields(wanted, raw)})
        return changes

    def _tags(self, contact_id: str, tag: str, add: bool) -> bool:
        if not self.tag_field:
            raise CrmError("Bitrix24: choose a UF_CRM_* user field for tags in this connection "
                           "(connections add ... --tag-property UF_CRM_...)")
        raw = self._require(contact_id)
        tags = m.tag_list(raw.get(self.tag_field))
        if (tag in tags) == add:
            return False
        tags = [*tags, tag] if add else [t for t in tags if t != tag]
        value: Any = tags if isinstance(raw.get(self.tag_field), list) else ",".join(tags)
        self.api.call("crm.contact.update", {"id": contact_id, "fields": {self.tag_field: value}})
        return True

    def iter_contact_ids(self) -> list[str]:
        return [str(i["ID"]) for i in self.api.paged("crm.contact.list", {"select": ["ID"], "order": {"ID": "ASC"}})]

    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        items = self.api.paged("crm.deal.list", {"filter": {"CONTACT_ID": contact_id}, "select": m.DEAL_SELECT})
        return [m.to_deal(i, self.list_pipelines()) for i in items]

    def deals_of(self, contact_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """{contact id: its deals} with one `batch` command per contact."""
        pipelines = self.list_pipelines()
        commands = {f"d{cid}": ("crm.deal.list", {"filter": {"CONTACT_ID": cid}, "select": m.DEAL_SELECT})
                    for cid in contact_ids}
        found = self.api.batch(commands)
        return {str(cid): [m.to_deal(i, pipelines) for i in found.get(f"d{cid}") or []] for cid in contact_ids}

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        pipe, found = self.find_stage(stage, pipeline)
        items = self.api.call("crm.deal.list", {"filter": {"ID": deal_id}, "select": ["ID", "STAGE_ID", "CATEGORY_ID"]})
        if not items:
            raise NotFound(N_('Bitrix24: no deal {deal_id}').format(deal_id=deal_id))
        if items[0].get("STAGE_ID") == found["id"]:
            return False
        if str(items[0].get("CATEGORY_ID") or "0") != str(pipe["id"]):
            # A deal's funnel (CATEGORY_ID) is immutable in crm.deal.update: crm.item.update moves it.
            self.api.call("crm.item.update", {"entityTypeId": m.ENTITY_DEAL, "id": int(deal_id),
                                              "fields": {"categoryId": int(pipe["id"]), "stageId": found["id"]}})
        else:
            self.api.call("crm.deal.update", {"id": deal_id, "fields": {"STAGE_ID": found["id"]}})
        return True

    def create_task(self, contact_id: str, title: str, notes: str, due_at: float | None,
                    assignee_id: str | None, origin: str, deal_id: str | None = None, marker: str = "",
                    look_first: bool = True) -> str:
        """A to-do on the contact (or deal). With `marker` (an idempotency key), a to-do of this
        owner carrying it is returned instead of adding another; the marker ends the description."""
        owner_type, owner_id = (m.ENTITY_DEAL, int(deal_id)) if deal_id else (m.OWNER_TYPE_CONTACT, int(contact_id))
        if marker:
            found = self.find_task(contact_id, marker, deal_id) if look_first else None
            if found is not None:
                return found
            notes = f"{notes}\n\n{marker_line(marker)}" if notes else marker_line(marker)
        params: dict[str, Any] = {"ownerTypeId": owner_type, "ownerId": owner_id, "title": title,
                                  "description": notes, "deadline": m.iso(due_at if due_at else time.time() + 86400)}
        if assignee_id:
            params["responsibleId"] = int(assignee_id)
        result = self.api.call("crm.activity.todo.add", params)
        return str(result["id"] if isinstance(result, dict) else result)

    def find_task(self, contact_id: str, marker: str, deal_id: str | None = None) -> str | None:
        """The id of an activity of the contact (or deal) whose description carries `marker`, else None."""
        owner_type, owner_id = (m.ENTITY_DEAL, int(deal_id)) if deal_id else (m.OWNER_TYPE_CONTACT, int(contact_id))
        line = marker_line(marker)
        for item in self.api.paged("crm.activity.list", {
                "filter": {"OWNER_TYPE_ID": owner_type, "OWNER_ID": owner_id}, "select": ["ID", "DESCRIPTION"]}):
            if line in str(item.get("DESCRIPTION") or ""):
                return str(item["ID"])
        return None

    def probe(self) -> None:
        """One cheap authenticated call (is the webhook good again?)."""
        self.api.call("crm.contact.fields")

    def list_users(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            return [{"id": str(u["ID"]), "email": (u.get("EMAIL") or "").lower(),
                     "name": " ".join(x for x in (u.get("NAME"), u.get("LAST_NAME")) if x) or u.get("EMAIL", "")}
                    for u in self.api.paged("user.get", {"FILTER": {"ACTIVE": True}})]
        return self.cache.get("users", load)

    def list_pipelines(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            cats = (self.api.call("crm.category.list", {"entityTypeId": 2}) or {}).get("categories") or []
            names = {str(c["id"]): c.get("name") or str(c["id"]) for c in cats} or {"0": "General"}
            stages: dict[str, list[dict[str, Any]]] = {cid: [] for cid in names}
            for s in self.api.paged("crm.status.list", {"order": {"SORT": "ASC"}}):
                entity = str(s.get("ENTITY_ID") or "")
                if entity == "DEAL_STAGE" or entity.startswith("DEAL_STAGE_"):
                    cid = entity.removeprefix("DEAL_STAGE").lstrip("_") or "0"
                    stages.setdefault(cid, []).append(s)
            return [{"id": cid, "name": names.get(cid, cid), "stages": [
                {"id": s["STATUS_ID"], "name": s.get("NAME") or s["STATUS_ID"], "position": i}
                for i, s in enumerate(sorted(items, key=lambda s: int(s.get("SORT") or 0)))]}
                for cid, items in stages.items()]
        return self.cache.get("pipelines", load)

    def list_fields(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            out = []
            for name, spec in (self.api.call("crm.contact.fields") or {}).items():
                ours = m.B24_TO_CONTACT.get(name) or {"EMAIL": "email", "PHONE": "phone"}.get(name)
                custom = name.startswith("UF_")
                if not ours and not custom:
                    continue
                title = spec.get("listLabel") or spec.get("formLabel") or spec.get("title") or name
                out.append({"path": f"contact.{ours or name}", "title": title,
                            "kind": _KINDS.get(spec.get("type", ""), "text"), "custom": custom})
            return out
        return self.cache.get("fields", load)


class Bitrix24Connector(RemoteConnector):
    """A named Bitrix24 connection (see runtime.crm.remote for `bind`)."""

    kind = "bitrix24"

    def __init__(self, name: str, api: Bitrix24Api, tag_field: str = "") -> None:
        super().__init__(name, api, Bitrix24Ops(api, tag_field))
