"""One web-form submission: check the address, read the fields, write the contact, start the flow.

Everything happens in ONE transaction: the contact is created (or updated, by email), tagged,
and enrolled in the flow's active version through its `trigger.form_submitted` node; when the
trigger's filter or the re-enrollment policy says no, the reason is recorded as "not started"
(runtime.engine.not_started) and the contact data is still kept. Any refusal (bad address,
stopped flow, missing or bad email, a value the CRM refuses) raises `InboundError` before the
commit: nothing is half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.engine import Connection

from runtime.crm.base import CrmError
from runtime.crm.local import contacts, tags
from runtime.crm.local.ops import LocalCrmOps
from runtime.crm.local.text import normalize_email
from runtime.engine import not_started
from runtime.engine.triggers import ActiveVersion, contact_filter, has_rules, parse_version
from runtime.history.not_started import explain
from runtime.inbound.payload import InboundError, parse_body
from runtime.inbound.tokens import token_matches
from runtime.store.schema_flows import flow_versions, flows

FORM = "trigger.form_submitted"
# contact field -> the form field names tried when the trigger maps nothing itself
DEFAULT_FIELDS = {
    "contact.first_name": ("first_name", "firstname", "nombre", "name"),
    "contact.last_name": ("last_name", "lastname", "apellidos", "surname"),
    "contact.phone": ("phone", "telefono", "teléfono", "tel"),
    "contact.company": ("company", "empresa"),
}


@dataclass
class Reply:
    """What to answer: HTTP status, a JSON body, and a redirect (303) when the form asked for one."""

    status: int
    body: dict[str, Any]
    redirect: str | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _active_version(conn: Connection, flow_id: str) -> ActiveVersion:
    row = conn.execute(select(flows.c.name, flows.c.is_active, flows.c.active_version_id)
                       .where(flows.c.id == flow_id)).first()
    if row is None:
        raise InboundError(404, "there is no form at this address")
    if not row.is_active or row.active_version_id is None:
        raise InboundError(409, f"the flow «{row.name}» is not active: activate it to receive submissions")
    doc = conn.execute(select(flow_versions.c.document, flow_versions.c.created_at)
                       .where(flow_versions.c.id == row.active_version_id)).first()
    if doc is None:  # the flow points at a version that is gone: refuse rather than guess another one
        raise InboundError(409, f"the flow «{row.name}» has lost its active version: save and activate it again")
    version = parse_version(flow_id, row.name, row.active_version_id, doc.created_at, doc.document)
    if not version.of_type(FORM):
        raise InboundError(409, f"the flow «{row.name}» has no web form trigger (trigger.form_submitted)")
    if version.crm != "local":
        raise InboundError(409, f"the flow «{row.name}» runs on the CRM «{version.crm}»: web forms start "
                                "flows on the local CRM only")
    return version


def _values(config: dict[str, Any], fields: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """(contact values to write, form fields ignored): empty texts never clear a value."""
    mapping = config.get("fields") or {}
    used = {str(config.get("email_field") or "email")}
    values: dict[str, str] = {}
    if mapping:
        for path, name in mapping.items():
            name = str(name).strip()
            used.add(name)
            if fields.get(name, "").strip():
                values[str(path)] = fields[name].strip()
    else:
        for path, names in DEFAULT_FIELDS.items():
            found = next((n for n in names if fields.get(n, "").strip()), None)
            used.update(names)
            if found is not None:
                values[path] = fields[found].strip()
    if any(str(p).strip().removeprefix("contact.") in ("email", "owner_id") for p in values):
        raise InboundError(400, "a form may not set the contact's email or owner through its field mapping")
    ignored = sorted(k for k in fields if k not in used and not k.startswith("_"))
    return values, ignored


def _redirect(fields: dict[str, str]) -> str | None:
    target = fields.get("_redirect", "").strip()
    if not target:
        return None
    if urlsplit(target).scheme not in ("http", "https"):
        raise InboundError(400, "_redirect must be an http:// or https:// address")
    return target


def submit(db: Any, engine: Any, flow_id: str, token: str, content_type: str, body: bytes) -> Reply:
    """Handle one submission (see the module docstring); raises InboundError on a refusal."""
    if not token_matches(flow_id, token):
        raise InboundError(404, "there is no form at this address")
    fields = parse_body(content_type, body)
    redirect = _redirect(fields)
    origin = f"form:{flow_id}"
    now = engine.clock.now()
    try:
        with db.begin(immediate=True) as conn:
            version = _active_version(conn, flow_id)
            node = version.of_type(FORM)[0]
            cfg = node.config
            email_field = str(cfg.get("email_field") or "email")
            if not fields.get(email_field, "").strip():
                raise InboundError(400, f"the field {email_field!r} (the contact's email) is missing or empty")
            email = normalize_email(fields[email_field])
            values, ignored = _values(cfg, fields)
            tag = str(cfg.get("tag") or "").strip()
            existing = contacts.find_contact(conn, email)
            updated: list[str] = []
            if existing is None:
                contact_id = str(contacts.create_contact(conn, {"email": email, **values}, origin,
                                                         (tag,) if tag else ()))
            else:
                contact_id = existing["id"]
                if values and cfg.get("update_existing", True):
                    updated = sorted(contacts.update_contact(conn, contact_id, values, origin))
                if tag:
                    tags.add_tag(conn, int(contact_id), tag, origin)
            verdict = contact_filter(LocalCrmOps(conn), contact_id, cfg.get("filter"), now) \
                if has_rules(cfg.get("filter")) else True
            enrollment_id = None
            refusal: tuple[str, Any] | None = None  # (kind, why) when the contact was not started
            if not verdict:
                refusal = ("filter", getattr(verdict, "why", None))
            else:
                enrollment_id = engine.enroll(conn, version.version_id, contact_id, trigger_node=node.id,
                                              origin=origin)
                if enrollment_id is None:
                    refusal = ("reenrollment", {"policy": version.reenrollment})
            if refusal is not None:
                not_started.record(conn, flow_id, version.version_id, node.id, "local", contact_id, refusal[0],
                                   refusal[1], origin, now, email)
    except CrmError as exc:  # a value the CRM refuses (bad email, unknown field...): nothing was written
        raise InboundError(400, str(exc)) from None
    out: dict[str, Any] = {"ok": True, "contact": {"id": contact_id, "email": email, "created": existing is None},
                           "updated": updated, "ignored": ignored, "started": enrollment_id is not None,
                           "enrollment_id": enrollment_id}
    if refusal is not None:
        out["reason"] = explain(refusal[0], refusal[1], "en")
    return Reply(200, out, redirect)
