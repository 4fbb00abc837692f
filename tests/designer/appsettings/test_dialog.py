"""Settings → Runtime settings…: the webhook allowlist edited entry by entry, refusals, one-transaction save."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QSpinBox

from designer.appsettings.dialog import AppSettingsDialog, ListEditor
from runtime.appsettings import get_setting, set_setting


def _opened(window, monkeypatch) -> AppSettingsDialog:
    shown = []
    monkeypatch.setattr(AppSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    window.acts["app_settings"].trigger()
    assert len(shown) == 1
    return shown[0]


def test_menu_opens_the_page_in_the_language_chosen(make_window, monkeypatch) -> None:
    window = make_window()
    assert window.acts["app_settings"] in window.menus["settings"].actions()
    assert window.acts["app_settings"].text() == "Ajustes de &ejecución…"
    dialog = _opened(window, monkeypatch)
    assert dialog.windowTitle() == "Ajustes de ejecución"
    assert dialog.boxes["webhooks.allowlist"].title().startswith("Servidores de la oficina permitidos")
    assert "SSRF" in dialog.helps["webhooks.allowlist"].text()
    window.set_language("en")
    assert window.acts["app_settings"].text() == "&Runtime settings…"


def test_allowlist_entries_are_checked_and_saved(qtbot, make_window, db, monkeypatch) -> None:
    with db.begin() as conn:
        set_setting(conn, "webhooks.allowlist", ["erp.oficina.lan"])
    dialog = AppSettingsDialog(db)
    qtbot.addWidget(dialog)
    allow = dialog.editors["webhooks.allowlist"]
    assert isinstance(allow, ListEditor) and allow.values() == ["erp.oficina.lan"]
    allow.entry.setText("0.0.0.0/0")
    assert not allow.add()
    assert "demasiado" in dialog.error.text() and allow.values() == ["erp.oficina.lan"]
    allow.entry.setText("192.168.1.0/24, Firma.Oficina.lan")
    assert allow.add() and dialog.error.text() == ""
    assert allow.values() == ["erp.oficina.lan", "192.168.1.0/24", "firma.oficina.lan"]
    allow.list.setCurrentRow(0)
    allow.remove()
    keep = dialog.editors["history.keep_days"]
    assert isinstance(keep, QSpinBox)
    keep.setValue(90)
    assert isinstance(dialog.editors["webhooks.allow_private"], QCheckBox)
    assert dialog.save()
    with db.begin() as conn:
        assert get_setting(conn, "webhooks.allowlist").value == ["192.168.1.0/24", "firma.oficina.lan"]
        assert get_setting(conn, "history.keep_days").value == 90
        assert get_setting(conn, "webhooks.allow_private").is_default  # unchanged: nothing stored


def test_a_refused_value_stores_nothing(qtbot, db) -> None:
    dialog = AppSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.editors["webhooks.allow_private"].setChecked(True)
    dialog.editors["webhooks.allowlist"].list.addItem("http://not-a-host/")  # bypassing the add check
    assert not dialog.save()
    assert "http://" in dialog.error.text()
    with db.begin() as conn:
        assert get_setting(conn, "webhooks.allow_private").is_default
        assert get_setting(conn, "webhooks.allowlist").is_default
