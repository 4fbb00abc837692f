"""Bitrix24's REST calls through an inbound webhook: limiter 2/s burst 50, `start` paging, `batch`.

The webhook URL (https://portal/rest/<user>/<key>/) grants access to whoever holds it: it is
kept only in the keyring and every message shows it as "https://portal/rest/***/".
Limits follow https://apidocs.bitrix24.com/limits.html: 503 QUERY_LIMIT_EXCEEDED (also seen
inside HTTP 200 bodies) waits and repeats; 429 OPERATION_TIME_LIMIT blocks the method for the
webhook until `time.operating_reset_at` (up to 10 minutes): the connection pauses until then.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlencode, urlsplit

import httpx

from runtime.crm.base import CrmError
from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors

PAGE = 50
BATCH = 50  # commands per `batch` call
BLOCK = 600.0  # OPERATION_TIME_LIMIT without operating_reset_at: the 10-minute window


def _message(body: Any) -> str:
    if isinstance(body, dict) and body.get("error"):
        return f"{body.get('error')}: {body.get('error_description', '')}".rstrip(": ")
    return ""


def _code(body: Any) -> str:
    return str(body.get("error") or "") if isinstance(body, dict) else ""


def _pause(status: int, body: Any, headers: httpx.Headers, now: float) -> tuple[str, float | None] | None:
    code = _code(body)
    if code == "OPERATION_TIME_LIMIT":
        reset = ((body.get("time") or {}) if isinstance(body, dict) else {}).get("operating_reset_at")
        return "blocked", float(reset) if isinstance(reset, int | float) and reset > now else now + BLOCK
    if code == "OVERLOAD_LIMIT":  # a manual block by Bitrix24's support
        return "blocked", now + 3600.0
    return None


def _not_found(code: str, detail: str) -> str | None:
    if code == "ERROR_METHOD_NOT_FOUND":
        return (f"the portal does not offer this method ({detail}); check the portal's plan and the "
                "webhook's permissions")
    return None


BITRIX_ERRORS = VendorErrors(vendor="Bitrix24", message=_message, code=_code, pause=_pause,
                             not_found=_not_found, window=lambda headers, body: 1.0,
                             throttle_codes=frozenset({"QUERY_LIMIT_EXCEEDED"}))


def command(method: str, params: dict[str, Any]) -> str:
    """One `batch` command: "method?params" with PHP-style nested keys (filter[ID]=1)."""
    flat: list[tuple[str, Any]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}[{k}]" if prefix else str(k), v)
        elif isinstance(value, list | tuple):
            for i, v in enumerate(value):
                walk(f"{prefix}[{i}]", v)
        else:
            flat.append((prefix, value))

    walk("", params)
    return f"{method}?{urlencode(flat)}" if flat else method


class Bitrix24Api:
    """`call(method, params)` returns the body's `result`; `paged()` follows `next`; `batch()`."""

    def __init__(
        self,
        webhook_url: str,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        **http: Any,
    ) -> None:
        url = webhook_url.rstrip("/")
        key = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        self.http = HttpClient(
            url,
            vendor=BITRIX_ERRORS,
            limiters={"default": TokenBucket(2, 50, clock=clock, sleep=sleep)},
            redactor=Redactor([url, key]),
            sleep=sleep,
            **http,
        )

    def raw(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        """One method call; `*.add` methods create, so they are never repeated blindly."""
        body = self.http.request("POST", f"{method}.json", json_body=params or {},
                                 idempotent=not method.endswith(".add"))
        if not isinstance(body, dict):
            raise CrmError(f"Bitrix24: {method} answered with an unexpected body")
        if body.get("error"):
            raise CrmError(self.http.redact(f"Bitrix24: {method}: {_message(body)}"))
        return body

    def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return self.raw(method, params).get("result")

    def batch(self, commands: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, Any]:
        """Run read commands {key: (method, params)} 50 per call; {key: result} (failed ones left
        out). Only for reads: a batch is repeated after an ambiguous failure."""
        results: dict[str, Any] = {}
        items = list(commands.items())
        for start in range(0, len(items), BATCH):
            chunk = items[start:start + BATCH]
            body = self.http.request("POST", "batch.json", idempotent=True, json_body={
                "halt": 0, "cmd": {key: command(method, params) for key, (method, params) in chunk}})
            inner = (body or {}).get("result") or {}
            found = inner.get("result") or {}
            if isinstance(found, dict):
                results.update(found)
            errors = inner.get("result_error") or {}
            if isinstance(errors, dict):
                for code in {str((e or {}).get("error") or "") for e in errors.values()}:
                    if code in BITRIX_ERRORS.throttle_codes or _pause(429, {"error": code}, httpx.Headers(), 0):
                        raise CrmError(f"Bitrix24: batch: {code}", transient=True)
        return results

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
