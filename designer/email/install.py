"""`install_email(window)`: the email features' menu entries, Outbox page and notifications."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence

from designer.email.notifications import Notifier
from designer.email.outbox_page import OutboxPage
from designer.extension import Host
from designer.i18n import current_language, resources_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("EmailMenus", text)


class EmailExtension:
    """What `install_email` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.outbox = OutboxPage(window.db, window.window())
        self.outbox.accounts_requested.connect(self.open_accounts)
        icon = resources_dir() / "icons" / "outbox.svg"
        self.page_index = window.tabs.addTab(self.outbox, QIcon(str(icon)) if icon.exists() else QIcon(), "")
        self.notifier = Notifier(window.tray, window.statusBar())
        self.actions: dict[str, QAction] = {}
        for key, slot, shortcut in (("email_accounts", self.open_accounts, None),
                                    ("email_templates", self.open_templates, None),
                                    ("show_outbox", self.show_outbox, "Ctrl+4")):
            action = QAction(window.window())
            action.setObjectName(f"action_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.actions[key] = action
        window.add_menu_actions("settings", {k: self.actions[k] for k in ("email_accounts", "email_templates")})
        window.add_menu_actions("view", {"show_outbox": self.actions["show_outbox"]}, group="pages")
        if window.bridge is not None:
            window.bridge.events.connect(self.outbox.on_events)
            window.bridge.events.connect(self.notifier.on_events)
        self.retranslate()

    def retranslate(self) -> None:
        self.actions["email_accounts"].setText(tr("Email &accounts…"))
        self.actions["email_templates"].setText(tr("Email &templates…"))
        self.actions["show_outbox"].setText(tr("&Outbox"))
        self.window.tabs.setTabText(self.page_index, tr("Outbox"))
        self.outbox.retranslate()

    def show_outbox(self) -> None:
        self.window.tabs.setCurrentWidget(self.outbox)

    def open_accounts(self) -> Any:
        """The modal SMTP accounts dialog; afterwards pickers and the banner re-read accounts."""
        from designer.email.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.window.db, self.window.window())
        dialog.exec()
        self._changed()
        return dialog

    def open_templates(self) -> Any:
        from designer.email.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.window.db, self.window.field_source, current_language(), self.window.window())
        dialog.exec()
        self._changed()
        return dialog

    def _changed(self) -> None:
        self.outbox.update_banner()
        for field_editor in getattr(self.window.editor.inspector_widget, "editors", {}).values():
            field_editor.refresh_choices()  # account and template pickers re-read their lists


def install_email(window: Host) -> EmailExtension:
    """Add Settings → Email accounts…/Email templates…, View → Outbox, the Outbox page, notifications."""
    return EmailExtension(window)
