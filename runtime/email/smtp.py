"""The SMTP channel the engine delivers `action.send_email` (and notices, reports) through.

`deliver(request, key)` follows the ledger protocol of runtime.engine.ledger: the engine
recorded the call before, and commits what this returns (or raises) after. Outcomes:
- accepted (250 after the message's final dot): delivered, with the Message-ID;
- login refused (SMTPAuthenticationError), TLS trouble, a 5xx reply (recipient or
  sender refused, message rejected): `StepError`, permanent, at once;
- connection refused / timeout / disconnect before the message's final dot, or a 4xx
  reply: `TransientError` (nothing was accepted; retried with backoff);
- disconnect or timeout AFTER the final dot, before the reply: `UncertainError` (the
  server may have accepted it; a person decides, and a retry reuses the Message-ID).
The password is read from the keyring at delivery and never leaves this function.
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
from email import policy
from email.utils import parseaddr
from typing import Any

from runtime import secrets
from runtime.email.accounts import SmtpAccount, password_for
from runtime.email.connect import SmtpProblem, open_smtp
from runtime.email.message import build_message
from runtime.email.render import HeaderProblem
from runtime.i18n import N_
from runtime.kernel.outcome import StepError, TransientError, UncertainError

_CRLF = b"\r\n"


def request_for(account: SmtpAccount, to: str, subject: str, html: str, text: str,
                attachments: list[dict[str, Any]] | None = None, cc: list[str] | None = None,
                bcc: list[str] | None = None) -> dict[str, Any]:
    """The JSON-able request an executor hands the engine (no password in it)."""
    return {"account": account.public(), "to": to, "cc": list(cc or []), "bcc": list(bcc or []),
            "subject": subject, "html": html, "text": text,
            "attachments": [{"filename": a["filename"], "mime": a.get("mime", "application/octet-stream"),
                             "content_b64": base64.b64encode(a["content"]).decode()} for a in attachments or []]}


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode(errors="replace") if isinstance(message, bytes) else str(message)
    return f"{code} {text}".strip()


class SmtpChannel:
    """Sends email over SMTP. `ssl_context` replaces the default verifying context (private CAs, tests)."""

    local = False

    def __init__(self, timeout: float = 30.0, ssl_context: ssl.SSLContext | None = None) -> None:
        self.timeout = timeout
        self.ssl_context = ssl_context

    def deliver(self, request: dict[str, Any], key: str) -> dict[str, Any]:
        """Send one email; returns {"message_id", "to", "account", "reply"}."""
        account = SmtpAccount(**request["account"])
        attachments = [{"filename": a["filename"], "mime": a["mime"], "content": base64.b64decode(a["content_b64"])}
                       for a in request.get("attachments") or []]
        try:
            msg = build_message(account.sender, request["to"], request["subject"], request.get("html") or "",
                                request.get("text") or "", key, attachments, cc=request.get("cc") or ())
        except HeaderProblem as exc:
            raise StepError(str(exc)) from None
        try:
            password = password_for(account)
        except (secrets.SecretMissing, secrets.SecretsUnavailable) as exc:
            raise StepError(N_('email account {name!r}: {reason}').format(name=account.name, reason=exc)) from None
        try:
            smtp = open_smtp(account, password, self.timeout, self.ssl_context)
        except SmtpProblem as exc:
            raise (TransientError(str(exc)) if exc.transient else StepError(str(exc))) from None
        try:
            everyone = [request["to"], *(request.get("cc") or []), *(request.get("bcc") or [])]
            reply = self._send(smtp, account, everyone, msg.as_bytes(policy=policy.SMTP))
        finally:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()
        return {"message_id": msg["Message-ID"], "to": request["to"], "account": account.name, "reply": reply}

    def _send(self, smtp: smtplib.SMTP, account: SmtpAccount, to: list[str], payload: bytes) -> str:
        """MAIL, one RCPT per address (To, CC and BCC: BCC is in no header), DATA."""
        where = f"{account.host}:{account.port}"
        sender = account.sender_address
        sent_dot = False
        try:
            self._expect(smtp.mail(sender), where, f"the sender {sender}", 250)
            for recipient in (msg_address(a) for a in to):
                self._expect(smtp.rcpt(recipient), where, f"the recipient {recipient}", 250, 251)
            self._expect(smtp.docmd("DATA"), where, "the message (DATA)", 354)
            data = re.sub(rb"(?m)^\.", b"..", payload)
            if not data.endswith(_CRLF):
                data += _CRLF
            smtp.send(data + b"." + _CRLF)
            sent_dot = True
            code, message = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            what = f"{exc.__class__.__name__}: {exc}" if str(exc) else exc.__class__.__name__
            if sent_dot:
                raise UncertainError(f"{where}: the connection ended after the whole message was sent, before "
                                     f"the server confirmed it ({what}); it may have been delivered") from None
            raise TransientError(f"{where}: the connection ended before the message was complete ({what})") from None
        self._expect((code, message), where, "the message", 250)
        return _reply(code, message)

    @staticmethod
    def _expect(answer: tuple[int, bytes], where: str, what: str, *ok: int) -> None:
        code, message = answer
        if code in ok:
            return
        text = f"{where} refused {what}: {_reply(code, message)}"
        if 400 <= code < 500:
            raise TransientError(text)
        raise StepError(text)


def msg_address(value: str) -> str:
    """The bare address of "Name <address>"."""
    return parseaddr(value)[1] or value
