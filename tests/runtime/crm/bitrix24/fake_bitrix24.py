"""A fake Bitrix24 portal on pytest-httpserver: inbound-webhook REST with documented shapes.

Shapes follow the official REST reference (github.com/bitrix24/b24restdocs, apidocs.bitrix24.com):
`batch` (cmd strings "method?query", result/result_error/result_total/result_next/result_time),
list filters with prefixes (`>`, `<=`, `@` = IN), `next` paging by 50, system errors
(401 NO_AUTH_FOUND, 503 QUERY_LIMIT_EXCEEDED, 429 OPERATION_TIME_LIMIT with
time.operating_reset_at, 404 ERROR_METHOD_NOT_FOUND), crm.item.update for a deal's funnel.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

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
        self.blocked_until: float | None = None  # set: 429 OPERATION_TIME_LIMIT with this reset time
        self.fail_next_add = 0  # answer this many *.add calls with 500 after doing them (an answer lost)
        self.users = [{"ID": "1", "NAME": "Eva", "LAST_NAME": "Ruiz", "EMAIL": "Eva@acme.es", "ACTIVE": True}]
        self.statuses = [
            {"ENTITY_ID": "DEAL_STAGE", "STATUS_ID": "NEW", "NAME": "Nuevo", "SORT": 10},
            {"ENTITY_ID": "DEAL_STAGE", "STATUS_ID": "WON", "NAME": "Ganado", "SORT": 20},
            {"ENTITY_ID": "SOURCE", "STATUS_ID": "WEB", "NAME": "Web", "SORT": 10},
        ]
        self.categories = [{"id": 0, "name": "General", "sort": 100}]
        server.expect_request(re.compile(r"^/rest/.*")).respond_with_handler(self.handle)

    def put_contact(self, cid: str, modified: float, created: float | None = None, **fields: Any) -> None:
        item = self.contacts.setdefault(cid,
                                        {"ID": cid, "DATE_CREATE": iso(created if created is not None else modified)})
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
        if self.blocked_until is not None:
            return self.json({"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked due to "
                              "operation time limit.", "time": {"operating_reset_at": self.blocked_until}}, 429)
        if method == "batch":
            return self.batch(params)
        body, status = self.method(method, params)
        if method.endswith(".add") and self.fail_next_add and status == 200:
            self.fail_next_add -= 1
            return self.json({"error": "INTERNAL_SERVER_ERROR", "error_description": "Internal error"}, 500)
        return self.json(body, status)

    def batch(self, params: dict) -> Response:
        result, errors, totals, nexts = {}, {}, {}, {}
        for key, cmd in (params.get("cmd") or {}).items():
            method, _, query = cmd.partition("?")
            self.calls.append((method, _nested(parse_qsl(query))))
            body, status = self.method(method, _nested(parse_qsl(query)))
            if status == 200:
                result[key] = body["result"]
                if "total" in body:
                    totals[key] = body["total"]
                if "next" in body:
                    nexts[key] = body["next"]
            else:
                errors[key] = {"error": body.get("error"), "error_description": body.get("error_description")}
        return self.json({"result": {"result": result, "result_error": errors, "result_total": totals,
                                     "result_next": nexts, "result_time": {}}, "time": {"start": 0, "finish": 0}})

    def method(self, method: str, params: dict) -> tuple[dict, int]:
        """(body, status) of one REST method."""
        response = self._method(method, params)
        return json.loads(response.get_data()), response.status_code

    def _method(self, method: str, params: dict) -> Response:
        if method in ("crm.contact.list", "crm.deal.list"):
            return self.listing(self.contacts if method == "crm.contact.list" else self.deals, params)
        if method in ("crm.contact.update", "crm.deal.update"):
            store = self.contacts if method == "crm.contact.update" else self.deals
            if str(params["id"]) not in store:
                return self.json({"error": "", "error_description": "Not found"}, 400)
            fields = dict(params["fields"])
            if method == "crm.deal.update":
                fields.pop("CATEGORY_ID", None)  # immutable there: crm.item.update moves a deal to another funnel
            store[str(params["id"])].update(fields)
            return self.json({"result": True})
        if method == "crm.item.update" and int(params.get("entityTypeId", 0)) == 2:
            deal = self.deals.get(str(params["id"]))
            if deal is None:
                return self.json({"error": "NOT_FOUND", "error_description": "Element not found"}, 400)
            fields = params.get("fields") or {}
            deal.update({"CATEGORY_ID": str(fields.get("categoryId", deal.get("CATEGORY_ID"))),
                         "STAGE_ID": fields.get("stageId", deal.get("STAGE_ID"))})
            return self.json({"result": {"item": {"id": int(params["id"]), "categoryId": int(deal["CATEGORY_ID"]),
                                                  "stageId": deal["STAGE_ID"]}}})
        if method == "crm.activity.todo.add":
            self.activities.append(params)
            return self.json({"result": {"id": 900 + len(self.activities)}})
        if method == "crm.activity.list":
            flt = params.get("filter") or {}
            rows = [{"ID": str(901 + i), "OWNER_TYPE_ID": str(a["ownerTypeId"]), "OWNER_ID": str(a["ownerId"]),
                     "DESCRIPTION": a.get("description", "")} for i, a in enumerate(self.activities)]
            rows = [r for r in rows if all(str(r.get(k)) == str(v) for k, v in flt.items())]
            return self.json({"result": rows, "total": len(rows)})
        if method == "user.get":
            return self.json({"result": self.users, "total": len(self.users)})
        if method == "crm.category.list":
            return self.json({"result": {"categories": self.categories}})
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
            elif key.startswith("@"):
                wanted = {str(v) for v in (value.values() if isinstance(value, dict) else value)}
                rows = [r for r in rows if str(r.get(key[1:])) in wanted]
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


def _nested(pairs: list[tuple[str, str]]) -> dict:
    """PHP-style query pairs (filter[@ID][0]=1) -> nested dicts (lists as {index: value} dicts)."""
    out: dict = {}
    for key, value in pairs:
        parts = re.findall(r"[^\[\]]+", key)
        node = out
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _lists(out)


def _lists(value: Any) -> Any:
    if isinstance(value, dict):
        if value and all(k.isdigit() for k in value):
            return [_lists(value[k]) for k in sorted(value, key=int)]
        return {k: _lists(v) for k, v in value.items()}
    return value
