"""`PipedriveOps`: CrmOps over Pipedrive's API v2 (persons as contacts, labels as tags).

Calls: GET /api/v2/persons/{id}, GET /api/v2/persons?ids= (100 per call), GET
/api/v2/persons/search?term=&fields=email&exact_match=true, PATCH /api/v2/persons/{id};
GET /api/v2/personFields (the label options, custom fields); GET /api/v2/deals?person_id=,
PATCH /api/v2/deals/{id} (stage_id, pipeline_id); GET /api/v2/pipelines, /api/v2/stages;
POST /api/v2/activities (person_id, owner_id, due_date, the key at the end of its note), GET
/api/v2/activities?person_id=; GET /api/v1/users (v2 has no users list).
"""

from __future__ import annotations

import time
from typing import Any

from runtime.crm.base import CrmError, NotFound, marker_line
from runtime.crm.http.cache import TtlCache
from runtime.crm.ops_base import RemoteOps
from runtime.crm.pipedrive import mapping as m
from runtime.crm.pipedrive.api import PipedriveApi
from runtime.crm.remote import RemoteConnector
from runtime.i18n import N_

V2 = "/api/v2"
_KINDS = {"double": "number", "int": "number", "monetary": "number", "date": "date", "enum": "choice",
          "set": "choice"}
STANDARD = {"email", "phone", "first_name", "last_name", "owner_id"}


class PipedriveOps(RemoteOps):
    """Every CrmOps call as Pipedrive requests. Writes are immediate (outside transactions)."""

    vendor = "Pipedrive"

    def __init__(self, api: PipedriveApi, cache: TtlCache | None = None) -> None:
        self.api = api
        self.cache = cache or TtlCache()

    # -- labels and fields (personFields) ----------------------------------------
    def _person_fields(self) -> list[dict[str, Any]]:
        return self.cache.get("person_fields", lambda: list(self.api.paged(f"{V2}/personFields")))

    def _labels(self) -> dict[int, str]:
        for f in self._person_fields():
            if f.get("field_code") == "label_ids":
                return {int(o["id"]): str(o.get("label") or o["id"]) for o in f.get("options") or []}
        return {}

    # -- contacts -------------------------------------------------------------
    def _raw(self, contact_id: str) -> dict[str, Any] | None:
        try:
            return self.api.get(f"{V2}/persons/{contact_id}")
        except NotFound:
            return None

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        raw = self._raw(contact_id)
        return m.to_contact(raw, self._labels()) if raw else None

    def get_contacts(self, ids: list[str]) -> dict[str, dict[str, Any] | None]:
        found: dict[str, dict[str, Any] | None] = {str(i): None for i in ids}
        labels = self._labels()
        for item in self.api.by_ids(f"{V2}/persons", list(found)):
            found[str(item["id"])] = m.to_contact(item, labels)
        return found

    def find_contact(self, email: str) -> dict[str, Any] | None:
        key = email.strip().lower()
        body = self.api.get(f"{V2}/persons/search", term=key, fields="email", exact_match="true") or {}
        for hit in body.get("items") or []:
            person = hit.get("item") or {}
            if person.get("id") is not None:
                found = self.get_contact(str(person["id"]))
                if found is not None and found["email"] == key:
                    return found
        return None

    def _require(self, contact_id: str) -> dict[str, Any]:
        raw = self._raw(contact_id)
        if raw is None:
            raise NotFound(N_('Pipedrive: no person {contact_id}').format(contact_id=contact_id))
        return raw

    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        raw = self._require(contact_id)
        before = m.to_contact(raw, self._labels())
        flat = {**{k: before[k] for k in STANDARD}, **before["custom"]}
        changes: dict[str, list[Any]] = {}
        body: dict[str, Any] = {}
        for key, value in values.items():
            items = value.items() if key == "custom" and isinstance(value, dict) else [(key, value)]
            for k, v in items:
                k = k.removeprefix("contact.").removeprefix("custom.")
                if str(flat.get(k) or "") == str("" if v is None else v):
                    continue
                changes[k] = [flat.get(k) or None, v]
                flat[k] = v
                if k in ("email", "phone"):
                    body[f"{k}s"] = [{"value": v or "", "primary": True, "label": "work"}]
                elif k in ("first_name", "last_name"):
                    body["name"] = f"{flat.get('first_name') or ''} {flat.get('last_name') or ''}".strip()
                elif k == "owner_id":
                    body["owner_id"] = int(v)
                else:
                    body.setdefault("custom_fields", {})[k] = v
        if body:
            self.api.patch(f"{V2}/persons/{contact_id}", body)
        return changes

    def _tags(self, contact_id: str, tag: str, add: bool) -> bool:
        labels = self._labels()
        wanted = next((i for i, name in labels.items() if name.casefold() == tag.casefold()), None)
        if wanted is None:
            if not add:
                return False
            known = ", ".join(sorted(labels.values())) or "none"
            raise CrmError(f"Pipedrive: no person label «{tag}» (labels: {known}); create it in Pipedrive first")
        ids = [int(i) for i in self._require(contact_id).get("label_ids") or []]
        if (wanted in ids) == add:
            return False
        ids = [*ids, wanted] if add else [i for i in ids if i != wanted]
        self.api.patch(f"{V2}/persons/{contact_id}", {"label_ids": ids})
        return True

    def iter_contact_ids(self) -> list[str]:
        return [str(p["id"]) for p in self.api.paged(f"{V2}/persons")]

    # -- deals ----------------------------------------------------------------
    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        pipelines = self.list_pipelines()
        return [m.to_deal(d, pipelines) for d in self.api.paged(f"{V2}/deals", person_id=str(contact_id))]

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        pipe, found = self.find_stage(stage, pipeline)
        current = self.api.get(f"{V2}/deals/{deal_id}") or {}
        if str(current.get("stage_id")) == found["id"]:
            return False
        self.api.patch(f"{V2}/deals/{deal_id}", {"stage_id": int(found["id"]), "pipeline_id": int(pipe["id"])})
        return True

    # -- activities, users, metadata -------------------------------------------
    def create_task(self, contact_id: str, title: str, notes: str, due_at: float | None, assignee_id: str | None,
                    origin: str, deal_id: str | None = None, marker: str = "",
                    look_first: bool = True) -> str:
        """An activity of the person (and deal); with `marker`, one of the person's activities
        carrying it is returned instead of adding another (the marker ends its note)."""
        if marker:
            found = self.find_task(contact_id, marker) if look_first else None
            if found is not None:
                return found
            notes = f"{notes}\n\n{marker_line(marker)}" if notes else marker_line(marker)
        due = m.rfc3339(due_at if due_at else time.time() + 86400)
        body: dict[str, Any] = {"subject": title, "type": "task", "person_id": int(contact_id), "note": notes,
                                "due_date": due[:10], "due_time": due[11:16], "done": False}
        if deal_id:
            body["deal_id"] = int(deal_id)
        if assignee_id:
            body["owner_id"] = int(assignee_id)
        return str(self.api.post(f"{V2}/activities", body)["id"])

    def find_task(self, contact_id: str, marker: str, deal_id: str | None = None) -> str | None:
        line = marker_line(marker)
        for activity in self.api.paged(f"{V2}/activities", person_id=str(contact_id)):
            if line in str(activity.get("note") or ""):
                return str(activity["id"])
        return None

    def probe(self) -> None:
        self.api.get("/api/v1/users/me")

    def list_users(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            return [{"id": str(u["id"]), "email": str(u.get("email") or "").lower(), "name": u.get("name") or ""}
                    for u in self.api.get("/api/v1/users") or [] if u.get("active_flag", True)]
        return self.cache.get("users", load)

    def list_pipelines(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            pipes: dict[str, dict[str, Any]] = {
                str(p["id"]): {"id": str(p["id"]), "name": p.get("name") or str(p["id"]), "stages": []}
                for p in self.api.paged(f"{V2}/pipelines")}
            for s in self.api.paged(f"{V2}/stages"):
                pipe = pipes.get(str(s.get("pipeline_id")))
                if pipe is not None:
                    pipe["stages"].append({"id": str(s["id"]), "name": s.get("name") or str(s["id"]),
                                           "position": s.get("order_nr", 0)})
            for pipe in pipes.values():
                pipe["stages"].sort(key=lambda s: s["position"])
            return list(pipes.values())
        return self.cache.get("pipelines", load)

    def list_fields(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            out = [{"path": f"contact.{k}", "title": k, "kind": "text", "custom": False} for k in sorted(STANDARD)]
            for f in self._person_fields():
                if f.get("is_custom_field"):
                    out.append({"path": f"contact.{f['field_code']}", "title": f.get("field_name") or f["field_code"],
                                "kind": _KINDS.get(str(f.get("field_type") or ""), "text"), "custom": True})
            return out
        return self.cache.get("fields", load)


class PipedriveConnector(RemoteConnector):
    """A named Pipedrive connection (see runtime.crm.remote for `bind`)."""

    kind = "pipedrive"

    def __init__(self, name: str, api: PipedriveApi, tag_property: str = "") -> None:
        super().__init__(name, api, PipedriveOps(api))
