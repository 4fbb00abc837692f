"""The SMTP accounts dialog: add/edit/remove, password only in the keyring, background connection test."""

from __future__ import annotations

from pathlib import Path

import pytest

from designer.dialogs import ask
from designer.email.accounts_dialog import AccountsDialog
from runtime.email import get_account, list_accounts
from runtime.secrets import HOW_TO_GET_A_KEYRING

PASSWORD = "s3cr3t-Ñandú-9f2"


def _dialog(qtbot, db) -> AccountsDialog:
    dialog = AccountsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _fill(dialog, name="oficina", host="127.0.0.1", port=587, security="starttls", username="ana",
          password=PASSWORD, sender="Ana Núñez <ana@example.es>") -> None:
    dialog.new_account()
    dialog.name.setText(name)
    dialog.host.setText(host)
    dialog.security.setCurrentIndex(dialog.security.findData(security))
    dialog.port.setValue(port)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.sender_edit.setText(sender)


def test_added_account_keeps_its_password_only_in_the_keyring(qtbot, db, memory_keyring, tmp_path: Path):
    dialog = _dialog(qtbot, db)
    _fill(dialog)
    with qtbot.waitSignal(dialog.accounts_changed):
        dialog.save_button.click()
    assert [a.name for a in list_accounts(db)] == ["oficina"]
    assert dialog.keyring_problem is None
    stored = get_account(db, "oficina")
    assert (stored.host, stored.port, stored.security, stored.username) == ("127.0.0.1", 587, "starttls", "ana")
    assert memory_keyring.store == {("caudal", "smtp:oficina"): PASSWORD}
    assert dialog.password.text() == ""  # never kept in the form, never shown back
    db.dispose()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    assert "guardada" in dialog.status.text() or "saved" in dialog.status.text()


def test_editing_keeps_the_stored_password_and_the_name(qtbot, db, memory_keyring):
    dialog = _dialog(qtbot, db)
    _fill(dialog)
    dialog.save()
    reopened = _dialog(qtbot, db)
    assert reopened.name.text() == "oficina" and reopened.name.isReadOnly()
    assert reopened.password.text() == ""
    reopened.host.setText("smtp.example.es")
    assert reopened.save()
    assert get_account(db, "oficina").host == "smtp.example.es"
    assert memory_keyring.store[("caudal", "smtp:oficina")] == PASSWORD


def test_bad_input_is_named_and_nothing_is_stored(qtbot, db, memory_keyring):
    dialog = _dialog(qtbot, db)
    _fill(dialog, sender="")
    assert not dialog.save()
    assert "From" in dialog.status.text() or "Remitente" in dialog.status.text() or "De" in dialog.status.text()
    _fill(dialog, sender="no address here")
    assert not dialog.save()
    assert "from" in dialog.status.text().lower()
    assert list_accounts(db) == [] and memory_keyring.store == {}


def test_without_a_keyring_the_dialog_says_how_and_stores_nothing(qtbot, db, no_keyring):
    dialog = _dialog(qtbot, db)
    assert HOW_TO_GET_A_KEYRING in dialog.status.text()  # said at once, before anyone types
    _fill(dialog)
    assert not dialog.save()
    assert HOW_TO_GET_A_KEYRING in dialog.status.text()
    assert list_accounts(db) == []
    assert dialog.password.text() == ""


def test_remove_account_drops_the_row_and_the_secret(qtbot, db, memory_keyring, monkeypatch):
    dialog = _dialog(qtbot, db)
    _fill(dialog)
    dialog.save()
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    dialog.remove_button.click()
    assert list_accounts(db) == [] and memory_keyring.store == {}
    assert dialog.name.text() == "" and not dialog.name.isReadOnly()


def test_connection_test_runs_in_the_background_against_a_real_server(qtbot, db, memory_keyring, smtp_server):
    dialog = _dialog(qtbot, db)
    _fill(dialog, port=smtp_server.port, security="none", username="", password="")
    with qtbot.waitSignal(dialog.worker.done, timeout=15000):
        dialog.test_button.click()  # saves the new account first, then tests it
        assert not dialog.test_button.isEnabled()  # the GUI thread is free while it connects
    assert dialog.last_result.ok, dialog.last_result.message
    assert dialog.test_button.isEnabled()
    assert str(smtp_server.port) in dialog.status.text()


@pytest.mark.timeout(60)
def test_connection_test_to_a_closed_port_says_so(qtbot, db, memory_keyring, closed_port):
    dialog = _dialog(qtbot, db)
    _fill(dialog, port=closed_port, security="none", username="", password="")
    assert dialog.save()
    with qtbot.waitSignal(dialog.worker.done, timeout=15000):
        dialog.test_button.click()
    result = dialog.last_result
    assert not result.ok
    assert str(closed_port) in result.message
    assert result.message in dialog.status.text()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_connection_test_logs_in_with_the_keyring_password_and_names_a_wrong_one(
        qtbot, db, memory_keyring, smtp_auth_server):
    dialog = _dialog(qtbot, db)
    _fill(dialog, port=smtp_auth_server.port, security="none", username="ana", password="mala")
    with qtbot.waitSignal(dialog.worker.done, timeout=15000):
        dialog.test_button.click()
    assert not dialog.last_result.ok
    assert "auth" in dialog.last_result.message.lower() or "535" in dialog.last_result.message
    dialog.password.setText(smtp_auth_server.password)  # retype it: saved to the keyring, then tested
    with qtbot.waitSignal(dialog.worker.done, timeout=15000):
        dialog.test_button.click()
    assert dialog.last_result.ok, dialog.last_result.message
    assert "ana" in dialog.last_result.message
    assert memory_keyring.store[("caudal", "smtp:oficina")] == smtp_auth_server.password
