"""`HttpClient`: JSON over httpx with rate limiting, retries that never double a create, and
redacted errors.

What each answer does (see runtime/crm/http/vendor.py for the vendor-specific parts):
- throttled (429, or a vendor throttle code even inside an HTTP 200 body): nothing was done,
  so any call waits (Retry-After, else the vendor's window, else a jittered backoff) and is
  repeated, until `throttle_patience` seconds were spent; then `ConnectionPaused("throttled")`
  so the work waits instead of failing;
- a vendor pause (HubSpot's DAILY limit, Bitrix24's OPERATION_TIME_LIMIT, Pipedrive's daily
  budget): `ConnectionPaused` at once, with the time the limit resets;
- 401 / 403: `ConnectionPaused("auth")`: the token was revoked or lacks a scope;
- 404: `NotFound` (or a clear "method not found" `CrmError` when the vendor says so);
- network errors, timeouts, 408 and 5xx: an idempotent call (reads, updates) is retried up
  to `max_attempts`; a call that creates something is retried only when it certainly never
  left (connection refused, connect timeout); otherwise `MaybeSent`, for the caller to verify;
- any other 4xx: a permanent `CrmError`.
Every message and log line goes through the connection's `Redactor`, so no token or webhook
key leaks.
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Callable
from typing import Any

import httpx

from runtime.crm.base import ConnectionPaused, CrmError, MaybeSent, NotFound
from runtime.crm.http.limiter import TokenBucket
from runtime.crm.http.redact import Redactor, install_log_redaction
from runtime.crm.http.shared import SharedBucket
from runtime.crm.http.status import CallStatus
from runtime.crm.http.vendor import VendorErrors, retry_after

log = logging.getLogger("caudal.crm.http")
install_log_redaction()  # httpx logs each request URL; Bitrix24's carries the webhook key

RETRY_STATUSES = frozenset({408, 500, 502, 503, 504})
# Failures that happen before the request leaves: repeating them cannot double anything.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE"})

__all__ = ["HttpClient", "VendorErrors"]


class _Retry(Exception):
    """Internal: this attempt failed in a way worth repeating after `delay` seconds."""

    def __init__(self, error: CrmError, delay: float | None, throttled: bool = False) -> None:
        super().__init__(str(error))
        self.error, self.delay, self.throttled = error, delay, throttled


class HttpClient:
    """One connection's HTTP client. `request()` returns the decoded JSON body."""

    def __init__(
        self,
        base_url: str,
        *,
        vendor: VendorErrors,
        headers: dict[str, str] | None = None,
        limiters: dict[str, TokenBucket | SharedBucket] | None = None,
        redactor: Redactor | None = None,
        timeout: float = 15.0,
        max_attempts: int = 5,
        backoff: float = 0.5,
        max_backoff: float = 30.0,
        throttle_patience: float = 60.0,
        sleep: Callable[[float], None] = time.sleep,
        wall: Callable[[], float] = time.time,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.vendor = vendor
        self.limiters = limiters or {}
        self.redact = redactor or Redactor()
        self.max_attempts = max(1, max_attempts)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.throttle_patience = throttle_patience
        self.sleep = sleep
        self.wall = wall
        self.status = CallStatus()
        self._http = httpx.Client(headers=headers or {}, timeout=timeout, follow_redirects=False,
                                  transport=transport)

    def close(self) -> None:
        self._http.close()

    def share_budget(self, db: Any, connection: str) -> None:
        """Draw this client's requests from `connection`'s budget in `db`, shared with every
        other runtime on that database (runtime.crm.http.shared), instead of this process's buckets."""
        self.limiters = {name: SharedBucket(db, connection, name, bucket.rate, bucket.capacity,
                                            clock=self.wall, sleep=self.sleep)
                         for name, bucket in self.limiters.items()}

    def _delay(self, attempt: int, wait: float | None) -> float:
        backoff = min(self.max_backoff, self.backoff * 2 ** (attempt - 1))
        backoff *= 0.5 + random.random() / 2  # jitter
        return max(backoff, wait or 0.0)

    def _fail(self, message: str, cls: type[CrmError] = CrmError, **kwargs: Any) -> CrmError:
        text = self.redact(f"{self.vendor.vendor}: {message}")
        self.status.last_error = text
        return cls(text, **kwargs)

    def request(
        self,
        method: str,
        path: str,
        *,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        bucket: str = "default",
        idempotent: bool | None = None,
    ) -> Any:
        """Send one call (with the retries above); return its JSON body.

        `idempotent` says whether repeating the call after it may have arrived is harmless:
        by default GET/PUT/PATCH/DELETE are and POST is not (a POST that only reads, like a
        search, passes True).
        """
        url = f"{self.base_url}/{path.lstrip('/')}"
        where = self.redact(f"{method} {url}")
        if idempotent is None:
            idempotent = method.upper() in IDEMPOTENT_METHODS
        self.status.bump(pending=1)
        try:
            return self._with_retries(method, url, where, json_body, params, bucket, idempotent)
        finally:
            self.status.bump(pending=-1)

    def _with_retries(self, method, url, where, json_body, params, bucket, idempotent) -> Any:  # noqa: ANN001
        limiter = self.limiters.get(bucket) or self.limiters.get("default")
        attempt, waited = 0, 0.0
        while True:
            attempt += 1
            if limiter is not None:
                limiter.acquire()
            self.status.bump(calls=1)
            try:
                return self._once(method, url, where, json_body, params, limiter, idempotent)
            except _Retry as retry:
                last = retry.error
                if retry.throttled:
                    delay = self._delay(min(attempt, 6), retry.delay)
                    if waited + delay > self.throttle_patience:
                        raise self._fail(f"{where}: still rate limited after waiting {waited:.0f} s",
                                         ConnectionPaused, reason="throttled",
                                         until=self.wall() + max(delay, 1.0)) from None
                    waited += delay
                elif attempt >= self.max_attempts:
                    raise self._fail(f"{last} (gave up after {self.max_attempts} attempts)".removeprefix(
                        f"{self.vendor.vendor}: "), transient=True, retry_after=last.retry_after) from None
                else:
                    delay = self._delay(attempt, retry.delay)
                self.status.bump(retries=1)
                log.warning("%s; retry %d in %.2fs", last, attempt, delay)
                self.sleep(delay)

    def _once(self, method, url, where, json_body, params, limiter, idempotent) -> Any:  # noqa: ANN001
        try:
            response = self._http.request(method, url, json=json_body, params=params)
        except NOT_SENT as exc:  # never left: safe to repeat, even a create
            raise _Retry(self._fail(f"{where} could not connect: {type(exc).__name__}", transient=True),
                         None) from None
        except httpx.HTTPError as exc:
            what = "timed out" if isinstance(exc, httpx.TimeoutException) else f"failed: {type(exc).__name__}"
            if not idempotent:
                raise self._fail(f"{where} {what} after the request was sent; it may have been done",
                                 MaybeSent) from None
            raise _Retry(self._fail(f"{where} {what}", transient=True), None) from None
        return self._judge(response, where, limiter, idempotent)

    def _judge(self, response: httpx.Response, where: str, limiter: TokenBucket | SharedBucket | None,
               idempotent: bool) -> Any:
        """The body of a good answer; raises (or asks for a retry) otherwise."""
        self.status.remember(response.headers, self.vendor.quota_headers)
        status = response.status_code
        body: Any = None
        decoded = True
        if response.content:
            try:
                body = response.json()
            except (json.JSONDecodeError, UnicodeDecodeError):
                decoded = False
        code = self.vendor.code(body) if decoded and body is not None else ""
        detail = (self.vendor.message(body) if decoded and body is not None else response.text[:200]) or ""
        message = f"{where}: HTTP {status}" + (f": {detail}" if detail else "")
        paused = self.vendor.pause(status, body, response.headers, self.wall()) if decoded else None
        if paused is not None:
            reason, until = paused
            if limiter is not None:
                limiter.drain()
            raise self._fail(message, ConnectionPaused, reason=reason, until=until)
        if status == 429 or code in self.vendor.throttle_codes:
            self.status.bump(throttled=1)
            if limiter is not None:
                limiter.drain()
            wait = retry_after(response.headers)
            if wait is None:
                wait = self.vendor.window(response.headers, body if decoded else None)
            raise _Retry(self._fail(f"{where}: rate limited (HTTP {status} {code})".rstrip(), transient=True,
                                    retry_after=wait), wait, throttled=True)
        if 200 <= status < 300:
            if not decoded:
                snippet = response.text[:80].replace("\n", " ")
                raise self._fail(f"{where} answered HTTP {status} with malformed JSON (starts {snippet!r})")
            return body
        if status in (401, 403):
            raise self._fail(f"{message}; check the token (or webhook URL) and its scopes", ConnectionPaused,
                             reason="auth")
        if status == 404:
            missing = self.vendor.not_found(code, detail)
            if missing:
                raise self._fail(f"{where}: {missing}")
            raise self._fail(message, NotFound)
        if status in RETRY_STATUSES:
            if not idempotent:
                raise self._fail(f"{message}; the request may have been done", MaybeSent)
            wait = retry_after(response.headers)
            raise _Retry(self._fail(message, transient=True, retry_after=wait), wait)
        raise self._fail(message)
