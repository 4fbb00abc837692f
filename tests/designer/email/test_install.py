"""The email extension in the main window: menu entries, the Outbox page, language switching."""

from __future__ import annotations

from PySide6.QtCore import Qt

from designer.email.accounts_dialog import AccountsDialog
from designer.email.templates_dialog import TemplatesDialog


def _extension(window):
    return next(e for e in window.extensions if hasattr(e, "outbox"))


def test_menus_page_and_translations(qtbot, make_window):
    window = make_window()
    ext = _extension(window)
    settings_actions = window.menus["settings"].actions()
    assert window.acts["email_accounts"] in settings_actions
    assert window.acts["email_templates"] in settings_actions
    assert window.acts["show_outbox"] in window.menus["view"].actions()
    assert window.tabs.tabText(ext.page_index) == "Bandeja de salida"
    assert window.acts["email_accounts"].text() == "&Cuentas de correo…"
    window.acts["show_outbox"].trigger()
    assert window.tabs.currentWidget() is ext.outbox
    window.set_language("en")
    assert window.tabs.tabText(ext.page_index) == "Outbox"
    assert window.acts["email_templates"].text() == "Email &templates…"
    assert ext.outbox.model.headerData(3, Qt.Orientation.Horizontal) == "Subject"
    window.set_language("es")
    assert ext.outbox.model.headerData(3, Qt.Orientation.Horizontal) == "Asunto"


def test_menu_entries_open_the_dialogs(qtbot, make_window, memory_keyring, monkeypatch):
    opened = []
    monkeypatch.setattr(AccountsDialog, "exec", lambda self: opened.append(self) or 0)
    monkeypatch.setattr(TemplatesDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window()
    window.acts["email_accounts"].trigger()
    window.acts["email_templates"].trigger()
    assert [type(d) for d in opened] == [AccountsDialog, TemplatesDialog]
    assert opened[0].windowTitle() == "Cuentas de correo"
    assert opened[1].windowTitle() == "Plantillas de correo"
    _extension(window).outbox.banner_button.click()  # the banner opens the accounts dialog too
    assert type(opened[-1]) is AccountsDialog
