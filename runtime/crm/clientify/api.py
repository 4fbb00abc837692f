"""Clientify's HTTP API (v1): token auth, `page`/`page_size` paging with {count, next, results}.

References followed: Clientify's API v1 (https://developer.clientify.com, base
https://api.clientify.net/v1) as used by Clientify's own connectors (github.com/ClientifySL/
n8n-nodes-clientify, whose catalog lists the paths and methods), the python wrapper
github.com/ingmferrer/clientify-python (deals, pipelines, stages) and Pipedream's component
(users, tasks). Clientify publishes no rate limit: we stay at 2 requests per second with a
burst of 10 and honour 429 + Retry-After (its API is Django REST Framework: error bodies are
{"detail": "..."} or {"field": ["..."]}).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors

BASE_URL = "https://api.clientify.net/v1"
PAGE = 100


def _message(body: Any) -> str:
    if isinstance(body, dict):
        if body.get("detail"):
            return str(body["detail"])
        for key, value in body.items():
            if isinstance(value, list) and value:
                return f"{key}: {value[0]}"
    if isinstance(body, list) and body:
        return str(body[0])
    return ""


CLIENTIFY_ERRORS = VendorErrors(vendor="Clientify", message=_message, window=lambda headers, body: 2.0)


class ClientifyApi:
    """Thin calls over `HttpClient`; `sleep`/`clock`/`wall` are injectable for tests."""

    def __init__(self, token: str, base_url: str = BASE_URL, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, **http: Any) -> None:
        self.base_url = (base_url or BASE_URL).rstrip("/")
        self.http = HttpClient(
            self.base_url, vendor=CLIENTIFY_ERRORS,
            headers={"Authorization": f"Token {token}", "Content-Type": "application/json",
                     "Accept": "application/json"},
            limiters={"default": TokenBucket(2, 10, clock=clock, sleep=sleep)},
            redactor=Redactor([token]), sleep=sleep, **http)

    def url(self, path: str) -> str:
        """The absolute URL Clientify uses to refer to a record (`related_contacts`, `pipeline_stage`)."""
        return f"{self.base_url}/{path.strip('/')}/"

    def get(self, path: str, **params: Any) -> Any:
        return self.http.request("GET", path, params=params or None)

    def post(self, path: str, body: Any, idempotent: bool = False) -> Any:
        return self.http.request("POST", path, json_body=body, idempotent=idempotent)

    def put(self, path: str, body: Any) -> Any:
        return self.http.request("PUT", path, json_body=body)

    def delete(self, path: str) -> Any:
        return self.http.request("DELETE", path)

    def paged(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every result of a list endpoint, page after page, until `next` is null."""
        page = 1
        while True:
            body = self.get(path, **params, page=page, page_size=PAGE)
            results = body.get("results") if isinstance(body, dict) else body
            yield from results or []
            if not isinstance(body, dict) or not body.get("next") or not results:
                return
            page += 1
