"""Executors that send things: email, notices to users, PDF reports, webhooks.

Without an SMTP account (the default) email goes to the local outbox inside the step's
transaction: exactly once by construction. With an account, and for webhooks, the
executor returns an `ExternalCall`: the engine records a ledger row before the call and
delivers it after committing (see runtime.engine.ledger and runtime.email.smtp).
Subjects, bodies and messages are rendered by runtime.email.render (HTML autoescaped,
CR/LF refused in headers); merge fields that were empty are listed in the step detail.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from runtime.channels.outbox import Message
from runtime.crm.local.tasks import list_tasks
from runtime.email.accounts import SmtpAccount, account_on
from runtime.email.attachments import store_attachments
from runtime.email.message import message_id_for
from runtime.email.render import (
    HeaderProblem,
    RenderedEmail,
    check_header,
    render_parts,
    text_to_html,
)
from runtime.email.smtp import request_for
from runtime.email.templates_store import template_on
from runtime.engine import delivery
from runtime.engine.events import UserNotified
from runtime.engine.executors.recipients import recipient as _recipient
from runtime.engine.executors.recipients import recipients as _recipients
from runtime.i18n import N_, tr
from runtime.kernel.context import StepContext, namespaces
from runtime.kernel.outcome import ExternalCall, Outcome, StepError
from runtime.kernel.templates import has_merge_fields


def _account(ctx: StepContext, what: str) -> SmtpAccount | None:
    """The node's SMTP account, None for the local outbox (no account, or no email channel)."""
    name = str(ctx.config.get("account") or "").strip()
    if not name or ctx.engine.channels.email is None:
        return None
    account = account_on(ctx.conn, name)
    if account is None:
        raise StepError(f"{what}: " + N_("there is no email account named {name} (add it under Settings → "
                                         "Email accounts, or `caudal accounts smtp add`)").format(name=repr(name)))
    return account


@lru_cache(maxsize=256)
def _namespaces(subject: Any, body: Any) -> tuple[str, ...]:
    """The contact and the namespaces `subject` and `body` name (asked for every email a node sends)."""
    return tuple({"contact", *(n for text in (subject, body) if has_merge_fields(text) for n in namespaces(text))})


def _names(subject: Any, body: Any) -> tuple[str, ...]:
    try:
        return _namespaces(subject, body)
    except TypeError:  # not text (a damaged node): worked out each time, and rendering says what is wrong
        return _namespaces.__wrapped__(subject, body)


def _render(ctx: StepContext, subject: Any, body: Any, what: str) -> RenderedEmail:
    """Subject and body rendered with the contact and the namespaces they name (owner, deal: read
    only when named, so a text that names no deal makes no deal query)."""
    try:
        out = render_parts(subject, body, ctx.data(_names(subject, body)), where=what)
    except HeaderProblem as exc:
        raise StepError(str(exc)) from None
    if out.missing:
        notes = ctx.detail.setdefault("missing_fields", [])
        notes.extend(m for m in out.missing if m not in notes)
    return out


def _copies(ctx: StepContext, to: str, what: str) -> tuple[list[str], list[str]]:
    """(cc, bcc) of the node: none repeats the To address or one another."""
    cc = _recipients(ctx, ctx.config.get("cc"), f"{what}: cc", skip=(to,))
    bcc = _recipients(ctx, ctx.config.get("bcc"), f"{what}: bcc", skip=(to, *cc))
    return cc, bcc


def _deliver(ctx: StepContext, account: SmtpAccount | None, recipient: str, email: RenderedEmail,
             attachments: list[dict[str, Any]] | None = None,
             copies: tuple[list[str], list[str]] = ([], [])) -> Outcome | ExternalCall:
    cc, bcc = copies
    shown: dict[str, Any] = {"to": recipient, "subject": email.subject}
    if cc:
        shown["cc"] = cc
    if bcc:
        shown["bcc"] = bcc
    if attachments:
        shown["attachments"] = [{"filename": a["filename"], "bytes": len(a["content"])} for a in attachments]
    if account is not None:
        request = request_for(account, recipient, email.subject, email.html, email.text, attachments, cc, bcc)
        return ExternalCall("email", request, {"channel": "email", "account": account.name,
                                               "message_id": message_id_for(ctx.key), **shown})
    key = ctx.key
    message = Message(key, recipient, email.subject, body_text=email.text, body_html=email.html,
                      cc=", ".join(cc), bcc=", ".join(bcc))
    result = (ctx.outbox or ctx.engine.channels.outbox).deliver(ctx.conn, message, ctx.now)
    if attachments and "outbox_id" in result:
        store_attachments(ctx.conn, key, attachments, ctx.now)
    return Outcome.done(channel="outbox", key=key, **shown, **result)


def send_email(ctx: StepContext) -> Outcome | ExternalCall:
    recipient = _recipient(ctx, ctx.config.get("to", "contact"), "send_email")
    copies = _copies(ctx, recipient, "send_email")
    account = _account(ctx, "send_email")
    subject, body = ctx.config.get("subject"), ctx.config.get("body")
    chosen = str(ctx.config.get("template") or "").strip()
    if chosen:
        template = template_on(ctx.conn, chosen)
        if template is None:
            raise StepError("send_email: " + N_(
                "the email template {template} no longer exists; choose another").format(template=repr(chosen)))
        subject, body = template.subject, template.body_html
        ctx.detail["template"] = template.name
    return _deliver(ctx, account, recipient, _render(ctx, subject, body, "send_email"), copies=copies)


def notify_user(ctx: StepContext) -> Outcome | ExternalCall:
    recipient = _recipient(ctx, ctx.config.get("user", "owner"), "notify_user")
    account = _account(ctx, "notify_user")
    title = (ctx.node.title or "aviso").strip()
    try:
        check_header("notify_user: node title", title)
    except HeaderProblem as exc:
        raise StepError(str(exc)) from None
    email = _render(ctx, f"Caudal: {title}", ctx.config.get("message"), "notify_user")
    event = UserNotified("user_notified", ctx.enrollment_id, ctx.flow_id, "done", ctx.node.id,
                         user_email=recipient, title=title, message=email.text.strip())
    delivery.defer(ctx.conn, ctx.engine.events, [event])
    return _deliver(ctx, account, recipient, email)


def generate_report(ctx: StepContext) -> Outcome | ExternalCall:
    from runtime.email.pdf_report import render_report_pdf  # here: fpdf2 costs ~170 ms to import

    recipient = _recipient(ctx, ctx.config.get("send_to", "owner"), "generate_report")
    copies = _copies(ctx, recipient, "generate_report")
    account = _account(ctx, "generate_report")
    lang = str(ctx.config.get("language") or "es")
    title = (ctx.node.title or tr(lang, "Report")).strip()
    report = _render(ctx, "", ctx.config.get("template"), "generate_report: template")
    contact = ctx.contact()
    deals = ctx.ops.contact_deals(ctx.contact_id)
    tasks = _tasks(ctx)
    pdf = render_report_pdf(report.html, contact, deals, tasks, title, lang)
    name = " ".join(str(contact.get(k) or "") for k in ("first_name", "last_name")).strip() or contact.get("email", "")
    head = _render(ctx, ctx.config.get("subject") or tr(lang, "Report: {title}", title=title), "", "generate_report")
    # CRM values are data: the body is composed here, never rendered as a template
    body = tr(lang, "Attached: the report «{title}» for {name}.", title=title, name=name) + "\n"
    email = RenderedEmail(head.subject, text_to_html(body), body, head.missing)
    filename = _slug(f"{title}-{name}") + ".pdf"
    ctx.detail["report"] = {"filename": filename, "bytes": len(pdf), "deals": len(deals), "tasks": len(tasks)}
    return _deliver(ctx, account, recipient, email, [{"filename": filename, "content": pdf,
                                                       "mime": "application/pdf"}], copies)


def _tasks(ctx: StepContext) -> list[dict[str, Any]]:
    lister = getattr(ctx.ops, "contact_tasks", None)
    if lister is not None:
        return list(lister(ctx.contact_id))
    if ctx.crm == "local" and str(ctx.contact_id).isdigit():
        return list_tasks(ctx.conn, int(ctx.contact_id))
    return []


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:80] or "informe"


def _headers(ctx: StepContext) -> tuple[dict[str, Any], list[str]]:
    """Rendered headers; secret references are kept as references (resolved at delivery)."""
    headers: dict[str, Any] = {}
    secret_names = []
    for name, value in (ctx.config.get("headers") or {}).items():
        if isinstance(value, dict) and "secret" in value:
            headers[str(name)] = {"secret": str(value["secret"])}
            secret_names.append(str(name))
        else:
            headers[str(name)] = ctx.render(value)
    return headers, secret_names


def webhook(ctx: StepContext) -> ExternalCall:
    url = ctx.render(ctx.config.get("url")).strip()
    if not url:
        raise StepError("webhook: no URL given")
    method = str(ctx.config.get("method") or "POST").upper()
    headers, secret_names = _headers(ctx)
    body = ctx.render(ctx.config.get("body") or "") if method != "GET" else ""
    if body and not any(k.lower() == "content-type" for k in headers):
        try:
            json.loads(body)
            headers["Content-Type"] = "application/json"
        except ValueError:
            headers["Content-Type"] = "text/plain; charset=utf-8"
    request = {"method": method, "url": url, "headers": headers, "body": body}
    shown = {k: ("<secret>" if k in secret_names else v) for k, v in headers.items()}
    return ExternalCall("webhook", request, {"method": method, "url": url, "headers": shown})
