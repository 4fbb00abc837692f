"""Flows that send email over real SMTP (aiosmtpd on loopback), through the engine's ledger."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from runtime.channels import Channels
from runtime.email import SmtpAccount, add_account
from runtime.email.message import message_id_for
from runtime.email.smtp import SmtpChannel
from runtime.engine import Engine, EngineSettings, EnrollmentStatus, StepStatus
from runtime.store.schema_runtime import side_effects
from tests.runtime.email.smtp_support import SmtpServer, client_context
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows

PASSWORD = "smtp-Pw-93!"


@pytest.fixture
def events():
    return []


def _engine(db, clock, events, ssl_context=None):
    channels = Channels(email=SmtpChannel(timeout=30, ssl_context=ssl_context))
    return Engine(db, clock=clock, channels=channels, events=events.append,
                  settings=EngineSettings(backoff_base=10.0, max_attempts=3))


def _send_flow(db, **config):
    b = FlowBuilder()
    config = {"account": "office", "to": "contact", "subject": "Hola {{ contact.first_name }}",
              "body": "<p>Hola {{ contact.first_name }}</p>", **config}
    s = b.add("action.send_email", node_title="Bienvenida", **config)
    t = b.add("action.add_tag", tag="enviado")
    b.chain(b.trigger, s, t)
    return activate(db, b), s


def _account(db, server, security="none", username="ana", password=PASSWORD):
    add_account(db, SmtpAccount("office", "127.0.0.1", server.port, security, username,
                                "Equipo Caudal <equipo@example.es>"), password)


def _step(db, eid, node):
    return [r for r in step_rows(db, eid) if r.node_id == node]


def test_accents_and_emoji_in_subject_and_body_arrive_decoded(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(users={"ana": PASSWORD}) as server:
        _account(db, server)
        vid, s = _send_flow(db, subject="¡Hola {{ contact.first_name }}! 🎉 Añoranza",
                            body="<p>Querida {{ contact.first_name }} — {{ contact.city | default('tu ciudad') }}"
                                 " <a href='https://example.es/x'>ver más</a> {{ contact.zip }}</p>")
        cid = crm.create_contact({"email": "josé@example.es".replace("é", "e"), "first_name": "José <b>Ñúñez</b> 😀"})
        eid = enroll(db, engine, vid, cid)
        engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    [msg] = server.messages
    assert msg["Subject"] == "¡Hola José <b>Ñúñez</b> 😀! 🎉 Añoranza"
    assert msg["From"] == "Equipo Caudal <equipo@example.es>" and msg["To"] == "jose@example.es"
    assert msg["Message-ID"] == message_id_for(f"{eid}:{s}:1:1")
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert "Querida José &lt;b&gt;Ñúñez&lt;/b&gt; 😀 — tu ciudad" in html  # CRM values escaped in HTML
    assert "Querida José <b>Ñúñez</b> 😀 — tu ciudad ver más (https://example.es/x)" in text
    [row] = _step(db, eid, s)
    assert row.status == StepStatus.DONE and row.detail["missing_fields"] == ["contact.zip"]
    assert row.detail["message_id"] == msg["Message-ID"] and row.detail["account"] == "office"
    assert server.logins == [("ana", True)] and server.envelopes == [("equipo@example.es", ["jose@example.es"])]


def test_starttls_with_the_test_certificate(db, crm, clock, events, memory_keyring, certs):
    engine = _engine(db, clock, events, ssl_context=client_context(certs[0]))
    with SmtpServer(users={"ana": PASSWORD}, tls="starttls", certs=certs) as server:
        _account(db, server, security="starttls")
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "tls@example.es", "first_name": "Tina"}))
        engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    assert server.messages[0]["Subject"] == "Hola Tina"


def test_auth_failure_fails_at_once(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(users={"ana": "other"}) as server:
        _account(db, server)
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "a@example.es"}))
        engine.run_due()
    [row] = _step(db, eid, s)
    assert row.status == StepStatus.FAILED and "check the account's username/password" in row.error
    assert enrollment(db, eid).status == EnrollmentStatus.FAILED and server.data_calls == 0
    assert PASSWORD not in row.error


def test_4xx_retries_with_the_same_message_id(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(mode="tempfail_first") as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "r@example.es", "first_name": "Rita"}))
        engine.run_due()
        first = _step(db, eid, s)
        assert [r.status for r in first] == [StepStatus.FAILED] and "451" in first[0].error
        assert "will retry" in first[0].error and enrollment(db, eid).status == EnrollmentStatus.WAITING
        clock.advance(60)
        engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    ids = {m["Message-ID"] for m in (__import__("email").message_from_bytes(r) for r in server.received)}
    assert len(server.received) == 2 and ids == {message_id_for(f"{eid}:{s}:1:1")}


def test_drop_before_the_message_is_transient_then_fails_after_the_last_attempt(db, crm, clock, events,
                                                                                memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(mode="drop_at_rcpt") as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "d@example.es"}))
        for _ in range(3):
            engine.run_due()
            clock.advance(3600)
    rows = _step(db, eid, s)
    assert [r.attempt for r in rows] == [1, 2, 3] and "before the message was complete" in rows[0].error
    assert "giving up" in rows[-1].error and enrollment(db, eid).status == EnrollmentStatus.FAILED


def test_drop_after_the_whole_message_is_uncertain_and_a_retry_reuses_the_message_id(db, crm, clock, events,
                                                                                     memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(mode="drop_after_data") as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "u@example.es"}))
        engine.run_due()
        [row] = _step(db, eid, s)
        assert row.status == StepStatus.UNCERTAIN and "may have been delivered" in row.error
        assert enrollment(db, eid).status == EnrollmentStatus.WAITING
        server.mode = "accept"
        assert engine.retry(eid)
        engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    import email

    ids = [email.message_from_bytes(r)["Message-ID"] for r in server.received]
    assert len(ids) == 2 and ids[0] == ids[1] == message_id_for(f"{eid}:{s}:1:1")
    with db.begin() as conn:
        ledger = dict(conn.execute(select(side_effects.c.key, side_effects.c.status)).all())
    assert ledger == {f"{eid}:{s}:1:1": "uncertain", f"{eid}:{s}:1:2": "done"}


def test_recipient_refused_is_permanent(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer() as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "nobody@example.es"}))
        engine.run_due()
    [row] = _step(db, eid, s)
    assert row.status == StepStatus.FAILED and "refused the recipient nobody@example.es: 550" in row.error


@pytest.mark.parametrize(("values", "config", "words"), [
    ({"first_name": "Eva\r\nBcc: everyone@example.es"}, {}, "send_email: subject contains a line break"),
    ({"city": "eva@example.es\nBcc: x@example.es"}, {"to": "{{ contact.city }}"}, "recipient contains a line break"),
    ({}, {"body": "{{ ''.__class__ }}"}, "send_email: body: the text \"{{ ''.__class__ }}\" was refused"),
    ({}, {"body": "{{ cycler.__init__.__globals__ }}"}, "send_email: body: .* was refused: access to '__init__'"),
    ({}, {"subject": "{% for i in range(10**9) %}x{% endfor %}"}, "send_email: subject: .* too large"),
])
def test_injection_attempts_fail_the_step_and_nothing_is_sent(db, crm, clock, events, memory_keyring, values,
                                                              config, words):
    engine = _engine(db, clock, events)
    with SmtpServer() as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db, **config)
        eid = enroll(db, engine, vid, crm.create_contact({"email": "eva@example.es", **values}))
        engine.run_due()
    [row] = _step(db, eid, s)
    assert row.status == StepStatus.FAILED
    import re

    assert re.search(words, row.error), row.error
    assert server.data_calls == 0 and enrollment(db, eid).status == EnrollmentStatus.FAILED


def _many(db, crm, engine, vid, n: int, first: int = 0) -> list[int]:
    return [enroll(db, engine, vid, crm.create_contact({"email": f"c{i}@example.es", "first_name": f"C{i}"}))
            for i in range(first, first + n)]


def test_sessions_are_kept_for_the_next_emails_and_ended_at_close(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(users={"ana": PASSWORD}) as server:
        _account(db, server)
        vid, s = _send_flow(db)
        eids = _many(db, crm, engine, vid, 20)
        engine.run_due()
        engine.channels.close()
    assert all(enrollment(db, eid).status == EnrollmentStatus.COMPLETED for eid in eids)
    assert len(server.accepted) == 20 and len({m["Message-ID"] for m in server.messages}) == 20
    # at most one session per parallel call (8), each logged in once, instead of 20
    assert 1 <= len(server.sessions) <= engine.settings.max_parallel_calls
    assert len(server.logins) == len(server.sessions) and all(ok for _user, ok in server.logins)
    assert server.quits == len(server.sessions)  # each ended with QUIT at close


def test_a_kept_session_the_server_dropped_is_replaced_and_each_email_arrives_once(db, crm, clock, events,
                                                                                  memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer(users={"ana": PASSWORD}) as server:
        _account(db, server)
        vid, s = _send_flow(db)
        first = _many(db, crm, engine, vid, 3)
        engine.run_due()
        kept = len(server.sessions)
        server.drop_sessions()  # as an idle timeout on the server does
        later = _many(db, crm, engine, vid, 3, first=3)
        engine.run_due()
        engine.channels.close()
    assert all(enrollment(db, eid).status == EnrollmentStatus.COMPLETED for eid in first + later)
    assert all(_step(db, eid, s)[0].status == StepStatus.DONE for eid in later)  # no retry, no failure
    assert len(server.accepted) == 6 and len({m["Message-ID"] for m in server.messages}) == 6
    assert len(server.sessions) > kept  # new sessions took over


def test_a_failure_ends_the_session_instead_of_keeping_it(db, crm, clock, events, memory_keyring):
    engine = _engine(db, clock, events)
    with SmtpServer() as server:
        _account(db, server, username="", password=None)
        vid, s = _send_flow(db)
        refused = enroll(db, engine, vid, crm.create_contact({"email": "nobody@example.es"}))
        engine.run_due()
        assert _step(db, refused, s)[0].status == StepStatus.FAILED
        ok = _many(db, crm, engine, vid, 1)
        engine.run_due()
        engine.channels.close()
    # the refused email's session was ended, not kept: the next email needed a session of its own
    assert enrollment(db, ok[0]).status == EnrollmentStatus.COMPLETED and len(server.sessions) == 2
