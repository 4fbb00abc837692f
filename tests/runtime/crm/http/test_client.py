"""HttpClient against a real loopback server: retries, throttling, errors, redaction."""

from __future__ import annotations

import logging
import time

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from runtime.crm.base import ConnectionPaused, CrmError, MaybeSent, NotFound
from runtime.crm.http import HttpClient, Redactor, TokenBucket, VendorErrors
from tests.loopback import served

VENDOR = VendorErrors(
    vendor="test",
    message=lambda body: body.get("message", "") if isinstance(body, dict) else "",
    throttle_codes=frozenset({"QUERY_LIMIT_EXCEEDED"}),
    code=lambda body: body.get("error", "") if isinstance(body, dict) else "",
    quota_headers=(("X-HubSpot-RateLimit-Remaining", "remaining"), ("X-HubSpot-RateLimit-Max", "limit")),
)
TOKEN = "pat-na1-SECRET-TOKEN-0000"


def client(server: HTTPServer, sleeps: list[float], **kw) -> HttpClient:
    return HttpClient(
        server.url_for("/"),
        vendor=VENDOR,
        headers={"Authorization": f"Bearer {TOKEN}"},
        redactor=Redactor([TOKEN]),
        sleep=sleeps.append,
        **kw,
    )


def test_success_and_quota_headers(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x", headers={"Authorization": f"Bearer {TOKEN}"}).respond_with_json(
        {"ok": 1}, headers={"X-HubSpot-RateLimit-Remaining": "188", "X-HubSpot-RateLimit-Max": "190"}
    )
    c = client(httpserver, [])
    assert c.request("GET", "/x") == {"ok": 1}
    snap = c.status.snapshot()
    assert snap["remaining"] == 188 and snap["limit"] == 190 and snap["calls"] == 1 and snap["pending"] == 0


def test_429_storm_retries_honouring_retry_after_then_succeeds(httpserver: HTTPServer) -> None:
    for _ in range(3):
        httpserver.expect_ordered_request("/x").respond_with_json(
            {"message": "You have reached your secondly limit."}, status=429, headers={"Retry-After": "2"}
        )
    httpserver.expect_ordered_request("/x").respond_with_json({"ok": True})
    sleeps: list[float] = []
    c = client(httpserver, sleeps)
    assert c.request("GET", "/x") == {"ok": True}
    assert len(sleeps) == 3 and all(s >= 2 for s in sleeps)
    assert c.status.throttled == 3 and c.status.retries == 3


def test_a_throttle_storm_ends_in_a_pause_not_a_failure(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_json(
        {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}, status=503
    )
    sleeps: list[float] = []
    c = client(httpserver, sleeps, max_attempts=2, throttle_patience=20, wall=lambda: 1000.0)
    with pytest.raises(ConnectionPaused) as info:
        c.request("POST", "/x")  # a throttled create was not done: it may be repeated
    assert info.value.reason == "throttled" and info.value.until > 1000.0
    assert len(sleeps) > 2 and sum(sleeps) <= 20  # waits beyond max_attempts, within its patience
    assert sleeps[1] > sleeps[0] * 0.9  # exponential (with jitter)


def test_throttle_inside_a_200_body_is_waited_out(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/x").respond_with_json({"error": "QUERY_LIMIT_EXCEEDED"}, status=200)
    httpserver.expect_ordered_request("/x").respond_with_json({"result": 1})
    sleeps: list[float] = []
    assert client(httpserver, sleeps).request("POST", "/x") == {"result": 1}
    assert len(sleeps) == 1


def test_401_pauses_the_connection_and_says_check_the_token(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_json({"message": f"bad token {TOKEN}"}, status=401)
    sleeps: list[float] = []
    c = client(httpserver, sleeps)
    with pytest.raises(ConnectionPaused) as info:
        c.request("GET", "/x")
    assert info.value.reason == "auth" and "check the token" in str(info.value)
    assert TOKEN not in str(info.value) and sleeps == []


def test_a_vendor_pause_stops_at_once_with_its_reset_time(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_json({"policyName": "DAILY", "message": "daily"}, status=429)
    paused = VendorErrors(vendor="v", message=lambda b: b.get("message", ""),
                          pause=lambda status, body, headers, now: ("quota", now + 3600)
                          if body.get("policyName") == "DAILY" else None)
    sleeps: list[float] = []
    c = HttpClient(httpserver.url_for("/"), vendor=paused, sleep=sleeps.append, wall=lambda: 50.0)
    with pytest.raises(ConnectionPaused) as info:
        c.request("GET", "/x")
    assert (info.value.reason, info.value.until) == ("quota", 3650.0) and sleeps == []


def test_a_create_is_not_repeated_after_a_5xx(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/tasks", method="POST").respond_with_json({"message": "oops"}, status=502)
    sleeps: list[float] = []
    with pytest.raises(MaybeSent, match="may have been done"):
        client(httpserver, sleeps).request("POST", "/tasks", json_body={"a": 1})
    assert len(httpserver.log) == 1 and sleeps == []


def test_a_create_that_timed_out_is_not_repeated(httpserver: HTTPServer) -> None:
    seen = []

    def slow(_request):
        seen.append(1)
        time.sleep(0.3)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/tasks").respond_with_handler(slow)
    with pytest.raises(MaybeSent, match="timed out"):
        client(httpserver, [], timeout=0.05).request("POST", "/tasks", json_body={})
    served(httpserver)  # the server may not even have read the request yet on a busy machine
    assert len(seen) == 1


def test_a_create_refused_before_sending_is_repeated() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(201, json={"id": "9"})

    c = HttpClient("http://127.0.0.1:9", vendor=VENDOR, sleep=lambda s: None,
                   transport=httpx.MockTransport(handler))
    assert c.request("POST", "/tasks", json_body={}) == {"id": "9"} and len(calls) == 2


def test_a_read_post_may_be_repeated_after_a_5xx(httpserver: HTTPServer) -> None:
    httpserver.expect_ordered_request("/search").respond_with_json({}, status=500)
    httpserver.expect_ordered_request("/search").respond_with_json({"results": []})
    assert client(httpserver, []).request("POST", "/search", json_body={}, idempotent=True) == {"results": []}


def test_404_is_not_found(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_json({"message": "gone"}, status=404)
    with pytest.raises(NotFound):
        client(httpserver, []).request("GET", "/x")


def test_malformed_json_is_a_clear_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/x").respond_with_data("<html>oops", content_type="application/json")
    with pytest.raises(CrmError, match="malformed JSON"):
        client(httpserver, []).request("GET", "/x")


def test_timeout_is_retried_then_transient(httpserver: HTTPServer) -> None:
    def slow(_request):
        time.sleep(0.3)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/x").respond_with_handler(slow)
    sleeps: list[float] = []
    c = client(httpserver, sleeps, timeout=0.05, max_attempts=2)
    with pytest.raises(CrmError, match="timed out") as info:
        c.request("GET", "/x")
    assert info.value.transient and len(sleeps) == 1


def test_retry_log_lines_are_redacted(httpserver: HTTPServer, caplog) -> None:
    httpserver.expect_oneshot_request(f"/rest/1/{TOKEN}/m.json").respond_with_json({}, status=500)
    httpserver.expect_oneshot_request(f"/rest/1/{TOKEN}/m.json").respond_with_json({"result": 1})
    c = HttpClient(httpserver.url_for("/"), vendor=VENDOR, redactor=Redactor([]), sleep=lambda s: None)
    with caplog.at_level(logging.WARNING, logger="caudal.crm.http"):
        assert c.request("POST", f"/rest/1/{TOKEN}/m.json", idempotent=True) == {"result": 1}
    assert caplog.text and TOKEN not in caplog.text and "/rest/***/" in caplog.text


def test_token_bucket_waits_with_injected_clock() -> None:
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    bucket = TokenBucket(2, 50, clock=lambda: now[0], sleep=sleep)
    for _ in range(50):
        assert bucket.acquire() == 0
    bucket.acquire()
    assert slept and abs(sum(slept) - 0.5) < 1e-9
    for _ in range(10):
        bucket.acquire()
    assert abs(now[0] - 5.5) < 1e-6  # 2 per second after the burst of 50
