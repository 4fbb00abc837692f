"""`install_app_settings(window)`: Settings → Runtime settings… opens the settings page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from designer.extension import Host

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class AppSettingsExtension:
    """What `install_app_settings` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.dialog: Any = None
        self.action = QAction(window.window())
        self.action.setObjectName("action_app_settings")
        self.action.triggered.connect(lambda _c=False: self.open())
        window.add_menu_actions("settings", {"app_settings": self.action})
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(translate("AppSettingsMenus", "&Runtime settings…"))
        if self.dialog is not None:
            self.dialog.retranslate()

    def open(self) -> Any:
        from designer.appsettings.dialog import AppSettingsDialog

        self.dialog = AppSettingsDialog(self.window.db, self.window.window())
        try:
            self.dialog.exec()
        finally:
            dialog, self.dialog = self.dialog, None
        return dialog


def install_app_settings(window: Host) -> AppSettingsExtension:
    return AppSettingsExtension(window)
