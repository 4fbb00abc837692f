"""A fake Bitrix24 portal on pytest-httpserver: inbound-webhook REST with documented shapes."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

KEY = "x9secretkey7a1b2c3"


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds")


class FakeBitrix24:
    def __init__(self, server: HTTPServer, key: str = KEY) -> None:
        self.server = server
        self.key = key
        self.webhook = server.url_for(f"/rest/1/{key}/")
        self.contacts: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, dict]] = []
        self.activities: list[dict] = []
        self.throttle_next = 0  # answer this many calls with 503 QUERY_LIMIT_EXCEEDED first
        self.users = [{"ID": "1", "NAME": "Eva", "LAST_NAME": "Ruiz", "EMAIL": "Eva@acme.es", "ACTIVE": True}]
        self.statuses = [
            {"ENTITY_ID": "DEAL_STAGE", "STATUS_ID": "NEW", "NAME": "Nuevo", "SORT": 10},
            {"ENTITY_ID": "DEAL_STAGE", "STATUS_ID": "WON", "NAME": "Ganado", "SORT": 20},
            {"ENTITY_ID": "SOURCE", "STATUS_ID": "WEB", "NAME": "Web", "SORT": 10},
        ]
        server.expect_request(re.compile(r"^/rest/.*")).respond_with_handler(self.handle)

    def put_contact(self, cid: str, modified: float, created: float | None = None, **fields: Any) -> None:
        item = self.contacts.setdefault(cid, {"ID": cid, "DATE_CREATE": iso(created if created is not None else modified)})
        for k, v in fields.items():
            item[k] = [{"ID": "9" + cid, "VALUE": v, "VALUE_TYPE": "WORK"}] if k in ("EMAIL", "PHONE") else v
        item["DATE_MODIFY"] = iso(modified)

    def put_deal(self, did: str, modified: float, **fields: Any) -> None:
        item = self.deals.setdefault(did, {"ID": did, "CATEGORY_ID": "0", "DATE_CREATE": iso(modified)})
        item.update(fields)
        item["DATE_MODIFY"] = iso(modified)

    def handle(self, request: Request) -> Response:
        m = re.fullmatch(r"/rest/(\d+)/([^/]+)/([\w.]+)\.json", request.path)
        if not m or m.group(2) != self.key:
            return self.json({"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}, 401)
        method, params = m.group(3), json.loads(request.data or b"{}")
        self.calls.append((method, params))
        if self.throttle_next:
            self.throttle_next -= 1
            return self.json({"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}, 503)
        if method in ("crm.contact.list", "crm.deal.list"):
            return self.listing(self.contacts if method == "crm.contact.list" else self.deals, params)
        if method in ("crm.contact.update", "crm.deal.update"):
            store = self.contacts if method == "crm.contact.update" else self.deals
            if params["id"] not in store:
                return self.json({"error": "", "error_description": "Not found"}, 400)
            store[params["id"]].update(params["fields"])
            return self.json({"result": True})
        if method == "crm.activity.todo.add":
            self.activities.append(params)
            return self.json({"result": {"id": 900 + len(self.activities)}})
        if method == "user.get":
            return self.json({"result": self.users, "total": len(self.users)})
        if method == "crm.category.list":
            return self.json({"result": {"categories": [{"id": 0, "name": "General", "sort": 100}]}})
        if method == "crm.status.list":
            return self.json({"result": self.statuses, "total": len(self.statuses)})
        if method == "crm.contact.fields":
            return self.json({"result": {
                "NAME": {"type": "string", "title": "Nombre"},
                "EMAIL": {"type": "crm_multifield", "title": "E-mail"},
                "UF_CRM_CITY": {"type": "string", "title": "UF_CRM_CITY", "listLabel": "Ciudad"},
                "UF_CRM_TAGS": {"type": "string", "title": "UF_CRM_TAGS", "listLabel": "Etiquetas", "isMultiple": True},
            }})
        return self.json({"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}, 404)

    def listing(self, store: dict[str, dict], params: dict) -> Response:
        rows = list(store.values())
        for key, value in (params.get("filter") or {}).items():
            if key == ">DATE_MODIFY":
                rows = [r for r in rows if r["DATE_MODIFY"] > value]
            elif key == "<=DATE_MODIFY":
                rows = [r for r in rows if r["DATE_MODIFY"] <= value]
            elif key == "EMAIL":
                rows = [r for r in rows if any(e["VALUE"].lower() == value for e in r.get("EMAIL") or [])]
            else:
                rows = [r for r in rows if str(r.get(key)) == str(value)]
        rows.sort(key=lambda r: (r["DATE_MODIFY"], int(r["ID"])))
        start = int(params.get("start") or 0)
        page = rows[start:start + 50]
        body: dict[str, Any] = {"result": page, "total": len(rows), "time": {"start": 0, "finish": 0}}
        if start + 50 < len(rows):
            body["next"] = start + 50
        return self.json(body)

    @staticmethod
    def json(value: Any, status: int = 200) -> Response:
        return Response(json.dumps(value), status=status, content_type="application/json")
