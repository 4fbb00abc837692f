"""`HttpClient`: JSON over httpx with rate limiting, bounded retries and redacted errors.

Retried (transient): network errors and timeouts, 408, 429, 500, 502, 503, 504, waiting the
larger of Retry-After and a jittered exponential backoff. Never retried: 400, 401/403
("check the token"), 404 (NotFound), 422. Every message and log line goes through the
connection's `Redactor`, so no token or webhook key leaks.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from runtime.crm.base import CrmError, NotFound
from runtime.crm.http.limiter import TokenBucket
from runtime.crm.http.redact import Redactor, install_log_redaction
from runtime.crm.http.status import CallStatus

log = logging.getLogger("caudal.crm.http")
install_log_redaction()  # httpx logs each request URL; Bitrix24's carries the webhook key

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class VendorErrors:
    """How a vendor's error bodies read: `message(body)` gives its text (or "")."""

    vendor: str
    message: Callable[[Any], str]
    # Body error codes that mean "throttled" whatever the HTTP status (Bitrix24).
    throttle_codes: frozenset[str] = frozenset()
    code: Callable[[Any], str] = lambda body: ""


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


class HttpClient:
    """One connection's HTTP client. `request()` returns the decoded JSON body."""

    def __init__(
        self,
        base_url: str,
        *,
        vendor: VendorErrors,
        headers: dict[str, str] | None = None,
        limiters: dict[str, TokenBucket] | None = None,
        redactor: Redactor | None = None,
        timeout: float = 15.0,
        max_attempts: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.vendor = vendor
        self.limiters = limiters or {}
        self.redact = redactor or Redactor()
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.sleep = sleep
        self.status = CallStatus()
        self._http = httpx.Client(headers=headers or {}, timeout=timeout, follow_redirects=False)

    def close(self) -> None:
        self._http.close()

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        backoff = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        backoff *= 0.5 + random.random() / 2  # jitter
        return max(backoff, retry_after or 0.0)

    def _fail(self, message: str, **kwargs: Any) -> CrmError:
        text = self.redact(f"{self.vendor.vendor}: {message}")
        self.status.last_error = text
        cls = kwargs.pop("cls", CrmError)
        return cls(text, **kwargs)

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        bucket: str = "default",
    ) -> Any:
        """Send one call (with retries); return its JSON body.

        Raises:
            NotFound: HTTP 404.
            CrmError: anything else that failed; `transient` is True for throttling,
                5xx, timeouts and network errors once the retries are spent.
        """
        url = f"{self.base_url}/{path.lstrip('/')}"
        where = self.redact(f"{method} {url}")
        self.status.bump(pending=1)
        try:
            return self._with_retries(method, url, where, json_body, params, bucket)
        finally:
            self.status.bump(pending=-1)

    def _with_retries(self, method, url, where, json_body, params, bucket) -> Any:  # noqa: ANN001
        limiter = self.limiters.get(bucket) or self.limiters.get("default")
        last: CrmError | None = None
        for attempt in range(1, self.max_attempts + 1):
            if limiter is not None:
                limiter.acquire()
            self.status.bump(calls=1)
            try:
                response = self._http.request(method, url, json=json_body, params=params)
            except httpx.TimeoutException:
                last = self._fail(f"{where} timed out", transient=True)
                retry_after = None
            except httpx.HTTPError as exc:
                last = self._fail(f"{where} failed: {type(exc).__name__}: {exc}", transient=True)
                retry_after = None
            else:
                result, last, retry_after = self._judge(response, where, limiter)
                if last is None:
                    return result
                if not last.transient:
                    raise last
            if attempt < self.max_attempts:
                delay = self._delay(attempt, retry_after)
                self.status.bump(retries=1)
                log.warning("%s; retry %d/%d in %.2fs", last, attempt, self.max_attempts - 1, delay)
                self.sleep(delay)
        assert last is not None
        raise self._fail(
            f"{last} (gave up after {self.max_attempts} attempts)",
            transient=True,
            retry_after=last.retry_after,
        )

    def _remember_quota(self, response: httpx.Response) -> None:
        for name, attr in (("X-HubSpot-RateLimit-Remaining", "remaining"), ("X-HubSpot-RateLimit-Max", "limit")):
            value = response.headers.get(name)
            if value is not None and value.isdigit():
                setattr(self.status, attr, int(value))

    def _judge(self, response: httpx.Response, where: str, limiter: TokenBucket | None):  # noqa: ANN202
        """(body, None, _) on success, else (None, error, retry_after)."""
        self._remember_quota(response)
        status = response.status_code
        body: Any = None
        decoded = True
        if response.content:
            try:
                body = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                decoded = False
        code = self.vendor.code(body) if decoded and body is not None else ""
        retry_after = _retry_after(response)
        if status == 429 or code in self.vendor.throttle_codes:
            self.status.bump(throttled=1)
            if limiter is not None:
                limiter.drain()
            err = self._fail(f"{where}: rate limited (HTTP {status} {code})".rstrip(), transient=True,
                             retry_after=retry_after)
            return None, err, retry_after
        if 200 <= status < 300:
            if not decoded:
                snippet = response.text[:80].replace("\n", " ")
                return None, self._fail(
                    f"{where} answered HTTP {status} with malformed JSON (starts {snippet!r})"
                ), None
            return body, None, None
        detail = (self.vendor.message(body) if decoded and body is not None else response.text[:200]) or ""
        message = f"{where}: HTTP {status}" + (f": {detail}" if detail else "")
        if status in (401, 403):
            return None, self._fail(f"{message}; check the token (or webhook URL) and its scopes"), None
        if status == 404:
            return None, self._fail(message, cls=NotFound), None
        if status in RETRY_STATUSES:
            return None, self._fail(message, transient=True, retry_after=retry_after), retry_after
        return None, self._fail(message), None
