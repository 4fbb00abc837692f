"""Email templates stored in the database, and `render_email` (the engine and the preview).

A template has a unique name, a subject and an HTML body with merge fields
(`{{ contact.first_name | default("cliente") }}`, `{{ owner.name }}`, `{{ deal.amount }}`).
`render_email` fills one in for a contact exactly as a flow step would.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from runtime.crm.local.ops import LocalCrmOps
from runtime.email.render import RenderedEmail, render_parts
from runtime.kernel.context import flat_contact, latest_deal
from runtime.kernel.templates import TemplateProblem, compile_template
from runtime.store.db import Database
from runtime.store.schema_email import email_templates
from runtime.store.types import now


class TemplateNotFound(LookupError):
    """No stored template has this id or name."""

    def __str__(self) -> str:
        return f"there is no email template {self.args[0]!r}"


@dataclass
class EmailTemplate:
    """A stored email template. `id` is empty for one not saved yet."""

    id: str
    name: str
    subject: str
    body_html: str
    updated_at: float = 0.0


def _row(row: Any) -> EmailTemplate:
    return EmailTemplate(row.id, row.name, row.subject, row.body_html, row.updated_at)


def _check(template: EmailTemplate) -> None:
    name = (template.name or "").strip()
    if not name:
        raise TemplateProblem("an email template needs a name")
    for label, text in (("subject", template.subject), ("body", template.body_html)):
        try:
            compile_template(text or "", autoescape=label == "body")
        except TemplateProblem as exc:
            raise TemplateProblem(f"template {name!r}, {label}: {exc}") from None


def save_template(db: Database, template: EmailTemplate) -> EmailTemplate:
    """Insert (empty id) or update `template`; returns it with its id and time.

    Raises:
        TemplateProblem: no name, a name another template has, or a template that does not compile.
    """
    _check(template)
    name = template.name.strip()
    t = now()
    with db.begin() as conn:
        clash = conn.scalar(select(email_templates.c.id).where(email_templates.c.name == name))
        if clash is not None and clash != template.id:
            raise TemplateProblem(f"another email template is already named {name!r}")
        values: dict[str, Any] = {"name": name, "subject": template.subject or "",
                                  "body_html": template.body_html or "", "updated_at": t}
        exists = template.id and conn.scalar(select(email_templates.c.id).where(email_templates.c.id == template.id))
        if exists:
            conn.execute(update(email_templates).where(email_templates.c.id == template.id).values(**values))
            tid = template.id
        else:
            tid = template.id or str(uuid.uuid4())
            conn.execute(insert(email_templates).values(id=tid, **values))
    return EmailTemplate(tid, name, values["subject"], values["body_html"], t)


def list_templates(db: Database) -> list[EmailTemplate]:
    """Every stored template, by name."""
    with db.begin() as conn:
        return [_row(r) for r in conn.execute(select(email_templates).order_by(email_templates.c.name))]


def template_on(conn: Connection, id_or_name: str) -> EmailTemplate | None:
    """The template with this id or (exact) name, read on an open connection."""
    row = conn.execute(select(email_templates).where(
        or_(email_templates.c.id == id_or_name, email_templates.c.name == id_or_name))).first()
    return _row(row) if row is not None else None


def get_template(db: Database, id_or_name: str) -> EmailTemplate | None:
    """The template with this id or name, or None."""
    with db.begin() as conn:
        return template_on(conn, id_or_name)


def delete_template(db: Database, id_or_name: str) -> bool:
    """Delete a template; False when there was none."""
    with db.begin() as conn:
        return bool(conn.execute(delete(email_templates).where(
            or_(email_templates.c.id == id_or_name, email_templates.c.name == id_or_name))).rowcount)


def contact_data(conn: Connection, contact_id: str | int, crm: str = "local") -> dict[str, Any]:
    """The merge-field namespace of a contact: {"contact", "owner", "deal"} (local CRM)."""
    if crm != "local":
        raise ValueError(f"previews read the local CRM only (got {crm!r})")

    ops = LocalCrmOps(conn)
    contact = ops.get_contact(str(contact_id))
    if contact is None:
        raise LookupError(f"there is no contact {contact_id!r} in the local CRM")
    flat = flat_contact(contact)
    owner_id = flat.get("owner_id")
    owner = ops.get_user(str(owner_id)) if owner_id not in (None, "") else None
    return {"contact": flat, "owner": owner or {}, "deal": latest_deal(ops.contact_deals(str(contact_id))) or {}}


def render_email(conn_or_db: Connection | Database, template_or_texts: Any, contact_id: str | int | None,
                 crm: str = "local", lang: str = "es") -> RenderedEmail:
    """Render a template for a contact, as a flow step would (the editor's preview).

    Args:
        conn_or_db: an open Connection or a Database.
        template_or_texts: an EmailTemplate, a stored template's id or name, or a
            (subject, body_html) pair / {"subject", "body_html"} mapping of unsaved texts.
        contact_id: the contact to fill in; None renders with no data (every field missing).
        crm: the CRM the contact lives in ("local").
        lang: the language of the preview (reserved for localized formatting).

    Raises:
        TemplateProblem, HeaderProblem, TemplateNotFound, LookupError.
    """
    if isinstance(conn_or_db, Database):
        with conn_or_db.begin() as conn:
            return render_email(conn, template_or_texts, contact_id, crm, lang)
    conn = conn_or_db
    subject, body = _texts(conn, template_or_texts)
    data = contact_data(conn, contact_id, crm) if contact_id not in (None, "") else {
        "contact": {}, "owner": {}, "deal": {}}
    return render_parts(subject, body, data)


def _texts(conn: Connection, what: Any) -> tuple[str, str]:
    if isinstance(what, EmailTemplate):
        return what.subject, what.body_html
    if isinstance(what, dict):
        return str(what.get("subject") or ""), str(what.get("body_html") or what.get("body") or "")
    if isinstance(what, tuple | list):
        return str(what[0] or ""), str(what[1] or "")
    found = template_on(conn, str(what))
    if found is None:
        raise TemplateNotFound(str(what))
    return found.subject, found.body_html
