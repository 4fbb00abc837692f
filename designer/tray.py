"""The tray icon that keeps Caudal (and its runtime) alive while the window is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget


def tray_available() -> bool:
    """Whether the desktop shows tray icons (tests replace this to test the tray offscreen)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray:
    """A QSystemTrayIcon with "Open" and "Quit", or nothing when the desktop has no tray."""

    def __init__(self, icon: QIcon, on_open: Callable[[], None], on_quit: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        self.icon: QSystemTrayIcon | None = None
        if not tray_available():
            return
        self.icon = QSystemTrayIcon(icon, parent)
        self.menu = QMenu(parent)
        self.open_action = QAction(self.menu)
        self.open_action.triggered.connect(on_open)
        self.quit_action = QAction(self.menu)
        self.quit_action.triggered.connect(on_quit)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(
            lambda reason: on_open() if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        self.retranslate()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def retranslate(self, state: str = "") -> None:
        if self.icon is None:
            return
        self.open_action.setText(QCoreApplication.translate("Tray", "Open Caudal"))
        self.quit_action.setText(QCoreApplication.translate("Tray", "Quit (stop the runtime)"))
        tip = QCoreApplication.translate("Tray", "Caudal: flows keep running")
        self.icon.setToolTip(tip if not state else f"{tip} ({state})")

    def show(self) -> None:
        if self.icon is not None:
            self.icon.show()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def notify(self, title: str, text: str) -> None:
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 4000)

    def popup(self, title: str, text: str) -> bool:
        """A desktop notification while the window is open (shows the icon for it); False if none."""
        if self.icon is None or not self.icon.supportsMessages():
            return False
        self.icon.show()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 6000)
        return True
