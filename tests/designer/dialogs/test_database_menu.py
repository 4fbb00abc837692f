"""The Settings menu's entry, reopening Caudal on the chosen database, and a start whose office database is off."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from designer.dialogs import database_menu
from runtime.store import location
from runtime.store.db import default_url, resolve_url
from tests.designer.dialogs.test_database import _answer
from tests.designer.shell_fixtures import db, make_window, settings, translators  # noqa: F401


def test_restart_drops_db_so_the_setting_is_what_opens() -> None:
    py = sys.executable
    assert database_menu.restart_command(["main.py", "--db", "x.db", "--lang", "es"]) == [py, "main.py", "--lang", "es"]
    assert database_menu.restart_command(["main.py", "--db=x.db"]) == [py, "main.py"]
    assert database_menu.restart_command(["main.py"]) == [py, "main.py"]


def test_a_database_given_with_db_is_only_reported(qapp, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr("designer.dialogs.ask.error", lambda _p, _t, text: said.append(text))
    assert database_menu.recover(None, "Cannot open the database x: gone", "flag") is False
    assert said == ["Cannot open the database x: gone"]


def test_an_office_database_that_is_off_offers_this_computers_database(qapp, memory_keyring) -> None:
    location.save_setting("postgresql://ana:pw@127.0.0.1:1/caudal")
    _timer = _answer("Use this computer's database")  # noqa: F841
    assert database_menu.recover(None, "Cannot open the database ...: Connection refused", "setting") is True
    assert resolve_url(None) == default_url() and memory_keyring.store == {}
    _timer = _answer("Close")  # noqa: F841
    assert database_menu.recover(None, "Cannot open ...", "setting") is False
    _timer = _answer("Try again")  # noqa: F841
    assert database_menu.recover(None, "Cannot open ...", "setting") is True


def test_the_settings_menu_opens_the_dialog_and_reopen_closes_the_window(make_window, monkeypatch, qtbot) -> None:  # noqa: F811
    window = make_window()
    action = window.acts["office_database"]
    assert action in window.menus["settings"].actions()
    assert action.text() == "Base de datos de la &oficina…"  # the window's fixture speaks Spanish
    seen = []
    monkeypatch.setattr("designer.dialogs.database.DatabaseDialog.exec",
                        lambda self: seen.append((self.shown_url, self.source)) or 0)
    app = QApplication.instance()
    app.setProperty(database_menu.DB_FLAG_PROPERTY, "")  # started without --db
    action.trigger()
    app.setProperty(database_menu.DB_FLAG_PROPERTY, "x.db")  # `main.py --db x.db`: it wins, the dialog says so
    action.trigger()
    assert seen == [(window.db.shown_url, "local"), (window.db.shown_url, "flag")]
    app.setProperty(database_menu.DB_FLAG_PROPERTY, "")
    window.editor.undo_stack.setClean()
    assert database_menu.reopen(window) is True
    assert not window.isVisible() and database_menu.restart_pending()
    QApplication.instance().setProperty(database_menu.RESTART_PROPERTY, False)
