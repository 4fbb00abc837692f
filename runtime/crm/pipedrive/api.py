"""Pipedrive's HTTP API: v2 (persons, deals, activities, pipelines, stages, personFields) and v1
only where v2 has no equivalent (the users list).

References followed: the OpenAPI-generated official client github.com/pipedrive/client-nodejs
(src/versions/v2: paths, `cursor`/`limit` paging with `additional_data.next_cursor`, `ids` of up
to 100, `updated_since`/`sort_by`), and https://pipedrive.readme.io/docs/core-api-concepts-
rate-limiting: requests per 2-second window by plan (api_token: Essential 20 ... Enterprise 120;
we stay at 10 per second with a burst of 20), `x-ratelimit-limit/-remaining/-reset` and
`x-daily-requests-left` headers, 429 over the limit; the daily budget resets at midnight UTC.
Error bodies: {"success": false, "error": "...", "error_info": "..."}.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors

BASE_URL = "https://api.pipedrive.com"
PAGE = 500
IDS = 100


def _message(body: Any) -> str:
    if isinstance(body, dict) and body.get("error"):
        info = body.get("error_info")
        return f"{body['error']}" + (f" ({info})" if info else "")
    return ""


def _pause(status: int, body: Any, headers: httpx.Headers, now: float) -> tuple[str, float | None] | None:
    left = headers.get("x-daily-requests-left")
    if status == 429 and left is not None and left.strip() == "0":
        return "quota", (now // 86400 + 1) * 86400  # the daily budget resets at midnight UTC
    return None


def _window(headers: httpx.Headers, body: Any) -> float | None:
    reset = headers.get("x-ratelimit-reset")
    return float(reset) if reset and reset.replace(".", "", 1).isdigit() else 2.0


PIPEDRIVE_ERRORS = VendorErrors(
    vendor="Pipedrive", message=_message, pause=_pause, window=_window,
    quota_headers=(("x-ratelimit-remaining", "remaining"), ("x-ratelimit-limit", "limit"),
                   ("x-daily-requests-left", "daily_remaining")))


class PipedriveApi:
    """Thin calls over `HttpClient`; `sleep`/`clock`/`wall` are injectable for tests."""

    def __init__(self, token: str, base_url: str = BASE_URL, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, **http: Any) -> None:
        self.http = HttpClient(
            (base_url or BASE_URL).rstrip("/"), vendor=PIPEDRIVE_ERRORS,
            headers={"x-api-token": token, "Content-Type": "application/json", "Accept": "application/json"},
            limiters={"default": TokenBucket(10, 20, clock=clock, sleep=sleep)},
            redactor=Redactor([token]), sleep=sleep, **http)

    def get(self, path: str, **params: Any) -> Any:
        return (self.http.request("GET", path, params=params or None) or {}).get("data")

    def post(self, path: str, body: Any) -> Any:
        return (self.http.request("POST", path, json_body=body) or {}).get("data")

    def patch(self, path: str, body: Any) -> Any:
        return (self.http.request("PATCH", path, json_body=body) or {}).get("data")

    def paged(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every item of a v2 list endpoint, following `additional_data.next_cursor`."""
        cursor: str | None = None
        while True:
            query = dict(params, limit=PAGE)
            if cursor:
                query["cursor"] = cursor
            body = self.http.request("GET", path, params=query) or {}
            yield from body.get("data") or []
            cursor = (body.get("additional_data") or {}).get("next_cursor")
            if not cursor:
                return

    def by_ids(self, path: str, ids: list[str], **params: Any) -> list[dict[str, Any]]:
        """Records by id, 100 per call (`ids`); missing ones are left out."""
        out: list[dict[str, Any]] = []
        for start in range(0, len(ids), IDS):
            out += list(self.paged(path, ids=",".join(ids[start:start + IDS]), **params))
        return out
