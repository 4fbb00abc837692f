"""Settings → Office database…: typed into like a person would, tried against real databases (SQLite files and,
when CAUDAL_TEST_PG_URL is set, a real PostgreSQL server), saved with the password in the keyring only."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from designer.dialogs.database import DatabaseDialog
from designer.i18n import Translators
from runtime.store import location
from runtime.store.db import default_url, open_database, resolve_url


def _answer(label: str) -> QTimer:
    """Click the button showing `label` in the next message box, from inside its loop (it may open later:
    after a connection test on a thread). Keep the returned timer until then."""
    timer = QTimer()
    timer.setInterval(10)

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
        button.click()

    timer.timeout.connect(act)
    timer.start()
    return timer


@pytest.fixture(autouse=True)
def english(qapp):
    """The dialog in English (the runtime's messages follow the designer's language)."""
    translators = Translators()
    translators.install("en")
    yield
    translators.uninstall()


@pytest.fixture
def dialog(qtbot):
    dlg = DatabaseDialog("sqlite:////home/ana/.local/share/Caudal/caudal.db", "local")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _choose_office(dlg: DatabaseDialog, qtbot) -> None:
    qtbot.mouseClick(dlg.office, Qt.MouseButton.LeftButton, pos=QPoint(8, dlg.office.height() // 2))
    assert dlg.office.isChecked() and dlg.host.isEnabled() and dlg.test_button.isEnabled()


def _type_address(dlg: DatabaseDialog, qtbot, url: str) -> None:
    """Type a whole address in the address field; a server's password goes in the password field."""
    bare, password = location.split_password(url)
    dlg.url.selectAll()
    qtbot.keyClicks(dlg.url, bare)
    if password:
        qtbot.keyClicks(dlg.password, password)


def _test(dlg: DatabaseDialog, qtbot) -> str:
    with qtbot.waitSignal(dlg.checked, timeout=15000):
        qtbot.mouseClick(dlg.test_button, Qt.MouseButton.LeftButton)
    return dlg.check_label.text()


def test_starts_on_the_local_file_and_the_fields_follow_each_other(dialog, qtbot) -> None:
    assert dialog.local.isChecked() and not dialog.host.isEnabled() and not dialog.test_button.isEnabled()
    assert dialog.local_path.text() == default_url().split("///", 1)[-1]
    _choose_office(dialog, qtbot)
    qtbot.keyClicks(dialog.host, "192.168.1.10")
    qtbot.keyClicks(dialog.user, "ana")
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, "5433")
    assert dialog.url.text() == "postgresql://ana@192.168.1.10:5433/caudal"
    dialog.url.selectAll()
    qtbot.keyClicks(dialog.url, "postgresql://luis:pw-Zq7@server/oficina")  # a pasted address with its password
    assert dialog.url.text() == "postgresql://luis@server/oficina" and dialog.password.text() == "pw-Zq7"
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "server", 5432, "oficina", "luis")
    assert "pw-Zq7" not in dialog.windowTitle()


def test_test_connection_on_a_real_database(dialog, qtbot, db_url: str) -> None:
    open_database(db_url).dispose()
    _choose_office(dialog, qtbot)
    _type_address(dialog, qtbot, db_url)
    said = _test(dialog, qtbot)
    assert said.startswith("Connected to ") and said.endswith("a Caudal database, up to date.")
    assert dialog.check_label.property("level") == "ok"
    assert dialog.password.text() == "" or dialog.password.text() not in said


def test_what_is_wrong_is_said(dialog, qtbot, tmp_path: Path) -> None:
    _choose_office(dialog, qtbot)
    _type_address(dialog, qtbot, str(tmp_path / "nowhere" / "caudal.db"))
    assert _test(dialog, qtbot) == f"The folder {tmp_path / 'nowhere'} does not exist"
    assert dialog.check_label.property("level") == "error"
    dialog.url.clear()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.check_label.text() == "Type the server and the database, or the whole address."


@pytest.mark.postgresql_only(reason="a real server refusing a wrong password")
def test_a_wrong_password_on_a_real_server(dialog, qtbot, db_url: str) -> None:
    url = make_url(db_url)
    _choose_office(dialog, qtbot)
    qtbot.keyClicks(dialog.host, url.host)
    dialog.port.selectAll()
    qtbot.keyClicks(dialog.port, str(url.port))
    dialog.database.selectAll()
    qtbot.keyClicks(dialog.database, url.database)
    qtbot.keyClicks(dialog.user, url.username)
    qtbot.keyClicks(dialog.password, "not-the-password")
    assert _test(dialog, qtbot) == f"The server 127.0.0.1 refused the user «{url.username}» or its password: check both"
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, url.password)
    assert _test(dialog, qtbot).startswith("Connected to ")


def test_save_keeps_the_password_in_the_keyring_only(dialog, qtbot, db_url: str, memory_keyring) -> None:
    open_database(db_url).dispose()
    _choose_office(dialog, qtbot)
    _type_address(dialog, qtbot, db_url)
    _later = _answer("No")  # noqa: F841 - "Reopen Caudal on it now?": later
    with qtbot.waitSignal(dialog.accepted, timeout=15000):  # Save tests first, then saves
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.saved and not dialog.reconnect_requested
    stored = json.loads(location.setting_path().read_text(encoding="utf-8"))
    bare, password = location.split_password(db_url)
    assert stored == {"url": bare, "password_in_keyring": password is not None}
    if password:
        assert password not in location.setting_path().read_text(encoding="utf-8")
        assert list(memory_keyring.store.values()) == [password]
    assert make_url(resolve_url(None)) == make_url(resolve_url(db_url))  # what `main.py run` opens now


def test_a_failed_test_asks_before_saving_and_no_keyring_saves_nothing(dialog, qtbot, tmp_path: Path,
                                                                      no_keyring, monkeypatch) -> None:
    _choose_office(dialog, qtbot)
    _type_address(dialog, qtbot, str(tmp_path / "nowhere" / "caudal.db"))
    _no = _answer("No")  # noqa: F841 - "The test failed. Save this address anyway?"
    with qtbot.waitSignal(dialog.checked, timeout=15000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.saved and not location.setting_path().exists()

    errors: list[str] = []
    monkeypatch.setattr("designer.dialogs.ask.error", lambda _p, _t, text: errors.append(text))
    dialog.url.selectAll()
    qtbot.keyClicks(dialog.url, "postgresql://ana@127.0.0.1:1/caudal")
    qtbot.keyClicks(dialog.password, "pw")
    _yes = _answer("Yes")  # noqa: F841 - the server is off: save anyway
    with qtbot.waitSignal(dialog.checked, timeout=15000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert errors and errors[0].startswith("The password could not be kept in the keyring, so nothing was saved.")
    assert not dialog.saved and not location.setting_path().exists()


def test_back_to_this_computer(qtbot, memory_keyring) -> None:
    location.save_setting("postgresql://ana:pw@oficina/caudal")
    dlg = DatabaseDialog("postgresql+psycopg://ana:***@oficina/caudal", "flag")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert dlg.office.isChecked() and dlg.host.text() == "oficina" and dlg.password.text() == ""
    assert "wins over this setting" in dlg.now_label.text()
    qtbot.mouseClick(dlg.local, Qt.MouseButton.LeftButton, pos=QPoint(8, dlg.local.height() // 2))
    _later = _answer("No")  # noqa: F841
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dlg.saved and not location.setting_path().exists() and memory_keyring.store == {}
    assert resolve_url(None) == default_url()


def test_spanish(qtbot, qapp) -> None:
    translators = Translators()
    translators.install("es")
    try:
        dlg = DatabaseDialog("sqlite:///x.db")
        qtbot.addWidget(dlg)
        assert dlg.windowTitle() == "Base de datos de la oficina"
        assert dlg.office.text() == "Base de datos de la &oficina (servidor PostgreSQL)"
        assert dlg.now_label.text() == "Abierta ahora: sqlite:///x.db"
    finally:
        translators.uninstall()


assert os.environ.get("QT_QPA_PLATFORM")  # set by tests/designer/conftest.py
