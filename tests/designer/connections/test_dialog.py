"""The CRM connections dialog on a real database, keyring backend and fake HubSpot/Bitrix24."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from designer.connections.dialog import COLUMNS, ConnectionsDialog
from runtime import secrets
from runtime.crm import connections
from tests.designer.connections.connections_support import TOKEN, answer_add


def cell(dialog: ConnectionsDialog, row: int, column: str) -> str:
    return dialog.table.item(row, COLUMNS.index(column)).text()


def make_dialog(qtbot, db, hubspot=None, status=None) -> ConnectionsDialog:
    dialog = ConnectionsDialog(db, status)
    qtbot.addWidget(dialog)
    if hubspot is not None:
        dialog.base_url = hubspot.base
    return dialog


def test_add_hubspot_keeps_the_token_in_the_keyring_only(qtbot, db, tmp_path: Path, memory_keyring,
                                                          hubspot) -> None:
    dialog = make_dialog(qtbot, db, hubspot)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    answer_add(dialog, "acme", TOKEN, "caudal_tags")
    with qtbot.waitSignal(dialog.changed):
        form = dialog.add("hubspot")
    assert form.secret.echoMode() == QLineEdit.EchoMode.Password and form.secret.text() == ""
    assert memory_keyring.store == {("caudal", "hubspot:acme"): TOKEN}
    assert dialog.names() == ["acme"] and cell(dialog, 0, "kind") == "HubSpot"
    assert TOKEN not in " ".join(cell(dialog, 0, c) for c in COLUMNS)
    db.dispose()
    assert TOKEN.encode() not in (tmp_path / "caudal.db").read_bytes()
    assert not any(TOKEN.encode() in p.read_bytes() for p in tmp_path.glob("caudal.db*"))


def test_add_bitrix24_shows_the_webhook_url_redacted(qtbot, db, tmp_path: Path, memory_keyring) -> None:
    url = "https://acme.bitrix24.es/rest/1/x9secretkey7a1b2c3/"
    dialog = make_dialog(qtbot, db)
    answer_add(dialog, "oficina", url)
    dialog.add("bitrix24")
    assert cell(dialog, 0, "address") == "https://acme.bitrix24.es/rest/***/"
    assert memory_keyring.store[("caudal", "bitrix24:oficina")] == url
    db.dispose()
    assert not any(b"x9secretkey7a1b2c3" in p.read_bytes() for p in tmp_path.glob("caudal.db*"))


def test_a_bad_secret_or_no_keyring_keeps_the_form_open_with_the_reason(qtbot, db, no_keyring) -> None:
    dialog = make_dialog(qtbot, db)
    answer_add(dialog, "oficina", "https://acme.bitrix24.es/not-a-webhook")
    dialog.add("bitrix24")
    assert "URL de webhook entrante de Bitrix24 tiene esta forma" in dialog.last_form.message.text()  # es
    answer_add(dialog, "acme", TOKEN)
    dialog.add("hubspot")
    assert secrets.HOW_TO_GET_A_KEYRING in dialog.last_form.message.text()  # the how-to, in full
    assert dialog.names() == [] and connections.list_connections(db) == []  # nothing half-done


def test_test_and_sync_run_against_the_connection(qtbot, db, memory_keyring, hubspot) -> None:
    import time

    hubspot.quota = 190
    connections.add_connection(db, "hubspot", "acme", TOKEN, base_url=hubspot.base, created_at=time.time() - 60)
    dialog = make_dialog(qtbot, db)
    dialog.select("acme")
    assert cell(dialog, 0, "last_sync") != "" and cell(dialog, 0, "queue") == "—"
    dialog.test_selected()
    qtbot.waitUntil(lambda: "6" in dialog.message.text() and not dialog.jobs, timeout=10_000)
    assert "acme" in dialog.message.text()  # «acme» works: 1 users, 1 pipelines, 6 contact fields
    assert "187" in cell(dialog, 0, "quota") and "190" in cell(dialog, 0, "quota")
    assert cell(dialog, 0, "queue").startswith("0")

    hubspot.put_contact("7", time.time() - 5, created=time.time() - 3600, email="eva@x.es")
    with qtbot.waitSignal(dialog.synced, timeout=10_000) as synced:
        dialog.sync_selected()
    assert synced.args == ["acme"]
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=30_000)
    assert "1" in dialog.message.text()
    dialog.refresh_status()
    assert any(ch.isdigit() for ch in cell(dialog, 0, "last_sync"))


def test_a_failing_test_says_why(qtbot, db, memory_keyring, hubspot) -> None:
    connections.add_connection(db, "hubspot", "acme", "pat-na1-wrong", base_url=hubspot.base)
    dialog = make_dialog(qtbot, db)
    dialog.test_selected()
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=10_000)
    from designer.connections.status import translate

    assert translate("ConnectionStatus", "token rejected") in cell(dialog, 0, "state")
    assert "check the token" in dialog.message.text()
    assert "check the token" in dialog.table.item(0, COLUMNS.index("state")).toolTip()


def test_remove_forgets_the_connection_and_its_secret(qtbot, db, memory_keyring, monkeypatch) -> None:
    from designer.dialogs import ask

    connections.add_connection(db, "hubspot", "acme", TOKEN)
    connections.add_connection(db, "hubspot", "beta", TOKEN + "b")
    dialog = make_dialog(qtbot, db)
    dialog.select("acme")
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    assert not dialog.remove_selected() and dialog.names() == ["acme", "beta"]
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    assert dialog.remove_selected()
    assert dialog.names() == ["beta"] and ("caudal", "hubspot:acme") not in memory_keyring.store


def test_status_columns_show_the_live_queue_and_quota(qtbot, db, memory_keyring) -> None:
    connections.add_connection(db, "hubspot", "acme", TOKEN)
    live = {"acme": {"pending": 3, "calls": 40, "retries": 1, "throttled": 2, "remaining": 12, "limit": 190,
                     "last_error": ""}}
    dialog = make_dialog(qtbot, db, status=lambda: live)
    assert cell(dialog, 0, "queue").startswith("3") and "2" in cell(dialog, 0, "queue")
    assert "12" in cell(dialog, 0, "quota") and "190" in cell(dialog, 0, "quota")
    live["acme"] = {"pending": 0, "calls": 41, "remaining": None, "poll_error": "HubSpot: HTTP 401; check the token"}
    dialog.refresh_status()
    assert cell(dialog, 0, "state") == dialog.tr("Failing")
    dialog.select("acme")
    dialog._update_buttons()
    assert dialog.message.text() == "«acme»: HubSpot: HTTP 401; check the token"


def test_a_paused_connection_says_why_and_a_new_secret_resumes_it(qtbot, db, memory_keyring, hubspot) -> None:
    from runtime.crm import pause
    from runtime.crm.base import ConnectionPaused

    connections.add_connection(db, "hubspot", "acme", "pat-na1-revoked", base_url=hubspot.base)
    pause.save(db, "acme", pause.pause_for(ConnectionPaused("HubSpot: HTTP 401; check the token", reason="auth"),
                                           1_800_000_000.0))
    dialog = make_dialog(qtbot, db)
    dialog.select("acme")
    from designer.connections.status import translate

    rejected = translate("ConnectionStatus", "token rejected")  # whichever language a test left installed
    assert rejected in cell(dialog, 0, "state")
    assert "check the token" in dialog.table.item(0, COLUMNS.index("state")).toolTip()

    def fill(form) -> bool:
        form.secret.setText("has spaces")
        form.accept()
        assert "no debe contener espacios" in form.message.text()  # the designer speaks Spanish in tests
        form.secret.setText(TOKEN)
        form.accept()
        dialog.last_form = form
        return form.updated is not None

    dialog.exec_update = fill
    with qtbot.waitSignal(dialog.changed):
        dialog.update_selected()
    assert memory_keyring.store[("caudal", "hubspot:acme")] == TOKEN and dialog.last_form.secret.text() == ""
    assert "acme" not in pause.load(db) and rejected not in cell(dialog, 0, "state")
    assert "resumes" in dialog.message.text()


def test_clientify_and_pipedrive_are_offered_and_take_an_api_address(qtbot, db, memory_keyring) -> None:
    dialog = make_dialog(qtbot, db)
    assert sorted(dialog.add_actions) == ["bitrix24", "clientify", "hubspot", "pipedrive"]

    def fill(form) -> bool:
        form.name.setText("cf")
        form.secret.setText("cf0123456789")
        form.address.setText("https://sandbox.clientify.example/v1")
        form.accept()
        return form.added is not None

    dialog.exec_add = fill
    dialog.add("clientify")
    assert cell(dialog, 0, "kind") == "Clientify" and cell(dialog, 0, "address") == "https://sandbox.clientify.example/v1"
    assert memory_keyring.store[("caudal", "clientify:cf")] == "cf0123456789"
