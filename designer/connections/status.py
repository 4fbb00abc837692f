"""The connections' live call status (queue of pending calls, remaining quota, errors) as text,
and the status-bar label that shows it while it is worth a look."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QLabel, QWidget

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

REFRESH_MS = 2000
LOW_QUOTA = 0.2  # show the quota once less than this share of it is left



def queue_text(snap: dict[str, Any]) -> str:
    """"3 pending (1 retrying)" or "—"."""
    pending = int(snap.get("pending") or 0)
    if not snap or "calls" not in snap:
        return "—"
    text = translate("ConnectionStatus", "%1 pending").replace("%1", str(pending))
    if snap.get("throttled"):
        text += " · " + translate("ConnectionStatus", "%1 throttled").replace("%1", str(snap["throttled"]))
    return text


def quota_text(snap: dict[str, Any]) -> str:
    """"150 / 190 left" when the vendor says, else "—"."""
    if snap.get("remaining") is None:
        return "—"
    if snap.get("limit"):
        text = translate("ConnectionStatus", "%1 / %2 left")
        return text.replace("%1", str(snap["remaining"])).replace("%2", str(snap["limit"]))
    return translate("ConnectionStatus", "%1 left").replace("%1", str(snap["remaining"]))


def error_text(snap: dict[str, Any]) -> str:
    found = snap.get("paused")
    if found:
        return str(found.get("message") or "")
    return str(snap.get("poll_error") or snap.get("last_error") or "")


def pause_text(snap: dict[str, Any]) -> str:
    """"Paused: token rejected" (and the like) while the connection's work waits, else ""."""
    found = snap.get("paused")
    if not found:
        return ""
    why = {"auth": translate("ConnectionStatus", "token rejected"),
           "quota": translate("ConnectionStatus", "daily quota used up"),
           "blocked": translate("ConnectionStatus", "blocked by the CRM for a while"),
           "throttled": translate("ConnectionStatus", "rate limited"),
           "unreachable": translate("ConnectionStatus", "CRM unreachable")}.get(found.get("reason"), "")
    text = translate("ConnectionStatus", "Paused: %1").replace("%1", why or str(found.get("reason") or ""))
    until = found.get("until")
    if until:
        when = QDateTime.fromSecsSinceEpoch(int(until)).toString(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        text += " · " + translate("ConnectionStatus", "tries again at %1").replace("%1", when)
    return text


def worth_showing(snap: dict[str, Any]) -> bool:
    """Non-trivial: calls are queued, the quota runs low, polling fails, or the connection is paused."""
    if int(snap.get("pending") or 0) > 0 or snap.get("poll_error") or snap.get("paused"):
        return True
    remaining, limit = snap.get("remaining"), snap.get("limit")
    return remaining is not None and limit is not None and bool(limit) and remaining < limit * LOW_QUOTA


def summary(status: dict[str, dict[str, Any]]) -> str:
    """One line for the status bar ("" when every connection is quiet)."""
    parts = []
    for name, snap in sorted(status.items()):
        if not worth_showing(snap):
            continue
        bits = []
        if int(snap.get("pending") or 0):
            bits.append(queue_text(snap))
        if snap.get("remaining") is not None:
            bits.append(translate("ConnectionStatus", "quota %1").replace("%1", quota_text(snap)))
        if snap.get("paused"):
            bits.append(pause_text(snap))
        elif snap.get("poll_error"):
            bits.append(translate("ConnectionStatus", "sync failing"))
        parts.append(f"{name}: {', '.join(bits)}")
    return "  |  ".join(parts)


class ConnectionsStatusLabel(QLabel):
    """A permanent status-bar label, visible only while some connection is non-trivial.

    `source()` returns resolver.status() of the running service ({} when it is stopped).
    """

    def __init__(self, source: Callable[[], dict[str, dict[str, Any]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionsStatus")
        self.source = source
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.hide()

    def refresh(self) -> str:
        try:
            status = self.source() or {}
        except Exception:  # the runtime is going away: show nothing rather than fail
            status = {}
        text = summary(status)
        self.setText(text)
        self.setToolTip("\n".join(f"{n}: {error_text(s)}" for n, s in sorted(status.items()) if error_text(s)))
        self.setVisible(bool(text))
        return text
