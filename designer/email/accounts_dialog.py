"""Settings → Email accounts: list, add, edit and remove SMTP accounts; test a connection.

The password field is write-only: it is handed to `runtime.email.add_account` (which
puts it in the OS keyring) and cleared; it is never read back or shown. Without a
usable keyring the dialog shows `SecretsUnavailable`'s how-to and stores nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.dialogs import ask
from designer.email import messages
from designer.email.worker import Background
from runtime.store.db import Database

SECURITY = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


def keyring_problem() -> Exception | None:
    """Why passwords cannot be stored here (no usable keyring), or None."""
    from runtime.secrets import SecretsUnavailable, has_secret

    try:
        has_secret("smtp:caudal-probe")
    except SecretsUnavailable as exc:
        return exc
    return None


class AccountsDialog(QDialog):
    """Signals `accounts_changed()` after an account was saved or removed."""

    accounts_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("email_accounts")
        self.db = db
        self.editing: str | None = None  # the stored account shown in the form
        self.worker = Background(self)
        self.worker.done.connect(self._tested)
        self.worker.failed.connect(lambda exc: self._show(messages.describe(exc), ok=False))
        self.last_result: Any = None

        self.list = QListWidget(self)
        self.list.setObjectName("accounts")
        self.list.currentItemChanged.connect(self._picked)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.new_account)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        left.addLayout(row)

        self.name = QLineEdit(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.security = QComboBox(self)
        for value in SECURITY:
            self.security.addItem(value, value)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit(self)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(7)]
        for label, widget in zip(self.labels, (self.name, self.host, self.port, self.security,
                                               self.username, self.password, self.sender_edit), strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.save_button = QPushButton(self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self)
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.test_button)
        actions.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setObjectName("accountStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(48)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(actions)
        right.addWidget(self.status, 1)

        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        outer.addWidget(self.intro)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.resize(760, 440)
        self.retranslate()
        self.refresh()
        self.keyring_problem = keyring_problem()
        if self.keyring_problem:
            self._show(messages.describe(self.keyring_problem), ok=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Email accounts"))
        self.intro.setText(self.tr(
            "Emails go out through these SMTP accounts. Passwords are kept in the system keyring "
            "only. A flow step without an account writes to the local outbox instead."))
        for label, text in zip(self.labels, (
                self.tr("&Name"), self.tr("&Server (host)"), self.tr("&Port"), self.tr("S&ecurity"),
                self.tr("&Username"), self.tr("Pass&word"), self.tr("&From")), strict=True):
            label.setText(text)
        names = {"none": self.tr("None (plain)"), "starttls": self.tr("STARTTLS"),
                 "ssl": self.tr("SSL/TLS")}
        for i in range(self.security.count()):
            self.security.setItemText(i, names[self.security.itemData(i)])
        self.sender_edit.setPlaceholderText(self.tr("Name <address@example.com>"))
        self.name.setPlaceholderText(self.tr("e.g. office"))
        self.host.setPlaceholderText(self.tr("smtp.example.com"))
        self._password_hint()
        self.add_button.setText(self.tr("&New"))
        self.remove_button.setText(self.tr("&Remove"))
        self.save_button.setText(self.tr("&Save account"))
        self.test_button.setText(self.tr("&Test connection"))

    def _password_hint(self) -> None:
        self.password.setPlaceholderText(
            self.tr("unchanged (kept in the keyring)") if self.editing else self.tr("required"))

    # -- list ---------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        from runtime.email import list_accounts

        wanted = select if select is not None else self.editing
        self.list.blockSignals(True)
        self.list.clear()
        for account in list_accounts(self.db):
            item = QListWidgetItem(f"{account.name} — {account.sender or account.username}")
            item.setData(Qt.ItemDataRole.UserRole, account.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(i)
                return
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_account()

    def account_names(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        from runtime.email import get_account

        account = get_account(self.db, item.data(Qt.ItemDataRole.UserRole))
        if account is None:
            return
        self.editing = account.name
        self.name.setText(account.name)
        self.name.setReadOnly(True)
        self.host.setText(account.host)
        self.port.setValue(int(account.port))
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(0, self.security.findData(str(account.security))))
        self.security.blockSignals(False)
        self.username.setText(account.username)
        self.password.clear()
        self.sender_edit.setText(account.sender)
        self._password_hint()
        self._show("")

    def new_account(self) -> None:
        """Empty the form for a new account."""
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.editing = None
        for line in (self.name, self.host, self.username, self.password, self.sender_edit):
            line.clear()
        self.name.setReadOnly(False)
        self.security.setCurrentIndex(0)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self._password_hint()
        self._show("")
        self.name.setFocus()

    def _security_changed(self, _index: int) -> None:
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    # -- save / remove -------------------------------------------------------------------
    def save(self) -> bool:
        """Store the form's account (password to the keyring); False and a message if refused."""
        from runtime.email import SmtpAccount, add_account

        name = self.name.text().strip()
        missing = [label for label, value in ((self.tr("Name"), name),
                                              (self.tr("Server (host)"), self.host.text().strip()),
                                              (self.tr("From"), self.sender_edit.text().strip()))
                   if not value]
        if not self.editing and not self.password.text() and self.username.text().strip():
            missing.append(self.tr("Password"))
        if missing:
            self._show(self.tr("Please fill in: %1.").replace("%1", ", ".join(missing)), ok=False)
            return False
        if not self.editing and name in self.account_names():
            self._show(self.tr("An account named «%1» exists already.").replace("%1", name), ok=False)
            return False
        account = SmtpAccount(name=name, host=self.host.text().strip(), port=self.port.value(),
                              security=self.security.currentData(),
                              username=self.username.text().strip(),
                              sender=self.sender_edit.text().strip())
        try:
            add_account(self.db, account, self.password.text() or None)
        except Exception as exc:  # keyring missing, bad address...: said in the dialog
            self._show(messages.describe(exc), ok=False)
            return False
        finally:
            self.password.clear()
        self.editing = name
        self.refresh(select=name)
        self._show(self.tr("Account «%1» saved.").replace("%1", name), ok=True)
        self.accounts_changed.emit()
        return True

    def remove_current(self) -> None:
        if not self.editing:
            return
        name = self.editing
        if not ask.confirm(self, self.tr("Remove account"),
                           self.tr("Remove the account «%1» and its password from the keyring? "
                                   "Flow steps using it will fail until you choose another.")
                           .replace("%1", name)):
            return
        from runtime.email import remove_account

        try:
            remove_account(self.db, name)
        except Exception as exc:
            self._show(messages.describe(exc), ok=False)
            return
        self.editing = None
        self.refresh(select="")
        self.accounts_changed.emit()

    # -- test --------------------------------------------------------------------------
    def test_connection(self) -> None:
        """Save the form if it changed, then test the stored account in the background."""
        if (not self.editing or self._form_differs()) and not self.save():
            return
        from runtime.email import test_account

        name, db = self.editing, self.db
        if self.worker.start(lambda: test_account(db, name, timeout=10)):
            self.test_button.setEnabled(False)
            self._show(self.tr("Connecting to %1…").replace("%1", self.host.text().strip()))

    def _form_differs(self) -> bool:
        from runtime.email import get_account

        stored = get_account(self.db, self.editing) if self.editing else None
        if stored is None:
            return True
        return (bool(self.password.text()) or stored.host != self.host.text().strip()
                or int(stored.port) != self.port.value()
                or str(stored.security) != self.security.currentData()
                or stored.username != self.username.text().strip()
                or stored.sender != self.sender_edit.text().strip())

    def _tested(self, result: Any) -> None:
        self.last_result = result
        self.test_button.setEnabled(True)
        if result.ok:
            self._show(self.tr("Connection works: %1").replace("%1", result.message), ok=True)
        else:
            self._show(self.tr("Connection failed: %1").replace("%1", result.message), ok=False)

    def _show(self, text: str, ok: bool | None = None) -> None:
        if ok is False:
            self.test_button.setEnabled(True)
        color = {True: "#1b7f5b", False: "#9a3b3b", None: "palette(text)"}[ok]
        self.status.setStyleSheet(f"color: {color};")
        self.status.setText(text)
