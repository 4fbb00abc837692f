"""Fixtures for the designer's email tests: a temp database, an in-memory keyring, a real SMTP server."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_PREFERRED_BINDING", "PySide6")

from tests.designer.shell_fixtures import db, make_window, settings, translators  # noqa: E402,F401


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp_server():
    """A real aiosmtpd server on 127.0.0.1 (no TLS, no AUTH) collecting messages in `.handler.messages`."""
    from aiosmtpd.controller import Controller

    class Collect:
        def __init__(self) -> None:
            self.messages: list = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            self.messages.append(envelope)
            return "250 OK"

    controller = Controller(Collect(), hostname="127.0.0.1", port=_free_port())
    controller.start()
    yield controller
    controller.stop()


@pytest.fixture
def smtp_auth_server():
    """A real aiosmtpd server on 127.0.0.1 requiring AUTH (user "ana", password `.password`)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink
    from aiosmtpd.smtp import AuthResult, LoginPassword

    password = "clave-Ñandú-77"

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login in (b"ana", "ana") \
            and auth_data.password in (password.encode(), password)
        return AuthResult(success=ok, handled=False)

    controller = Controller(Sink(), hostname="127.0.0.1", port=_free_port(), authenticator=authenticator,
                            auth_required=True, auth_require_tls=False)
    controller.start()
    controller.password = password
    yield controller
    controller.stop()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on."""
    return _free_port()


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A question nobody answers would block the test: default answers unless a test sets its own."""
    from designer.dialogs import ask

    monkeypatch.setattr(ask, "save_discard_cancel", lambda *a: "discard")
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    monkeypatch.setattr(ask, "text", lambda *a: None)
