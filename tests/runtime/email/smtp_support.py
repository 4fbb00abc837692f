"""A real aiosmtpd server on loopback for the email tests, and a self-signed certificate.

    server = SmtpServer(mode="accept", users={"ana": "s3cret"}, tls="starttls", certs=certs)
    with server:                       # started on 127.0.0.1, a free port
        ... server.port, server.messages (email.message.Message), server.envelopes
Modes: accept; tempfail_first (451 to the first DATA, then accept); drop_after_data
(closes the connection after the whole message arrived, before replying); drop_at_rcpt
(closes the connection at RCPT, before any message). `sessions` counts client sessions;
`drop_sessions()` closes the open ones.
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
import threading
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_cert(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (and localhost): (cert.pem, key.pem)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    # Valid over a fixed wide window, not around "now": OpenSSL checks it against the real clock,
    # which `make test-future` does not move (runtime/timeshift.py moves only Python's clocks).
    since = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    until = datetime.datetime(2099, 12, 31, tzinfo=datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(since)
            .not_valid_after(until)
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                                                        x509.DNSName("localhost")]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


def client_context(cert: Path) -> ssl.SSLContext:
    """A verifying client context that trusts only the test certificate."""
    return ssl.create_default_context(cafile=str(cert))


class _Handler:
    def __init__(self, owner: SmtpServer) -> None:
        self.owner = owner

    async def handle_EHLO(self, server: Any, session: Any, envelope: Any, hostname: str,  # noqa: N802 - aiosmtpd
                          responses: list[str]) -> list[str]:
        session.host_name = hostname  # what aiosmtpd does itself when no handler takes EHLO
        if server.transport not in self.owner.sessions:
            self.owner.sessions.append(server.transport)
        return responses

    async def handle_QUIT(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 - aiosmtpd's name
        self.owner.quits += 1
        return "221 Bye"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list) -> str:
        if self.owner.mode == "drop_at_rcpt":
            server.transport.abort()
            return "421 closing"
        if address.startswith("nobody@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        owner = self.owner
        owner.data_calls += 1
        owner.received.append(envelope.original_content or envelope.content)
        if owner.mode == "tempfail_first" and owner.data_calls == 1:
            return "451 4.3.0 try again later"
        if owner.mode == "drop_after_data":
            server.transport.abort()
            return "421 closing"
        owner.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        owner.accepted.append(envelope.original_content or envelope.content)
        return "250 2.0.0 queued"


class SmtpServer:
    """aiosmtpd on 127.0.0.1. `users` turns AUTH on; `tls`: None | "starttls" | "ssl"."""

    def __init__(self, mode: str = "accept", users: dict[str, str] | None = None, tls: str | None = None,
                 certs: tuple[Path, Path] | None = None) -> None:
        self.mode = mode
        self.users = users
        self.port = free_port()
        self.data_calls = 0
        self.received: list[bytes] = []
        self.accepted: list[bytes] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.logins: list[tuple[str, bool]] = []
        self.sessions: list[Any] = []  # one transport per client session (counted at its first EHLO)
        self.quits = 0
        kwargs: dict[str, Any] = {}
        if users is not None:
            kwargs.update(authenticator=self._auth, auth_required=True, auth_require_tls=tls == "starttls")
        if tls:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(certs[0]), str(certs[1]))
            if tls == "ssl":
                kwargs["ssl_context"] = context
            else:
                kwargs.update(tls_context=context, require_starttls=True)
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **kwargs)

    def _auth(self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login, password = auth_data.login.decode(), auth_data.password.decode()
            ok = self.users.get(login) == password
            self.logins.append((login, ok))
            return AuthResult(success=ok, handled=False)
        return AuthResult(success=False, handled=False)

    def drop_sessions(self) -> None:
        """Close every open client session, as a server does with idle ones after its timeout."""
        done = threading.Event()

        def drop() -> None:  # on the server's event loop: transports are not thread-safe
            for transport in self.sessions:
                transport.abort()
            done.set()

        self.controller.loop.call_soon_threadsafe(drop)
        done.wait(10)

    @property
    def messages(self) -> list[Any]:
        """The accepted messages, parsed."""
        return [message_from_bytes(raw, policy=policy.default) for raw in self.accepted]

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.controller.stop()
