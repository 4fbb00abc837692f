"""Settings → Office database…, reopening Caudal on the chosen database, and what to do when it cannot be opened.

`install_database_menu(window)` adds the menu entry. After a Save whose user chose "reopen
now", the window closes as on Quit (unsaved changes are asked about) and `run_designer`
starts Caudal again (`restart_pending()` / `restart()`). At start, when the database chosen
in this dialog cannot be opened (the server is off, the password changed), `recover()`
offers to change the setting or to go back to this computer's own database instead of
only refusing to start.
"""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from designer.extension import Host
from runtime.store import location

RESTART_PROPERTY = "caudal_restart"
DB_FLAG_PROPERTY = "caudal_db_flag"  # the --db the designer was started with (run_designer sets it)


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseDialog", text)


class DatabaseMenu:
    """The Settings menu's "Office database…" entry; `retranslate()` on language changes."""

    def __init__(self, window: Host) -> None:
        self.window = window
        self.action = QAction(window.window())
        self.action.setObjectName("action_office_database")
        self.action.triggered.connect(lambda _c=False: self.open())
        window.add_menu_actions("settings", {"office_database": self.action})
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(tr("Office &database…"))

    def open(self) -> object:
        from designer.dialogs.database import DatabaseDialog

        app = QApplication.instance()
        flag = app.property(DB_FLAG_PROPERTY) if app is not None else None
        dialog = DatabaseDialog(self.window.db.shown_url, location.source_of(flag or None), self.window.window())
        dialog.exec()
        if dialog.reconnect_requested:
            reopen(self.window.window())
        return dialog


def install_database_menu(window: Host) -> DatabaseMenu:
    return DatabaseMenu(window)


def reopen(window: QWidget) -> bool:
    """Close the window as Quit does and have `run_designer` start Caudal again; False when the user
    kept the window open (cancelled the unsaved-changes question)."""
    app = QApplication.instance()
    if app is None:
        return False
    app.setProperty(RESTART_PROPERTY, True)
    quit_app = getattr(window, "quit_app", None)
    quit_app() if callable(quit_app) else window.close()
    if window.isVisible():
        app.setProperty(RESTART_PROPERTY, False)
        return False
    return True


def restart_pending() -> bool:
    app = QApplication.instance()
    return bool(app is not None and app.property(RESTART_PROPERTY))


def restart_command(argv: list[str] | None = None) -> list[str]:
    """The command that starts this designer again, without --db (the setting is what it should open)."""
    args = list(sys.argv if argv is None else argv)
    rest, i = [], 1
    while i < len(args):
        name = args[i].partition("=")[0]
        if name == "--db":
            i += 1 if "=" in args[i] else 2
            continue
        rest.append(args[i])
        i += 1
    if getattr(sys, "frozen", False):  # a packaged Caudal: argv[0] is the program itself
        return [sys.executable, *rest]
    return [sys.executable, args[0], *rest]


def restart() -> None:
    """Start Caudal again in a new process (this one is ending)."""
    subprocess.Popen(restart_command(), close_fds=True)  # noqa: S603 - our own program


def recover(parent: QWidget | None, message: str, source: str) -> bool:
    """The database to open at start cannot be opened. When it is the one chosen in this dialog,
    offer to change it or to use this computer's own database; True = try again."""
    if source != "setting":
        from designer.dialogs import ask

        ask.error(parent, "Caudal", message)
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, "Caudal", message + "\n\n" + tr(
        "This is the office database chosen in Settings → Office database…."), QMessageBox.StandardButton.NoButton,
        parent)
    box.setObjectName("database_recover")
    retry = box.addButton(tr("Try &again"), QMessageBox.ButtonRole.AcceptRole)
    change = box.addButton(tr("&Change the setting…"), QMessageBox.ButtonRole.ActionRole)
    local = box.addButton(tr("Use this &computer's database"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    if clicked is local:
        location.clear_setting()
        return True
    if clicked is change:
        from designer.dialogs.database import DatabaseDialog

        dialog = DatabaseDialog(tr("none (it could not be opened)"), "setting", parent)
        dialog.exec()
        return dialog.saved
    return clicked is retry
