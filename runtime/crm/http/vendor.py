"""How one vendor's answers read: error text, throttle codes, pauses, windows, quota headers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from runtime.kernel.retry_after import retry_after_seconds


def _nothing(*_args: Any) -> Any:
    return None


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), None if absent or bad."""
    return retry_after_seconds(headers.get("Retry-After"))


@dataclass(frozen=True)
class VendorErrors:
    """A vendor's error conventions.

    message(body): the text of an error body ("" if none).
    code(body): the vendor's error code in a body ("" if none).
    throttle_codes: body codes that mean "throttled" whatever the HTTP status (Bitrix24).
    pause(status, body, headers, now): (reason, until) when the answer means the connection
        must wait (a daily quota, an operating-time block), else None.
    window(headers, body): seconds to wait after a throttle without Retry-After (HubSpot's 10 s).
    not_found(code, detail): a message when a 404 means something else than "no such record".
    quota_headers: (header, CallStatus attribute) pairs remembered from every answer.
    """

    vendor: str
    message: Callable[[Any], str]
    throttle_codes: frozenset[str] = frozenset()
    code: Callable[[Any], str] = lambda body: ""
    pause: Callable[[int, Any, httpx.Headers, float], tuple[str, float | None] | None] = _nothing
    window: Callable[[httpx.Headers, Any], float | None] = _nothing
    not_found: Callable[[str, str], str | None] = _nothing
    quota_headers: tuple[tuple[str, str], ...] = field(default=())
