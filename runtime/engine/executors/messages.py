"""Executors that send things: email (local outbox), notices, reports, webhooks.

Local deliveries (the outbox) happen inside the step's transaction: exactly once by
construction. Webhooks (and SMTP later) return an `ExternalCall`: the engine records a
ledger row before the call and delivers it after committing (see runtime.engine.ledger).
generate_report: for now a plain-text report delivered to the outbox (PDF comes with
the reports issue).
"""

from __future__ import annotations

import json
from typing import Any

from runtime.channels.outbox import Message
from runtime.engine.context import StepContext
from runtime.engine.outcome import ExternalCall, Outcome, StepError


def _recipient(ctx: StepContext, to: Any, what: str) -> str:
    target = str(to or "").strip()
    if target in ("", "contact"):
        email = ctx.contact().get("email")
        if not email:
            raise StepError(f"{what}: the contact has no email address")
        return str(email)
    if target == "owner":
        owner = ctx.owner()
        if not owner or not owner.get("email"):
            raise StepError(f"{what}: the contact has no owner with an email address")
        return str(owner["email"])
    address = ctx.render(target).strip()
    if "@" not in address:
        user = ctx.ops.get_user(address)
        if user is None or not user.get("email"):
            raise StepError(f"{what}: {target!r} is neither an email address nor a user")
        address = str(user["email"])
    return address


def _to_outbox(ctx: StepContext, recipient: str, subject: str, body: str) -> Outcome:
    message = Message(ctx.key, recipient, subject, body_text=body, account=str(ctx.config.get("account") or ""))
    result = ctx.engine.channels.outbox.deliver(ctx.conn, message, ctx.now)
    return Outcome.done(channel="outbox", to=recipient, subject=subject, key=ctx.key, **result)


def send_email(ctx: StepContext) -> Outcome | ExternalCall:
    recipient = _recipient(ctx, ctx.config.get("to", "contact"), "send_email")
    subject = ctx.render(ctx.config.get("subject")).strip()
    body = ctx.render(ctx.config.get("body"))
    account = str(ctx.config.get("account") or "").strip()
    if account and ctx.engine.channels.email is not None:
        request = {"account": account, "to": recipient, "subject": subject, "body": body}
        return ExternalCall("email", request, {"channel": "email", "to": recipient, "subject": subject})
    return _to_outbox(ctx, recipient, subject, body)


def notify_user(ctx: StepContext) -> Outcome:
    recipient = _recipient(ctx, ctx.config.get("user", "owner"), "notify_user")
    message = ctx.render(ctx.config.get("message"))
    subject = f"Caudal: {ctx.node.title or 'aviso'}"
    return _to_outbox(ctx, recipient, subject, message)


def generate_report(ctx: StepContext) -> Outcome:
    recipient = _recipient(ctx, ctx.config.get("send_to", "owner"), "generate_report")
    text = ctx.render(ctx.config.get("template"))
    out = _to_outbox(ctx, recipient, f"Informe: {ctx.node.title or 'Caudal'}", text)
    out.detail["format"] = "text (PDF comes with the reports issue)"
    return out


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
