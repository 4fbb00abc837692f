"""An in-memory keyring backend for tests: `keyring.set_keyring(MemoryKeyring())`.

Tests ask for the `memory_keyring` fixture (tests/conftest.py), which installs one.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict, keyed by (service, username); nothing touches the disk."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError(f"no password for {username!r}")
        del self.store[(service, username)]


def install_memory_keyring():
    """Install a fresh MemoryKeyring; returns (backend, previous) so a fixture can restore."""
    import keyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend, previous
