"""HubSpot's HTTP API: the client with its limits (about 190 per 10 s; search 4 per second)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors


def _message(body: Any) -> str:
    if isinstance(body, dict):
        return str(body.get("message") or body.get("category") or "")
    return ""


HUBSPOT_ERRORS = VendorErrors(vendor="HubSpot", message=_message)


class HubSpotApi:
    """Thin typed calls over `HttpClient`; `sleep`/`clock` are injectable for tests."""

    def __init__(
        self,
        token: str,
        base_url: str = "https://api.hubapi.com",
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        timeout: float = 15.0,
        max_attempts: int = 5,
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
            timeout=timeout,
            max_attempts=max_attempts,
            sleep=sleep,
        )

    def get(self, path: str, **params: Any) -> Any:
        return self.http.request("GET", path, params=params or None)

    def post(self, path: str, body: Any, bucket: str = "default") -> Any:
        return self.http.request("POST", path, json_body=body, bucket=bucket)

    def patch(self, path: str, body: Any) -> Any:
        return self.http.request("PATCH", path, json_body=body)

    def search(self, object_type: str, body: dict[str, Any]) -> Any:
        return self.post(f"/crm/v3/objects/{object_type}/search", body, bucket="search")

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
