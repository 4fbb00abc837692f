"""Secrets in the OS keyring (service "caudal"), addressed by reference names like "hubspot:acme".

Never falls back to plain text: with no usable keyring backend, every call raises
`SecretsUnavailable` explaining how to get one. The keyring package (and its backend
discovery) loads at the first call: importing this module costs nothing.
"""

from __future__ import annotations

SERVICE = "caudal"

HOW_TO_GET_A_KEYRING = (
    "no usable OS keyring was found, and Caudal never stores secrets in plain text by itself. "
    "On a desktop, unlock your keyring (GNOME Keyring / KWallet, macOS Keychain, Windows "
    "Credential Manager). On a headless service, run Caudal inside a Secret Service session: "
    "`dbus-run-session -- sh -c 'echo -n PASSWORD | gnome-keyring-daemon --unlock && "
    "python main.py run'`. If you accept a plain-text file, choose it explicitly with "
    "`pip install keyrings.alt` and PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring"
)


class SecretsUnavailable(RuntimeError):
    """No usable keyring backend (the message says how to get one)."""


class SecretMissing(KeyError):
    """No secret is stored under this reference."""

    def __str__(self) -> str:
        return f"no secret named {self.args[0]!r} in the keyring (add the connection again)"


def _check_ref(ref: str) -> str:
    if not ref or ":" not in ref or ref != ref.strip():
        raise ValueError(f"a secret reference looks like 'kind:name' (got {ref!r})")
    return ref


def _backend_usable() -> None:
    import keyring

    backend = keyring.get_keyring()
    # The 'fail' backend (and chainers with nothing inside) have priority <= 0.
    if type(backend).__module__.startswith("keyring.backends.fail"):
        raise SecretsUnavailable(HOW_TO_GET_A_KEYRING)


def get_secret(ref: str) -> str:
    """The secret stored under `ref`.

    Raises:
        SecretMissing: nothing stored under `ref`.
        SecretsUnavailable: no usable keyring backend.
    """
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    _check_ref(ref)
    _backend_usable()
    try:
        value = keyring.get_password(SERVICE, ref)
    except NoKeyringError as exc:
        raise SecretsUnavailable(HOW_TO_GET_A_KEYRING) from exc
    except KeyringError as exc:
        raise SecretsUnavailable(f"the keyring refused to read {ref!r}: {exc}") from exc
    if value is None:
        raise SecretMissing(ref)
    return value


def has_secret(ref: str) -> bool:
    """Whether a secret is stored under `ref`."""
    try:
        get_secret(ref)
    except SecretMissing:
        return False
    return True


def set_secret(ref: str, value: str) -> None:
    """Store `value` under `ref` (replacing any earlier one)."""
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    _check_ref(ref)
    if not value:
        raise ValueError(f"the secret for {ref!r} is empty")
    _backend_usable()
    try:
        keyring.set_password(SERVICE, ref, value)
    except NoKeyringError as exc:
        raise SecretsUnavailable(HOW_TO_GET_A_KEYRING) from exc
    except KeyringError as exc:
        raise SecretsUnavailable(f"the keyring refused to store {ref!r}: {exc}") from exc


def delete_secret(ref: str) -> bool:
    """Remove the secret under `ref`; False when there was none."""
    import keyring
    from keyring.errors import NoKeyringError, PasswordDeleteError

    _check_ref(ref)
    _backend_usable()
    try:
        keyring.delete_password(SERVICE, ref)
    except PasswordDeleteError:
        return False
    except NoKeyringError as exc:
        raise SecretsUnavailable(HOW_TO_GET_A_KEYRING) from exc
    return True
