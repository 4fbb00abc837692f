"""Per-flow secret tokens of web forms: created on demand, kept only in the OS keyring.

The token is part of the form's address (an HTML form cannot send headers), so it is a
long random string compared in constant time; rotating it invalidates the old address.
"""

from __future__ import annotations

import hmac
import secrets as random_tokens
import socket

from runtime import secrets


def secret_ref(flow_id: str) -> str:
    return f"inbound:{flow_id}"


def token_for(flow_id: str, create: bool = True) -> str | None:
    """The flow's token; a new one is made (and stored in the keyring) when there is none and `create`.

    Raises:
        runtime.secrets.SecretsUnavailable: no usable keyring.
    """
    try:
        return secrets.get_secret(secret_ref(flow_id))
    except secrets.SecretMissing:
        if not create:
            return None
    return rotate_token(flow_id)


def rotate_token(flow_id: str) -> str:
    """A new token for the flow (the old address stops working at once)."""
    token = random_tokens.token_urlsafe(24)
    secrets.set_secret(secret_ref(flow_id), token)
    return token


def forget_token(flow_id: str) -> bool:
    """Drop the flow's token (when the flow is deleted); False when there was none."""
    try:
        return secrets.delete_secret(secret_ref(flow_id))
    except secrets.SecretsUnavailable:
        return False


def token_matches(flow_id: str, given: str) -> bool:
    """Whether `given` is the flow's token (constant time); False when it has none or no keyring."""
    try:
        stored = secrets.get_secret(secret_ref(flow_id))
    except (secrets.SecretMissing, secrets.SecretsUnavailable):
        return False
    return hmac.compare_digest(stored.encode(), given.encode())


def form_path(flow_id: str, token: str) -> str:
    return f"/in/{flow_id}/{token}"


def form_url(host: str, port: int, flow_id: str, token: str) -> str:
    """http://host:port/in/<flow>/<token>, naming this computer when it listens on every address."""
    shown = socket.gethostname() if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    return f"http://{shown}:{port}{form_path(flow_id, token)}"
