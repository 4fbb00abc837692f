"""Bitrix24's REST calls through an inbound webhook: limiter 2/s burst 50, `start` paging.

The webhook URL (https://portal/rest/<user>/<key>/) grants access to whoever holds it: it is
kept only in the keyring and every message shows it as "https://portal/rest/***/".
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit

from runtime.crm.base import CrmError
from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors


def _message(body: Any) -> str:
    if isinstance(body, dict) and body.get("error"):
        return f"{body.get('error')}: {body.get('error_description', '')}".rstrip(": ")
    return ""


def _code(body: Any) -> str:
    return str(body.get("error") or "") if isinstance(body, dict) else ""


BITRIX_ERRORS = VendorErrors(vendor="Bitrix24", message=_message, code=_code,
                             throttle_codes=frozenset({"QUERY_LIMIT_EXCEEDED"}))
PAGE = 50


class Bitrix24Api:
    """`call(method, params)` returns the body's `result`; `paged()` follows `next`."""

    def __init__(
        self,
        webhook_url: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        timeout: float = 15.0,
        max_attempts: int = 5,
    ) -> None:
        url = webhook_url.rstrip("/")
        key = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        self.http = HttpClient(
            url,
            vendor=BITRIX_ERRORS,
            limiters={"default": TokenBucket(2, 50, clock=clock, sleep=sleep)},
            redactor=Redactor([url, key]),
            timeout=timeout,
            max_attempts=max_attempts,
            sleep=sleep,
        )

    def raw(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        body = self.http.request("POST", f"{method}.json", json_body=params or {})
        if not isinstance(body, dict):
            raise CrmError(f"Bitrix24: {method} answered with an unexpected body")
        if body.get("error"):
            raise CrmError(self.http.redact(f"Bitrix24: {method}: {_message(body)}"))
        return body

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.raw(method, params).get("result")

    def paged(self, method: str, params: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """Every item of a *.list method, 50 per page, following `next`."""
        start = 0
        while True:
            body = self.raw(method, dict(params, start=start))
            result = body.get("result") or []
            yield from result
            nxt = body.get("next")
            if nxt is None or not result:
                return
            start = int(nxt)
