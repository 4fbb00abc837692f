"""`HubSpotOps`: CrmOps over HubSpot's CRM v3 API (contacts, deals, owners, tasks, pipelines)."""

from __future__ import annotations

import time
from typing import Any

from runtime.crm.base import CrmError, NotFound, marker_line
from runtime.crm.http.cache import TtlCache
from runtime.crm.hubspot import mapping as m
from runtime.crm.hubspot.api import HubSpotApi
from runtime.crm.ops_base import RemoteOps
from runtime.crm.remote import RemoteConnector
from runtime.i18n import N_

_KINDS = {"number": "number", "date": "date", "datetime": "date", "enumeration": "choice"}


class HubSpotOps(RemoteOps):
    """Every CrmOps call as HubSpot requests. Writes are immediate (no DB transaction)."""

    vendor = "HubSpot"

    def __init__(self, api: HubSpotApi, tag_property: str = "", cache: TtlCache | None = None) -> None:
        self.api = api
        self.tag_property = tag_property
        self.cache = cache or TtlCache()

    # -- contacts -------------------------------------------------------------
    def _contact_props(self) -> list[str]:
        names = [f["path"].split(".", 1)[1] for f in self.list_fields()]
        names = [m.CONTACT_PROPS.get(n, n) for n in names]
        extra = [self.tag_property] if self.tag_property else []
        return list(dict.fromkeys([*m.CONTACT_PROPS.values(), *m.CONTACT_META, *extra, *names]))

    def get_contact(self, contact_id: str) -> dict[str, Any] | None:
        try:
            obj = self.api.get(f"/crm/v3/objects/contacts/{contact_id}",
                               properties=",".join(self._contact_props()))
        except NotFound:
            return None
        return m.to_contact(obj, self.tag_property)

    def get_contacts(self, ids: list[str]) -> dict[str, dict[str, Any] | None]:
        """Many contacts at once (batch read, 100 per call); None for ids HubSpot does not know."""
        found: dict[str, dict[str, Any] | None] = {str(i): None for i in ids}
        for obj in self.api.batch_read("contacts", list(found), self._contact_props()):
            found[str(obj["id"])] = m.to_contact(obj, self.tag_property)
        return found

    def find_contact(self, email: str) -> dict[str, Any] | None:
        body = self.api.search("contacts", {
            "filterGroups": [{"filters": [{"propertyName": "email", "operator": "EQ",
                                           "value": email.strip().lower()}]}],
            "properties": self._contact_props(),
            "limit": 1,
        })
        results = body.get("results") or []
        return m.to_contact(results[0], self.tag_property) if results else None

    def _require(self, contact_id: str) -> dict[str, Any]:
        contact = self.get_contact(contact_id)
        if contact is None:
            raise NotFound(N_('HubSpot: no contact {contact_id}').format(contact_id=contact_id))
        return contact

    def _patch_contact(self, contact_id: str, props: dict[str, str]) -> None:
        self.api.patch(f"/crm/v3/objects/contacts/{contact_id}", {"properties": props})

    def update_contact(self, contact_id: str, values: dict[str, Any], origin: str) -> dict[str, list[Any]]:
        before = self._require(contact_id)
        flat = {**{m.CONTACT_PROPS[k]: str(v or "") for k, v in before.items() if k in m.CONTACT_PROPS},
                **{k: str(v) for k, v in before["custom"].items()}}
        wanted = m.to_properties(values)
        changed = {k: v for k, v in wanted.items() if flat.get(k, "") != v}
        if not changed:
            return {}
        self._patch_contact(contact_id, changed)
        return {m.HS_TO_CONTACT.get(k, k): [flat.get(k) or None, v] for k, v in changed.items()}

    def _tags(self, contact_id: str, tag: str, add: bool) -> bool:
        if not self.tag_property:
            raise CrmError("HubSpot: choose a multiple-checkbox property for tags in this connection "
                           "(connections add ... --tag-property NAME)")
        tags = self._require(contact_id)["tags"]
        if (tag in tags) == add:
            return False
        tags = [*tags, tag] if add else [t for t in tags if t != tag]
        self._patch_contact(contact_id, {self.tag_property: ";".join(tags)})
        return True

    def iter_contact_ids(self) -> list[str]:
        return [str(o["id"]) for o in self.api.paged("/crm/v3/objects/contacts", properties="email")]

    # -- deals ----------------------------------------------------------------
    def contact_deals(self, contact_id: str) -> list[dict[str, Any]]:
        return self.deals_of([str(contact_id)])[str(contact_id)]

    def deals_of(self, contact_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """{contact id: its deals}: v4 associations (every page), then one batch read of the deals."""
        links = self.api.batch_associations("contacts", [str(c) for c in contact_ids], "deals")
        wanted = sorted({d for ids in links.values() for d in ids})
        objects = {str(o["id"]): o for o in self.api.batch_read("deals", wanted, list(m.DEAL_PROPS))} if wanted else {}
        pipelines = self.list_pipelines() if objects else []
        out: dict[str, list[dict[str, Any]]] = {}
        for cid, ids in links.items():
            out[cid] = []
            for did in ids:
                if did in objects:
                    deal = m.to_deal(objects[did], pipelines)
                    deal["contact_id"] = cid
                    out[cid].append(deal)
        return out

    def deal_contacts(self, deal_ids: list[str]) -> dict[str, str | None]:
        """{deal id: its first associated contact id} (v4 batch associations)."""
        links = self.api.batch_associations("deals", [str(d) for d in deal_ids], "contacts")
        return {did: (sorted(ids, key=lambda x: int(x) if x.isdigit() else 0)[0] if ids else None)
                for did, ids in links.items()}

    def move_deal(self, deal_id: str, stage: str, origin: str, pipeline: str | None = None) -> bool:
        pipe, found = self.find_stage(stage, pipeline)
        pipe_id, stage_id = pipe["id"], found["id"]
        current = self.api.get(f"/crm/v3/objects/deals/{deal_id}", properties="dealstage,pipeline")
        props = current.get("properties") or {}
        if props.get("dealstage") == stage_id and props.get("pipeline") == pipe_id:
            return False
        self.api.patch(f"/crm/v3/objects/deals/{deal_id}", {"properties": {"dealstage": stage_id, "pipeline": pipe_id}})
        return True

    # -- tasks, users, metadata ------------------------------------------------
    def create_task(self, contact_id: str, title: str, notes: str, due_at: float | None,
                    assignee_id: str | None, origin: str, deal_id: str | None = None, marker: str = "",
                    look_first: bool = True) -> str:
        """Create a task associated with the contact (and deal). With `marker` (an idempotency
        key), a task of this contact carrying it is returned instead of creating another, and
        the marker is written at the end of the new task's body."""
        if marker:
            found = self.find_task(contact_id, marker) if look_first else None
            if found is not None:
                return found
            notes = f"{notes}\n\n{marker_line(marker)}" if notes else marker_line(marker)
        props = {"hs_task_subject": title, "hs_task_body": notes, "hs_task_status": "NOT_STARTED",
                 "hs_timestamp": m.iso_ms(due_at if due_at else time.time())}
        if assignee_id:
            props["hubspot_owner_id"] = str(assignee_id)
        assoc = [{"to": {"id": str(contact_id)},
                  "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": m.TASK_TO_CONTACT}]}]
        if deal_id:
            assoc.append({"to": {"id": str(deal_id)},
                          "types": [{"associationCategory": "HUBSPOT_DEFINED", "associationTypeId": m.TASK_TO_DEAL}]})
        body = self.api.post("/crm/v3/objects/tasks", {"properties": props, "associations": assoc})
        return str(body["id"])

    def find_task(self, contact_id: str, marker: str, deal_id: str | None = None) -> str | None:
        """The id of a task associated with the contact whose body carries `marker`, else None.

        Associations are read, not searched: search lags behind writes by seconds."""
        ids = self.api.associations("contacts", str(contact_id), "tasks")
        if not ids:
            return None
        line = marker_line(marker)
        for obj in self.api.batch_read("tasks", ids, ["hs_task_body"]):
            if line in str((obj.get("properties") or {}).get("hs_task_body") or ""):
                return str(obj["id"])
        return None

    def probe(self) -> None:
        """One cheap authenticated call (is the token good again?)."""
        self.api.get("/crm/v3/owners", limit=1)

    def list_users(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            return [{"id": str(o["id"]), "email": (o.get("email") or "").lower(),
                     "name": " ".join(x for x in (o.get("firstName"), o.get("lastName")) if x) or o.get("email", "")}
                    for o in self.api.paged("/crm/v3/owners")]
        return self.cache.get("users", load)

    def list_pipelines(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            body = self.api.get("/crm/v3/pipelines/deals")
            return [{"id": p["id"], "name": p.get("label") or p["id"],
                     "stages": [{"id": s["id"], "name": s.get("label") or s["id"], "position": s.get("displayOrder", i)}
                                for i, s in enumerate(p.get("stages") or [])]}
                    for p in sorted(body.get("results") or [], key=lambda p: p.get("displayOrder", 0))]
        return self.cache.get("pipelines", load)

    def list_fields(self) -> list[dict[str, Any]]:
        def load() -> list[dict[str, Any]]:
            body = self.api.get("/crm/v3/properties/contacts")
            out = []
            for p in body.get("results") or []:
                ours = m.HS_TO_CONTACT.get(p["name"])
                custom = not p.get("hubspotDefined", False)
                # HubSpot's own internals (hs_*) are not offered; its plain ones (city) are.
                if ours is None and p["name"].startswith("hs_") or p["name"] in m.CONTACT_META:
                    continue
                out.append({"path": f"contact.{ours or p['name']}", "title": p.get("label") or p["name"],
                            "kind": _KINDS.get(p.get("type", ""), "text"), "custom": custom,
                            "read_only": bool((p.get("modificationMetadata") or {}).get("readOnlyValue"))})
            return out
        return self.cache.get("fields", load)


class HubSpotConnector(RemoteConnector):
    """A named HubSpot connection (see runtime.crm.remote for `bind`)."""

    kind = "hubspot"

    def __init__(self, name: str, api: HubSpotApi, tag_property: str = "") -> None:
        super().__init__(name, api, HubSpotOps(api, tag_property))
