"""PDF reports: fpdf2 output with the Unicode font, attached to an email by action.generate_report."""

from __future__ import annotations

import email

from sqlalchemy import select

from runtime.channels import Channels
from runtime.email import SmtpAccount, add_account, render_report_pdf
from runtime.email.attachments import attachments_for
from runtime.email.pdf_report import unicode_font
from runtime.email.smtp import SmtpChannel
from runtime.engine import Engine, EnrollmentStatus
from runtime.store.schema_runtime import outbox
from tests.runtime.email.smtp_support import SmtpServer
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows


def test_a_report_is_a_pdf_with_the_unicode_font():
    assert unicode_font() is not None  # resources/fonts ships DejaVu Sans
    pdf = render_report_pdf("<p>Resumen de <b>Núñez</b> — «ñandú»</p>", {"first_name": "Íñigo", "email": "i@x.es"},
                            [{"title": "Venta", "stage": "Ganado", "amount": 1200.5, "close_date": "2026-12-01"}],
                            [{"title": "Llamar", "due_at": 1795417200.0, "done": False}], "Informe de Íñigo", "es")
    assert pdf.startswith(b"%PDF") and b"DejaVuSans" in pdf and pdf.rstrip().endswith(b"%%EOF")


def _report_flow(db, **config):
    b = FlowBuilder()
    r = b.add("action.generate_report", node_title="Informe mensual", send_to="owner",
              template="Resumen de {{ contact.first_name }}: {{ deal.title }}", **config)
    b.chain(b.trigger, r)
    return activate(db, b), r


def _contact(crm):
    crm.create_user("eva@example.es", "Eva Ruiz")
    cid = crm.create_contact({"email": "r@example.es", "first_name": "Ramón", "owner_id": "eva@example.es"})
    crm.create_pipeline("Ventas", ["Nuevo", "Ganado"])
    crm.create_deal("Venta grande", "Ventas", "Ganado", contact=cid, amount=900)
    crm.create_task(cid, "Llamar a Ramón")
    return cid


def test_report_attached_to_an_smtp_email(db, crm, clock, memory_keyring):
    engine = Engine(db, clock=clock, channels=Channels(email=SmtpChannel(timeout=30)))
    with SmtpServer() as server:
        add_account(db, SmtpAccount("office", "127.0.0.1", server.port, "none", "", "Caudal <c@example.es>"), None)
        vid, r = _report_flow(db, account="office", subject="Informe de {{ contact.first_name }}")
        eid = enroll(db, engine, vid, _contact(crm))
        engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    msg = email.message_from_bytes(server.accepted[0], policy=email.policy.default)
    assert msg["To"] == "eva@example.es" and msg["Subject"] == "Informe de Ramón"
    [part] = list(msg.iter_attachments())
    assert part.get_content_type() == "application/pdf" and part.get_filename().endswith(".pdf")
    assert part.get_content().startswith(b"%PDF")
    [row] = [x for x in step_rows(db, eid) if x.node_id == r]
    assert row.detail["report"]["deals"] == 1 and row.detail["report"]["tasks"] == 1


def test_report_in_the_outbox_keeps_its_pdf(db, crm, clock):
    engine = Engine(db, clock=clock)
    vid, _r = _report_flow(db)
    enroll(db, engine, vid, _contact(crm))
    engine.run_due()
    with db.begin() as conn:
        [msg] = conn.execute(select(outbox)).all()
        files = attachments_for(conn, msg.idempotency_key)
    assert msg.subject == "Informe: Informe mensual" and "Ramón" in msg.body_text
    assert [f["mime"] for f in files] == ["application/pdf"] and files[0]["content"].startswith(b"%PDF")
