"""Adding a connection (HubSpot, Bitrix24, Clientify, Pipedrive): name, the secret in a
password field, options; and replacing a connection's secret (`UpdateSecretDialog`).

The secret goes straight to `runtime.crm.connections` (add_connection / update_connection),
which stores it in the OS keyring only; the field is cleared afterwards and never shown again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.i18n import said
from runtime import secrets
from runtime.crm import connections
from runtime.crm.kinds import KINDS
from runtime.store.db import Database

PLACEHOLDERS = {"hubspot": "pat-na1-…", "bitrix24": "https://yourportal.bitrix24.es/rest/1/…/",
                "clientify": "0123abcd…", "pipedrive": "0123abcd…"}


def kind_texts(widget: QWidget, kind: str) -> dict[str, str]:
    """The dialog title, the secret's label and the hint for one CRM kind (translated)."""
    tr = widget.tr
    secret = {"hubspot": tr("Private-app token"), "bitrix24": tr("Inbound webhook URL"),
              "clientify": tr("API key"), "pipedrive": tr("API token")}[kind]
    title = {"hubspot": tr("Add a HubSpot connection"), "bitrix24": tr("Add a Bitrix24 connection"),
             "clientify": tr("Add a Clientify connection"), "pipedrive": tr("Add a Pipedrive connection")}[kind]
    hint = (tr("The webhook URL is a secret: it is kept in the system keyring and shown without its key.")
            if kind == "bitrix24" else
            tr("The token is kept in the system keyring, never in the database or in flow files."))
    return {"title": title, "secret": secret, "hint": hint}


def lay_out(dialog: QDialog, form: QFormLayout, hint_text: str, ok_text: str) -> QLabel:
    """Form, hint, a hidden red message line and OK/Cancel (OK says `ok_text`); returns the message."""
    hint = QLabel(hint_text, dialog)
    hint.setWordWrap(True)
    hint.setObjectName("hint")
    message = QLabel(dialog)
    message.setObjectName("message")
    message.setWordWrap(True)
    message.setStyleSheet("color: #b3261e")
    message.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(hint)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return message


class AddConnectionDialog(QDialog):
    """Modal form; `accept()` only once the connection is stored (else the message says why)."""

    def __init__(self, db: Database, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addConnectionDialog")
        self.db, self.kind = db, kind
        self.added: connections.Connection | None = None
        texts = kind_texts(self, kind)
        self.setWindowTitle(texts["title"])
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. office"))
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(PLACEHOLDERS[kind])
        self.tag_property = QLineEdit(self)
        self.tag_property.setPlaceholderText("caudal_tags" if kind == "hubspot" else "UF_CRM_TAGS")
        self.poll_seconds = QSpinBox(self)
        self.poll_seconds.setRange(10, 86_400)
        self.poll_seconds.setValue(60)
        self.poll_seconds.setSuffix(" s")
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.address.setPlaceholderText(KINDS[kind].base_url)
        self.base_url = ""  # tests point the connection at a loopback fake
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(texts["secret"], self.secret)
        if kind in ("hubspot", "bitrix24"):  # Clientify and Pipedrive have tags/labels of their own
            form.addRow(self.tr("Tags property") if kind == "hubspot" else self.tr("Tags field"), self.tag_property)
        form.addRow(self.tr("Check for changes every"), self.poll_seconds)
        if KINDS[kind].base_url:  # a sandbox or test portal; Bitrix24's webhook URL is the address
            form.addRow(self.tr("API address (optional)"), self.address)
        self.message = lay_out(self, form, texts["hint"], self.tr("Add"))
        self.resize(520, self.sizeHint().height())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        """Store the connection (secret to the keyring); stay open with the reason if refused."""
        options: dict[str, Any] = {"poll_seconds": self.poll_seconds.value(),
                                   "tag_property": self.tag_property.text().strip()}
        address = self.base_url or self.address.text().strip()
        if address:
            options["base_url"] = address
        try:
            self.added = connections.add_connection(self.db, self.kind, self.name.text().strip(),
                                                    self.secret.text(), **options)
        except secrets.SecretsUnavailable as exc:
            self.show_message(self.tr("The system keyring is not available, so the secret cannot be kept safely.")
                              + "\n\n" + str(exc))
            return
        except (connections.ConnectionProblem, ValueError) as exc:
            self.show_message(said(exc))
            return
        finally:
            if self.added is not None:
                self.secret.clear()
        super().accept()


class UpdateSecretDialog(QDialog):
    """Replace a connection's token or webhook URL; its poll cursors stay and paused work resumes."""

    def __init__(self, db: Database, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("updateSecretDialog")
        self.db, self.connection_name = db, name
        self.updated: connections.Connection | None = None
        current = connections.get_connection(db, name)
        assert current is not None
        self.setWindowTitle(self.tr("Replace the secret of «%1»").replace("%1", name))
        self.secret = QLineEdit(self)
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(PLACEHOLDERS.get(current.kind, ""))
        form = QFormLayout()
        form.addRow(kind_texts(self, current.kind)["secret"], self.secret)
        self.message = lay_out(self, form, self.tr("The new secret goes to the system keyring. What was already "
                                                   "read from the CRM is kept, and the work that waited for this "
                                                   "connection resumes."), self.tr("Replace"))

    def accept(self) -> None:
        try:
            self.updated = connections.update_connection(self.db, self.connection_name, self.secret.text())
        except secrets.SecretsUnavailable as exc:
            self.message.setText(self.tr("The system keyring is not available, so the secret cannot be kept "
                                         "safely.") + "\n\n" + str(exc))
            self.message.show()
            return
        except (connections.ConnectionProblem, ValueError) as exc:
            self.message.setText(said(exc))
            self.message.show()
            return
        self.secret.clear()
        super().accept()
