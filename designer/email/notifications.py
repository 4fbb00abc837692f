"""Desktop notifications for the runtime's `UserNotified` events while the designer is open.

Each one goes to the tray (a system notification, where the desktop has a tray) and to
the main window's status bar. Events are recognised by shape (user_email, title,
message), so this module needs nothing from the engine but the event itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

STATUS_MS = 10_000


@dataclass(frozen=True)
class Notice:
    user_email: str
    title: str
    message: str


def as_notice(event: Any) -> Notice | None:
    """The notice carried by a runtime event, or None for other events."""
    if type(event).__name__ != "UserNotified" and not all(
            hasattr(event, a) for a in ("user_email", "title", "message")):
        return None
    return Notice(str(getattr(event, "user_email", "") or ""), str(getattr(event, "title", "") or ""),
                  str(getattr(event, "message", "") or ""))


class Notifier:
    """Turns `UserNotified` events into tray messages and status-bar lines.

    Args:
        tray: the window's Tray (`popup(title, text)`), or None.
        status_bar: where a one-line copy goes, or None.
    """

    def __init__(self, tray: Any = None, status_bar: Any = None) -> None:
        self.tray, self.status_bar = tray, status_bar
        self.shown: list[Notice] = []

    def on_events(self, batch: list) -> None:
        for event in batch:
            notice = as_notice(event)
            if notice is not None:
                self.show(notice)

    def show(self, notice: Notice) -> None:
        title = notice.title or QCoreApplication.translate("Notifier", "Caudal: a flow notifies you")
        text = notice.message
        if notice.user_email:
            text = QCoreApplication.translate("Notifier", "%1 (for %2)").replace(
                "%1", text).replace("%2", notice.user_email)
        self.shown.append(notice)
        if self.tray is not None and hasattr(self.tray, "popup"):
            self.tray.popup(title, text)
        if self.status_bar is not None:
            line = " ".join(f"{title}: {text}".split())
            self.status_bar.showMessage("🔔 " + line, STATUS_MS)
