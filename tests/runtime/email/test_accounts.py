"""SMTP accounts: rows without passwords, the keyring holds them, and test_account against aiosmtpd."""

from __future__ import annotations

import socket

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from runtime import secrets
from runtime.email import (
    AccountProblem,
    SmtpAccount,
    add_account,
    get_account,
    list_accounts,
    remove_account,
)
from runtime.email.accounts import test_account as check_account_connection
from tests.databases import stored_bytes
from tests.runtime.email.smtp_support import SmtpServer, client_context, free_port

PASSWORD = "pw-Zq7!x"


def _account(port: int, security: str = "none", username: str = "ana", name: str = "office") -> SmtpAccount:
    return SmtpAccount(name, "127.0.0.1", port, security, username, "Ana Pérez <ana@example.es>")


def test_add_list_get_remove_keeps_the_password_only_in_the_keyring(db, memory_keyring):
    add_account(db, _account(2525), PASSWORD)
    assert [a.name for a in list_accounts(db)] == ["office"]
    got = get_account(db, "office")
    assert got.sender == "Ana Pérez <ana@example.es>" and got.security == "none" and got.port == 2525
    assert memory_keyring.store[("caudal", "smtp:office")] == PASSWORD
    assert PASSWORD.encode() not in stored_bytes(db.url)
    add_account(db, _account(2526), None)  # an edit without a new password keeps the old one
    assert get_account(db, "office").port == 2526 and secrets.get_secret("smtp:office") == PASSWORD
    assert remove_account(db, "office") and get_account(db, "office") is None
    assert ("caudal", "smtp:office") not in memory_keyring.store
    assert not remove_account(db, "office")


@pytest.mark.parametrize(("change", "words"), [
    ({"name": "bad name"}, "invalid account name"),
    ({"security": "tls"}, "security must be one of"),
    ({"port": 70000}, "port must be 1-65535"),
    ({"sender": "no address"}, "'from' must be an address"),
    ({"sender": "Ana <ana@x.es>\r\nBcc: all@x.es"}, "line break"),
    ({"host": ""}, "invalid host"),
])
def test_bad_input_is_refused_naming_the_field(db, memory_keyring, change, words):
    values = {**_account(25).public(), **change}
    with pytest.raises(AccountProblem, match=words):
        add_account(db, SmtpAccount(**values), PASSWORD)
    assert list_accounts(db) == [] and memory_keyring.store == {}


def test_a_username_needs_a_password(db, memory_keyring):
    with pytest.raises(AccountProblem, match="a password is needed"):
        add_account(db, _account(25), None)
    add_account(db, _account(25, username=""), None)  # an open relay needs none
    assert get_account(db, "office").username == ""


def test_no_keyring_refuses_with_the_how_to_and_writes_nothing(db):
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(secrets.SecretsUnavailable, match="PYTHON_KEYRING_BACKEND"):
            add_account(db, _account(25), PASSWORD)
    finally:
        keyring.set_keyring(previous)
    assert list_accounts(db) == []
    assert PASSWORD.encode() not in stored_bytes(db.url)


def test_plain_server_without_login(db, memory_keyring):
    with SmtpServer() as server:
        add_account(db, _account(server.port, username=""), None)
        result = check_account_connection(db, "office", timeout=30)
    assert result.ok and f"127.0.0.1:{server.port}" in result.message


def test_auth_ok_and_auth_failure(db, memory_keyring):
    with SmtpServer(users={"ana": PASSWORD}) as server:
        add_account(db, _account(server.port), PASSWORD)
        ok = check_account_connection(db, "office", timeout=30)
        add_account(db, _account(server.port), "wrong")
        bad = check_account_connection(db, "office", timeout=30)
    assert ok.ok and "logged in as ana" in ok.message
    assert not bad.ok and "check the account's username/password" in bad.message
    assert server.logins == [("ana", True), ("ana", False)]
    assert "wrong" not in bad.message and PASSWORD not in bad.message


def test_starttls_with_a_certificate_made_in_the_test(db, memory_keyring, certs):
    with SmtpServer(users={"ana": PASSWORD}, tls="starttls", certs=certs) as server:
        add_account(db, _account(server.port, "starttls"), PASSWORD)
        trusted = check_account_connection(db, "office", timeout=30, ssl_context=client_context(certs[0]))
        untrusted = check_account_connection(db, "office", timeout=30)  # the system CAs do not know it
        add_account(db, _account(server.port, "none"), None)
        plain = check_account_connection(db, "office", timeout=30)  # AUTH is only offered after STARTTLS
    assert trusted.ok and "starttls" in trusted.message
    assert not untrusted.ok and "certificate is not trusted" in untrusted.message
    assert not plain.ok and "security setting" in plain.message


def test_implicit_ssl(db, memory_keyring, certs):
    with SmtpServer(users={"ana": PASSWORD}, tls="ssl", certs=certs) as server:
        add_account(db, _account(server.port, "ssl"), PASSWORD)
        result = check_account_connection(db, "office", timeout=30, ssl_context=client_context(certs[0]))
        add_account(db, _account(server.port, "starttls"), None)
        wrong = check_account_connection(db, "office", timeout=3, ssl_context=client_context(certs[0]))
    assert result.ok and "(ssl)" in result.message
    assert not wrong.ok


def test_refused_and_timeout_are_said_plainly(db, memory_keyring):
    add_account(db, _account(free_port(), username=""), None)
    refused = check_account_connection(db, "office", timeout=2)
    assert not refused.ok and "refused the connection" in refused.message
    with socket.socket() as silent:  # accepts connections (backlog) but never greets
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        add_account(db, _account(silent.getsockname()[1], username=""), None)
        slow = check_account_connection(db, "office", timeout=0.5)
    assert not slow.ok and "did not answer within 0.5 s" in slow.message
    missing = check_account_connection(db, "nope")
    assert not missing.ok and "no email account named 'nope'" in missing.message
