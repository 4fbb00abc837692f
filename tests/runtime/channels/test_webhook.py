"""The webhook channel on a real loopback server: results, errors, redirects re-checked."""

from __future__ import annotations

import pytest
from werkzeug import Response

from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.kernel.outcome import StepError, TransientError, UncertainError


@pytest.fixture
def channel():
    ch = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=1)
    yield ch
    ch.close()


def _req(url, method="POST", body='{"a": 1}'):
    return {"method": method, "url": url, "headers": {"Content-Type": "application/json"}, "body": body}


def test_ok_and_key_header(channel, httpserver):
    httpserver.expect_request("/ok", method="POST").respond_with_json({"ok": 1})
    out = channel.deliver(_req(httpserver.url_for("/ok")), "1:n:1")
    assert out["status"] == 200 and httpserver.log[0][0].headers["Idempotency-Key"] == "1:n:1"


def test_error_classes(channel, httpserver):
    httpserver.expect_request("/busy").respond_with_response(Response("", 429, {"Retry-After": "7"}))
    httpserver.expect_request("/bad").respond_with_data("no", status=400)
    with pytest.raises(TransientError) as exc:
        channel.deliver(_req(httpserver.url_for("/busy")), "k")
    assert exc.value.retry_after == 7.0
    with pytest.raises(StepError, match="HTTP 400"):
        channel.deliver(_req(httpserver.url_for("/bad")), "k")


def test_connection_refused_is_transient(channel):
    with pytest.raises(TransientError, match="could not connect"):
        channel.deliver(_req("http://127.0.0.1:9/x"), "k")


def test_read_timeout_is_uncertain(channel, httpserver):
    import time

    def slow(_request):
        time.sleep(1.5)
        return Response("late")

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(UncertainError):
        channel.deliver(_req(httpserver.url_for("/slow")), "k")


def test_redirects_followed_and_rechecked(channel, httpserver):
    httpserver.expect_request("/a").respond_with_response(Response("", 303, {"Location": "/b"}))
    httpserver.expect_request("/b", method="GET").respond_with_json({"here": True})
    assert channel.deliver(_req(httpserver.url_for("/a")), "k")["url"].endswith("/b")
    httpserver.expect_request("/evil").respond_with_response(
        Response("", 307, {"Location": "http://169.254.169.254/latest/meta-data"}))
    with pytest.raises(StepError, match="link-local"):
        channel.deliver(_req(httpserver.url_for("/evil")), "k")


def test_redirect_loop_stops(channel, httpserver):
    httpserver.expect_request("/loop").respond_with_response(Response("", 302, {"Location": "/loop"}))
    with pytest.raises(StepError, match="more than 5 redirects"):
        channel.deliver(_req(httpserver.url_for("/loop"), method="GET", body=None), "k")
