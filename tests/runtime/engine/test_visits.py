"""Idempotency keys per visit: a contact looping back through a sending node sends again.

Real SQLite, real Engine, a loopback HTTP server (webhooks), the local outbox and a real
aiosmtpd (SMTP).
"""

from __future__ import annotations

import email

import pytest
from sqlalchemy import select, update

from runtime.channels import Channels
from runtime.channels.ssrf import Guard
from runtime.channels.webhook import WebhookChannel
from runtime.email import SmtpAccount, add_account
from runtime.email.message import message_id_for
from runtime.email.smtp import SmtpChannel
from runtime.engine import Engine, EngineSettings, EnrollmentStatus, StepStatus, ledger
from runtime.engine.loop import BatchRunner
from runtime.history import actions
from runtime.store.schema_runtime import outbox, side_effects, work_items
from tests.runtime.email.smtp_support import SmtpServer
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows


@pytest.fixture
def hook_engine(db, clock, events):
    channel = WebhookChannel(Guard(allowlist=["127.0.0.1"]), timeout=30)
    settings = EngineSettings(backoff_base=10.0, max_attempts=3)
    yield Engine(db, clock=clock, channels=Channels(webhook=channel), events=events.append, settings=settings)
    channel.close()




def _loop(b: FlowBuilder, node: str) -> str:
    """trigger -> wait 1 minute -> node -> back to the wait; returns the wait's id."""
    w = b.add("wait.duration", amount=1, unit="minutes")
    b.chain(b.trigger, w, node)
    b.link(node, w)
    return w


def _run(engine, clock, rounds: int = 12) -> None:
    for _ in range(rounds):
        engine.run_due()
        clock.advance(60)


def _done(db, eid, node):
    return [r for r in step_rows(db, eid) if r.node_id == node and r.status == StepStatus.DONE]


def _ledger(db) -> dict[str, str]:
    with db.begin() as conn:
        return dict(conn.execute(select(side_effects.c.key, side_effects.c.status)).all())


def test_keys_keep_the_old_form_for_visit_0_and_parse_back():
    assert ledger.make_key(7, "n1", 0, 2) == "7:n1:2"
    assert ledger.make_key(7, "n1", 3, 2) == "7:n1:3:2"
    assert ledger.parse_key("7:n1:2") == (7, "n1", 0, 2)
    assert ledger.parse_key("7:n1:3:2") == (7, "n1", 3, 2)
    assert ledger.parse_key("7:a:5:2", node_id="a:5") == (7, "a:5", 0, 2)  # a node id ending in ":<digits>"
    assert ledger.parse_key("7:a:5:3:2", node_id="a:5") == (7, "a:5", 3, 2)


def test_a_webhook_in_a_loop_is_called_once_per_visit(db, crm, hook_engine, clock, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder(max_steps=7)
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body='{"n": 1}')
    _loop(b, h)
    eid = enroll(db, hook_engine, activate(db, b), crm.create_contact({"email": "loop@example.es"}))
    _run(hook_engine, clock)
    assert enrollment(db, eid).status == EnrollmentStatus.FAILED  # the step cap ended the loop
    done = _done(db, eid, h)
    sent = [req.headers["Idempotency-Key"] for req, _ in httpserver.log]
    assert len(done) == 3 and len(sent) == 3 and len(set(sent)) == 3
    assert [r.detail["key"] for r in done] == sent
    assert all(ledger.parse_key(k, h)[3] == 1 for k in sent)  # each visit's first attempt
    assert _ledger(db) == {k: "done" for k in sent}


def test_two_parallel_branches_joining_on_a_webhook_call_it_twice(db, crm, hook_engine, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder()
    x = b.add("action.add_tag", tag="x")
    y = b.add("action.add_tag", tag="y")
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}")
    b.link(b.trigger, x)
    b.link(b.trigger, y)
    b.link(x, h)
    b.link(y, h)
    eid = enroll(db, hook_engine, activate(db, b), crm.create_contact({"email": "par@example.es"}))
    hook_engine.run_due()
    sent = {req.headers["Idempotency-Key"] for req, _ in httpserver.log}
    assert len(httpserver.log) == 2 and len(sent) == 2
    assert len(_done(db, eid, h)) == 2 and enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_send_email_to_the_outbox_in_a_loop_writes_one_row_per_visit_until_the_goal(db, crm, engine, clock):
    cid = crm.create_contact({"email": "rem@example.es", "first_name": "Rosa"})
    b = FlowBuilder(goal={"match": "all", "rules": [{"op": "has_tag", "value": "compró"}]})
    s = b.add("action.send_email", to="contact", subject="Recordatorio", body="Hola {{ contact.first_name }}")
    _loop(b, s)
    eid = enroll(db, engine, activate(db, b), cid)
    _run(engine, clock, rounds=4)
    crm.add_tag(cid, "compró")
    _run(engine, clock, rounds=3)
    assert enrollment(db, eid).status == EnrollmentStatus.EXITED
    with db.begin() as conn:
        rows = conn.execute(select(outbox).order_by(outbox.c.id)).all()
    done = _done(db, eid, s)
    assert len(rows) == len(done) >= 3
    assert [r.idempotency_key for r in rows] == [r.detail["key"] for r in done]
    assert len({r.idempotency_key for r in rows}) == len(rows)
    assert not [r for r in done if r.detail.get("outbox") == "already delivered"]
    assert len({r.detail["message_id"] for r in done}) == len(done)


def test_smtp_in_a_loop_has_a_message_id_per_visit_and_keeps_it_across_a_retry(db, crm, clock, events,
                                                                              memory_keyring):
    channels = Channels(email=SmtpChannel(timeout=30))
    engine = Engine(db, clock=clock, channels=channels, events=events.append,
                    settings=EngineSettings(backoff_base=10.0, max_attempts=3))
    with SmtpServer(mode="tempfail_first") as server:
        add_account(db, SmtpAccount("office", "127.0.0.1", server.port, "none", "",
                                    "Equipo Caudal <equipo@example.es>"), None)
        b = FlowBuilder(max_steps=9)  # the transient failure counts as a step
        s = b.add("action.send_email", account="office", to="contact", subject="Hola", body="<p>Hola</p>")
        _loop(b, s)
        eid = enroll(db, engine, activate(db, b), crm.create_contact({"email": "smtp@example.es"}))
        _run(engine, clock)
    ids = [email.message_from_bytes(raw)["Message-ID"] for raw in server.received]
    done = _done(db, eid, s)
    assert len(done) == 3 and len(ids) == 4  # the first visit's first try got a 451 and was retried
    assert ids[0] == ids[1] == message_id_for(done[0].detail["key"])
    assert ids[1:] == [message_id_for(r.detail["key"]) for r in done] and len(set(ids)) == 3
    first = ledger.parse_key(done[0].detail["key"], s)
    assert first[3] == 2 and _ledger(db)[ledger.make_key(eid, s, first[2], 1)] == "transient"


def _second_visit_recorded(db, engine, clock) -> BatchRunner:
    """Run until the hook's second visit is recorded in the ledger and committed, not claimed."""
    engine.run_due()
    clock.advance(60)
    engine.run_due()  # first visit sent; back at the wait
    clock.advance(60)
    with db.begin(immediate=True) as conn:  # the wait ends and hands over to the hook, which records its call
        batch = BatchRunner(engine, conn, clock.now(), careful=True).run(100)  # the process "dies" here
    assert len(batch.externals) == 1
    return batch


def test_a_crash_before_the_claim_on_the_second_visit_sends_that_visit_once(db, crm, hook_engine, clock,
                                                                            httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder(max_steps=5)
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}")
    _loop(b, h)
    eid = enroll(db, hook_engine, activate(db, b), crm.create_contact({"email": "cr1@example.es"}))
    [(key, _, _)] = _second_visit_recorded(db, hook_engine, clock).externals
    clock.advance(hook_engine.settings.external_lease + 1)
    hook_engine.run_due()
    sent = [req.headers["Idempotency-Key"] for req, _ in httpserver.log]
    _, _, visit, _ = ledger.parse_key(key, h)
    assert len(sent) == 2 and ledger.parse_key(sent[1], h)[2:] == (visit, 2)  # its own visit, next attempt
    assert ledger.parse_key(sent[0], h)[2] != visit
    assert len(_done(db, eid, h)) == 2


def test_a_crash_during_the_second_visit_is_uncertain_and_send_again_reuses_its_key(db, crm, hook_engine,
                                                                                   clock, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder(max_steps=6)
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}")
    _loop(b, h)
    eid = enroll(db, hook_engine, activate(db, b), crm.create_contact({"email": "cr2@example.es"}))
    [(key, _, _)] = _second_visit_recorded(db, hook_engine, clock).externals
    with db.begin(immediate=True) as conn:
        ledger.claim(conn, [key])
    clock.advance(hook_engine.settings.external_lease + 1)
    hook_engine.run_due()
    assert len(httpserver.log) == 1  # the second visit is not sent blindly
    row = [r for r in step_rows(db, eid) if r.node_id == h][-1]
    assert row.status == StepStatus.UNCERTAIN and row.detail["key"] == key
    [result] = actions.resolve(db, [eid], "send_again", now=clock.now())
    assert result.ok, result
    hook_engine.run_due()
    assert [req.headers["Idempotency-Key"] for req, _ in httpserver.log][1] == key
    assert _ledger(db)[key] == "done"


def test_an_item_written_before_visits_finds_its_old_ledger_row(db, crm, hook_engine, httpserver):
    httpserver.expect_request("/hook").respond_with_json({"ok": True})
    b = FlowBuilder()
    h = b.add("action.webhook", method="POST", url=httpserver.url_for("/hook"), body="{}")
    t = b.add("action.add_tag", tag="avisado")
    b.chain(b.trigger, h, t)
    eid = enroll(db, hook_engine, activate(db, b), crm.create_contact({"email": "old@example.es"}))
    old = f"{eid}:{h}:1"  # a database in flight: its item has visit 0 and its call is done
    with db.begin() as conn:
        conn.execute(update(work_items).where(work_items.c.enrollment_id == eid).values(visit=0))
        ledger.record(conn, [(old, eid, h, "webhook", 0.0, {"channel": "webhook", "detail": {}})])
        ledger.finish(conn, old, ledger.DONE, 0.0, {"channel": "webhook", "response": {"status": 200}})
    hook_engine.run_due()
    assert httpserver.log == []
    [row] = _done(db, eid, h)
    assert row.detail["key"] == old and enrollment(db, eid).status == EnrollmentStatus.COMPLETED


def test_revision_0004_gives_rows_in_flight_visit_0(make_db_url):
    from alembic import command
    from sqlalchemy import create_engine, text

    from runtime.store.migrate import alembic_config, upgrade_to_head

    engine = create_engine(make_db_url(blank=True))
    try:
        with engine.begin() as conn:
            command.upgrade(alembic_config(conn), "0003")
            conn.execute(text("INSERT INTO flows (id, name, description, document, is_active, created_at, updated_at)"
                              " VALUES ('f', 'F', '', '{}', false, 0, 0)"))
            conn.execute(text("INSERT INTO flow_versions (id, flow_id, version, document, created_at)"
                              " VALUES (1, 'f', 1, '{}', 0)"))
            conn.execute(text("INSERT INTO enrollments (id, flow_id, flow_version_id, crm, contact_id, contact_email,"
                              " status, step_count, started_at, updated_at) VALUES"
                              " (1, 'f', 1, 'local', '7', '', 'active', 3, 0, 0)"))
            conn.execute(text("INSERT INTO work_items (enrollment_id, node_id, attempt, due_at) VALUES (1, 'n', 2, 0)"))
        assert upgrade_to_head(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT visit, attempt FROM work_items")).all() == [(0, 2)]
            assert conn.execute(text("SELECT visits FROM enrollments")).scalar() == 0
    finally:
        engine.dispose()
