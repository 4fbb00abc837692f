"""Opening an SMTP session for an account: connect, STARTTLS or SSL, log in.

Every failure becomes an `SmtpProblem` with one sentence for the user and whether it
may pass by itself (`transient`: refused connection, timeout, a 4xx greeting) or needs
someone to change something (`transient=False`: wrong password, TLS trouble, 5xx).
"""

from __future__ import annotations

import base64
import hmac
import smtplib
import socket
import ssl
from functools import lru_cache
from typing import Any


class SmtpProblem(Exception):
    """An SMTP failure described for the user; `transient` says whether a retry may help."""

    def __init__(self, message: str, transient: bool) -> None:
        super().__init__(message)
        self.transient = transient


def _where(account: Any) -> str:
    return f"{account.host}:{account.port}"


def describe_connect_error(account: Any, exc: BaseException, timeout: float) -> SmtpProblem:
    """The `SmtpProblem` for an exception raised while connecting, securing or logging in."""
    where = _where(account)
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return SmtpProblem(f"{where} refused the login of {account.username!r} ({exc.smtp_code} {reply}): "
                           "check the account's username/password", transient=False)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SmtpProblem(f"{where}: {exc}; check the account's security setting", transient=False)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SmtpProblem(f"{where}: the server's certificate is not trusted ({exc.verify_message})",
                           transient=False)
    if isinstance(exc, ssl.SSLError):
        return SmtpProblem(f"{where}: the TLS handshake failed ({exc.reason or exc}); check the security "
                           "setting (ssl is usually port 465, starttls port 587)", transient=False)
    if isinstance(exc, ConnectionRefusedError):
        return SmtpProblem(f"{where} refused the connection: is the server running and the port right?",
                           transient=True)
    if isinstance(exc, TimeoutError | socket.timeout) or isinstance(exc.__context__, TimeoutError | socket.timeout):
        return SmtpProblem(f"{where} did not answer within {timeout:g} s", transient=True)
    if isinstance(exc, socket.gaierror):
        return SmtpProblem(f"the host {account.host!r} cannot be resolved ({exc.strerror or exc})", transient=True)
    if isinstance(exc, smtplib.SMTPConnectError | smtplib.SMTPResponseException):
        reply = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return SmtpProblem(f"{where} answered {exc.smtp_code} {reply}", transient=400 <= exc.smtp_code < 500)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return SmtpProblem(f"{where} closed the connection ({exc or 'no reason given'})", transient=True)
    if isinstance(exc, OSError):
        return SmtpProblem(f"{where}: could not connect ({exc.strerror or exc})", transient=True)
    return SmtpProblem(f"{where}: {exc.__class__.__name__}: {exc}", transient=False)


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in with ONE mechanism (PLAIN, else LOGIN, else CRAM-MD5), UTF-8 credentials.

    Not smtplib's `login`: it encodes credentials as ASCII (a password with "ñ" fails)
    and tries the next mechanism after a refusal, where some servers stall.
    """
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    mechanism = next((m for m in ("PLAIN", "LOGIN", "CRAM-MD5") if m in offered), None)
    if mechanism is None:
        raise smtplib.SMTPNotSupportedError(f"the server offers no login method Caudal knows ({' '.join(offered)})")
    user, secret = username.encode(), password.encode()
    if mechanism == "PLAIN":
        code, reply = smtp.docmd("AUTH", "PLAIN " + _b64(b"\0" + user + b"\0" + secret))
    elif mechanism == "LOGIN":
        code, reply = smtp.docmd("AUTH", "LOGIN " + _b64(user))
        if code == 334:
            code, reply = smtp.docmd(_b64(secret))
    else:
        code, reply = smtp.docmd("AUTH", "CRAM-MD5")
        if code == 334:
            digest = hmac.new(secret, base64.b64decode(reply), "md5").hexdigest()
            code, reply = smtp.docmd(_b64(user + b" " + digest.encode()))
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


@lru_cache(maxsize=1)
def _default_context() -> ssl.SSLContext:
    """The verifying context with the system's CAs, built once (loading them takes tens of ms,
    which was most of the cost of each email); an SSLContext is safe to share between threads."""
    return ssl.create_default_context()


def open_smtp(account: Any, password: str | None, timeout: float = 10,
              ssl_context: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """A connected, secured and (when the account has a username) logged-in session.

    Raises:
        SmtpProblem: anything went wrong (the session is closed then).
    """
    context = ssl_context or (_default_context() if account.security in ("ssl", "starttls") else None)
    smtp: smtplib.SMTP | None = None
    try:
        if account.security == "ssl":
            smtp = smtplib.SMTP_SSL(account.host, account.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(account.host, account.port, timeout=timeout)
        smtp.ehlo()
        if account.security == "starttls":
            if not smtp.has_extn("starttls"):
                raise smtplib.SMTPNotSupportedError("the server does not offer STARTTLS")
            smtp.starttls(context=context)
            smtp.ehlo()
        if account.username:
            if not smtp.has_extn("auth"):
                raise smtplib.SMTPNotSupportedError("the server offers no login (AUTH) on this connection")
            _login(smtp, account.username, password or "")
        return smtp
    except Exception as exc:
        if smtp is not None:
            smtp.close()
        raise describe_connect_error(account, exc, timeout) from None
