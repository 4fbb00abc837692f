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

A session that delivered a message is kept for the next one to the same account (at most
`IDLE_MAX` seconds idle; `close()` ends them): connecting, TLS and login were most of each
email's time. A kept session the server has dropped meanwhile fails at MAIL, before
anything of the message was sent: the message then goes through a new session at once.
Any other failure closes the session, so a kept one is always between two messages.
"""

from __future__ import annotations

import base64
import re
import smtplib
import ssl
import threading
import time
from dataclasses import astuple
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
IDLE_MAX = 30.0  # seconds a delivered-through session is kept for the next email (servers wait minutes)


class _Stale(Exception):
    """A kept session is gone: MAIL failed before anything of the message was sent."""


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
        self._idle: dict[tuple[Any, ...], list[tuple[smtplib.SMTP, float]]] = {}  # by account; newest last
        self._lock = threading.Lock()

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
        everyone = [request["to"], *(request.get("cc") or []), *(request.get("bcc") or [])]
        payload = msg.as_bytes(policy=policy.SMTP)
        smtp = self._take(account)
        kept = smtp is not None
        try:
            if smtp is None:
                smtp = self._open(account, password)
            try:
                reply = self._send(smtp, account, everyone, payload, kept=kept)
            except _Stale:  # the server dropped it while it waited: nothing of this message went out
                smtp.close()
                smtp = None
                smtp = self._open(account, password)
                reply = self._send(smtp, account, everyone, payload)
        except BaseException:
            if smtp is not None:
                _end(smtp)
            raise
        self._keep(account, smtp)
        return {"message_id": msg["Message-ID"], "to": request["to"], "account": account.name, "reply": reply}

    def close(self) -> None:
        """End every kept session (the runtime stops)."""
        with self._lock:
            kept, self._idle = self._idle, {}
        for sessions in kept.values():
            for smtp, _since in sessions:
                _end(smtp)

    def _open(self, account: SmtpAccount, password: str | None) -> smtplib.SMTP:
        try:
            return open_smtp(account, password, self.timeout, self.ssl_context)
        except SmtpProblem as exc:
            raise (TransientError(str(exc)) if exc.transient else StepError(str(exc))) from None

    def _take(self, account: SmtpAccount) -> smtplib.SMTP | None:
        """A kept session of `account` idle for less than IDLE_MAX (older ones are ended)."""
        now, found, old = time.monotonic(), None, []
        with self._lock:
            sessions = self._idle.get(astuple(account), [])
            while sessions and found is None:
                smtp, since = sessions.pop()
                if now - since < IDLE_MAX:
                    found = smtp
                else:
                    old.append(smtp)
        for smtp in old:
            _end(smtp)
        return found

    def _keep(self, account: SmtpAccount, smtp: smtplib.SMTP) -> None:
        with self._lock:
            self._idle.setdefault(astuple(account), []).append((smtp, time.monotonic()))

    def _send(self, smtp: smtplib.SMTP, account: SmtpAccount, to: list[str], payload: bytes,
              kept: bool = False) -> str:
        """MAIL, one RCPT per address (To, CC and BCC: BCC is in no header), DATA. On a `kept`
        session, a MAIL that finds the connection gone (or closing: 421) raises _Stale."""
        where = f"{account.host}:{account.port}"
        sender = account.sender_address
        sent_dot = False
        try:
            try:
                answer = smtp.mail(sender)
            except (smtplib.SMTPServerDisconnected, OSError):
                if kept:
                    raise _Stale() from None
                raise
            if kept and answer[0] == 421:
                raise _Stale()
            self._expect(answer, where, f"the sender {sender}", 250)
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


def _end(smtp: smtplib.SMTP) -> None:
    """QUIT, or just close when the server does not answer."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def msg_address(value: str) -> str:
    """The bare address of "Name <address>"."""
    return parseaddr(value)[1] or value
