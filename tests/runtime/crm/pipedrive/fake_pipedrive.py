"""A fake Pipedrive on pytest-httpserver: API v2 (and v1 users), as documented.

Shapes follow the OpenAPI-generated official client github.com/pipedrive/client-nodejs
(src/versions/v2): {"success": true, "data": ..., "additional_data": {"next_cursor": ...}},
`cursor`/`limit` (at most 500), `ids` (at most 100), `updated_since` (RFC 3339) with
`sort_by`/`sort_direction`, persons with emails/phones [{value, primary, label}], label_ids and
custom_fields, PATCH updates, personFields with field_code/options, activities with note,
and pipedrive.readme.io's rate-limiting page: x-ratelimit-* and x-daily-requests-left headers,
429 {"success": false, "error": "Request over limit"}; 401 {"success": false, "error": "unauthorized access"}.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

TOKEN = "0123456789abcdef0123456789abcdef01234567"


def rfc(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class FakePipedrive:
    def __init__(self, server: HTTPServer, token: str = TOKEN) -> None:
        self.server = server
        self.token = token
        self.base = server.url_for("/").rstrip("/")
        self.now = 1_800_000_000.0
        self.persons: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.activities: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str]] = []
        self.next_id = 900
        self.throttle_next = 0
        self.daily_left: int | None = None  # set: x-daily-requests-left; 0 answers 429
        self.lose_next_create = 0
        self.users = [{"id": 11, "name": "Eva Ruiz", "email": "eva@acme.es", "active_flag": True}]
        self.labels = [{"id": 5, "label": "vip"}, {"id": 6, "label": "cliente"}]
        self.pipelines = [{"id": 1, "name": "Ventas"}, {"id": 2, "name": "Mayoristas"}]
        self.stages = [{"id": 1, "name": "Nuevo", "pipeline_id": 1, "order_nr": 1},
                       {"id": 2, "name": "Ganado", "pipeline_id": 1, "order_nr": 2},
                       {"id": 3, "name": "Entrante", "pipeline_id": 2, "order_nr": 1}]
        server.expect_request(re.compile(r"^/api/v[12]/.*")).respond_with_handler(self.handle)

    def put_person(self, pid: str, modified: float, created: float | None = None, **fields: Any) -> None:
        item = self.persons.setdefault(pid, {"id": int(pid), "name": "", "owner_id": None, "emails": [], "phones": [],
                                             "label_ids": [], "custom_fields": {},
                                             "add_time": rfc(created if created is not None else modified)})
        for k, v in fields.items():
            if k in ("email", "phone"):
                item[f"{k}s"] = [{"value": v, "primary": True, "label": "work"}]
            elif k == "custom":
                item["custom_fields"].update(v)
            else:
                item[k] = v
        item["update_time"] = rfc(modified)

    def put_deal(self, did: str, modified: float, person: str, stage: int = 1, **fields: Any) -> None:
        item = self.deals.setdefault(did, {"id": int(did), "title": "", "value": 0, "status": "open",
                                           "add_time": rfc(modified)})
        item.update({"person_id": int(person), "stage_id": stage,
                     "pipeline_id": next(s["pipeline_id"] for s in self.stages if s["id"] == stage), **fields})
        item["update_time"] = rfc(modified)

    # -- HTTP -------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        self.requests.append((request.method, request.full_path))
        if request.headers.get("x-api-token") != self.token:
            return self.json({"success": False, "error": "unauthorized access", "errorCode": 401,
                              "error_info": "Please check developers.pipedrive.com"}, 401)
        if self.throttle_next or self.daily_left == 0:
            self.throttle_next = max(0, self.throttle_next - 1)
            return self.json({"success": False, "error": "Request over limit"}, 429, {"x-ratelimit-reset": "2"})
        path, method, args = request.path, request.method, request.args
        body = json.loads(request.data or b"{}") if request.data else {}
        if path == "/api/v1/users":
            return self.json({"success": True, "data": self.users})
        if path == "/api/v1/users/me":
            return self.json({"success": True, "data": self.users[0]})
        if path == "/api/v2/personFields":
            return self.page([{"field_name": "Label", "field_code": "label_ids", "field_type": "set",
                               "is_custom_field": False, "options": self.labels},
                              {"field_name": "Plan", "field_code": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
                               "field_type": "varchar", "is_custom_field": True, "options": None}], args)
        if path == "/api/v2/persons/search":
            term = args["term"].lower()
            hits = [{"result_score": 1, "item": {"id": p["id"], "name": p["name"]}} for p in self.persons.values()
                    if any(e["value"].lower() == term for e in p["emails"])]
            return self.json({"success": True, "data": {"items": hits}})
        if path == "/api/v2/persons" and method == "GET":
            return self.page(self._filter(list(self.persons.values()), args), args)
        if m := re.fullmatch(r"/api/v2/persons/(\d+)", path):
            return self.record(self.persons, m.group(1), method, body)
        if path == "/api/v2/deals" and method == "GET":
            rows = list(self.deals.values())
            if args.get("person_id"):
                rows = [d for d in rows if str(d["person_id"]) == args["person_id"]]
            return self.page(self._filter(rows, args), args)
        if m := re.fullmatch(r"/api/v2/deals/(\d+)", path):
            return self.record(self.deals, m.group(1), method, body)
        if path == "/api/v2/pipelines":
            return self.page(self.pipelines, args)
        if path == "/api/v2/stages":
            return self.page(self.stages, args)
        if path == "/api/v2/activities" and method == "POST":
            self.next_id += 1
            self.activities[str(self.next_id)] = {"id": self.next_id, **body}
            if self.lose_next_create:
                self.lose_next_create -= 1
                return self.json({"success": False, "error": "Gateway Timeout"}, 504)
            return self.json({"success": True, "data": self.activities[str(self.next_id)]}, 201)
        if path == "/api/v2/activities":
            rows = [a for a in self.activities.values() if str(a.get("person_id")) == args.get("person_id")]
            return self.page(rows, args)
        return self.json({"success": False, "error": "Not found"}, 404)

    def record(self, store: dict, rid: str, method: str, body: dict) -> Response:
        if rid not in store:
            return self.json({"success": False, "error": "Not found", "errorCode": 404}, 404)
        if method == "PATCH":
            item = store[rid]
            custom = body.pop("custom_fields", None)
            item.update(body)
            if custom:
                item["custom_fields"].update(custom)
            item["update_time"] = rfc(self.now)
        return self.json({"success": True, "data": store[rid]})

    @staticmethod
    def _filter(rows: list[dict], args: Any) -> list[dict]:
        if args.get("ids"):
            wanted = set(args["ids"].split(","))
            rows = [r for r in rows if str(r["id"]) in wanted]
        if args.get("updated_since"):
            rows = [r for r in rows if r["update_time"] >= args["updated_since"]]
        if args.get("sort_by") == "update_time":
            rows.sort(key=lambda r: (r["update_time"], r["id"]), reverse=args.get("sort_direction") == "desc")
        return rows

    def page(self, rows: list[dict], args: Any) -> Response:
        limit = min(int(args.get("limit") or 100), 500)
        start = int(args.get("cursor") or 0)
        chunk = rows[start:start + limit]
        nxt = str(start + limit) if start + limit < len(rows) else None
        return self.json({"success": True, "data": chunk, "additional_data": {"next_cursor": nxt}})

    def json(self, value: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        extra = {"x-ratelimit-limit": "40", "x-ratelimit-remaining": "39", "x-ratelimit-reset": "2", **(headers or {})}
        if self.daily_left is not None:
            extra["x-daily-requests-left"] = str(self.daily_left)
        return Response(json.dumps(value), status=status, content_type="application/json", headers=extra)
