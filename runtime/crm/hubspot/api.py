"""HubSpot's HTTP API: the client with its limits (about 190 per 10 s; search 4 per second).

Throttling follows https://developers.hubspot.com/docs/api/usage-details: a 429 body carries
`policyName`; TEN_SECONDLY_ROLLING (often without Retry-After) waits for the 10-second window
(`X-HubSpot-RateLimit-Interval-Milliseconds`), DAILY pauses the connection until the daily
reset (midnight in the account's time zone, which we do not know: we look again hourly).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors

BATCH = 100  # HubSpot's batch read/association limit per call
DAILY_RECHECK = 3600.0


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("message") or body.get("category") or "")
    return ""


def _pause(status: int, body: Any, headers: httpx.Headers, now: float) -> tuple[str, float | None] | None:
    if status == 429 and isinstance(body, dict) and str(body.get("policyName") or "").upper() == "DAILY":
        return "quota", now + DAILY_RECHECK
    return None


def _window(headers: httpx.Headers, body: Any) -> float | None:
    interval = headers.get("X-HubSpot-RateLimit-Interval-Milliseconds")
    if interval and interval.isdigit():
        return int(interval) / 1000
    policy = str(body.get("policyName") or "") if isinstance(body, dict) else ""
    return 10.0 if "TEN_SECONDLY" in policy.upper() else 1.0


HUBSPOT_ERRORS = VendorErrors(
    vendor="HubSpot", message=_message, pause=_pause, window=_window,
    quota_headers=(("X-HubSpot-RateLimit-Remaining", "remaining"), ("X-HubSpot-RateLimit-Max", "limit"),
                   ("X-HubSpot-RateLimit-Daily-Remaining", "daily_remaining")))


class HubSpotApi:
    """Thin typed calls over `HttpClient`; `sleep`/`clock`/`wall` are injectable for tests."""

    def __init__(
        self,
        token: str,
        base_url: str = "https://api.hubapi.com",
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        **http: Any,
    ) -> None:
        self.http = HttpClient(
            base_url,
            vendor=HUBSPOT_ERRORS,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            limiters={
                "default": TokenBucket(19, 190, clock=clock, sleep=sleep),
                "search": TokenBucket(4, 4, clock=clock, sleep=sleep),
            },
            redactor=Redactor([token]),
            sleep=sleep,
            **http,
        )

    def get(self, path: str, **params: Any) -> Any:
        return self.http.request("GET", path, params=params or None)

    def post(self, path: str, body: Any, bucket: str = "default", idempotent: bool = False) -> Any:
        """A POST; `idempotent=True` for those that only read (search, batch read)."""
        return self.http.request("POST", path, json_body=body, bucket=bucket, idempotent=idempotent)

    def patch(self, path: str, body: Any) -> Any:
        return self.http.request("PATCH", path, json_body=body)

    def search(self, object_type: str, body: dict[str, Any]) -> Any:
        return self.post(f"/crm/v3/objects/{object_type}/search", body, bucket="search", idempotent=True)

    def batch_read(self, object_type: str, ids: list[str], properties: list[str]) -> list[dict[str, Any]]:
        """Objects by id, 100 per call (missing ids are left out)."""
        out: list[dict[str, Any]] = []
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            body = self.post(f"/crm/v3/objects/{object_type}/batch/read",
                             {"inputs": [{"id": str(i)} for i in chunk], "properties": properties},
                             idempotent=True)
            out.extend(body.get("results") or [])
        return out

    def associations(self, from_type: str, object_id: str, to_type: str) -> list[str]:
        """Ids associated with one object (v4, every page)."""
        ids: list[str] = []
        after: str | None = None
        while True:
            params: dict[str, Any] = {"limit": 500}
            if after:
                params["after"] = after
            body = self.get(f"/crm/v4/objects/{from_type}/{object_id}/associations/{to_type}", **params)
            ids += [str(r["toObjectId"]) for r in body.get("results") or []]
            after = ((body.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return ids

    def batch_associations(self, from_type: str, ids: list[str], to_type: str) -> dict[str, list[str]]:
        """{id: associated ids} for many objects (v4 batch read, 100 per call; an object's
        further pages are read with its own `after`)."""
        found: dict[str, list[str]] = {str(i): [] for i in ids}
        pending: list[dict[str, Any]] = [{"id": str(i)} for i in ids]
        while pending:
            chunk, pending = pending[:BATCH], pending[BATCH:]
            body = self.post(f"/crm/v4/associations/{from_type}/{to_type}/batch/read", {"inputs": chunk},
                             idempotent=True)
            for row in body.get("results") or []:
                source = str((row.get("from") or {}).get("id"))
                found.setdefault(source, []).extend(str(t["toObjectId"]) for t in row.get("to") or [])
                after = ((row.get("paging") or {}).get("next") or {}).get("after")
                if after:
                    pending.append({"id": source, "after": after})
        return found

    def paged(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every result of a GET list endpoint, following `paging.next.after`."""
        after: str | None = None
        while True:
            query = dict(params, limit=100)
            if after:
                query["after"] = after
            body = self.get(path, **query)
            yield from body.get("results", [])
            after = ((body.get("paging") or {}).get("next") or {}).get("after")
            if not after:
                return
