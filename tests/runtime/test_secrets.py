"""Secrets: stored in the keyring only; a clear error without a usable backend."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail

from runtime import secrets


def test_set_get_delete(memory_keyring) -> None:
    secrets.set_secret("hubspot:acme", "pat-na1-123")
    assert memory_keyring.store[("caudal", "hubspot:acme")] == "pat-na1-123"
    assert secrets.get_secret("hubspot:acme") == "pat-na1-123"
    assert secrets.has_secret("hubspot:acme")
    assert secrets.delete_secret("hubspot:acme") is True
    assert secrets.delete_secret("hubspot:acme") is False
    with pytest.raises(secrets.SecretMissing, match="hubspot:acme"):
        secrets.get_secret("hubspot:acme")


def test_bad_reference_and_empty_value(memory_keyring) -> None:
    with pytest.raises(ValueError, match="kind:name"):
        secrets.set_secret("nocolon", "x")
    with pytest.raises(ValueError, match="empty"):
        secrets.set_secret("smtp:office", "")


def test_no_backend_says_how_to_get_one() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        for call in (lambda: secrets.get_secret("smtp:office"), lambda: secrets.set_secret("smtp:office", "pw")):
            with pytest.raises(secrets.SecretsUnavailable) as info:
                call()
            text = str(info.value)
            assert "gnome-keyring-daemon" in text and "dbus-run-session" in text
            assert "keyrings.alt.file.PlaintextKeyring" in text
    finally:
        keyring.set_keyring(previous)
