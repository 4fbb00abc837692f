"""The webhook channel: one HTTP request, SSRF-guarded, redirects followed by hand.

Outcome classes (what the engine does next):
- a 2xx answer: delivered (status, a short excerpt of the body);
- could not connect / DNS failure / 429 / 5xx: `TransientError` (nothing was accepted;
  retried with backoff, `Retry-After` honoured);
- a timeout or broken connection after the request was sent: `UncertainError` (the
  other side may have acted; a person decides);
- other 4xx, a refused target, too many redirects: `StepError` (permanent).
Redirects are followed manually (at most 5), each hop checked again by the guard.
Settings (app_settings): `webhooks.allow_private` (bool), `webhooks.allowlist` (hosts,
addresses or networks); a channel `from_settings` reads them again at every request, so
`caudal settings set ...` (or the designer's settings page) applies to a running service.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import httpx
from sqlalchemy import select

from runtime.channels.ssrf import Guard, TargetRefused
from runtime.i18n import N_
from runtime.kernel.outcome import StepError, TransientError, UncertainError
from runtime.kernel.retry_after import retry_after_seconds
from runtime.store.schema_runtime import app_settings

MAX_REDIRECTS = 5
ALLOW_PRIVATE_KEY = "webhooks.allow_private"
ALLOWLIST_KEY = "webhooks.allowlist"


def read_allowances(db: Any) -> tuple[bool, list[str]]:
    """(allow_private, allowlist) as stored in the app settings of `db`."""
    with db.begin() as conn:
        rows = dict(conn.execute(select(app_settings.c.key, app_settings.c.value).where(
            app_settings.c.key.in_([ALLOW_PRIVATE_KEY, ALLOWLIST_KEY]))).all())
    allowlist = rows.get(ALLOWLIST_KEY) or []
    return rows.get(ALLOW_PRIVATE_KEY) is True, [str(a) for a in allowlist] if isinstance(allowlist, list) else []


class SettingsGuard(Guard):
    """A Guard that follows the app settings of `db`, read again at each check."""

    def __init__(self, db: Any) -> None:
        super().__init__()
        self.db = db

    def check(self, url: str) -> None:
        allow_private, allowlist = read_allowances(self.db)
        Guard(allow_private, allowlist).check(url)


class WebhookChannel:
    """Sends webhook requests. `guard` decides which targets are allowed."""

    local = False

    def __init__(self, guard: Guard | None = None, timeout: float = 10.0, transport: Any = None) -> None:
        self.guard = guard or Guard()
        self.timeout = timeout
        self._client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport)

    @classmethod
    def from_settings(cls, db: Any, timeout: float = 10.0) -> WebhookChannel:
        """A channel whose guard follows the app settings in `db` (also after they change)."""
        return cls(SettingsGuard(db), timeout)

    def close(self) -> None:
        self._client.close()

    def deliver(self, request: dict[str, Any], key: str) -> dict[str, Any]:
        """Send `request` ({method, url, headers, body}); `key` goes in Idempotency-Key."""
        method = str(request.get("method") or "POST").upper()
        url = str(request["url"])
        headers = {**(request.get("headers") or {}), "Idempotency-Key": key}
        body = request.get("body")
        for _hop in range(MAX_REDIRECTS + 1):
            try:
                self.guard.check(url)
            except TargetRefused as exc:
                raise StepError(str(exc)) from exc
            response = self._send(method, url, headers, body)
            if response.is_redirect and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                if response.status_code == 303 or (response.status_code in (301, 302) and method != "GET"):
                    method, body = "GET", None
                    headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}
                continue
            return self._result(response, url)
        raise StepError(f"{request['url']}: " + N_('more than {count} redirects').format(count=MAX_REDIRECTS))

    def _send(self, method: str, url: str, headers: dict[str, str], body: Any) -> httpx.Response:
        try:
            return self._client.request(method, url, headers=headers, content=body)
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            raise TransientError(f"{url}: could not connect ({exc.__class__.__name__}: {exc})") from exc
        except (httpx.TimeoutException, httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise UncertainError(f"{url}: no answer after sending ({exc.__class__.__name__}); "
                                 "the other side may have received it") from exc
        except httpx.HTTPError as exc:
            raise StepError(f"{url}: {exc.__class__.__name__}: {exc}") from exc

    @staticmethod
    def _result(response: httpx.Response, url: str) -> dict[str, Any]:
        code = response.status_code
        excerpt = response.text[:300]
        if code == 429 or code >= 500:
            raise TransientError(f"{url}: HTTP {code} {excerpt[:120]}".strip(),
                                 retry_after_seconds(response.headers.get("retry-after")))
        if code >= 400:
            raise StepError(f"{url}: HTTP {code} {excerpt[:200]}".strip())
        return {"status": code, "url": url, "response": excerpt}
