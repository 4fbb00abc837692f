"""Seconds from a Retry-After header: the other side's word on when to come back (webhooks, CRM APIs)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from time import time


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header (a number or an HTTP date), None if absent/bad."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time())
    except (TypeError, ValueError):
        return None
