"""Stored email templates, render_email (the editor's preview) and send_email with a template."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from runtime.email import (
    EmailTemplate,
    TemplateProblem,
    delete_template,
    get_template,
    list_templates,
    render_email,
    save_template,
)
from runtime.engine import Engine, EnrollmentStatus
from runtime.engine.events import UserNotified
from runtime.store.schema_runtime import outbox
from tests.runtime.engine.engine_support import FlowBuilder, activate, enroll, enrollment, step_rows

BODY = ('<h1>Hola {{ contact.first_name | default("cliente") }}</h1><p>Tu gestor es {{ owner.name }}; '
        'importe {{ deal.amount }}. <a href="https://example.es/baja">Darse de baja</a></p>'
        "<ul><li>uno</li><li>{{ contact.zip }}</li></ul>")


def test_save_list_get_delete_and_clear_refusals(db):
    saved = save_template(db, EmailTemplate("", "Bienvenida", "Hola {{ contact.first_name }}", BODY))
    assert saved.id and saved.updated_at > 0
    assert [t.name for t in list_templates(db)] == ["Bienvenida"]
    assert get_template(db, saved.id) == get_template(db, "Bienvenida") == saved
    again = save_template(db, EmailTemplate(saved.id, "Bienvenida", "Otro", BODY))
    assert again.id == saved.id and get_template(db, saved.id).subject == "Otro"
    with pytest.raises(TemplateProblem, match="already named 'Bienvenida'"):
        save_template(db, EmailTemplate("", "Bienvenida", "x", "y"))
    with pytest.raises(TemplateProblem, match="template 'Roto', body: .*not a valid template"):
        save_template(db, EmailTemplate("", "Roto", "ok", "{{ contact.first_name "))
    with pytest.raises(TemplateProblem, match="needs a name"):
        save_template(db, EmailTemplate("", " ", "x", "y"))
    assert delete_template(db, "Bienvenida") and list_templates(db) == []
    assert not delete_template(db, "Bienvenida")


def test_render_email_for_a_contact_with_owner_and_deal(db, crm):
    crm.create_user("eva@example.es", "Eva Ruiz")
    cid = crm.create_contact({"email": "l@example.es", "first_name": "Lucía", "owner_id": "eva@example.es"})
    crm.create_pipeline("Ventas", ["Nuevo", "Ganado"])
    crm.create_deal("Venta", "Ventas", "Nuevo", contact=cid, amount=1200)
    out = render_email(db, ("Hola {{ contact.first_name }}", BODY), cid)
    assert out.subject == "Hola Lucía"
    assert "<h1>Hola Lucía</h1>" in out.html and "Tu gestor es Eva Ruiz; importe 1200.0" in out.html
    assert out.missing == ["contact.zip"]
    assert out.text.startswith("Hola Lucía\n\nTu gestor es Eva Ruiz; importe 1200.0")
    assert "Darse de baja (https://example.es/baja)" in out.text and "- uno" in out.text
    blank = render_email(db, {"subject": "Hola {{ contact.first_name | default('cliente') }}", "body_html": BODY},
                         None)
    assert blank.subject == "Hola cliente" and "contact.zip" in blank.missing


def test_plain_text_bodies_become_simple_html(db, crm):
    cid = crm.create_contact({"email": "p@example.es", "first_name": "Pau <script>"})
    out = render_email(db, ("s", "Hola {{ contact.first_name }}\n\nAdiós"), cid)
    assert out.text == "Hola Pau <script>\n\nAdiós"
    assert out.html == "<p>Hola Pau &lt;script&gt;</p><p>Adiós</p>"


def test_send_email_with_a_stored_template_goes_to_the_outbox(db, crm, clock):
    t = save_template(db, EmailTemplate("", "Bienvenida", "Hola {{ contact.first_name }}", BODY))
    b = FlowBuilder()
    s = b.add("action.send_email", to="contact", template=t.id)
    b.chain(b.trigger, s)
    vid = activate(db, b)
    engine = Engine(db, clock=clock)
    eid = enroll(db, engine, vid, crm.create_contact({"email": "o@example.es", "first_name": "Olga"}))
    engine.run_due()
    assert enrollment(db, eid).status == EnrollmentStatus.COMPLETED
    with db.begin() as conn:
        [msg] = conn.execute(select(outbox)).all()
    assert msg.subject == "Hola Olga" and "<h1>Hola Olga</h1>" in msg.body_html and "Hola Olga" in msg.body_text
    [row] = [r for r in step_rows(db, eid) if r.node_id == s]
    assert row.detail["template"] == "Bienvenida"
    assert row.detail["missing_fields"] == ["contact.zip", "deal.amount", "owner.name"]


def test_a_deleted_template_fails_the_step_clearly(db, crm, clock):
    t = save_template(db, EmailTemplate("", "Temporal", "x", "y"))
    b = FlowBuilder()
    s = b.add("action.send_email", to="contact", template=t.id)
    b.chain(b.trigger, s)
    vid = activate(db, b)
    delete_template(db, t.id)
    engine = Engine(db, clock=clock)
    eid = enroll(db, engine, vid, crm.create_contact({"email": "z@example.es"}))
    engine.run_due()
    [row] = [r for r in step_rows(db, eid) if r.node_id == s]
    assert row.status == "failed" and "no longer exists" in row.error


def test_notify_user_emails_the_owner_and_emits_user_notified_after_commit(db, crm, clock):
    crm.create_user("eva@example.es", "Eva Ruiz")
    seen = []
    b = FlowBuilder()
    n = b.add("action.notify_user", node_title="Nuevo cliente", user="owner",
              message="Llama a {{ contact.first_name }} hoy")
    b.chain(b.trigger, n)
    vid = activate(db, b)
    engine = Engine(db, clock=clock, events=seen.append)
    cid = crm.create_contact({"email": "c@example.es", "first_name": "Ciro", "owner_id": "eva@example.es"})
    eid = enroll(db, engine, vid, cid)
    engine.run_due()
    notices = [e for e in seen if isinstance(e, UserNotified)]
    assert [(e.user_email, e.title, e.message, e.enrollment_id) for e in notices] == [
        ("eva@example.es", "Nuevo cliente", "Llama a Ciro hoy", eid)]
    with db.begin() as conn:
        [msg] = conn.execute(select(outbox)).all()
    assert (msg.recipient, msg.subject, msg.body_text) == ("eva@example.es", "Caudal: Nuevo cliente",
                                                           "Llama a Ciro hoy")
