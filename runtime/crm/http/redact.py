"""Keeping secrets out of messages and logs: tokens become *** and webhook URLs lose their key."""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

_REST = re.compile(r"(https?://[^/\s]+)/rest/\d+/[^/\s\"']+/?")


def redact_webhook_url(url: str) -> str:
    """A Bitrix24 inbound webhook URL with its user and key hidden: "https://host/rest/***/"."""
    parts = urlsplit(url.strip())
    host = parts.netloc or "?"
    return f"{parts.scheme or 'https'}://{host}/rest/***/"


class Redactor:
    """Replaces every known secret (and any .../rest/<user>/<key>/ path) in a text."""

    def __init__(self, secrets: list[str] | tuple[str, ...] = ()) -> None:
        # Longest first, so a URL is hidden before the key inside it.
        self._secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def add(self, secret: str) -> None:
        if secret and len(secret) >= 4 and secret not in self._secrets:
            self._secrets.append(secret)
            self._secrets.sort(key=len, reverse=True)

    def __call__(self, text: str) -> str:
        text = _REST.sub(lambda m: f"{m.group(1)}/rest/***/", text)
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return text


class RedactingFilter(logging.Filter):
    """Rewrites log records of third-party loggers (httpx logs every URL at INFO)."""

    def __init__(self) -> None:
        super().__init__()
        self._redact = Redactor()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self._redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        return True


def install_log_redaction() -> None:
    """Attach RedactingFilter once to the HTTP libraries' loggers."""
    for name in ("httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())
