"""Delivery channels: the local outbox, HTTP webhooks (SSRF-safe), SMTP (runtime.email.smtp).

`Channels` is the set an engine delivers through; `Channels.dry_run()` never lets
anything leave the machine (simulation): webhooks and SMTP are recorded, not sent.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from runtime.channels.outbox import Message, Outbox


class DryRunChannel:
    """Records what would have been sent and answers as if it had been delivered."""

    local = False

    def __init__(self) -> None:
        self.sent: list[tuple[str, dict[str, Any]]] = []

    def deliver(self, request: dict[str, Any], key: str) -> dict[str, Any]:
        self.sent.append((key, request))
        return {"dry_run": True}


def _smtp() -> Any:
    from runtime.email.smtp import SmtpChannel  # here: smtplib and templates, not needed to start the designer

    return SmtpChannel()


@dataclass
class Channels:
    """outbox: local emails; webhook: HTTP calls (None = built from app settings);
    email: SMTP for steps with an account (None = every email goes to the outbox)."""

    outbox: Any = field(default_factory=Outbox)
    webhook: Any = None
    email: Any = field(default_factory=_smtp)
    dry: bool = False

    def close(self) -> None:
        """End the SMTP sessions kept for the next email (the channels stay usable)."""
        close = getattr(self.email, "close", None)
        if close is not None:
            close()

    @classmethod
    def dry_run(cls) -> Channels:
        return cls(outbox=Outbox(), webhook=DryRunChannel(), email=DryRunChannel(), dry=True)


__all__ = ["Channels", "DryRunChannel", "Message", "Outbox"]
