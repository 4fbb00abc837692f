"""Webhooks through the ledger: delivery, retries with Retry-After, uncertain after a crash, retry."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from werkzeug import Response

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.engine import Engine, EngineSettings, EnrollmentStatus, StepStatus, ledger
from runtime.engine.loop import BatchRunner
from runtime.store.schema_runtime import side_effects
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows


@pytest.fixture
def hook_engine(db, clock, events):
    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=30)
    settings = EngineSettings(backoff_base=10.0, max_attempts=3)
    yield Engine(db, clock=clock, channels=Channels(webhook=channel), events=events.append, settings=settings)
    channel.close()


def _flow(db, httpserver, path="/hook"):
    b = FlowBuilder()
    h = b.add("action.webhook", method="POST", url=httpserver.url_for(path),
              body='{"email": "{{ contact.email }}"}')
    t = b.add("action.add_tag", tag="avisado")
    b.chain(b.trigger, h, t)
    return activate(db, b), h


def test_webhook_delivered_once_with_key_and_json(db, crm, hook_engine, httpserver):
    httpserver.expect_oneshot_request("/hook", method="POST").respond_with_json({"ok": True})
    vid, h = _flow(db, httpserver)
    cid = crm.create_contact({"email": "wh@example.es"})
    eid = enroll(db, hook_engine, vid, cid)
    hook_engine.run_due()
    req, _ = httpserver.log[0]
    assert req.get_json() == {"email": "wh@example.es"} and req.headers["Idempotency-Key"] == f"{eid}:{h}:1:1"
    assert req.headers["Content-Type"] == "application/json"
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    row = [r for r in step_rows(db, eid) if r.node_id == h][0]
    assert row.status == StepStatus.DONE and row.detail["response"]["status"] == 200
    with db.begin() as conn:
        led = conn.execute(select(side_effects)).all()
    assert [(x.key, x.status, x.channel) for x in led] == [(f"{eid}:{h}:1:1", "done", "webhook")]


def test_transient_failures_retry_with_backoff_then_fail_and_retry_resumes(db, crm, hook_engine, clock, httpserver):
    httpserver.expect_request("/hook").respond_with_response(Response("busy", 503, {"Retry-After": "120"}))
    vid, h = _flow(db, httpserver)
    cid = crm.create_contact({"email": "rt@example.es"})
    eid = enroll(db, hook_engine, vid, cid)
    hook_engine.run_due()
    first = [r for r in step_rows(db, eid) if r.node_id == h]
    assert len(first) == 1 and first[0].status == StepStatus.FAILED and "will retry" in first[0].error
    assert first[0].detail["retry_after"] == 120.0
    assert enrollment(db, eid).status == EnrollmentStatus.WAITING
    assert hook_engine.next_due_at() == clock.now() + 120  # Retry-After beats the 10 s backoff
    clock.advance(120)
    hook_engine.run_due()
    clock.advance(3600)
    hook_engine.run_due()
    rows = [r for r in step_rows(db, eid) if r.node_id == h]
    assert [r.attempt for r in rows] == [1, 2, 3] and "giving up" in rows[-1].error
    assert enrollment(db, eid).status == EnrollmentStatus.FAILED
    assert len(httpserver.log) == 3
    httpserver.clear()
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    assert hook_engine.retry(eid)
    hook_engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert len(httpserver.log) == 1 and httpserver.log[0][0].headers["Idempotency-Key"] == f"{eid}:{h}:1:4"


def test_4xx_fails_at_once(db, crm, hook_engine, httpserver):
    httpserver.expect_request("/hook").respond_with_data("nope", status=404)
    vid, h = _flow(db, httpserver)
    eid = enroll(db, hook_engine, vid, crm.create_contact({"email": "nf@example.es"}))
    hook_engine.run_due()
    row = step_rows(db, eid)[-1]
    assert row.status == StepStatus.FAILED and "HTTP 404" in row.error and len(httpserver.log) == 1


def test_crash_before_the_call_was_claimed_sends_it_once(db, crm, hook_engine, clock, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    vid, h = _flow(db, httpserver)
    eid = enroll(db, hook_engine, vid, crm.create_contact({"email": "pc@example.es"}))
    # The batch records the ledger row and commits; the process "dies" before claiming it.
    with db.begin(immediate=True) as conn:
        batch = BatchRunner(hook_engine, conn, clock.now(), careful=True).run(100)
    assert batch.externals
    clock.advance(hook_engine.settings.external_lease + 1)
    hook_engine.run_due()
    assert len(httpserver.log) == 1  # it never started, so it is sent, once
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert not [r for r in step_rows(db, eid) if r.status == StepStatus.UNCERTAIN]


def test_crash_during_call_is_uncertain_not_repeated(db, crm, hook_engine, clock, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    vid, h = _flow(db, httpserver)
    eid = enroll(db, hook_engine, vid, crm.create_contact({"email": "cr@example.es"}))
    # The batch records the ledger row, the call is claimed; the process "dies" mid-call.
    with db.begin(immediate=True) as conn:
        batch = BatchRunner(hook_engine, conn, clock.now(), careful=True).run(100)
    with db.begin(immediate=True) as conn:
        ledger.claim(conn, [key for key, _, _ in batch.externals])
    clock.advance(hook_engine.settings.external_lease + 1)
    hook_engine.run_due()
    assert httpserver.log == []  # not sent blindly
    row = [r for r in step_rows(db, eid) if r.node_id == h][-1]
    assert row.status == StepStatus.UNCERTAIN and "may or may not" in row.error
    e = enrollment(db, eid)
    assert e.status == EnrollmentStatus.WAITING and e.current_node == h
    assert hook_engine.retry(eid)
    hook_engine.run_due()
    assert len(httpserver.log) == 1 and enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_private_target_refused_without_allowance(db, crm, clock, httpserver):
    engine = Engine(db, clock=clock)  # webhook channel from app settings: nothing allowed
    httpserver.expect_request("/hook").respond_with_json({})
    vid, h = _flow(db, httpserver)
    eid = enroll(db, engine, vid, crm.create_contact({"email": "pv@example.es"}))
    engine.run_due()
    row = step_rows(db, eid)[-1]
    assert row.status == StepStatus.FAILED and "loopback" in row.error and httpserver.log == []
