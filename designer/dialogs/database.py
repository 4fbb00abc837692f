"""Settings → Office database…: point this desktop at the office's PostgreSQL database, or back at its own file.

The user fills server, port, database, user and password (or pastes a whole address), tries
it with "Test connection" (runtime.store.probe, on a thread: the window stays responsive) and
saves. Saving keeps the address WITHOUT its password in the setting file and the password in
the OS keyring (runtime.store.location); `python main.py run` of this user then opens the same
database when given no --db. The running window keeps its database until it reconnects
(`reconnect_requested` after Save: the caller restarts the designer).
"""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.dialogs import ask
from designer.i18n import text_of
from runtime.store import location
from runtime.store.db import default_url
from runtime.store.probe import Check

DEFAULT_PORT = 5432


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseDialog", text)


class DatabaseDialog(QDialog):
    """See the module docstring. `saved` is True after a Save; `reconnect_requested` when the user
    chose to reopen Caudal on the new database at once.

    Args:
        shown_url: the database this window has open (password hidden), shown for reference.
        source: where it came from (`location.source_of`): "flag"/"env" win over this setting.
    """

    checked = Signal(object)  # (address tried, Check), delivered on the GUI thread

    def __init__(self, shown_url: str, source: str = "local", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("database_dialog")
        self.shown_url, self.source = shown_url, source
        self.saved = False
        self.reconnect_requested = False
        self.last_check: tuple[str, Check] | None = None  # (address tried, Check)
        self._save_after_check = False
        self._syncing = False

        self.local = QRadioButton(self)
        self.local.setObjectName("local")
        self.office = QRadioButton(self)
        self.office.setObjectName("office")
        group = QButtonGroup(self)
        group.addButton(self.local)
        group.addButton(self.office)
        self.local_path = QLabel(default_url().split("///", 1)[-1], self)
        self.local_path.setObjectName("hint")
        self.local_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText("192.168.1.10")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setMaximumWidth(110)
        self.database = QLineEdit("caudal", self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.url = QLineEdit(self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("postgresql://caudal@192.168.1.10/caudal")
        self.form = QFormLayout()
        self.form_labels = [QLabel(self) for _ in range(6)]
        for label, field in zip(self.form_labels, (self.host, self.port, self.database, self.user,
                                                   self.password, self.url), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.office_box = QWidget(self)
        self.office_box.setLayout(self.form)

        self.test_button = QPushButton(self)
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test)
        self.check_label = QLabel(self)
        self.check_label.setObjectName("checkResult")
        self.check_label.setWordWrap(True)
        self.check_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now_label = QLabel(self)
        self.now_label.setObjectName("hint")
        self.now_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.check_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.local_path)
        layout.addWidget(self.office)
        layout.addWidget(self.office_box)
        layout.addLayout(test_row)
        layout.addStretch(1)
        layout.addWidget(self.now_label)
        layout.addWidget(self.buttons)

        for field in (self.host, self.database, self.user):
            field.textEdited.connect(self._fields_edited)
        self.port.valueChanged.connect(self._fields_edited)
        self.password.textEdited.connect(lambda _t: self._forget_check())
        self.url.textEdited.connect(self._url_edited)
        self.local.toggled.connect(self._mode_changed)
        self.checked.connect(self._on_checked)
        self._load()
        self.retranslate()
        self.resize(560, self.sizeHint().height())

    # -- the values ---------------------------------------------------------------
    def _load(self) -> None:
        try:
            chosen = location.read_setting()
        except location.SettingProblem as exc:
            chosen = None
            self._show_result("error", text_of(exc.message))
        if chosen is None:
            self.local.setChecked(True)
        else:
            self.office.setChecked(True)
            self.url.setText(chosen.url)
            self._url_edited(chosen.url)
        self._mode_changed()

    def address(self) -> str:
        """The address being set (no password), "" for the local file."""
        return "" if self.local.isChecked() else self.url.text().strip()

    def _address_with_password(self) -> str:
        address, password = self.address(), self.password.text()
        if not address:
            return default_url()
        if password and "://" in address and not address.startswith("sqlite"):
            return location.with_password(address, password)
        return address

    def _fields_edited(self, *_args: object) -> None:
        if self._syncing:
            return
        self._forget_check()
        host, name = self.host.text().strip(), self.database.text().strip()
        if not host and not self.user.text().strip():
            return
        url = location.server_url(location.ServerParts(host, self.port.value(), name, self.user.text().strip()))
        self._syncing = True
        self.url.setText(url)
        self._syncing = False

    def _url_edited(self, text: str) -> None:
        """A pasted address fills the fields; a password inside it moves to the password field."""
        if self._syncing:
            return
        self._forget_check()
        bare, password = location.split_password(text.strip())
        if password is not None:
            self.password.setText(password)
            self.url.setText(bare)
        parts = location.server_parts(bare) or location.ServerParts("", DEFAULT_PORT, "", "")
        self._syncing = True
        self.host.setText(parts.host)
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(parts.database)
        self.user.setText(parts.user)
        self._syncing = False

    def _mode_changed(self, *_args: object) -> None:
        self.office_box.setEnabled(self.office.isChecked())
        self.test_button.setEnabled(self.office.isChecked())  # this computer's own file needs no test
        self._forget_check()

    # -- test and save -------------------------------------------------------------
    def _forget_check(self) -> None:
        self.last_check = None
        self._save_after_check = False
        self.check_label.clear()

    def test(self) -> None:
        """Try the address on a thread; the answer arrives through `checked`."""
        if self.office.isChecked() and not self.address():
            self._show_result("error", tr("Type the server and the database, or the whole address."))
            return
        tried = self._address_with_password()
        self.test_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._show_result("", tr("Connecting…"))

        def work() -> None:
            from runtime.store.probe import check_database

            check = check_database(tried)
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                self.checked.emit((tried, check))  # queued: _on_checked runs on the GUI thread

        threading.Thread(target=work, daemon=True, name="database-test").start()

    def _on_checked(self, answer: object) -> None:
        assert isinstance(answer, tuple)
        tried, check = answer
        self.test_button.setEnabled(self.office.isChecked())
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(True)
        save.setDefault(True)
        if tried != self._address_with_password():
            return  # the values changed while it ran
        self.last_check = answer
        self._show_result(check.level, text_of(check.message))
        if self._save_after_check:
            self._save_after_check = False
            if check.level != "error" or ask.confirm(
                    self, self.windowTitle(), tr("The test failed. Save this address anyway?")):
                self._store()

    def _show_result(self, level: str, message: str) -> None:
        self.check_label.setText(message[:1].upper() + message[1:])
        self.check_label.setProperty("level", level)
        self.check_label.style().unpolish(self.check_label)
        self.check_label.style().polish(self.check_label)

    def save(self) -> None:
        """Save: the local file at once; an address once it was tried (tested now if it was not)."""
        if self.local.isChecked():
            self._store()
            return
        if self.last_check is not None and self.last_check[0] == self._address_with_password():
            check = self.last_check[1]
            if check.level != "error" or ask.confirm(
                    self, self.windowTitle(), tr("The test failed. Save this address anyway?")):
                self._store()
            return
        self._save_after_check = True
        self.test()

    def _store(self) -> None:
        from runtime import secrets

        try:
            if self.local.isChecked():
                location.clear_setting()
            else:
                location.save_setting(self.address(), self.password.text() or None)
        except secrets.SecretsUnavailable as exc:
            ask.error(self, self.windowTitle(), tr("The password could not be kept in the keyring, so "
                                                   "nothing was saved.") + "\n\n" + str(exc))
            return
        except OSError as exc:
            ask.error(self, self.windowTitle(), tr("The setting could not be saved: %1")
                      .replace("%1", exc.strerror or str(exc)))
            return
        self.saved = True
        self.reconnect_requested = ask.confirm(self, self.windowTitle(), tr(
            "Saved. Caudal opens this database from its next start.\n\nReopen Caudal on it now? "
            "(Unsaved changes are asked about first.)"))
        self.accept()

    # -- texts --------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(tr("Office database"))
        self.local.setText(tr("&This computer only (a file in your user folder)"))
        self.office.setText(tr("&Office database (PostgreSQL server)"))
        labels = (tr("&Server:"), tr("&Port:"), tr("&Database:"), tr("&User:"), tr("Pass&word:"),
                  tr("Or the whole &address:"))
        for label, text in zip(self.form_labels, labels, strict=True):
            label.setText(text)
        self.password.setPlaceholderText(tr("kept in this computer's keyring"))
        self.test_button.setText(tr("&Test connection"))
        now = tr("Open now: %1").replace("%1", self.shown_url)
        if self.source in ("flag", "env"):
            now += "\n" + tr("This window was started with --db or CAUDAL_DB, which wins over this setting.")
        self.now_label.setText(now)
