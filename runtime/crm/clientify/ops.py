"""`ClientifyOps`: CrmOps over Clientify's API v1 (contacts, tags, owner, deals, tasks, users).

Calls: GET/PUT /contacts/{id}/; POST/PUT /contacts/{id}/emails|phones/; GET/POST
/contacts/{id}/tags/, DELETE /contacts/{id}/tags/{tag}/; PUT /contacts/{id}/owner/;
GET /deals/?contact={id}, PUT /deals/{id}/ (pipeline_stage URL); GET /deals/pipelines/ and
/deals/pipelines/stages/; POST /tasks/ (related_contacts, the key at the end of its
description), GET /contacts/{id}/tasks/; GET /tasks/types/; GET /users/; GET /custom-fields/.
Clientify has no batch read: many contacts are read one GET each, within the rate limit.
"""

from __future__ import annotations

import time
from typing import Any

from runtime.crm.base import NotFound, marker_line
from runtime.crm.clientify import mapping as m
from runtime.crm.clientify.api import ClientifyApi
from runtime.crm.http.cache import TtlCache
from runtime.crm.ops_base import RemoteOps
from runtime.crm.remote import RemoteConnector
from runtime.i18n import N_

STANDARD = ("email", "phone", *m.CONTACT_FIELDS)
_KINDS = {"number": "number", "integer": "number", "decimal": "number", "date": "date", "datetime": "date",
          "selector": "choice", "choice": "choice"}


class ClientifyOps(RemoteOps):
    """Every CrmOps call as Clientify requests. Writes are immediate (outside transactions)."""

    vendor = "Clientify"

    def __init__(self, api: ClientifyApi, cache: TtlCache | None = None) -> None:
        self.api = api
        self.cache = cache or TtlCache()

    # -- contacts -------------------------------------------------------------
    def _raw(self, contact_id: str) -> dict[str, Any] | None:
        try:
            return self.api.get(f"/contacts/{contact_id}/")
        except NotFound:
            return None

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        raw = self._raw(contact_id)
        return m.to_contact(raw) if raw else None

    def get_contacts(self, ids: list[str]) -> dict[str, dict[str, Any] | None]:
        """Many contacts (no batch endpoint: one GET each, limited to 2 per second)."""
        return {str(i): self.get_contact(str(i)) for i in ids}

    def find_contact(self, email: str) -> dict[str, Any] | None:
        key = email.strip().lower()
        body = self.api.get("/contacts/", email=key, page_size=10)
        for item in (body or {}).get("results") or []:
            if m.to_contact(item)["email"] == key:
                return self.get_contact(str(item["id"]))
        return None

    def _require(self, contact_id: str) -> dict[str, Any]:
        raw = self._raw(contact_id)
        if raw is None:
            raise NotFound(N_('Clientify: no contact {contact_id}').format(contact_id=contact_id))
        return raw

    def _set_multi(self, contact_id: str, raw: dict[str, Any], kind: str, value: str) -> None:
        """Write the first email/phone: PUT it when there is one, else POST a new one."""
        items = raw.get(f"{kind}s") or []
        body = {kind: value, "type": (items[0].get("type") if items else 1) or 1}
        if items and items[0].get("id") is not None:
            self.api.put(f"/contacts/{contact_id}/{kind}s/{items[0]['id']}/", body)
        else:
            self.api.post(f"/contacts/{contact_id}/{kind}s/", body)

    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        raw = self._require(contact_id)
        before = m.to_contact(raw)
        flat = {**{k: before[k] for k in STANDARD}, **before["custom"]}
        changes: dict[str, list[Any]] = {}
        fields: dict[str, Any] = {}
        custom: list[dict[str, Any]] = []
        for key, value in values.items():
            items = value.items() if key == "custom" and isinstance(value, dict) else [(key, value)]
            for k, v in items:
                k = k.removeprefix("contact.").removeprefix("custom.")
                new = "" if v is None else v
                if str(flat.get(k) or "") == str(new):
                    continue
                changes[k] = [flat.get(k) or None, v]
                if k in ("email", "phone"):
                    self._set_multi(contact_id, raw, k, str(new))
                elif k in m.CONTACT_FIELDS:
                    fields[m.CONTACT_FIELDS[k]] = new
                elif k == "owner_id":
                    self.api.put(f"/contacts/{contact_id}/owner/", {"owner": new})
                else:
                    custom.append({"field": k, "value": new})
        if custom:
            fields["custom_fields"] = custom
        if fields:
            self.api.put(f"/contacts/{contact_id}/", fields)
        return changes

    def _contact_tags(self, contact_id: str) -> list[dict[str, Any]]:
        body = self.api.get(f"/contacts/{contact_id}/tags/")
        items = body.get("results") if isinstance(body, dict) else body
        return [t for t in items or [] if isinstance(t, dict)]

    def add_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        if any(t.get("name") == tag for t in self._contact_tags(contact_id)):
            return False
        self.api.post(f"/contacts/{contact_id}/tags/", {"name": tag}, idempotent=True)  # adding twice is harmless
        return True

    def remove_tag(self, contact_id: str, tag: str, origin: str) -> bool:
        found = next((t for t in self._contact_tags(contact_id) if t.get("name") == tag), None)
        if found is None:
            return False
        self.api.delete(f"/contacts/{contact_id}/tags/{found['id']}/")
        return True

    def iter_contact_ids(self) -> list[str]:
        return [str(i["id"]) for i in self.api.paged("/contacts/", fields="id")]

    # -- deals ----------------------------------------------------------------
    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        pipelines = self.list_pipelines()
        return [m.to_deal(d, pipelines) for d in self.api.paged("/deals/", contact=str(contact_id))
                if m.url_id(d.get("contact")) == str(contact_id)]

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        _pipe, found = self.find_stage(stage, pipeline)
        current = self.api.get(f"/deals/{deal_id}/")
        if m.url_id(current.get("pipeline_stage")) == found["id"]:
            return False
        self.api.put(f"/deals/{deal_id}/", {"pipeline_stage": self.api.url(f"deals/pipelines/stages/{found['id']}")})
        return True

    # -- tasks, users, metadata ------------------------------------------------
    def create_task(self, contact_id: str, title: str, notes: str, due_at: float | None, assignee_id: str | None,
                    origin: str, deal_id: str | None = None, marker: str = "",
                    look_first: bool = True) -> str:
        """A task related to the contact; with `marker`, one of the contact's tasks carrying it
        is returned instead of creating another (the marker ends the description)."""
        if marker:
            found = self.find_task(contact_id, marker) if look_first else None
            if found is not None:
                return found
            notes = f"{notes}\n\n{marker_line(marker)}" if notes else marker_line(marker)
        body: dict[str, Any] = {"name": title, "description": notes, "type": self._task_type(),
                                "due_date": m.iso(due_at if due_at else time.time() + 86400),
                                "related_contacts": [self.api.url(f"contacts/{contact_id}")]}
        if deal_id:
            body["deals"] = [self.api.url(f"deals/{deal_id}")]
        if assignee_id:
            body["assigned_to"] = assignee_id
        return str(self.api.post("/tasks/", body)["id"])

    def find_task(self, contact_id: str, marker: str, deal_id: str | None = None) -> str | None:
        line = marker_line(marker)
        for task in self.api.paged(f"/contacts/{contact_id}/tasks/"):
            if line in str(task.get("description") or ""):
                return str(task["id"])
        return None

    def _task_type(self) -> Any:
        types = self.cache.get("task_types", lambda: list(self.api.paged("/tasks/types/")))
        return types[0]["id"] if types else 1

    def probe(self) -> None:
        self.api.get("/users/", page_size=1)

    def list_users(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            out = []
            for u in self.api.paged("/users/"):
                name = u.get("full_name") or " ".join(x for x in (u.get("first_name"), u.get("last_name")) if x)
                ident = u.get("username") or u.get("email") or str(u.get("id"))
                out.append({"id": str(ident).lower(), "email": str(u.get("email") or ident).lower(),
                            "name": name or ident})
            return out
        return self.cache.get("users", load)

    def list_pipelines(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            pipes: dict[str, dict[str, Any]] = {
                str(p["id"]): {"id": str(p["id"]), "name": p.get("name") or str(p["id"]), "stages": []}
                for p in self.api.paged("/deals/pipelines/")}
            for i, s in enumerate(self.api.paged("/deals/pipelines/stages/")):
                pipe = pipes.get(m.url_id(s.get("pipeline")))
                if pipe is not None:
                    pipe["stages"].append({"id": str(s["id"]), "name": s.get("name") or str(s["id"]),
                                           "position": s.get("position", i)})
            for pipe in pipes.values():
                pipe["stages"].sort(key=lambda s: s["position"])
            return list(pipes.values())
        return self.cache.get("pipelines", load)

    def list_fields(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            out = [{"path": f"contact.{k}", "title": k, "kind": "text", "custom": False} for k in STANDARD]
            for f in self.api.paged("/custom-fields/", object_type="contact"):
                name = f.get("name") or f.get("field")
                if name:
                    out.append({"path": f"contact.{name}", "title": f.get("label") or name,
                                "kind": _KINDS.get(str(f.get("type") or ""), "text"), "custom": True})
            return out
        return self.cache.get("fields", load)


class ClientifyConnector(RemoteConnector):
    """A named Clientify connection (see runtime.crm.remote for `bind`)."""

    kind = "clientify"

    def __init__(self, name: str, api: ClientifyApi, tag_property: str = "") -> None:
        super().__init__(name, api, ClientifyOps(api))
