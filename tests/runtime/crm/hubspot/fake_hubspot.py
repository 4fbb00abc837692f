"""A fake HubSpot CRM v3 on pytest-httpserver, answering with the documented shapes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555"


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeHubSpot:
    """Contacts, deals, owners, pipelines, properties and tasks in memory."""

    def __init__(self, server: HTTPServer, token: str = TOKEN) -> None:
        self.server = server
        self.token = token
        self.contacts: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.deal_contacts: dict[str, str] = {}
        self.tasks: list[dict[str, Any]] = []
        self.patches: list[tuple[str, dict]] = []
        self.searches: list[dict] = []
        self.next_id = 100
        self.quota: int | None = None  # set: answers carry X-HubSpot-RateLimit-* headers
        self.search_cap = 10_000  # tests lower it to exercise the window split quickly
        self.owners = [{"id": "501", "email": "eva@acme.es", "firstName": "Eva", "lastName": "Ruiz", "userId": 9}]
        self.pipelines = [{"id": "default", "label": "Ventas", "displayOrder": 0, "stages": [
            {"id": "appointmentscheduled", "label": "Cita", "displayOrder": 0},
            {"id": "closedwon", "label": "Ganado", "displayOrder": 1}]}]
        self.properties = [
            {"name": "email", "label": "Email", "type": "string", "hubspotDefined": True},
            {"name": "firstname", "label": "First Name", "type": "string", "hubspotDefined": True},
            {"name": "city", "label": "City", "type": "string", "hubspotDefined": True},
            {"name": "plan", "label": "Plan", "type": "enumeration", "hubspotDefined": False},
            {"name": "caudal_tags", "label": "Tags", "type": "enumeration", "hubspotDefined": False},
        ]
        server.expect_request(re.compile(r"^/crm/v3/.*")).respond_with_handler(self.handle)

    # -- data helpers -----------------------------------------------------------
    def put_contact(self, cid: str, modified: float, created: float | None = None, **props: Any) -> None:
        current = self.contacts.get(cid, {"createdate": iso(created if created is not None else modified)})
        current.update({k: str(v) for k, v in props.items()})
        current["lastmodifieddate"] = iso(modified)
        current["hs_object_id"] = cid
        self.contacts[cid] = current

    def put_deal(self, did: str, modified: float, contact: str | None = None, **props: Any) -> None:
        current = self.deals.get(did, {"createdate": iso(modified), "pipeline": "default"})
        current.update({k: str(v) for k, v in props.items()})
        current["hs_lastmodifieddate"] = iso(modified)
        self.deals[did] = current
        if contact:
            self.deal_contacts[did] = contact

    # -- HTTP -------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return self.json({"status": "error", "message": "Authentication credentials not found.",
                              "category": "INVALID_AUTHENTICATION"}, 401)
        path, method = request.path, request.method
        body = json.loads(request.data or b"{}") if request.data else {}
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals)/search", path):
            return self.search(m.group(1), body)
        if m := re.fullmatch(r"/crm/v3/objects/contacts/(\w+)/associations/deals", path):
            return self.json({"results": [{"id": d, "type": "contact_to_deal"}
                                          for d, c in self.deal_contacts.items() if c == m.group(1)]})
        if path == "/crm/v3/objects/deals/batch/read":
            return self.json({"status": "COMPLETE", "results": [
                self.obj(i["id"], self.deals[i["id"]]) for i in body["inputs"] if i["id"] in self.deals]})
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals)/(\w+)", path):
            store = self.contacts if m.group(1) == "contacts" else self.deals
            if m.group(2) not in store:
                return self.json({"status": "error", "message": "resource not found", "category": "OBJECT_NOT_FOUND"}, 404)
            if method == "PATCH":
                self.patches.append((path, body["properties"]))
                store[m.group(2)].update(body["properties"])
            wanted = request.args.get("properties")
            return self.json(self.obj(m.group(2), store[m.group(2)], wanted.split(",") if wanted else None))
        if path == "/crm/v3/objects/tasks" and method == "POST":
            self.next_id += 1
            self.tasks.append(body)
            return self.json(self.obj(str(self.next_id), body["properties"]), 201)
        if path == "/crm/v3/owners":
            return self.json({"results": self.owners})
        if path == "/crm/v3/pipelines/deals":
            return self.json({"results": self.pipelines})
        if path == "/crm/v3/properties/contacts":
            return self.json({"results": self.properties})
        return self.json({"status": "error", "message": f"no route {path}"}, 404)

    def search(self, kind: str, body: dict) -> Response:
        self.searches.append(body)
        store = self.contacts if kind == "contacts" else self.deals
        rows = []
        for oid, props in store.items():
            ok = True
            for f in body["filterGroups"][0]["filters"]:
                value = props.get(f["propertyName"], "")
                if f["propertyName"].endswith("modifieddate"):
                    value = int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
                    target = int(f["value"])
                else:
                    target = f["value"]
                ok &= {"EQ": str(value).lower() == str(target).lower(), "GTE": value >= target, "LT": value < target}[f["operator"]]
            if ok:
                rows.append((oid, props))
        if body.get("sorts"):
            key = body["sorts"][0]["propertyName"]
            rows.sort(key=lambda r: r[1].get(key, ""))
        after = int(body.get("after") or 0)
        if after >= self.search_cap:
            return self.json({"status": "error", "message": "paging beyond the search cap", "category": "VALIDATION_ERROR"}, 400)
        page = rows[after:after + int(body.get("limit", 10))]
        out: dict[str, Any] = {"total": len(rows), "results": [self.obj(o, p, body.get("properties")) for o, p in page]}
        if after + len(page) < len(rows):
            out["paging"] = {"next": {"after": str(after + len(page))}}
        return self.json(out)

    @staticmethod
    def obj(oid: str, props: dict, wanted: list[str] | None = None) -> dict:
        shown = {k: v for k, v in props.items() if wanted is None or k in wanted or k == "hs_object_id"}
        return {"id": oid, "properties": shown, "createdAt": props.get("createdate", ""),
                "updatedAt": props.get("lastmodifieddate", props.get("hs_lastmodifieddate", "")), "archived": False}

    def json(self, value: Any, status: int = 200) -> Response:
        headers = {}
        if self.quota is not None:  # HubSpot's rate-limit headers (the app shows the remaining quota)
            self.quota = max(0, self.quota - 1)
            headers = {"X-HubSpot-RateLimit-Max": "190", "X-HubSpot-RateLimit-Remaining": str(self.quota)}
        return Response(json.dumps(value), status=status, content_type="application/json", headers=headers)
