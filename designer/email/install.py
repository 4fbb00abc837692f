"""`install_email(window)`: the email features' menu entries, Outbox page and notifications."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence

from designer.email.notifications import Notifier
from designer.email.outbox_page import OutboxPage
from designer.i18n import current_language, resources_dir


def tr(text: str) -> str:
    return QCoreApplication.translate("EmailMenus", text)


class EmailExtension:
    """What `install_email` adds to the main window; `retranslate()` on language changes."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.outbox = OutboxPage(window.db, window)
        self.outbox.accounts_requested.connect(self.open_accounts)
        icon = resources_dir() / "icons" / "outbox.svg"
        self.page_index = window.tabs.addTab(self.outbox, QIcon(str(icon)) if icon.exists() else QIcon(), "")
        self.notifier = Notifier(getattr(window, "tray", None), window.statusBar())
        self.actions: dict[str, QAction] = {}
        for key, slot, shortcut in (("email_accounts", self.open_accounts, None),
                                    ("email_templates", self.open_templates, None),
                                    ("show_outbox", self.show_outbox, "Ctrl+4")):
            action = QAction(window)
            action.setObjectName(f"action_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, s=slot: s())
            self.actions[key] = action
            window.acts[key] = action
        window.menus["settings"].addSeparator()
        window.menus["settings"].addActions([self.actions["email_accounts"], self.actions["email_templates"]])
        view = window.menus["view"]
        first = view.actions()[0] if view.actions() else None
        after = view.actions()[2] if len(view.actions()) > 2 else None  # after editor, contacts
        view.insertAction(after or first, self.actions["show_outbox"])
        bridge = getattr(window, "bridge", None)
        if bridge is not None:
            bridge.events.connect(self.outbox.on_events)
            bridge.events.connect(self.notifier.on_events)
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

        dialog = AccountsDialog(self.window.db, self.window)
        dialog.exec()
        self._changed()
        return dialog

    def open_templates(self) -> Any:
        from designer.email.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.window.db, self.window.field_source, current_language(), self.window)
        dialog.exec()
        self._changed()
        return dialog

    def _changed(self) -> None:
        self.outbox.update_banner()
        for field_editor in getattr(self.window.editor.inspector_widget, "editors", {}).values():
            field_editor.refresh_choices()  # account and template pickers re-read their lists


def install_email(window: Any) -> EmailExtension:
    """Add Settings → Email accounts…/Email templates…, View → Outbox, the Outbox page, notifications."""
    return EmailExtension(window)
