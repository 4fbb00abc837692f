"""A fake Clientify API v1 on pytest-httpserver.

Shapes follow Clientify's API v1 as its own connectors use it (github.com/ClientifySL/
n8n-nodes-clientify: paths, methods and fields; `Authorization: Token <key>`), the wrapper
github.com/ingmferrer/clientify-python (deals, pipelines, stages by URL) and public
integrations (`modified[gte]` with `ordering`): Django REST Framework pages
{count, next, previous, results} with `page`/`page_size`, records referenced by URL,
errors {"detail": ...} (401 "Invalid token.", 404 "Not found.", 429 "Request was throttled."
with Retry-After).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

KEY = "cf0123456789abcdef0123456789abcdef012345"


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class FakeClientify:
    def __init__(self, server: HTTPServer, key: str = KEY) -> None:
        self.server = server
        self.key = key
        self.base = server.url_for("/v1").rstrip("/")
        self.now = 1_800_000_000.0  # the fake's clock: what writes stamp as `modified`
        self.contacts: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.tasks: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, str]] = []
        self.next_id = 500
        self.throttle_next = 0
        self.lose_next_create = 0
        self.users = [{"id": 7, "url": f"{self.base}/users/7/", "username": "eva@acme.es", "email": "eva@acme.es",
                       "first_name": "Eva", "last_name": "Ruiz", "full_name": "Eva Ruiz"}]
        self.pipelines = [{"id": 3, "url": f"{self.base}/deals/pipelines/3/", "name": "Ventas"}]
        self.stages = [{"id": 31, "url": f"{self.base}/deals/pipelines/stages/31/", "name": "Nuevo",
                        "pipeline": f"{self.base}/deals/pipelines/3/", "position": 1},
                       {"id": 32, "url": f"{self.base}/deals/pipelines/stages/32/", "name": "Ganado",
                        "pipeline": f"{self.base}/deals/pipelines/3/", "position": 2}]
        server.expect_request(re.compile(r"^/v1/.*")).respond_with_handler(self.handle)

    # -- data helpers ---------------------------------------------------------------
    def put_contact(self, cid: str, modified: float, created: float | None = None, **fields: Any) -> None:
        item = self.contacts.setdefault(cid, {
            "id": int(cid), "url": f"{self.base}/contacts/{cid}/", "first_name": "", "last_name": "",
            "emails": [], "phones": [], "tags": [], "custom_fields": [], "owner": None, "status": "",
            "contact_source": "", "company_name": "", "created": iso(created if created is not None else modified)})
        for k, v in fields.items():
            if k == "email":
                item["emails"] = [{"id": int(cid) * 10, "email": v, "type": 1}]
            elif k == "phone":
                item["phones"] = [{"id": int(cid) * 10, "phone": v, "type": 1}]
            elif k == "tags":
                item["tags"] = list(v)
            elif k == "custom":
                item["custom_fields"] = [{"field": f, "value": val} for f, val in v.items()]
            else:
                item[k] = v
        item["modified"] = iso(modified)

    def put_deal(self, did: str, modified: float, contact: str, stage: int = 31, **fields: Any) -> None:
        item = self.deals.setdefault(did, {"id": int(did), "url": f"{self.base}/deals/{did}/", "name": "",
                                           "amount": "0.00", "created": iso(modified)})
        item.update({"contact": f"{self.base}/contacts/{contact}/", "pipeline": f"{self.base}/deals/pipelines/3/",
                     "pipeline_stage": f"{self.base}/deals/pipelines/stages/{stage}/", **fields})
        item["modified"] = iso(modified)

    # -- HTTP -------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        self.requests.append((request.method, request.full_path))
        if request.headers.get("Authorization") != f"Token {self.key}":
            return self.json({"detail": "Invalid token."}, 401)
        if self.throttle_next:
            self.throttle_next -= 1
            return self.json({"detail": "Request was throttled. Expected available in 2 seconds."}, 429,
                             {"Retry-After": "2"})
        path, method = request.path.removeprefix("/v1").rstrip("/"), request.method
        body = json.loads(request.data or b"{}") if request.data else {}
        args = request.args
        if path == "/contacts" and method == "GET":
            rows = list(self.contacts.values())
            if args.get("email"):
                rows = [c for c in rows if any(e["email"].lower() == args["email"].lower() for e in c["emails"])]
            return self.page(self._window(rows, args), args)
        if m := re.fullmatch(r"/contacts/(\d+)", path):
            return self.contact(m.group(1), method, body)
        if m := re.fullmatch(r"/contacts/(\d+)/(emails|phones)(?:/(\d+))?", path):
            return self.multi(m.group(1), m.group(2), m.group(3), body)
        if m := re.fullmatch(r"/contacts/(\d+)/tags(?:/(\d+))?", path):
            return self.tags(m.group(1), m.group(2), method, body)
        if m := re.fullmatch(r"/contacts/(\d+)/owner", path):
            self._touch(m.group(1))["owner"] = body["owner"]
            return self.json({"owner": body["owner"]})
        if m := re.fullmatch(r"/contacts/(\d+)/tasks", path):
            url = f"{self.base}/contacts/{m.group(1)}/"
            return self.page([t for t in self.tasks.values() if url in t.get("related_contacts", [])], args)
        if path == "/deals" and method == "GET":
            rows = list(self.deals.values())
            if args.get("contact"):
                rows = [d for d in rows if d["contact"] == f"{self.base}/contacts/{args['contact']}/"]
            return self.page(self._window(rows, args), args)
        if m := re.fullmatch(r"/deals/(\d+)", path):
            deal = self.deals.get(m.group(1))
            if deal is None:
                return self.json({"detail": "Not found."}, 404)
            if method == "PUT":
                deal.update(body)
                deal["modified"] = iso(self.now)
            return self.json(deal)
        if path == "/deals/pipelines":
            return self.page(self.pipelines, args)
        if path == "/deals/pipelines/stages":
            return self.page(self.stages, args)
        if path == "/tasks" and method == "POST":
            return self.create_task(body)
        if path == "/tasks/types":
            return self.page([{"id": 1, "url": f"{self.base}/tasks/types/1/", "name": "Llamada"}], args)
        if path == "/users":
            return self.page(self.users, args)
        if path == "/custom-fields":
            return self.page([{"id": 4, "name": "plan", "label": "Plan", "type": "selector",
                               "object_type": "contact"}], args)
        return self.json({"detail": "Not found."}, 404)

    def _touch(self, cid: str) -> dict[str, Any]:
        item = self.contacts[cid]
        item["modified"] = iso(self.now)
        return item

    def contact(self, cid: str, method: str, body: dict) -> Response:
        if cid not in self.contacts:
            return self.json({"detail": "Not found."}, 404)
        if method == "PUT":
            item = self._touch(cid)
            for k, v in body.items():
                if k == "custom_fields":
                    merged = {c["field"]: c["value"] for c in item["custom_fields"]}
                    merged.update({c["field"]: c["value"] for c in v})
                    item["custom_fields"] = [{"field": f, "value": val} for f, val in merged.items()]
                else:
                    item[k] = v
        return self.json(self.contacts[cid])

    def multi(self, cid: str, kind: str, item_id: str | None, body: dict) -> Response:
        field = kind[:-1]
        items = self._touch(cid)[kind]
        if item_id is None:
            items.append({"id": int(cid) * 10 + len(items), field: body[field], "type": body.get("type", 1)})
        else:
            for it in items:
                if str(it["id"]) == item_id:
                    it[field] = body[field]
        return self.json(items[-1])

    def tags(self, cid: str, tag_id: str | None, method: str, body: dict) -> Response:
        item = self.contacts[cid]
        listed = [{"id": 100 + i, "name": name} for i, name in enumerate(item["tags"])]
        if method == "POST":
            if body["name"] not in item["tags"]:
                self._touch(cid)["tags"].append(body["name"])
            return self.json({"name": body["name"]}, 201)
        if method == "DELETE":
            gone = next(t["name"] for t in listed if str(t["id"]) == tag_id)
            self._touch(cid)["tags"].remove(gone)
            return Response(status=204)
        return self.page(listed, {})

    def create_task(self, body: dict) -> Response:
        if not body.get("name") or not body.get("type"):
            return self.json({"name": ["This field is required."]} if not body.get("name")
                             else {"type": ["This field is required."]}, 400)
        self.next_id += 1
        task = {"id": self.next_id, "url": f"{self.base}/tasks/{self.next_id}/", **body}
        self.tasks[str(self.next_id)] = task
        if self.lose_next_create:
            self.lose_next_create -= 1
            return self.json({"detail": "Bad gateway"}, 502)
        return self.json(task, 201)

    @staticmethod
    def _window(rows: list[dict], args: Any) -> list[dict]:
        since = args.get("modified[gte]")
        if since:
            rows = [r for r in rows if r["modified"] >= since]
        if args.get("ordering") == "modified":
            rows.sort(key=lambda r: (r["modified"], r["id"]))
        return rows

    def page(self, rows: list[dict], args: Any) -> Response:
        number, size = int(args.get("page") or 1), int(args.get("page_size") or 20)
        chunk = rows[(number - 1) * size:number * size]
        more = number * size < len(rows)
        return self.json({"count": len(rows), "next": f"{self.base}/?page={number + 1}" if more else None,
                          "previous": None if number == 1 else f"{self.base}/?page={number - 1}",
                          "results": chunk})

    @staticmethod
    def json(value: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
        return Response(json.dumps(value), status=status, content_type="application/json", headers=headers)
