"""Retry-After headers: a number of seconds or an HTTP date (one in the past is 0)."""

from __future__ import annotations

from runtime.kernel.retry_after import retry_after_seconds


def test_retry_after_parsing():
    assert retry_after_seconds("5") == 5.0 and retry_after_seconds(None) is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
