"""Building the MIME message: multipart/alternative (text + HTML), attachments, Message-ID.

The Message-ID derives from the step's idempotency key without its attempt number
("<enrollment>:<node>:<visit>", see runtime.engine.ledger), so every retry of one visit
(transient, or an operator's retry after an uncertain send) carries the same Message-ID
and a receiving system can tell it is the same email, while a contact looping back
through the node gets a new one per visit. Header values with CR or LF are refused (HeaderProblem).
"""

from __future__ import annotations

import hashlib
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formataddr, formatdate, parseaddr
from typing import Any

from runtime.email.render import HeaderProblem, check_header


def stable_key(key: str) -> str:
    """The idempotency key without its trailing attempt number ("<enrollment>:<node>:<visit>")."""
    head, sep, tail = key.rpartition(":")
    return head if sep and tail.isdigit() else key


def message_id_for(key: str, domain: str = "caudal.local") -> str:
    """"<hash@caudal.local>" for the step key `key`; the same for every attempt of one visit."""
    digest = hashlib.sha256(stable_key(key).encode()).hexdigest()[:32]
    return f"<{digest}@{domain}>"


# A bare address of dot-separated plain atoms ("ana.garcia+news@mail.example.es"): parseaddr gives
# it back unchanged with no display name, so it is accepted as is without parsing (most recipients).
_PLAIN = re.compile(r"[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*")


def check_address(label: str, value: str) -> str:
    """`value` as a single "Name <address>" or address; refuses CR/LF and bad shapes."""
    if _PLAIN.fullmatch(value):
        return value
    check_header(label, value)
    name, address = parseaddr(value)
    if "@" not in address or any(c.isspace() for c in address) or "," in value.replace(name, "", 1):
        raise HeaderProblem(f"the {label} {value!r} is not one email address")
    return formataddr((name, address)) if name else address


def build_message(sender: str, to: str, subject: str, html: str, text: str, key: str,
                  attachments: list[dict[str, Any]] | None = None, when: float | None = None,
                  cc: Any = ()) -> EmailMessage:
    """The message to send. `attachments`: [{"filename", "content" (bytes), "mime"}]; `cc`: addresses
    for the Cc header (blind copies are envelope recipients only, never a header).

    Raises:
        HeaderProblem: a header value holds CR/LF, or an address is not one address.
    """
    sender = check_address("sender (From)", sender)
    to = check_address("recipient (To)", to)
    check_header("subject", subject)
    msg = EmailMessage()
    msg["From"] = _address_header(sender)
    msg["To"] = _address_header(to)
    copies = [check_address("copy (Cc)", c) for c in cc]
    if copies:
        msg["Cc"] = [_address_header(c) for c in copies]
    msg["Subject"] = subject
    msg["Date"] = formatdate(when, localtime=False)
    msg["Message-ID"] = message_id_for(key)
    msg["X-Caudal-Key"] = stable_key(key)
    msg.set_content(text or "\n", subtype="plain", charset="utf-8")
    if html:
        msg.add_alternative(html, subtype="html", charset="utf-8")
    for item in attachments or []:
        filename = str(item.get("filename") or "attachment")
        check_header("attachment name", filename)
        maintype, _, subtype = str(item.get("mime") or "application/octet-stream").partition("/")
        msg.add_attachment(item["content"], maintype=maintype, subtype=subtype or "octet-stream", filename=filename)
    return msg


def _address_header(value: str) -> Address:
    name, address = parseaddr(value)
    local, _, domain = address.rpartition("@")
    return Address(display_name=name, username=local, domain=domain)
