"""A fake HubSpot CRM on pytest-httpserver, answering with the documented shapes.

Shapes follow HubSpot's published references (developers.hubspot.com, and the OpenAPI-generated
official client github.com/HubSpot/hubspot-api-python): CRM v3 objects (get, PATCH, search with
filterGroups/sorts/after paging capped at 10,000 results, batch/read of 100), v4 associations
(GET /crm/v4/objects/{type}/{id}/associations/{to} with toObjectId/associationTypes and
paging.next.after; POST /crm/v4/associations/{from}/{to}/batch/read with from/to/paging),
properties with modificationMetadata.readOnlyValue, owners, pipelines, 401 bodies with
category, 429 bodies with policyName (TEN_SECONDLY_ROLLING, DAILY) and X-HubSpot-RateLimit-*
headers, 400 READ_ONLY_VALUE.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

TOKEN = "pat-na1-11111111-2222-3333-4444-555555555555"
PAGE_V4 = 500


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeHubSpot:
    """Contacts, deals, tasks, associations, owners, pipelines and properties in memory."""

    def __init__(self, server: HTTPServer, token: str = TOKEN) -> None:
        self.server = server
        self.token = token
        self.contacts: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.deal_contacts: dict[str, str] = {}
        self.tasks: list[dict[str, Any]] = []
        self.task_props: dict[str, dict[str, Any]] = {}
        self.task_contacts: dict[str, str] = {}
        self.patches: list[tuple[str, dict]] = []
        self.searches: list[dict] = []
        self.requests: list[tuple[str, str]] = []
        self.next_id = 100
        self.quota: int | None = None  # set: answers carry X-HubSpot-RateLimit-* headers
        self.search_cap = 10_000  # tests lower it to exercise the window split quickly
        self.throttle_next = 0  # answer this many calls with 429 TEN_SECONDLY_ROLLING (no Retry-After)
        self.daily_limit_hit = False  # every call answers 429 DAILY
        self.lose_next_create = 0  # do this many task creates, then answer 502 (the answer was lost)
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
            {"name": "hs_analytics_source", "label": "Original Source", "type": "enumeration",
             "hubspotDefined": True, "modificationMetadata": {"readOnlyValue": True, "readOnlyDefinition": True,
                                                              "archivable": False}},
        ]
        server.expect_request(re.compile(r"^/crm/v[34]/.*")).respond_with_handler(self.handle)

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
        current["hs_object_id"] = did
        self.deals[did] = current
        if contact:
            self.deal_contacts[did] = contact

    def _links(self, from_type: str, oid: str, to_type: str) -> list[str]:
        if (from_type, to_type) == ("contacts", "deals"):
            return [d for d, c in self.deal_contacts.items() if c == oid]
        if (from_type, to_type) == ("deals", "contacts"):
            return [self.deal_contacts[oid]] if oid in self.deal_contacts else []
        if (from_type, to_type) == ("contacts", "tasks"):
            return [t for t, c in self.task_contacts.items() if c == oid]
        return []

    def _store(self, kind: str) -> dict[str, dict[str, Any]]:
        return {"contacts": self.contacts, "deals": self.deals, "tasks": self.task_props}[kind]

    # -- HTTP -------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        self.requests.append((request.method, request.path))
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return self.json({"status": "error", "message": "Authentication credentials not found.",
                              "category": "INVALID_AUTHENTICATION"}, 401)
        if self.daily_limit_hit:
            return self.json({"status": "error", "message": "You have reached your daily limit.",
                              "errorType": "RATE_LIMIT", "policyName": "DAILY"}, 429)
        if self.throttle_next:
            self.throttle_next -= 1
            return self.json({"status": "error", "message": "You have reached your ten_secondly_rolling limit.",
                              "errorType": "RATE_LIMIT", "policyName": "TEN_SECONDLY_ROLLING"}, 429,
                             {"X-HubSpot-RateLimit-Interval-Milliseconds": "10000"})
        path, method = request.path, request.method
        body = json.loads(request.data or b"{}") if request.data else {}
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals|tasks)/search", path):
            return self.search(m.group(1), body)
        if m := re.fullmatch(r"/crm/v4/objects/(\w+)/(\w+)/associations/(\w+)", path):
            return self.associations(m.group(1), m.group(2), m.group(3), request.args)
        if m := re.fullmatch(r"/crm/v4/associations/(\w+)/(\w+)/batch/read", path):
            return self.batch_associations(m.group(1), m.group(2), body)
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals|tasks)/batch/read", path):
            store = self._store(m.group(1))
            return self.json({"status": "COMPLETE", "results": [
                self.obj(i["id"], store[i["id"]], body.get("properties")) for i in body["inputs"] if i["id"] in store]})
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals)", path):  # the list, paged by `after`
            store, after = self._store(m.group(1)), int(request.args.get("after") or 0)
            ids = sorted(store, key=int)[after:after + int(request.args.get("limit") or 10)]
            out = {"results": [self.obj(i, store[i], ["email"]) for i in ids]}
            if after + len(ids) < len(store):
                out["paging"] = {"next": {"after": str(after + len(ids))}}
            return self.json(out)
        if m := re.fullmatch(r"/crm/v3/objects/(contacts|deals)/(\w+)", path):
            return self.record(m.group(1), m.group(2), method, body, request.args)
        if path == "/crm/v3/objects/tasks" and method == "POST":
            return self.create_task(body)
        if path == "/crm/v3/owners":
            return self.json({"results": self.owners})
        if path == "/crm/v3/pipelines/deals":
            return self.json({"results": self.pipelines})
        if path == "/crm/v3/properties/contacts":
            return self.json({"results": self.properties})
        return self.json({"status": "error", "message": f"no route {path}"}, 404)

    def record(self, kind: str, oid: str, method: str, body: dict, args: Any) -> Response:
        store = self._store(kind)
        if oid not in store:
            return self.json({"status": "error", "message": "resource not found", "category": "OBJECT_NOT_FOUND"}, 404)
        if method == "PATCH":
            locked = [p["name"] for p in self.properties
                      if (p.get("modificationMetadata") or {}).get("readOnlyValue") and p["name"] in body["properties"]]
            if kind == "contacts" and locked:
                return self.json({"status": "error", "category": "VALIDATION_ERROR",
                                  "message": f"Property values were not valid: {locked[0]} is READ_ONLY_VALUE",
                                  "errors": [{"code": "READ_ONLY_VALUE", "context": {"propertyName": locked}}]}, 400)
            self.patches.append((f"/crm/v3/objects/{kind}/{oid}", body["properties"]))
            store[oid].update(body["properties"])
        wanted = args.get("properties")
        return self.json(self.obj(oid, store[oid], wanted.split(",") if wanted else None))

    def create_task(self, body: dict) -> Response:
        self.next_id += 1
        tid = str(self.next_id)
        self.tasks.append(body)
        self.task_props[tid] = dict(body["properties"])
        for assoc in body.get("associations") or []:
            if any(t.get("associationTypeId") == 204 for t in assoc.get("types") or []):
                self.task_contacts[tid] = str(assoc["to"]["id"])
        if self.lose_next_create:
            self.lose_next_create -= 1
            return self.json({"status": "error", "message": "Bad gateway"}, 502)
        return self.json(self.obj(tid, body["properties"]), 201)

    def associations(self, from_type: str, oid: str, to_type: str, args: Any) -> Response:
        links = self._links(from_type, oid, to_type)
        after = int(args.get("after") or 0)
        limit = min(int(args.get("limit") or PAGE_V4), PAGE_V4)
        page = links[after:after + limit]
        out: dict[str, Any] = {"results": [{"toObjectId": int(t) if t.isdigit() else t, "associationTypes": [
            {"category": "HUBSPOT_DEFINED", "typeId": 4, "label": None}]} for t in page]}
        if after + limit < len(links):
            out["paging"] = {"next": {"after": str(after + limit), "link": "deprecated"}}
        return self.json(out)

    def batch_associations(self, from_type: str, to_type: str, body: dict) -> Response:
        results = []
        for item in body.get("inputs") or []:
            links = self._links(from_type, str(item["id"]), to_type)
            after = int(item.get("after") or 0)
            page = links[after:after + PAGE_V4]
            if not links:
                continue
            row: dict[str, Any] = {"from": {"id": str(item["id"])}, "to": [
                {"toObjectId": int(t) if t.isdigit() else t, "associationTypes": [
                    {"category": "HUBSPOT_DEFINED", "typeId": 4, "label": None}]} for t in page]}
            if after + PAGE_V4 < len(links):
                row["paging"] = {"next": {"after": str(after + PAGE_V4)}}
            results.append(row)
        return self.json({"status": "COMPLETE", "results": results})

    def search(self, kind: str, body: dict) -> Response:
        self.searches.append(body)
        rows = []
        for oid, props in self._store(kind).items():
            if all(_matches(props, f) for f in body["filterGroups"][0]["filters"]):
                rows.append((oid, props))
        if body.get("sorts"):
            key = body["sorts"][0]["propertyName"]
            rows.sort(key=lambda r: _sort_key(r[1], key))
        after = int(body.get("after") or 0)
        if after >= self.search_cap:
            return self.json({"status": "error", "message": "paging beyond the search cap",
                              "category": "VALIDATION_ERROR"}, 400)
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

    def json(self, value: Any, status: int = 200, extra: dict[str, str] | None = None) -> Response:
        headers = dict(extra or {})
        if self.quota is not None:  # HubSpot's rate-limit headers (the app shows the remaining quota)
            self.quota = max(0, self.quota - 1)
            headers.update({"X-HubSpot-RateLimit-Max": "190", "X-HubSpot-RateLimit-Remaining": str(self.quota)})
        return Response(json.dumps(value), status=status, content_type="application/json", headers=headers)


def _value(props: dict, name: str) -> Any:
    value = props.get(name, "")
    if name.endswith("modifieddate") and value:
        return int(datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000)
    if name == "hs_object_id":
        return int(value)
    return value


def _sort_key(props: dict, name: str) -> Any:
    return _value(props, name)


def _matches(props: dict, f: dict) -> bool:
    name, op = f["propertyName"], f["operator"]
    value = _value(props, name)
    target: Any = int(f["value"]) if isinstance(value, int) else f["value"]
    if op == "EQ":
        return str(value).lower() == str(target).lower()
    return {"GTE": lambda: value >= target, "GT": lambda: value > target, "LT": lambda: value < target,
            "LTE": lambda: value <= target}[op]()
